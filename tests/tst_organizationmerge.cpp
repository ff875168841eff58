// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/organizationmerge.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace citylab;

// Merging duplicate organizations keeps every reference.
class TestOrganizationMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 count(Store &store, const QString &sql, qint64 id, int times = 1)
    {
        QSqlQuery q(store.database());
        q.prepare(sql);
        for (int i = 0; i < times; ++i)
            q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Every reference to an organization, in every table that has one.
    static qint64 references(Store &store, qint64 id)
    {
        return count(store, QStringLiteral(
            "SELECT (SELECT count(*) FROM people WHERE organization_id = ?)"
            " + (SELECT count(*) FROM experiments WHERE lead_organization_id = ?)"
            " + (SELECT count(*) FROM experiment_partners WHERE organization_id = ?)"
            " + (SELECT count(*) FROM agreement_parties WHERE organization_id = ?)"
            " + (SELECT count(*) FROM regulatory_requests WHERE authority_id = ?)"
            " + (SELECT count(*) FROM interactions WHERE organization_id = ?)"
            " + (SELECT count(*) FROM attachments WHERE organization_id = ?)"), id, 7);
    }

private slots:
    void movesEveryReferenceToTheSurvivor()
    {
        Store store;
        QVERIFY(store.open(testsupport::makeDemo(m_dir)));
        QSqlQuery q(store.database());
        // two busy companies: one becomes the other's duplicate
        q.exec(QStringLiteral("SELECT lead_organization_id FROM experiments GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2"));
        QVERIFY(q.next());
        const qint64 survivor = q.value(0).toLongLong();
        QVERIFY(q.next());
        const qint64 duplicate = q.value(0).toLongLong();
        // a partnership both hold on the same experiment must not end up twice
        q.exec(QStringLiteral("SELECT id FROM experiments WHERE lead_organization_id <> %1 AND lead_organization_id <> %2 LIMIT 1")
                   .arg(survivor).arg(duplicate));
        QVERIFY(q.next());
        const qint64 shared = q.value(0).toLongLong();
        for (const qint64 org : {survivor, duplicate})
            QVERIFY(store.insert(QStringLiteral("experiment_partners"), {{QStringLiteral("experiment_id"), shared},
                                                                         {QStringLiteral("organization_id"), org}}) > 0);
        QVERIFY(store.update(QStringLiteral("organizations"), survivor, {{QStringLiteral("pec"), QVariant()}}));
        const QString duplicatePec = store.record(QStringLiteral("organizations"), duplicate).value(QStringLiteral("pec")).toString();

        const qint64 before = references(store, survivor) + references(store, duplicate);
        QVERIFY(before > 4);
        const int moved = OrganizationMerge::merge(store, survivor, duplicate);
        QVERIFY2(moved > 0, qPrintable(store.errorString()));
        QCOMPARE(references(store, duplicate), 0);
        QCOMPARE(references(store, survivor), before - 1); // the doubled partnership counted once
        QVERIFY(store.record(QStringLiteral("organizations"), duplicate).isEmpty());
        QCOMPARE(store.record(QStringLiteral("organizations"), survivor).value(QStringLiteral("pec")).toString(), duplicatePec);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM experiment_partners WHERE experiment_id = ?"
                                             " AND organization_id = %1").arg(survivor), shared), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check WHERE ? IS NOT NULL"), 1), 0);
    }

    void refusesNonsense()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("nonsense.citylab"))));
        const qint64 org = store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("A")},
                                                                          {QStringLiteral("kind"), QStringLiteral("company")}});
        QCOMPARE(OrganizationMerge::merge(store, org, org), -1);
        QVERIFY(store.errorString().contains(QStringLiteral("itself")));
        QCOMPARE(OrganizationMerge::merge(store, org, 9999), -1);
        QVERIFY(!store.record(QStringLiteral("organizations"), org).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrganizationMerge)
#include "tst_organizationmerge.moc"
