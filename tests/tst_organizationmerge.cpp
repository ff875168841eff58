// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/organizationmerge.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QUndoStack>

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

    // The rows that refer to an organization, as "table column uuid", sorted.
    static QStringList referrers(Store &store, qint64 id)
    {
        static const QList<std::pair<QString, QString>> columns{
            {QStringLiteral("people"), QStringLiteral("organization_id")},
            {QStringLiteral("experiments"), QStringLiteral("lead_organization_id")},
            {QStringLiteral("experiment_partners"), QStringLiteral("organization_id")},
            {QStringLiteral("agreement_parties"), QStringLiteral("organization_id")},
            {QStringLiteral("regulatory_requests"), QStringLiteral("authority_id")},
            {QStringLiteral("interactions"), QStringLiteral("organization_id")},
            {QStringLiteral("attachments"), QStringLiteral("organization_id")},
            {QStringLiteral("request_templates"), QStringLiteral("authority_id")}};
        QStringList rows;
        for (const auto &[table, column] : columns) {
            QSqlQuery q(store.database());
            q.prepare(QStringLiteral("SELECT uuid FROM \"%1\" WHERE \"%2\" = :id").arg(table, column));
            q.bindValue(QStringLiteral(":id"), id);
            if (!q.exec())
                return {QStringLiteral("cannot read %1").arg(table)};
            while (q.next())
                rows << QStringLiteral("%1 %2 %3").arg(table, column, q.value(0).toString());
        }
        rows.sort();
        return rows;
    }

    static qint64 idOfUuid(Store &store, const QString &uuid)
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id FROM organizations WHERE uuid = :uuid"));
        q.bindValue(QStringLiteral(":uuid"), uuid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The record as the user sees it: without the id and the time of the last write.
    static QVariantMap fields(Store &store, qint64 id)
    {
        QVariantMap record = store.record(QStringLiteral("organizations"), id);
        record.remove(QStringLiteral("id"));
        record.remove(QStringLiteral("updated_at"));
        return record;
    }

    // Two busy companies of the demo, one the other's duplicate: both partners of a third
    // company's experiment (a partnership the merge must not double), the survivor without
    // a PEC address (the merge fills it from the duplicate's).
    void prepare(Store &store, qint64 *survivor, qint64 *duplicate, qint64 *shared)
    {
        QVERIFY(store.open(testsupport::makeDemo(m_dir)));
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT lead_organization_id FROM experiments GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2"));
        QVERIFY(q.next());
        *survivor = q.value(0).toLongLong();
        QVERIFY(q.next());
        *duplicate = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT id FROM experiments WHERE lead_organization_id <> %1 AND lead_organization_id <> %2"
                              " AND id NOT IN (SELECT experiment_id FROM experiment_partners WHERE organization_id IN (%1, %2))"
                              " LIMIT 1")
                   .arg(*survivor).arg(*duplicate));
        QVERIFY(q.next());
        *shared = q.value(0).toLongLong();
        q.finish(); // reads end before a write, as in the application
        for (const qint64 org : {*survivor, *duplicate})
            QVERIFY(store.insert(QStringLiteral("experiment_partners"), {{QStringLiteral("experiment_id"), *shared},
                                                                         {QStringLiteral("organization_id"), org}}) > 0);
        QVERIFY(store.update(QStringLiteral("organizations"), *survivor, {{QStringLiteral("pec"), QVariant()}}));
        QVERIFY(!store.record(QStringLiteral("organizations"), *duplicate).value(QStringLiteral("pec")).toString().isEmpty());
    }

private slots:
    void movesEveryReferenceToTheSurvivor()
    {
        Store store;
        qint64 survivor = -1, duplicate = -1, shared = -1;
        prepare(store, &survivor, &duplicate, &shared);
        if (QTest::currentTestFailed())
            return;
        QSqlQuery q(store.database());
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

    // Ctrl+Z after a merge: every reference points to the duplicate again, the partnership
    // deleted as redundant is back, the duplicate has its uuid and fields and the survivor
    // its own; Ctrl+Shift+Z merges again, and the cycle can be repeated.
    void undoTakesTheMergeBackAndRedoMergesAgain()
    {
        Store store;
        qint64 survivor = -1, duplicate = -1, shared = -1;
        prepare(store, &survivor, &duplicate, &shared);
        if (QTest::currentTestFailed())
            return;
        const QString duplicateUuid = store.record(QStringLiteral("organizations"), duplicate).value(QStringLiteral("uuid")).toString();
        const QStringList survivorRows = referrers(store, survivor);
        const QStringList duplicateRows = referrers(store, duplicate);
        const QVariantMap survivorFields = fields(store, survivor);
        const QVariantMap duplicateFields = fields(store, duplicate);
        QVERIFY(duplicateRows.size() > 2);
        QVERIFY(!survivorFields.isEmpty() && !duplicateFields.isEmpty());

        QUndoStack undo;
        QVERIFY2(OrganizationMerge::merge(store, undo, survivor, duplicate) > 0, qPrintable(store.errorString()));
        QCOMPARE(undo.count(), 1);
        QVERIFY(undo.undoText().contains(duplicateFields.value(QStringLiteral("name")).toString()));
        QCOMPARE(idOfUuid(store, duplicateUuid), -1);
        const QStringList merged = referrers(store, survivor);
        QCOMPARE(merged.size(), survivorRows.size() + duplicateRows.size() - 1);   // the doubled partnership once
        const QVariantMap mergedFields = fields(store, survivor);
        QCOMPARE(mergedFields.value(QStringLiteral("pec")), duplicateFields.value(QStringLiteral("pec")));
        const qint64 logged = count(store, QStringLiteral("SELECT max(id) FROM change_log WHERE ? IS NOT NULL"), 1);

        for (int cycle = 0; cycle < 2; ++cycle) {
            undo.undo();
            QCOMPARE(undo.count(), 1);   // not dropped as failed
            const qint64 back = idOfUuid(store, duplicateUuid);
            QVERIFY(back > 0);
            QCOMPARE(fields(store, back), duplicateFields);
            QCOMPARE(referrers(store, back), duplicateRows);
            QCOMPARE(referrers(store, survivor), survivorRows);
            QCOMPARE(fields(store, survivor), survivorFields);
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM experiment_partners WHERE experiment_id = ?"
                                                 " AND organization_id IN (%1, %2)").arg(survivor).arg(back), shared), 2);
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check WHERE ? IS NOT NULL"), 1), 0);
            // written through the Store: the duplicate's return is in the change log
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'organizations'"
                                                 " AND action = 'insert' AND row_uuid = '%1' AND id > ?").arg(duplicateUuid), logged),
                     cycle + 1);

            undo.redo();
            QCOMPARE(undo.count(), 1);
            QCOMPARE(idOfUuid(store, duplicateUuid), -1);
            QCOMPARE(referrers(store, survivor), merged);
            QCOMPARE(fields(store, survivor).value(QStringLiteral("pec")), duplicateFields.value(QStringLiteral("pec")));
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check WHERE ? IS NOT NULL"), 1), 0);
        }
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
