// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace citylab;

// Several programs writing to one store at once, as an office does: two measurement imports
// and three zone imports started together, round after round, through the real CLI. Each
// must wait for the others instead of failing with "database is locked", and every row of
// every import must land. CITYLAB_WRITER_ROUNDS sets the rounds (the reliability suite
// runs more).
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static qint64 count(Store &store, const QString &table)
    {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            qFatal("cannot count %s", qPrintable(table));
        return query.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
    }

    void importsStartedTogetherAllLand()
    {
        const int rounds = qEnvironmentVariableIsSet("CITYLAB_WRITER_ROUNDS")
                               ? qEnvironmentVariableIntValue("CITYLAB_WRITER_ROUNDS") : 50;
        constexpr int rowsPerFile = 20000;
        constexpr int zonesPerFile = 2;
        const QString db = testsupport::makeDemo(m_dir);
        QStringList experiments;
        qint64 measurementsBefore = 0, zonesBefore = 0;
        {
            Store store;
            QVERIFY(store.open(db, Store::OpenMode::OpenExisting));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("SELECT code FROM experiments ORDER BY id LIMIT 3")));
            while (query.next())
                experiments << query.value(0).toString();
            QVERIFY(!query.lastError().isValid());
            QCOMPARE(experiments.size(), 3);
            measurementsBefore = count(store, QStringLiteral("measurements"));
            zonesBefore = count(store, QStringLiteral("zones"));
        }

        int failures = 0;
        QStringList reasons;
        for (int round = 0; round < rounds; ++round) {
            QList<QStringList> commands;
            for (int file = 0; file < 2; ++file) {
                QByteArray csv = "time,metric,value\n";
                csv.reserve(rowsPerFile * 40);
                const QDateTime start(QDate(2025, 1, 1).addDays(round), QTime(file, 0), QTimeZone::UTC);
                for (int row = 0; row < rowsPerFile; ++row)
                    csv += start.addSecs(row).toString(Qt::ISODate).toLatin1() + ",UAS_NOISE_DB,"
                         + QByteArray::number(50 + (row % 300) / 10.0) + '\n';
                const QString path = writeFile(QStringLiteral("m-%1-%2.csv").arg(round).arg(file), csv);
                commands << QStringList{QStringLiteral("import"), QStringLiteral("measurements"), path,
                                        QStringLiteral("--db"), db, QStringLiteral("--experiment"), experiments.at(0)};
            }
            for (int file = 0; file < 3; ++file) {
                QStringList features;
                for (int zone = 0; zone < zonesPerFile; ++zone) {
                    const double x = 7.60 + 0.01 * zone + 0.001 * round, y = 45.05 + 0.01 * file;
                    features << QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"name\":\"Round %1 file %2 zone %3\"},"
                                               "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%4,%5],[%6,%5],[%6,%7],[%4,%7],[%4,%5]]]}}")
                                    .arg(round).arg(file).arg(zone)
                                    .arg(x, 0, 'f', 5).arg(y, 0, 'f', 5).arg(x + 0.002, 0, 'f', 5).arg(y + 0.002, 0, 'f', 5);
                }
                const QString path = writeFile(QStringLiteral("z-%1-%2.geojson").arg(round).arg(file),
                                               (QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[")
                                                + features.join(u',') + QStringLiteral("]}")).toUtf8());
                commands << QStringList{QStringLiteral("import"), QStringLiteral("zones"), path, QStringLiteral("--db"), db,
                                        QStringLiteral("--experiment"), experiments.at(file)};
            }
            std::vector<std::unique_ptr<QProcess>> processes;
            for (const QStringList &arguments : std::as_const(commands)) {
                processes.push_back(std::make_unique<QProcess>());
                processes.back()->start(QStringLiteral(CITYLAB_BIN), arguments);
            }
            for (const auto &process : processes) {
                const bool done = process->waitForFinished(120000);
                if (!done || process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
                    ++failures;
                    reasons << QString::fromUtf8(process->readAllStandardError()).trimmed();
                }
            }
        }
        Store store;
        QVERIFY(store.open(db, Store::OpenMode::OpenExisting));
        qInfo("%d rounds of 5 writers at once: %d failed", rounds, failures);
        QVERIFY2(failures == 0, qPrintable(reasons.mid(0, 3).join(QStringLiteral("\n"))));
        QCOMPARE(count(store, QStringLiteral("measurements")), measurementsBefore + qint64(rounds) * 2 * rowsPerFile);
        QCOMPARE(count(store, QStringLiteral("zones")), zonesBefore + qint64(rounds) * 3 * zonesPerFile);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
