// SPDX-License-Identifier: GPL-3.0-or-later
// The documents each kind of request must carry, and submitting without some of them.
#include "drafting/requestchecklist.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace citylab;

class TestChecklist : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    static qint64 draftOfKind(Store &store, const QString &kind)
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id FROM regulatory_requests WHERE status = 'draft' AND kind = :kind ORDER BY id LIMIT 1"));
        q.bindValue(QStringLiteral(":kind"), kind);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString writeFile(const QString &name)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 polizza n. 123\n");
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_path = testsupport::makeDemo(m_dir);
    }

    void itemsPerKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("derogation") << QStringLiteral("derogation") << QStringLiteral("robotics")
                                    << QStringList{QStringLiteral("technical_description"), QStringLiteral("risk_assessment"),
                                                   QStringLiteral("insurance_policy"), QStringLiteral("zone_map"), QStringLiteral("monitoring_plan")};
        QTest::newRow("drone authorization") << QStringLiteral("authorization") << QStringLiteral("drones")
                                             << QStringList{QStringLiteral("operator_registration"), QStringLiteral("insurance_policy"),
                                                            QStringLiteral("operations_manual"), QStringLiteral("zone_map")};
        QTest::newRow("notification") << QStringLiteral("notification") << QString() << QStringList{QStringLiteral("agreement_copy")};
    }
    void itemsPerKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, domain);
        QFETCH(QStringList, keys);
        QStringList found;
        for (const auto &item : RequestChecklist::itemsFor(kind, domain))
            found << item.key;
        QCOMPARE(found, keys);
    }

    void attachingSatisfiesAnItem()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = draftOfKind(store, QStringLiteral("opinion"));
        QVERIFY(id > 0);
        const int before = RequestChecklist::missing(store, id).size();
        QString error;
        QVERIFY2(RequestChecklist::attach(store, id, QStringLiteral("zone_map"), writeFile(QStringLiteral("mappa.pdf")), &error) > 0, qPrintable(error));
        QCOMPARE(RequestChecklist::missing(store, id).size(), before - 1);
        bool seen = false;
        for (const auto &item : RequestChecklist::load(store, id))
            if (item.key == QLatin1String("zone_map"))
                seen = item.done() && item.fileNames == QStringList{QStringLiteral("mappa.pdf")};
        QVERIFY(seen);
        QVERIFY(RequestChecklist::attach(store, id, QStringLiteral("zone_map"), m_dir.filePath(QStringLiteral("nope.pdf")), &error) < 0);
        QVERIFY(error.contains(QStringLiteral("nope.pdf")));
    }

    // Submitting with documents missing needs a reason; the reason and the missing items are
    // kept in the submission step and in the change log.
    void submittingWithMissingItemsNeedsReason()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = draftOfKind(store, QStringLiteral("authorization"));
        QVERIFY(id > 0);
        const QStringList missing = RequestChecklist::missing(store, id);
        QVERIFY(!missing.isEmpty());
        const QDate today = QDate::currentDate();
        QString error;
        QVERIFY(!RequestChecklist::submit(store, id, today, QString(), QStringLiteral("  "), &error));
        QVERIFY2(error.contains(missing.first()), qPrintable(error));
        QCOMPARE(store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));

        const QString reason = QStringLiteral("la polizza arriva dall'operatore entro venerdì");
        QVERIFY2(RequestChecklist::submit(store, id, today, QStringLiteral("prot. 1234"), reason, &error), qPrintable(error));
        QCOMPARE(store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT note, uuid FROM request_status_changes WHERE request_id = :id AND to_status = 'submitted'"));
        q.bindValue(QStringLiteral(":id"), id);
        QVERIFY(q.exec() && q.next());
        const QString note = q.value(0).toString();
        QVERIFY2(note.contains(reason) && note.contains(missing.first()) && note.contains(QStringLiteral("prot. 1234")), qPrintable(note));
        QSqlQuery log(store.database());
        log.prepare(QStringLiteral("SELECT after_json FROM change_log WHERE row_uuid = :uuid"));
        log.bindValue(QStringLiteral(":uuid"), q.value(1).toString());
        QVERIFY2(log.exec() && log.next(), qPrintable(log.lastError().text()));
        QVERIFY(log.value(0).toString().contains(reason));
    }

    void submittingWithEverythingNeedsNoReason()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = draftOfKind(store, QStringLiteral("opinion"));
        QString error;
        for (const auto &item : RequestChecklist::load(store, id))
            if (!item.done())
                QVERIFY(RequestChecklist::attach(store, id, item.key, writeFile(item.key + QStringLiteral(".pdf")), &error) > 0);
        QVERIFY(RequestChecklist::missing(store, id).isEmpty());
        QVERIFY2(RequestChecklist::submit(store, id, QDate::currentDate(), QString(), QString(), &error), qPrintable(error));
    }
};

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
