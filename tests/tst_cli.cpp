// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"
#include "domain/deadlines.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QSqlQuery>

using testsupport::runCitylab;

// The citylab executable as scripts use it: exit 0 ok, 1 bad input or data, 2 usage.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown verb");
        QTest::newRow("demo without --db") << QStringList{QStringLiteral("demo")} << QStringLiteral("--db FILE is required");
        QTest::newRow("bad scale") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.citylab"),
                                                  QStringLiteral("--scale"), QStringLiteral("many")}
                                   << QStringLiteral("--scale");
        QTest::newRow("bad date") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.citylab"),
                                                 QStringLiteral("--today"), QStringLiteral("31/02/2026")}
                                  << QStringLiteral("--today");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("check without --db") << QStringList{QStringLiteral("check")} << QStringLiteral("--db FILE is required");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto result = runCitylab(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.citylab")));
    }

    void helpAndVersionExitWithZero()
    {
        auto result = runCitylab({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("citylab ")));
        result = runCitylab({QStringLiteral("help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("demo")) && result.out.contains(QStringLiteral("check")));
        result = runCitylab({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--seed")));
    }

    // `packaging/dev.sh run` without a display takes a screenshot of every view: the tour
    // must not become the user's session (the next real start opened on Outcomes, the
    // last view shot, instead of Today).
    void screenshotTourLeavesTheSettingsAlone()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("config"));
        const QString settingsFile = config + QStringLiteral("/CityLab/CityLab.conf");
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("mainWindow/view"), QStringLiteral("today"));
            settings.setValue(QStringLiteral("lastDatabase"), QStringLiteral("/home/officer/lab.citylab"));
            settings.setValue(QStringLiteral("language"), QStringLiteral("it"));
        }
        const QString demo = testsupport::makeDemo(dir);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto result = runCitylab({QStringLiteral("--db"), demo, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shots"))},
                                       environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.count(QStringLiteral(".png")) >= 6, qPrintable(result.out + result.err));
        QSettings settings(settingsFile, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("mainWindow/view")).toString(), QStringLiteral("today"));
        QCOMPARE(settings.value(QStringLiteral("lastDatabase")).toString(), QStringLiteral("/home/officer/lab.citylab"));
        QVERIFY(settings.value(QStringLiteral("recentDatabases")).toStringList().isEmpty());
        QVERIFY(!settings.contains(QStringLiteral("mainWindow/geometry")));
    }

    // A double-click on a .citylab file runs `citylab PATH` (the desktop file's Exec): the
    // window opens that file; a file that is not a store, or not there, is refused by name
    // and nothing is created.
    void opensTheFileItIsGiven()
    {
        QTemporaryDir dir;
        const QString demo = testsupport::makeDemo(dir);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto opened = runCitylab({demo, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shots"))}, environment);
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        QVERIFY2(opened.out.count(QStringLiteral(".png")) >= 6, qPrintable(opened.out + opened.err));

        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("meeting notes, not a database\n");
        file.close();
        const auto foreign = runCitylab({notes, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shots2"))}, environment);
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains(notes), qPrintable(foreign.err));

        const QString missing = dir.filePath(QStringLiteral("missing.citylab"));
        const auto absent = runCitylab({missing, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shots3"))}, environment);
        QCOMPARE(absent.exitCode, 1);
        QVERIFY2(absent.err.contains(missing), qPrintable(absent.err));
        QVERIFY(!QFile::exists(missing));
    }

    // A verb's help names the verb in its usage line, as the user types it.
    void verbHelpNamesTheVerb_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("deadlines") << QStringList{QStringLiteral("deadlines")} << QStringLiteral("citylab deadlines [options]");
        QTest::newRow("import zones") << QStringList{QStringLiteral("import"), QStringLiteral("zones")}
                                      << QStringLiteral("citylab import zones [options] file");
        QTest::newRow("report") << QStringList{QStringLiteral("report")} << QStringLiteral("citylab report [options] kind");
        QTest::newRow("tiles") << QStringList{QStringLiteral("tiles"), QStringLiteral("prefetch")}
                               << QStringLiteral("citylab tiles prefetch [options]");
    }
    void verbHelpNamesTheVerb()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const auto result = runCitylab(arguments << QStringLiteral("--help") << QStringLiteral("--lang") << QStringLiteral("en"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.section(u'\n', 0, 0).endsWith(usage), qPrintable(result.out.section(u'\n', 0, 0)));
    }

    void demoThenCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.citylab"));
        auto result = runCitylab({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--seed"),
                                  QStringLiteral("7"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("60 experiments")), qPrintable(result.out));

        // an existing file is never overwritten by accident
        const QByteArray before = testsupport::fileHash(path);
        result = runCitylab({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(path) && result.err.contains(QStringLiteral("--force")));
        QCOMPARE(testsupport::fileHash(path), before);

        result = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Schema version: %1").arg(citylab::Migrations::latestVersion())));
        QVERIFY(result.out.contains(QStringLiteral("experiments")));
        QVERIFY(result.out.contains(QStringLiteral("Healthy")));
        QCOMPARE(testsupport::fileHash(path), before); // checking changes nothing

        result = runCitylab({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force")});
        QCOMPARE(result.exitCode, 0);
    }

    void checkRefusesBadFilesWithOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv") << QByteArray("data;valore\n01/02/2026;3,5\n") << QStringLiteral("not an SQLite file");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
    }

    void checkRefusesBadFilesWithOne()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.citylab").arg(QLatin1String(QTest::currentDataTag())));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const auto result = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path) && result.err.contains(message), qPrintable(result.err));
    }

    void checkReportsProblemsWithOne()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("fk.citylab"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE zones SET experiment_id = 424242 WHERE id = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto result = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Table zones, row 2")), qPrintable(result.err));
    }

    void deadlinesAsCsvForScripts()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("deadlines.citylab"));
        const auto result = runCitylab({QStringLiteral("deadlines"), QStringLiteral("--db"), path, QStringLiteral("--on"),
                                        testsupport::referenceDay().toString(Qt::ISODate), QStringLiteral("--days"),
                                        QStringLiteral("30"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(result.exitCode, 0);
        QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), QStringLiteral("kind,reference,title,due_on,days_left,status"));
        QVERIFY(lines.size() > 3);
        QString previous;
        QSet<QString> kinds;
        for (const QString &line : std::as_const(lines)) {
            // the title may be quoted and hold commas; the last three fields never do
            const QStringList tail = line.section(u',', -3).split(u',');
            const QDate due = QDate::fromString(tail[0], Qt::ISODate);
            QVERIFY2(due.isValid(), qPrintable(line));
            QVERIFY2(tail[0] >= previous, "sorted by due_on");
            QCOMPARE(tail[1].toInt(), int(testsupport::referenceDay().daysTo(due)));
            // agreements show from the start of their renewal notice, the rest within the horizon
            QVERIFY(line.startsWith(QStringLiteral("agreement,")) || tail[1].toInt() <= 30);
            previous = tail[0];
            kinds.insert(line.section(u',', 0, 0));
        }
        QVERIFY2(kinds.contains(QStringLiteral("request")), qPrintable(result.out));
        QVERIFY2(kinds.contains(QStringLiteral("follow_up")), qPrintable(result.out));

        const auto bad = runCitylab({QStringLiteral("deadlines"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                                     QStringLiteral("xml")});
        QCOMPARE(bad.exitCode, 2);
    }

    // The threshold for "stuck" is the database's (set in Today) unless --stuck-days says.
    void deadlinesCountStuckExperimentsByTheThreshold()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("stuck.citylab"));
        const auto stuck = [&](const QStringList &extra) {
            const auto result = runCitylab(QStringList{QStringLiteral("deadlines"), QStringLiteral("--db"), path, QStringLiteral("--on"),
                                                       testsupport::referenceDay().toString(Qt::ISODate), QStringLiteral("--format"),
                                                       QStringLiteral("csv")} + extra);
            int count = 0;
            for (const QString &line : result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
                count += line.startsWith(QStringLiteral("stuck_experiment,"));
            return result.exitCode == 0 ? count : -1;
        };
        const int byDefault = stuck({});
        const int shortThreshold = stuck({QStringLiteral("--stuck-days"), QStringLiteral("14")});
        QVERIFY2(byDefault >= 0 && shortThreshold > byDefault, qPrintable(QStringLiteral("%1 %2").arg(byDefault).arg(shortThreshold)));
        {
            citylab::Store store;
            QVERIFY(store.open(path, citylab::Store::OpenMode::OpenExisting));
            QVERIFY(citylab::Deadlines::setStuckAfterDays(store, 14));
        }
        QCOMPARE(stuck({}), shortThreshold);
        QCOMPARE(stuck({QStringLiteral("--stuck-days"), QString::number(citylab::Deadlines::defaultStuckAfterDays)}), byDefault);
        const auto bad = runCitylab({QStringLiteral("deadlines"), QStringLiteral("--db"), path, QStringLiteral("--stuck-days"),
                                     QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--stuck-days")), qPrintable(bad.err));
    }

    void messagesFollowTheLanguage()
    {
        const auto result = runCitylab({QStringLiteral("check"), QStringLiteral("--db"),
                                        m_dir.filePath(QStringLiteral("nowhere.citylab")), QStringLiteral("--lang"),
                                        QStringLiteral("it")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("non esiste")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
