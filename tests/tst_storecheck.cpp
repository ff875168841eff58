// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"
#include "store/storecheck.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace citylab;

class TestStoreCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void aFreshDemoIsHealthy()
    {
        Store store;
        QVERIFY(store.open(testsupport::makeDemo(m_dir)));
        const StoreCheck check = StoreCheck::run(store);
        QVERIFY2(check.isHealthy(), qPrintable(check.problems.join(u'\n')));
        QCOMPARE(check.schemaVersion, check.latestSchemaVersion);
        bool sawExperiments = false;
        for (const auto &[table, rows] : check.rowCounts)
            if (table == QLatin1String("experiments"))
                sawExperiments = rows == 60;
        QVERIFY(sawExperiments);
    }

    void reportsBrokenReferencesAndIndexes()
    {
        Store store;
        QVERIFY(store.open(testsupport::makeDemo(m_dir, QStringLiteral("broken.citylab"))));
        QSqlQuery q(store.database());
        // What a crash of another tool writing the file without foreign keys could leave.
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("UPDATE people SET organization_id = 999999 WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM zone_bounds WHERE id = 1")));
        // measurements name their import without a foreign key (0006): two rows naming an
        // import that is not there
        QVERIFY(q.exec(QStringLiteral("SELECT experiment_id, metric_id, measured_at, batch_id, seq FROM measurements"
                                      " LIMIT 2")));
        QList<QVariantList> keys;
        while (q.next())
            keys.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)});
        q.finish();
        QCOMPARE(keys.size(), 2);
        for (const QVariantList &key : std::as_const(keys)) {
            QSqlQuery move(store.database());
            move.prepare(QStringLiteral("UPDATE measurements SET batch_id = 999999 WHERE experiment_id = ? AND metric_id = ?"
                                        " AND measured_at = ? AND batch_id = ? AND seq = ?"));
            for (const QVariant &value : key)
                move.addBindValue(value);
            QVERIFY(move.exec());
        }
        const StoreCheck check = StoreCheck::run(store);
        QVERIFY(!check.isHealthy());
        const QString problems = check.problems.join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("Table people, row 1")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("Zone index")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("2 measurement(s) belong to no import of their experiment")), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestStoreCheck)
#include "tst_storecheck.moc"
