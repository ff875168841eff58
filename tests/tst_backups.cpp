// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"
#include "shell/restoredialog.h"
#include "store/automaticbackups.h"
#include "store/store.h"
#include "store/storebackup.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>
#include <QTreeWidget>

using namespace citylab;
using testsupport::runCitylab;

// Backups made through SQLite (the CLI's backup and restore, the window's daily copies and
// File → Restore from Backup…), and what a damaged store does to every path that reads it.
class TestBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QVariant scalar(const QString &path, const QString &sql)
    {
        Store store;
        if (!store.open(path, Store::OpenMode::Inspect))
            return {};
        QSqlQuery query(store.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    static QString firstZoneName(const QString &path)
    {
        return scalar(path, QStringLiteral("SELECT name FROM zones ORDER BY id LIMIT 1")).toString();
    }

    static void renameFirstZone(Store &store, const QString &name)
    {
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM zones ORDER BY id LIMIT 1")) && query.next());
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        QVERIFY2(store.update(QStringLiteral("zones"), id, {{QStringLiteral("name"), name}}), qPrintable(store.errorString()));
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        AutomaticBackups::setRootFolder(m_dir.filePath(QStringLiteral("backups")));
    }

    // A copy made while another program imports is one moment of the store: healthy, with
    // either none or all of the import's rows.
    void cliBackupWhileAnotherProgramWrites()
    {
        const QString db = testsupport::makeDemo(m_dir, QStringLiteral("busy.citylab"));
        const qint64 before = scalar(db, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong();
        // An experiment with zones, so that its zones are read.
        const QString code = scalar(db, QStringLiteral("SELECT code FROM experiments WHERE id = (SELECT min(experiment_id) FROM zones)")).toString();
        QByteArray csv = "time,metric,value\n";
        constexpr int rows = 300000;
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
        for (int i = 0; i < rows; ++i)
            csv += start.addSecs(i).toString(Qt::ISODate).toLatin1() + ",UAS_NOISE_DB," + QByteArray::number(40 + i % 30) + '\n';
        QFile file(m_dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();
        QProcess import;
        import.start(QStringLiteral(CITYLAB_BIN), {QStringLiteral("import"), QStringLiteral("measurements"), file.fileName(),
                                                   QStringLiteral("--db"), db, QStringLiteral("--experiment"), code});
        QVERIFY(import.waitForStarted());
        const QString copy = m_dir.filePath(QStringLiteral("busy copy.citylab"));
        const testsupport::RunResult backup = runCitylab({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY2(backup.out.contains(QLatin1String("integrity checked")), qPrintable(backup.out));
        const testsupport::RunResult check = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        const qint64 copied = scalar(copy, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong();
        QVERIFY2(copied == before || copied == before + rows, qPrintable(QString::number(copied)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM measurements")).toLongLong(), before + rows);
    }

    void cliBackupRefusesBadArguments_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("expected");
        QTest::newRow("foreign file") << QStringLiteral("foreign.citylab") << QStringLiteral("copy.citylab")
                                      << QStringLiteral("is not a CityLab database: it is not an SQLite file");
        QTest::newRow("onto itself") << QStringLiteral("self.citylab") << QStringLiteral("self.citylab")
                                     << QStringLiteral("cannot be written over the database");
        QTest::newRow("missing") << QStringLiteral("absent.citylab") << QStringLiteral("copy.citylab")
                                 << QStringLiteral("does not exist");
    }

    void cliBackupRefusesBadArguments()
    {
        QFETCH(QString, source);
        QFETCH(QString, out);
        QFETCH(QString, expected);
        const QString db = m_dir.filePath(source);
        if (source == QLatin1String("foreign.citylab")) {
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else if (source == QLatin1String("self.citylab")) {
            testsupport::makeDemo(m_dir, source);
        }
        const QByteArray hash = testsupport::fileHash(db);
        const testsupport::RunResult run = runCitylab({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                                      m_dir.filePath(out)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected) && run.err.contains(db), qPrintable(run.err));
        QCOMPARE(testsupport::fileHash(db), hash);
    }

    // One copy a day, the last keep() kept, newest first.
    void dailyBackupsRotate()
    {
        const QString db = testsupport::makeDemo(m_dir, QStringLiteral("daily.citylab"));
        AutomaticBackups::setKeep(3);
        const QDateTime first(QDate(2026, 11, 1), QTime(9, 30));
        QString error;
        for (int day = 0; day < 5; ++day) {
            QVERIFY2(!AutomaticBackups::makeDaily(db, &error, first.addDays(day)).isEmpty(), qPrintable(error));
            QVERIFY(AutomaticBackups::makeDaily(db, &error, first.addDays(day).addSecs(3600)).isEmpty()); // same day: none
            QVERIFY(error.isEmpty());
        }
        const QList<AutomaticBackups::Backup> backups = AutomaticBackups::list(db);
        QCOMPARE(backups.size(), 3);
        QCOMPARE(backups.at(0).madeAt, first.addDays(4));
        QCOMPARE(backups.at(2).madeAt, first.addDays(2));
        QCOMPARE(StoreBackup::verify(backups.at(0).path, &error), scalar(db, QStringLiteral("PRAGMA user_version")).toInt());
    }

    // A damaged store is not copied: the day's copy fails with the reason and the good
    // copies of the days before stay.
    void damagedStoreKeepsTheGoodBackups()
    {
        const QString db = testsupport::makeDemo(m_dir, QStringLiteral("damaged daily.citylab"));
        AutomaticBackups::setKeep(1);
        QString error;
        const QDateTime day(QDate(2026, 11, 1), QTime(9, 30));
        const QString good = AutomaticBackups::makeDaily(db, &error, day);
        QVERIFY2(!good.isEmpty(), qPrintable(error));
        testsupport::damageTable(db, QStringLiteral("zones"));
        QVERIFY(AutomaticBackups::makeDaily(db, &error, day.addDays(1)).isEmpty());
        QVERIFY2(error.contains(QLatin1String("is damaged")) && error.contains(db), qPrintable(error));
        QCOMPARE(AutomaticBackups::list(db).size(), 1);
        QCOMPARE(AutomaticBackups::list(db).constFirst().path, good);
        QVERIFY(!QFile::exists(AutomaticBackups::pathFor(db, day.addDays(1)) + QStringLiteral(".partial")));
    }

    // Every verb that reads a damaged table stops with exit 1, names the file and what to do,
    // and writes nothing: deadlines used to print part of the list and exit 0.
    void damagedStoreStopsEveryVerb_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("deadlines") << QStringLiteral("regulatory_requests")
                                   << QStringList{QStringLiteral("deadlines"), QStringLiteral("--on"), QStringLiteral("2026-05-10")};
        QTest::newRow("conflicts") << QStringLiteral("zones") << QStringList{QStringLiteral("conflicts")};
        QTest::newRow("export zones") << QStringLiteral("zones")
                                      << QStringList{QStringLiteral("export"), QStringLiteral("zones"), QStringLiteral("--out"), QStringLiteral("OUT")};
        QTest::newRow("import measurements") << QStringLiteral("zones")
                                             << QStringList{QStringLiteral("import"), QStringLiteral("measurements"), QStringLiteral("CSV"),
                                                            QStringLiteral("--experiment"), QStringLiteral("CODE")};
        QTest::newRow("import zones") << QStringLiteral("zones")
                                      << QStringList{QStringLiteral("import"), QStringLiteral("zones"), QStringLiteral("ZONES"),
                                                     QStringLiteral("--experiment"), QStringLiteral("CODE")};
    }

    void damagedStoreStopsEveryVerb()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString db = testsupport::makeDemo(dir, QStringLiteral("damaged.citylab"));
        // An experiment with zones, so that its zones are read.
        const QString code = scalar(db, QStringLiteral("SELECT code FROM experiments WHERE id = (SELECT min(experiment_id) FROM zones)")).toString();
        testsupport::damageTable(db, table);
        const QString out = dir.filePath(QStringLiteral("zones.geojson"));
        QFile csv(dir.filePath(QStringLiteral("m.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("time,metric,value\n2026-03-01T10:00:00Z,UAS_NOISE_DB,61.5\n");
        csv.close();
        QFile zones(dir.filePath(QStringLiteral("z.geojson")));
        QVERIFY(zones.open(QIODevice::WriteOnly));
        zones.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Nuova"},)"
                    R"("geometry":{"type":"Polygon","coordinates":[[[7.6,45.0],[7.61,45.0],[7.61,45.01],[7.6,45.0]]]}}]})");
        zones.close();
        for (QString &a : arguments) {
            if (a == QLatin1String("OUT"))
                a = out;
            else if (a == QLatin1String("CSV"))
                a = csv.fileName();
            else if (a == QLatin1String("ZONES"))
                a = zones.fileName();
            else if (a == QLatin1String("CODE"))
                a = code;
        }
        const QByteArray before = testsupport::fileHash(db);
        const testsupport::RunResult run = runCitylab(arguments + QStringList{QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(db + QStringLiteral(" is damaged")) && run.err.contains(QLatin1String("citylab check")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unable to fetch")), qPrintable(run.err));
        QCOMPARE(testsupport::fileHash(db), before);
        QVERIFY(!QFile::exists(out));
    }

    // check lists the problems, then what to do about them.
    void checkSaysWhatToDo()
    {
        QTemporaryDir dir;
        const QString db = testsupport::makeDemo(dir, QStringLiteral("check.citylab"));
        testsupport::damageTable(db, QStringLiteral("agreements"));
        const testsupport::RunResult run = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 1);
        const qsizetype advice = run.err.indexOf(QLatin1String("What to do:"));
        QVERIFY2(advice > 0, qPrintable(run.err));
        QVERIFY2(run.err.indexOf(QStringLiteral("citylab restore --db ") + db, advice) > advice, qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("Unable to")));
    }

    // The window says so above its views, and refuses to write.
    void windowShowsADamagedStore()
    {
        QTemporaryDir dir;
        const QString db = testsupport::makeDemo(dir, QStringLiteral("damaged window.citylab"));
        testsupport::damageTable(db, QStringLiteral("regulatory_requests"));
        MainWindow window;
        QVERIFY(window.openDatabase(db));
        window.show();
        window.showView(QStringLiteral("regulatory_requests"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY2(banner->text().contains(QLatin1String("is damaged")) && banner->text().contains(db), qPrintable(banner->text()));
        QVERIFY(window.store().isDamaged());
        QCOMPARE(window.store().insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Nuova")},
                                                                         {QStringLiteral("kind"), QStringLiteral("company")}}),
                 qint64(-1));
        QVERIFY(window.store().errorString().contains(QLatin1String("Nothing was written")));
    }

    // File → Restore from Backup… puts the day's copy back: the window and another program
    // see the old name again, and what was replaced is listed as a backup of its own.
    void windowRestoresTheDailyBackup()
    {
        QTemporaryDir dir;
        const QString db = testsupport::makeDemo(dir, QStringLiteral("restore.citylab"));
        const QString original = firstZoneName(db);
        AutomaticBackups::setKeep(7);
        MainWindow window;
        QVERIFY(window.openDatabase(db));
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(AutomaticBackups::list(db).size(), 1, 20000);
        renameFirstZone(window.store(), QStringLiteral("Renamed before the restore"));

        bool confirmed = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<RestoreDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
            QCOMPARE(list->topLevelItemCount(), 1);
            QTimer::singleShot(0, dialog, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *button : box->buttons())
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                        confirmed = true;
                        button->click();
                    }
            });
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        window.findChild<QAction *>(QStringLiteral("restoreAction"))->trigger();
        QVERIFY(confirmed);
        QVERIFY(window.store().isOpen());
        QSqlQuery query(window.store().database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM zones ORDER BY id LIMIT 1")) && query.next());
        QCOMPARE(query.value(0).toString(), original);
        query.finish();
        QCOMPARE(AutomaticBackups::list(db).size(), 2);   // the replaced content, kept
        QCOMPARE(firstZoneName(AutomaticBackups::list(db).constFirst().path), QStringLiteral("Renamed before the restore"));
        const testsupport::RunResult check = runCitylab({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        const QString exported = dir.filePath(QStringLiteral("zones.geojson"));
        QCOMPARE(runCitylab({QStringLiteral("export"), QStringLiteral("zones"), QStringLiteral("--db"), db, QStringLiteral("--out"), exported}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(original.toUtf8()));
    }

    // A store whose header is destroyed cannot be opened: restore puts the backup in its
    // place and keeps the damaged file beside it.
    void cliRestoresAStoreThatNoLongerOpens()
    {
        QTemporaryDir dir;
        const QString db = testsupport::makeDemo(dir, QStringLiteral("broken.citylab"));
        const QString copy = dir.filePath(QStringLiteral("copy.citylab"));
        QCOMPARE(runCitylab({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy}).exitCode, 0);
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(100, '\0'));
        }
        QCOMPARE(runCitylab({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 1);
        const testsupport::RunResult run = runCitylab({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("damaged file is kept")), qPrintable(run.out));
        QCOMPARE(runCitylab({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("broken.citylab.damaged-*")});
        QCOMPARE(kept.size(), 1);
    }

    // Restoring into a store that opens replaces its content through SQLite and keeps the old one.
    void cliRestoreKeepsWhatItReplaces()
    {
        QTemporaryDir dir;
        const QString db = testsupport::makeDemo(dir, QStringLiteral("cli restore.citylab"));
        const QString original = firstZoneName(db);
        const QString copy = dir.filePath(QStringLiteral("copy.citylab"));
        QCOMPARE(runCitylab({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy}).exitCode, 0);
        {
            Store store;
            QVERIFY(store.open(db, Store::OpenMode::OpenExisting));
            renameFirstZone(store, QStringLiteral("Changed after the copy"));
        }
        const testsupport::RunResult bad = runCitylab({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                                      dir.filePath(QStringLiteral("absent.citylab"))});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(firstZoneName(db), QStringLiteral("Changed after the copy"));
        const testsupport::RunResult run = runCitylab({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(firstZoneName(db), original);
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("cli restore.citylab.before-restore-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(firstZoneName(dir.filePath(kept.constFirst())), QStringLiteral("Changed after the copy"));
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
