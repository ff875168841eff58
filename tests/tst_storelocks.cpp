// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/attachments.h"
#include "geo/zonefilereader.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSqlQuery>
#include <QTimer>

using namespace citylab;

// SQLite's locks are POSIX locks: closing any descriptor of the database file drops every
// lock the process holds on it, and the next program to close the store then deletes the
// -wal that this process still writes into. These tests go through the paths that used to
// open the file behind SQLite's back, then let a real second process (the CLI) open and
// close the store, and check that the window's edit still reaches the file.
class TestStoreLocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A second program opens and closes the store, as `citylab deadlines` does.
    static void secondProgramOpensAndCloses(const QString &path)
    {
        const testsupport::RunResult run = testsupport::runCitylab(
            {QStringLiteral("deadlines"), QStringLiteral("--db"), path, QStringLiteral("--on"), QStringLiteral("2026-05-10")});
        QCOMPARE(run.exitCode, 0);
    }

    // The edit made through `store` is what another program reads, and the file is healthy.
    static void checkEditReachesFile(Store &store, const QString &path, const QString &name)
    {
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM zones ORDER BY id LIMIT 1")) && query.next());
        const qint64 zone = query.value(0).toLongLong();
        query.finish();
        QVERIFY2(store.update(QStringLiteral("zones"), zone, {{QStringLiteral("name"), name}}), qPrintable(store.errorString()));
        const QString exported = QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("zones.geojson"));
        const testsupport::RunResult run = testsupport::runCitylab(
            {QStringLiteral("export"), QStringLiteral("zones"), QStringLiteral("--db"), path, QStringLiteral("--out"), exported});
        QCOMPARE(run.exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains(name.toUtf8()), "another program does not see the window's edit");
        const testsupport::RunResult check = testsupport::runCitylab({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
    }

    // File → Open Database…, then Esc: Qt's dialog used to read the .citylab file to learn
    // its type, and closed it.
    void openDialogKeepsTheWindowsLocks()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("dialog.citylab"));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        auto *open = window.findChild<QAction *>(QStringLiteral("openDatabaseAction"));
        QVERIFY(open);
        bool listed = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            // Wait until the dialog has listed the folder and typed each file, then cancel.
            auto *model = dialog->findChild<QFileSystemModel *>();
            QTRY_VERIFY_WITH_TIMEOUT(model && model->index(path).isValid(), 10000);
            const QModelIndex index = model->index(path);
            model->data(index, Qt::DecorationRole);
            model->type(index);
            QTest::qWait(1500); // the folder model types files on its own thread
            model->type(model->index(path));
            listed = true;
            dialog->reject();
        });
        open->trigger();
        QVERIFY2(listed, "the Open Database dialog did not show the database's folder");

        secondProgramOpensAndCloses(path);
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
                 "the other program deleted the window's write-ahead log: the window had lost its locks");
        auto *store = window.findChild<Store *>();
        QVERIFY(store && store->isOpen());
        checkEditReachesFile(*store, path, QStringLiteral("Renamed after the dialog"));
    }

    // The measurement import runs a second Store on the same file on its own thread; opening
    // it used to read the file's header with QFile and close it.
    void secondStoreKeepsTheFirstStoresLocks()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("second.citylab"));
        Store first;
        QVERIFY(first.open(path, Store::OpenMode::OpenExisting));
        QVERIFY(first.record(QStringLiteral("experiments"), 1).size() > 0);
        {
            Store second;
            QVERIFY2(second.open(path, Store::OpenMode::OpenExisting), qPrintable(second.errorString()));
        }
        secondProgramOpensAndCloses(path);
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
                 "the other program deleted the first store's write-ahead log: its locks were lost");
        checkEditReachesFile(first, path, QStringLiteral("Renamed after a second store"));
    }

    // A second Store on the open file still refuses a file of another application.
    void secondStoreStillChecksTheApplicationId()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA application_id = 7"));
            Store again;
            QVERIFY(!again.open(path, Store::OpenMode::OpenExisting));
            QVERIFY2(again.errorString().contains(QLatin1String("another application")), qPrintable(again.errorString()));
        }
    }

    // Picking the open database (or its -wal) as a document or a zone file is refused: reading
    // it would drop the locks.
    void openDatabaseIsNotReadAsADocument()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("documents.citylab"));
        Store store;
        QVERIFY(store.open(path, Store::OpenMode::OpenExisting));
        QVERIFY(store.record(QStringLiteral("experiments"), 1).size() > 0);
        for (const QString &chosen : QStringList{path, path + QStringLiteral("-wal")}) {
            QString error;
            QCOMPARE(Attachments::add(store, 1, chosen, &error), -1);
            QVERIFY2(error.contains(QLatin1String("open in this window")), qPrintable(error));
            const ZoneFileContent zones = ZoneFileReader::readFile(chosen);
            QVERIFY(!zones.isValid());
        }
        secondProgramOpensAndCloses(path);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        checkEditReachesFile(store, path, QStringLiteral("Renamed after refusals"));
    }
};

QTEST_MAIN(TestStoreLocks)
#include "tst_storelocks.moc"
