// SPDX-License-Identifier: GPL-3.0-or-later
// `citylab import measurements` as a script runs it: exit codes, messages and the store.
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QTimeZone>

using namespace citylab;
using namespace testsupport;

class TestMeasurementCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_experiment;   // an experiment code with zones
    QString m_zone;         // one of its zones

    QString freshStore()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("store%1.citylab").arg(++n));
        if (!QFile::copy(m_pristine, path))
            qFatal("cannot copy the demo store");
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    static QVariant query(const QString &db, const QString &sql)
    {
        Store store;
        if (!store.open(db, Store::OpenMode::Inspect))
            return {};
        QSqlQuery q(store.database());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    RunResult import(const QString &db, const QString &file, const QStringList &extra = {})
    {
        return runCitylab(QStringList{QStringLiteral("import"), QStringLiteral("measurements"), file,
                                      QStringLiteral("--db"), db, QStringLiteral("--experiment"), m_experiment}
                          + extra);
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_pristine = makeDemo(m_dir, QStringLiteral("pristine.citylab"));
        Store store;
        QVERIFY(store.open(m_pristine));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT x.code, z.name FROM experiments x JOIN zones z ON z.experiment_id = x.id "
                                      "ORDER BY x.id, z.id LIMIT 1")) && q.next());
        m_experiment = q.value(0).toString();
        m_zone = q.value(1).toString();
    }

    void importsWithSummary()
    {
        const QString db = freshStore();
        const qint64 before = query(db, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong();
        const QString file = writeFile(QStringLiteral("ok.csv"),
                                       "date,metric,value,zone\n"
                                       "2026-03-01T10:00:00Z,UAS_NOISE_DB,61.5," + m_zone.toUtf8() + "\n"
                                       "2026-03-01T11:00:00+01:00,UAS_FLIGHTS,12,\n"
                                       "2026-03-02,UAS_NOISE_DB,58,\n");
        const RunResult r = import(db, file);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("3 measurements imported from ") + file), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(query(db, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong(), before + 3);
        const QString batch = QStringLiteral("(SELECT max(id) FROM measurement_batches)");
        QCOMPARE(query(db, QStringLiteral("SELECT file_name FROM measurement_batches WHERE id = ") + batch).toString(),
                 QStringLiteral("ok.csv"));
        QCOMPARE(query(db, QStringLiteral("SELECT measured_at FROM measurements WHERE value = 12 AND batch_id = ") + batch)
                     .toLongLong(),
                 QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::UTC).toSecsSinceEpoch());
        QCOMPARE(query(db, QStringLiteral("SELECT z.name FROM measurements m JOIN zones z ON z.id = m.zone_id "
                                          "WHERE m.value = 61.5 AND m.batch_id = ") + batch).toString(),
                 m_zone);
    }

    // A local time the clocks skip in spring is imported an hour later, and the command says
    // so on standard error with the line, still exiting 0.
    void summerTimeChangeIsWarned()
    {
        const QString db = freshStore();
        const QString file = writeFile(QStringLiteral("dst.csv"),
                                       "Data;Metrica;Valore\r\n29/03/2026 01:30;UAS_FLIGHTS;1\r\n29/03/2026 02:30;UAS_FLIGHTS;2\r\n");
        const RunResult r = import(db, file);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 measurements imported")), qPrintable(r.out));
        QVERIFY2(r.err.contains(file + QStringLiteral(":3: column Data: warning: '29/03/2026 02:30' does not exist")),
                 qPrintable(r.err));
    }

    // The same file twice is refused as the dialog warns, unless asked for (it used to be
    // imported again without a word).
    void sameFileTwiceIsRefused()
    {
        const QString db = freshStore();
        const QString file = writeFile(QStringLiteral("twice.csv"), "date,metric,value\n2026-03-01T10:00:00Z,UAS_NOISE_DB,61.5\n"
                                                                     "2026-03-02T10:00:00Z,UAS_NOISE_DB,60\n");
        QCOMPARE(import(db, file).exitCode, 0);
        const qint64 once = query(db, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong();
        const RunResult again = import(db, file);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("twice.csv was already imported into this experiment on"))
                     && again.err.contains(QLatin1String("--allow-duplicate")),
                 qPrintable(again.err));
        QCOMPARE(query(db, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong(), once);
        QCOMPARE(import(db, file, {QStringLiteral("--allow-duplicate")}).exitCode, 0);
        QCOMPARE(query(db, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong(), once + 2);
    }

    void badRowsExitOneAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << QByteArray("2026-03-02,UAS_NOISE_DB,sessanta,") << QStringLiteral("column value: 'sessanta' is not a number");
        QTest::newRow("date") << QByteArray("31/02/2026,UAS_NOISE_DB,60,") << QStringLiteral("column date: '31/02/2026' is not a date");
        QTest::newRow("time") << QByteArray("2026-03-02 25:00,UAS_NOISE_DB,60,") << QStringLiteral("column date: '2026-03-02 25:00' is not a date");
        QTest::newRow("metric") << QByteArray("2026-03-02,NOISE,60,") << QStringLiteral("column metric: unknown metric 'NOISE'");
        QTest::newRow("integer metric") << QByteArray("2026-03-02,UAS_FLIGHTS,2.5,") << QStringLiteral("column value: '2.5' is not a whole number");
        QTest::newRow("zone") << QByteArray("2026-03-02,UAS_NOISE_DB,60,Altrove") << QStringLiteral("column zone: unknown zone 'Altrove'");
        QTest::newRow("missing fields") << QByteArray("2026-03-02,UAS_NOISE_DB") << QStringLiteral("2 fields where 4 are expected");
        QTest::newRow("extra field") << QByteArray("2026-03-02,UAS_NOISE_DB,60,,x") << QStringLiteral("5 fields where 4 are expected");
        QTest::newRow("decimal comma, unquoted") << QByteArray("2026-03-02,UAS_NOISE_DB,60,5,")
                                                 << QStringLiteral("column value: '60,5' holds a comma");
        QTest::newRow("decimal comma, quoted") << QByteArray("2026-03-02,UAS_NOISE_DB,\"60,5\",")
                                               << QStringLiteral("column value: '60,5' holds a comma");
    }

    void badRowsExitOneAndChangeNothing()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        const QString db = freshStore();
        const QByteArray hash = fileHash(db);
        // The bad row is line 4: after the header and two good rows.
        const QString file = writeFile(QStringLiteral("bad.csv"), "date,metric,value,zone\n"
                                                                  "2026-03-01,UAS_NOISE_DB,60,\n"
                                                                  "2026-03-01,UAS_NOISE_DB,61,\n"
                                                                  + row + "\n2026-03-03,UAS_NOISE_DB,62,\n");
        const RunResult r = import(db, file);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(file + QStringLiteral(":4: ") + expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing imported")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileHash(db), hash);
    }

    void everyBadRowIsListed()
    {
        const QString db = freshStore();
        const QByteArray hash = fileHash(db);
        const QString file = writeFile(QStringLiteral("twobad.csv"), "data;valore;metrica\n"
                                                                     "01/03/2026;x;UAS_NOISE_DB\n"
                                                                     "02/03/2026;1;UAS_NOISE_DB\n"
                                                                     "03/03/2026;2;NOPE\n");
        const RunResult r = import(db, file);
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(file + QStringLiteral(":2: column valore: ")));
        QVERIFY(lines.at(1).startsWith(file + QStringLiteral(":4: column metrica: ")));
        QCOMPARE(fileHash(db), hash);
    }

    // Whatever is wrong with the file's content is status 1 and names the file, and the line
    // when there is one; nothing is guessed and nothing imported.
    void badFilesExitOne_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");   // FILE: the file's path; NAME: its name
        QTest::newRow("decimal comma in a comma file")
            << QByteArray("date,metric,value\n2026-03-01,UAS_NOISE_DB,12,5\n2026-03-02,UAS_NOISE_DB,13,5\n") << QStringList()
            << QStringLiteral("FILE:2: column value: '12,5' holds a comma, and commas also separate this file's fields");
        QTest::newRow("thousands separator in a comma file")
            << QByteArray("date,metric,value\n2026-03-01,UAS_NOISE_DB,1,234.5\n") << QStringList()
            << QStringLiteral("FILE:2: column value: '1,234.5' holds a comma");
        QTest::newRow("comma file, quoted number that reads both ways")
            << QByteArray("date,metric,value\n2026-03-01,UAS_NOISE_DB,\"1,234\"\n") << QStringList()
            << QStringLiteral("FILE:2: column value: '1,234' holds a comma");
        QTest::newRow("semicolon file, one value full of commas")
            << QByteArray("data;valore\n01/03/2026;1,5\n02/03/2026;12,3,4\n")
            << QStringList{QStringLiteral("--metric"), QStringLiteral("UAS_NOISE_DB")}
            << QStringLiteral("FILE:3: column valore: '12,3,4' is not a number");
        QTest::newRow("only a header") << QByteArray("data,valore,metrica\n") << QStringList()
                                       << QStringLiteral("citylab: NAME has no measurements: only a header.");
        QTest::newRow("only a header, columns not recognised") << QByteArray("quando,quanto\n") << QStringList()
                                                               << QStringLiteral("citylab: NAME has no measurements: only a header.");
        QTest::newRow("empty") << QByteArray() << QStringList() << QStringLiteral("citylab: NAME is empty.");
        QTest::newRow("empty, with --columns") << QByteArray("\n")
                                               << QStringList{QStringLiteral("--columns"), QStringLiteral("time=1,value=2,metric=3")}
                                               << QStringLiteral("citylab: NAME is empty.");
    }

    void badFilesExitOne()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString db = freshStore();
        const QByteArray hash = fileHash(db);
        const QString file = writeFile(QStringLiteral("partner.csv"), bytes);
        expected.replace(QLatin1String("NAME"), QStringLiteral("partner.csv")).replace(QLatin1String("FILE"), file);
        const RunResult r = import(db, file, arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(expected), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("citylab: nothing imported")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileHash(db), hash);
    }

    void otherBadInputExitsOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown experiment") << QStringList{QStringLiteral("--experiment"), QStringLiteral("TCL-1999-999")}
                                            << QStringLiteral("no experiment with code 'TCL-1999-999'");
        QTest::newRow("unknown --metric") << QStringList{QStringLiteral("--metric"), QStringLiteral("NOPE")}
                                          << QStringLiteral("no metric with code 'NOPE'");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--columns"), QStringLiteral("time=1")}
                                      << QStringLiteral("cannot read");
    }

    void otherBadInputExitsOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString db = freshStore();
        const QByteArray hash = fileHash(db);
        QString file = writeFile(QStringLiteral("good.csv"), "data,valore,metrica\n2026-03-01,1,UAS_NOISE_DB\n");
        if (expected == QLatin1String("cannot read"))
            file = m_dir.filePath(QStringLiteral("absent.csv"));
        const RunResult r = import(db, file, arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(fileHash(db), hash);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString db = QStringLiteral("DB");
        const QString csv = QStringLiteral("CSV");
        QTest::newRow("no file") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--experiment"), QStringLiteral("X")}
                                 << QStringLiteral("exactly one CSV file");
        QTest::newRow("two files") << QStringList{csv, csv, QStringLiteral("--db"), db, QStringLiteral("--experiment"), QStringLiteral("X")}
                                   << QStringLiteral("exactly one CSV file");
        QTest::newRow("no --db") << QStringList{csv, QStringLiteral("--experiment"), QStringLiteral("X")} << QStringLiteral("--db FILE is required");
        QTest::newRow("no --experiment") << QStringList{csv, QStringLiteral("--db"), db} << QStringLiteral("--experiment CODE is required");
        QTest::newRow("unknown option") << QStringList{csv, QStringLiteral("--db"), db, QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("unknown role") << QStringList{csv, QStringLiteral("--db"), db, QStringLiteral("--experiment"), QStringLiteral("X"),
                                                     QStringLiteral("--columns"), QStringLiteral("when=1")}
                                      << QStringLiteral("unknown role 'when'");
        QTest::newRow("no such column") << QStringList{csv, QStringLiteral("--db"), db, QStringLiteral("--experiment"), QStringLiteral("X"),
                                                       QStringLiteral("--columns"), QStringLiteral("time=quando")}
                                        << QStringLiteral("no column 'quando'");
        QTest::newRow("headers not recognised") << QStringList{QStringLiteral("ODD"), QStringLiteral("--db"), db, QStringLiteral("--experiment"),
                                                               QStringLiteral("X")}
                                                << QStringLiteral("not recognised");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString db = freshStore();
        const QByteArray hash = fileHash(db);
        const QString csv = writeFile(QStringLiteral("usage.csv"), "data,valore,metrica\n2026-03-01,1,UAS_NOISE_DB\n");
        const QString odd = writeFile(QStringLiteral("odd.csv"), "quando,quanto,cosa\n2026-03-01,1,UAS_NOISE_DB\n");
        for (QString &a : arguments) {
            if (a == QLatin1String("DB"))
                a = db;
            else if (a == QLatin1String("CSV"))
                a = csv;
            else if (a == QLatin1String("ODD"))
                a = odd;
            else if (a == QLatin1String("X"))
                a = m_experiment;
        }
        const RunResult r = runCitylab(QStringList{QStringLiteral("import"), QStringLiteral("measurements")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(fileHash(db), hash);
    }

    void columnsOptionMapsByNumberOrName()
    {
        const QString db = freshStore();
        const QString file = writeFile(QStringLiteral("odd.csv"), "quando,cosa,quanto,dove\n"
                                                                  "2026-03-01 08:00,UAS_NOISE_DB,70.25," + m_zone.toUtf8() + "\n");
        const RunResult r = import(db, file, {QStringLiteral("--columns"), QStringLiteral("time=1,value=QUANTO,metric=2,zone=dove")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString batch = QStringLiteral(" AND batch_id = (SELECT max(id) FROM measurement_batches)");
        QCOMPARE(query(db, QStringLiteral("SELECT count(*) FROM measurements m JOIN zones z ON z.id = m.zone_id "
                                          "JOIN metrics k ON k.id = m.metric_id WHERE m.value = 70.25 AND k.code = 'UAS_NOISE_DB' "
                                          "AND z.name = '%1'").arg(m_zone) + batch).toInt(),
                 1);
        // 08:00 in Rome in March is 07:00 UTC.
        QCOMPARE(query(db, QStringLiteral("SELECT measured_at FROM measurements WHERE value = 70.25") + batch).toLongLong(),
                 QDateTime(QDate(2026, 3, 1), QTime(7, 0), QTimeZone::UTC).toSecsSinceEpoch());
    }

    void metricOptionForFilesWithoutMetricColumn()
    {
        const QString db = freshStore();
        const QString file = writeFile(QStringLiteral("flights.csv"), "data,valore\n01/04/2026,3\n02/04/2026,4\n03/04/2026,5\n");
        const RunResult r = import(db, file, {QStringLiteral("--metric"), QStringLiteral("UAS_FLIGHTS")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(query(db, QStringLiteral("SELECT group_concat(DISTINCT k.code) || ':' || count(*) || ':' || sum(m.value) "
                                          "FROM measurements m JOIN metrics k ON k.id = m.metric_id "
                                          "WHERE m.batch_id = (SELECT max(id) FROM measurement_batches)")).toString(),
                 QStringLiteral("UAS_FLIGHTS:3:12.0"));
    }

    void italianExcelFile()
    {
        // What Excel in Italian saves as "CSV (delimitato dal separatore di elenco)":
        // Windows-1252, ';', decimal comma with '.' thousands, dd/mm/yyyy HH:MM, CRLF.
        const QString db = freshStore();
        QByteArray bytes = "Data e ora;Località;Metrica;Valore\r\n"
                           "15/01/2026 09:30;" + m_zone.toUtf8() + ";EN_KWH_SAVED;1.234,5\r\n"
                           "15/01/2026 10:30;;EN_KWH_SAVED;\"7,25\"\r\n";
        QStringEncoder cp1252("windows-1252");
        QVERIFY(cp1252.isValid());
        bytes = cp1252.encode(QString::fromUtf8(bytes));
        QVERIFY(bytes.contains("Localit\xe0"));
        const QString file = writeFile(QStringLiteral("excel.csv"), bytes);
        const RunResult r = import(db, file, {QStringLiteral("--columns"), QStringLiteral("time=1,zone=Località,metric=3,value=4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 measurements imported")));
        QCOMPARE(query(db, QStringLiteral("SELECT group_concat(value, '|') FROM (SELECT value FROM measurements WHERE batch_id = "
                                          "(SELECT max(id) FROM measurement_batches) ORDER BY measured_at)")).toString(),
                 QStringLiteral("1234.5|7.25"));
        QCOMPARE(query(db, QStringLiteral("SELECT min(measured_at) FROM measurements WHERE batch_id = (SELECT max(id) FROM measurement_batches)"))
                     .toLongLong(),
                 QDateTime(QDate(2026, 1, 15), QTime(8, 30), QTimeZone::UTC).toSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestMeasurementCli)
#include "tst_measurementcli.moc"
