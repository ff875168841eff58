// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>

using namespace citylab;
using testsupport::RunResult;
using testsupport::runCitylab;

// Fault injection through the real program: writers killed with SIGKILL at random moments,
// stores with random damage, files that are not stores, a full disk. Each probe prints
// "probe NAME trials N failures F". The suite runs a short pass; `packaging/dev.sh
// reliability` runs a long one (CITYLAB_RELIABILITY_TRIALS sets the trials of each probe).
class TestReliability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_code;
    QString m_csv;
    QString m_zones;
    static constexpr int csvRows = 100000;
    static constexpr int zoneCount = 40;

    static int trials(int shortPass)
    {
        return qEnvironmentVariableIsSet("CITYLAB_RELIABILITY_TRIALS") ? qEnvironmentVariableIntValue("CITYLAB_RELIABILITY_TRIALS")
                                                                       : shortPass;
    }

    static void report(const char *probe, int trials, const QStringList &failures)
    {
        qInfo("probe %s trials %d failures %d", probe, trials, int(failures.size()));
        for (const QString &failure : failures.mid(0, 5))
            qInfo("  %s", qPrintable(failure));
    }

    static qint64 count(const QString &path, const QString &table, QString *error)
    {
        Store store;
        if (!store.open(path, Store::OpenMode::Inspect)) {
            *error = store.errorString();
            return -1;
        }
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
            *error = query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    QString copyOfPristine(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_pristine, path))
            qFatal("cannot copy the demo");
        return path;
    }

    // What a verb prints on a store, for comparing with the pristine store's.
    static QStringList readingVerbs(const QString &db, const QString &out)
    {
        Q_UNUSED(db)
        return {QStringLiteral("deadlines|--on|2026-05-10|--format|csv"), QStringLiteral("conflicts|--format|csv"),
                QStringLiteral("export|zones|--out|") + out, QStringLiteral("check")};
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_pristine = testsupport::makeDemo(m_dir, QStringLiteral("pristine.citylab"));
        QString error;
        {
            Store store;
            QVERIFY(store.open(m_pristine, Store::OpenMode::Inspect));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("SELECT code FROM experiments ORDER BY id LIMIT 1")) && query.next());
            m_code = query.value(0).toString();
        }
        QByteArray csv = "time,metric,value\n";
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
        for (int i = 0; i < csvRows; ++i)
            csv += start.addSecs(60 * i).toString(Qt::ISODate).toLatin1() + ",UAS_NOISE_DB," + QByteArray::number(40 + i % 30) + '\n';
        m_csv = m_dir.filePath(QStringLiteral("measurements.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();
        QStringList features;
        for (int i = 0; i < zoneCount; ++i) {
            const double x = 7.62 + 0.003 * i, y = 45.06;
            features << QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"name\":\"Prova %1\"},\"geometry\":{\"type\":\"Polygon\","
                                       "\"coordinates\":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}}")
                            .arg(i).arg(x, 0, 'f', 4).arg(y, 0, 'f', 4).arg(x + 0.002, 0, 'f', 4).arg(y + 0.002, 0, 'f', 4);
        }
        m_zones = m_dir.filePath(QStringLiteral("zones.geojson"));
        QFile zones(m_zones);
        QVERIFY(zones.open(QIODevice::WriteOnly));
        zones.write((QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[") + features.join(u',') + QStringLiteral("]}")).toUtf8());
    }

    // A writer killed at any moment leaves a healthy store holding all of its write or none.
    void killedWriters_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::newRow("import measurements") << QStringLiteral("measurements");
        QTest::newRow("import zones") << QStringLiteral("zones");
        QTest::newRow("demo --force") << QStringLiteral("demo");
        QTest::newRow("restore") << QStringLiteral("restore");
    }

    void killedWriters()
    {
        QFETCH(QString, writer);
        const int n = trials(5);
        QStringList failures;
        QRandomGenerator random(42);
        const QString db = copyOfPristine(QStringLiteral("killed-%1.citylab").arg(writer));
        const QString backup = m_dir.filePath(QStringLiteral("killed-backup.citylab"));
        QCOMPARE(runCitylab({QStringLiteral("backup"), QStringLiteral("--db"), m_pristine, QStringLiteral("--out"), backup}).exitCode, 0);
        for (int trial = 0; trial < n; ++trial) {
            QString error;
            const QString table = writer == QLatin1String("zones") ? QStringLiteral("zones") : QStringLiteral("measurements");
            const qint64 before = count(db, table, &error);
            QStringList arguments;
            qint64 step = 0;
            if (writer == QLatin1String("measurements")) {
                arguments = {QStringLiteral("import"), QStringLiteral("measurements"), m_csv, QStringLiteral("--experiment"), m_code,
                             QStringLiteral("--allow-duplicate")};
                step = csvRows;
            } else if (writer == QLatin1String("zones")) {
                arguments = {QStringLiteral("import"), QStringLiteral("zones"), m_zones, QStringLiteral("--experiment"), m_code};
                step = zoneCount;
            } else if (writer == QLatin1String("demo")) {
                arguments = {QStringLiteral("demo"), QStringLiteral("--force"), QStringLiteral("--seed"), QString::number(trial % 3 + 1)};
            } else {
                arguments = {QStringLiteral("restore"), QStringLiteral("--from"), backup};
            }
            QProcess process;
            process.start(QStringLiteral(CITYLAB_BIN), arguments + QStringList{QStringLiteral("--db"), db});
            QVERIFY(process.waitForStarted());
            QTest::qSleep(int(random.bounded(10, 450)));
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            const RunResult check = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), db});
            const qint64 after = count(db, table, &error);
            if (check.exitCode != 0)
                failures << QStringLiteral("trial %1: check: %2").arg(trial).arg(check.err.trimmed());
            else if (after < 0)
                failures << QStringLiteral("trial %1: %2").arg(trial).arg(error);
            else if (step > 0 && after != before && after != before + step)
                failures << QStringLiteral("trial %1: %2 rows before, %3 after: a part of the write landed").arg(trial).arg(before).arg(after);
            // Leftovers of the killed run are cleaned by the next one.
        }
        report(qPrintable(QStringLiteral("kill9-") + writer), n, failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // Random bytes of a store damaged: no crash or hang, exit 0 or 1, the file named when
    // refused, and nothing written by a verb that only reads.
    void damagedStores()
    {
        const int n = trials(8);
        QStringList failures;
        QRandomGenerator random(7);
        const qint64 size = QFileInfo(m_pristine).size();
        for (int trial = 0; trial < n; ++trial) {
            const QString db = copyOfPristine(QStringLiteral("damaged-%1.citylab").arg(trial));
            {
                QFile file(db);
                QVERIFY(file.open(QIODevice::ReadWrite));
                const qint64 at = random.bounded(qint64(100), size - 512);
                const int length = int(random.bounded(1, 256));
                QByteArray noise(length, Qt::Uninitialized);
                for (char &c : noise)
                    c = char(random.bounded(256));
                file.seek(at);
                file.write(noise);
            }
            const QByteArray hash = testsupport::fileHash(db);
            const QString out = m_dir.filePath(QStringLiteral("damaged-%1.geojson").arg(trial));
            for (const QString &verb : readingVerbs(db, out)) {
                const RunResult run = runCitylab(verb.split(u'|') + QStringList{QStringLiteral("--db"), db});
                if (run.exitCode != 0 && run.exitCode != 1)
                    failures << QStringLiteral("trial %1, %2: exit %3 %4").arg(trial).arg(verb).arg(run.exitCode).arg(run.err.trimmed());
                else if (run.exitCode == 1 && !run.err.contains(db))
                    failures << QStringLiteral("trial %1, %2: the message does not name the file: %3").arg(trial).arg(verb, run.err.trimmed());
                else if (run.err.contains(QLatin1String("Unable to fetch")))
                    failures << QStringLiteral("trial %1, %2: driver words shown: %3").arg(trial).arg(verb, run.err.trimmed());
                if (testsupport::fileHash(db) != hash)
                    failures << QStringLiteral("trial %1, %2: a reading verb changed the file").arg(trial).arg(verb);
            }
            const RunResult import = runCitylab({QStringLiteral("import"), QStringLiteral("zones"), m_zones, QStringLiteral("--experiment"),
                                                 m_code, QStringLiteral("--db"), db});
            if (import.exitCode != 0 && import.exitCode != 1)
                failures << QStringLiteral("trial %1, import: exit %2 %3").arg(trial).arg(import.exitCode).arg(import.err.trimmed());
            else if (import.exitCode == 1 && testsupport::fileHash(db) != hash)
                failures << QStringLiteral("trial %1, import: refused but the file changed").arg(trial);
        }
        report("damaged-stores", n, failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // Files that are not stores are refused by every verb with exit 1, named, and untouched.
    void foreignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("name,value\nuno,1\n");
        QTest::newRow("random") << QByteArray(20000, '\x5a');
        QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0');
        QTest::newRow("half a store") << QByteArray("HALF");
        QTest::newRow("another application") << QByteArray("OTHER");
    }

    void foreignFiles()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("foreign-%1.citylab").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile::remove(path);
        if (content == "HALF") {
            QFile pristine(m_pristine);
            QVERIFY(pristine.open(QIODevice::ReadOnly));
            content = pristine.read(pristine.size() / 2);
        } else if (content == "OTHER") {
            const QString connection = QStringLiteral("other");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            }
            QSqlDatabase::removeDatabase(connection);
        }
        if (content != "OTHER") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray hash = testsupport::fileHash(path);
        QStringList failures;
        const QString out = m_dir.filePath(QStringLiteral("foreign.geojson"));
        const QStringList verbs = readingVerbs(path, out)
            + QStringList{QStringLiteral("import|zones|") + m_zones + QStringLiteral("|--experiment|") + m_code,
                          QStringLiteral("backup|--out|") + m_dir.filePath(QStringLiteral("foreign-copy.citylab"))};
        for (const QString &verb : verbs) {
            const RunResult run = runCitylab(verb.split(u'|') + QStringList{QStringLiteral("--db"), path});
            if (run.exitCode != 1 || !run.err.contains(path))
                failures << QStringLiteral("%1: exit %2: %3").arg(verb).arg(run.exitCode).arg(run.err.trimmed());
            if (testsupport::fileHash(path) != hash)
                failures << QStringLiteral("%1: changed the file").arg(verb);
            if (QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm")))
                failures << QStringLiteral("%1: left a -wal or -shm beside the file").arg(verb);
        }
        report(qPrintable(QStringLiteral("foreign-file-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')),
               int(verbs.size()), failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // A full disk: the import is refused saying so, the store stays healthy and whole, and no
    // -wal or -shm is left behind; a new store is not half made. Needs a small file system in
    // CITYLAB_FULL_DISK (dev.sh mounts one in its build root).
    void fullDisk()
    {
        const QString folder = qEnvironmentVariable("CITYLAB_FULL_DISK");
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            QSKIP("no small file system to fill (CITYLAB_FULL_DISK)");
        QStringList failures;
        const QString db = QDir(folder).filePath(QStringLiteral("full.citylab"));
        const QString filler = QDir(folder).filePath(QStringLiteral("filler"));
        for (const QString &file : QDir(folder).entryList(QDir::Files))
            QFile::remove(QDir(folder).filePath(file));
        QVERIFY(QFile::copy(m_pristine, db));
        {
            // Leave a few hundred kilobytes: the import's 100,000 rows need about 4 MB.
            QFile fill(filler);
            QVERIFY(fill.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, '\0');
            while (fill.write(block) == block.size()) {
            }
            fill.close();
            const qint64 keep = 300 * 1024;
            fill.resize(qMax<qint64>(0, fill.size() - keep));
        }
        QString error;
        const qint64 before = count(db, QStringLiteral("measurements"), &error);
        const RunResult import = runCitylab({QStringLiteral("import"), QStringLiteral("measurements"), m_csv, QStringLiteral("--experiment"),
                                             m_code, QStringLiteral("--db"), db});
        if (import.exitCode != 1 || !import.err.contains(QLatin1String("disk is full")))
            failures << QStringLiteral("import: exit %1: %2").arg(import.exitCode).arg(import.err.trimmed());
        if (QFile::exists(db + QStringLiteral("-wal")) || QFile::exists(db + QStringLiteral("-shm")))
            failures << QStringLiteral("import: left a -wal or -shm behind");
        const RunResult check = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), db});
        if (check.exitCode != 0)
            failures << QStringLiteral("check after the full disk: %1").arg(check.err.trimmed());
        if (count(db, QStringLiteral("measurements"), &error) != before)
            failures << QStringLiteral("the refused import changed the measurements");
        const QString fresh = QDir(folder).filePath(QStringLiteral("new.citylab"));
        const RunResult demo = runCitylab({QStringLiteral("demo"), QStringLiteral("--db"), fresh});
        if (demo.exitCode != 1 || !demo.err.contains(QLatin1String("disk is full")))
            failures << QStringLiteral("demo: exit %1: %2").arg(demo.exitCode).arg(demo.err.trimmed());
        const QStringList left = QDir(folder).entryList({QStringLiteral("new.citylab*")}, QDir::Files);
        if (!left.isEmpty())
            failures << QStringLiteral("demo left %1").arg(left.join(u' '));
        QFile::remove(filler);
        report("disk-full", 2, failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
