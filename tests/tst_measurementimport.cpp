// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/measurementimporter.h"
#include "store/store.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace citylab;
using namespace testsupport;

class TestMeasurementImport : public QObject
{
    Q_OBJECT

    static qint64 scalar(Store &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    struct Fixture
    {
        QTemporaryDir dir;
        QString path;
        qint64 experimentId = 0;
        QString metricCode;
    };

    static void prepare(Fixture &f)
    {
        f.path = makeDemo(f.dir);
        Store store;
        QVERIFY(store.open(f.path));
        // An experiment with zones: the file may name one.
        f.experimentId = scalar(store, QStringLiteral("SELECT min(experiment_id) FROM zones"));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT code FROM metrics WHERE value_kind = 'real' LIMIT 1")) && query.next());
        f.metricCode = query.value(0).toString();
    }

    static QByteArray csv(const QString &metric, int rows, bool badLast)
    {
        QByteArray bytes("Data;Metrica;Valore\r\n");
        for (int i = 0; i < rows; ++i) {
            const bool bad = badLast && i == rows - 1;
            bytes += QStringLiteral("%1/03/2026 10:%2;%3;%4,5\r\n")
                         .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                         .arg(i % 60, 2, 10, QLatin1Char('0'))
                         .arg(metric, bad ? QStringLiteral("x") : QString::number(i))
                         .toUtf8();
        }
        return bytes;
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void importsAllRowsWithOneBatch()
    {
        Fixture f;
        prepare(f);
        Store store;
        QVERIFY(store.open(f.path));
        const qint64 before = scalar(store, QStringLiteral("SELECT count(*) FROM measurements"));
        const qint64 logBefore = scalar(store, QStringLiteral("SELECT count(*) FROM change_log"));
        MeasurementCsvReader reader(csv(f.metricCode, 500, false));
        MeasurementImporter importer(store, f.experimentId);
        const MeasurementImportResult result =
            importer.run(reader, MeasurementCsvReader::guessMapping(reader.header()), QStringLiteral("/x/dati marzo.csv"), "abc123");
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.rows, 500);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM measurements")), before + 500);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM measurements WHERE batch_id = %1").arg(result.batchId)), 500);
        QSqlQuery batch(store.database());
        QVERIFY(batch.exec(QStringLiteral("SELECT file_name, source, row_count, experiment_id FROM measurement_batches WHERE id = %1")
                               .arg(result.batchId)) && batch.next());
        QCOMPARE(batch.value(0).toString(), QStringLiteral("dati marzo.csv"));
        QCOMPARE(batch.value(1).toString(), QStringLiteral("csv sha256:abc123"));
        QCOMPARE(batch.value(2).toInt(), 500);
        QCOMPARE(batch.value(3).toLongLong(), f.experimentId);
        // One change for the batch row, one for the measurements: not 500.
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM change_log")), logBefore + 2);
    }

    // A zone named by the file is deleted by another window just as the import starts: the
    // import read the zone as there, and waits for the other window's write to end before
    // its own. With foreign keys off for its speed, it must not write rows pointing at nothing.
    void zoneDeletedMeanwhileRefusesTheImport()
    {
        Fixture f;
        prepare(f);
        qint64 zoneId = 0, before = 0;
        QString zoneName;
        {
            Store store;
            QVERIFY(store.open(f.path));
            QSqlQuery zone(store.database());
            QVERIFY(zone.exec(QStringLiteral("SELECT id, name FROM zones WHERE experiment_id = %1 LIMIT 1").arg(f.experimentId)) && zone.next());
            zoneId = zone.value(0).toLongLong();
            zoneName = zone.value(1).toString();
            zone.finish();
            before = scalar(store, QStringLiteral("SELECT count(*) FROM measurements"));
        }
        QByteArray bytes("time;metric;value;zone\r\n");
        for (int i = 0; i < 20000; ++i)
            bytes += QStringLiteral("2026-03-01T10:%1:00Z;%2;%3;%4\r\n").arg(i % 60, 2, 10, QLatin1Char('0')).arg(f.metricCode).arg(i).arg(zoneName).toUtf8();

        std::atomic_bool waiting = false;
        QFuture<MeasurementImportResult> importing;
        Store other;   // the other window
        QVERIFY(other.open(f.path, Store::OpenMode::OpenExisting));
        const bool deleted = other.transact([&] {
            if (!other.remove(QStringLiteral("zones"), zoneId))
                return false;
            // the import starts while the deletion is not committed yet
            importing = QtConcurrent::run([&] {
                Store store;
                if (!store.open(f.path))
                    return MeasurementImportResult{};
                QObject::connect(&store, &Store::waitingForWriter, &store, [&] { waiting = true; }, Qt::DirectConnection);
                MeasurementCsvReader reader(bytes);
                MeasurementImporter importer(store, f.experimentId);
                return importer.run(reader, MeasurementCsvReader::guessMapping(reader.header()), QStringLiteral("zona.csv"), QByteArray("x"));
            });
            QElapsedTimer timer;
            timer.start();
            while (!waiting && timer.elapsed() < 15000)
                QThread::msleep(20);
            return waiting.load();
        });
        QVERIFY2(deleted, qPrintable(other.errorString()));
        const MeasurementImportResult result = importing.result();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(zoneName) && result.message.contains(QLatin1String("deleted meanwhile")), qPrintable(result.message));
        QCOMPARE(scalar(other, QStringLiteral("SELECT count(*) FROM measurements")), before);
        QCOMPARE(scalar(other, QStringLiteral("SELECT count(*) FROM measurements m LEFT JOIN zones z ON z.id = m.zone_id "
                                              "WHERE m.zone_id IS NOT NULL AND z.id IS NULL")), 0);
    }

    void refusedImportLeavesFileUnchanged()
    {
        Fixture f;
        prepare(f);
        const QByteArray hash = fileHash(f.path);
        {
            Store store;
            QVERIFY(store.open(f.path));
            MeasurementCsvReader reader(csv(f.metricCode, 200, true));
            MeasurementImporter importer(store, f.experimentId);
            const MeasurementImportResult result =
                importer.run(reader, MeasurementCsvReader::guessMapping(reader.header()), QStringLiteral("a.csv"), "00");
            QVERIFY(!result.ok);
            QCOMPARE(result.errors.size(), 1);
            QCOMPARE(result.errors.at(0).line, 201);
            QCOMPARE(result.errors.at(0).column, QStringLiteral("Valore"));
        }
        QCOMPARE(fileHash(f.path), hash);
    }

    // A file without rows names itself: the command line and the window show this line alone.
    void fileWithoutRowsSaysWhich_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("only a header") << QByteArray("Data;Metrica;Valore\r\n")
                                       << QStringLiteral("dati marzo.csv has no measurements: only a header.");
        QTest::newRow("header and empty lines") << QByteArray("Data;Metrica;Valore\r\n\r\n\r\n")
                                                << QStringLiteral("dati marzo.csv has no measurements: only a header.");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("dati marzo.csv is empty.");
        QTest::newRow("byte order mark and a new line") << QByteArray("\xEF\xBB\xBF\r\n") << QStringLiteral("dati marzo.csv is empty.");
    }

    void fileWithoutRowsSaysWhich()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Fixture f;
        prepare(f);
        const QByteArray hash = fileHash(f.path);
        {
            Store store;
            QVERIFY(store.open(f.path));
            MeasurementCsvReader reader(bytes);
            MeasurementImporter importer(store, f.experimentId);
            const MeasurementImportResult result =
                importer.run(reader, MeasurementCsvReader::guessMapping(reader.header()), QStringLiteral("/x/dati marzo.csv"), "00");
            QVERIFY(!result.ok);
            QVERIFY(result.errors.isEmpty());
            QCOMPARE(result.message, message);
        }
        QCOMPARE(fileHash(f.path), hash);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<double>("cancelAt");
        QTest::newRow("while reading") << 0.2;
        QTest::newRow("while writing") << 0.7;
    }

    void cancelLeavesNothing()
    {
        QFETCH(double, cancelAt);
        Fixture f;
        prepare(f);
        Store store;
        QVERIFY(store.open(f.path));
        const qint64 rows = scalar(store, QStringLiteral("SELECT count(*) FROM measurements"));
        const qint64 batches = scalar(store, QStringLiteral("SELECT count(*) FROM measurement_batches"));
        MeasurementCsvReader reader(csv(f.metricCode, 100000, false));
        MeasurementImporter importer(store, f.experimentId);
        bool asked = false;
        const MeasurementImportResult result = importer.run(
            reader, MeasurementCsvReader::guessMapping(reader.header()), QStringLiteral("a.csv"), "00",
            [&](qint64 done, qint64 total) {
                asked = true;
                return double(done) / double(total) < cancelAt;
            });
        QVERIFY(asked);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM measurements")), rows);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM measurement_batches")), batches);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementImport)
#include "tst_measurementimport.moc"
