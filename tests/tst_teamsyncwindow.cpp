// SPDX-License-Identifier: GPL-3.0-or-later
// The window joined to a team server (a throwaway PostgreSQL cluster), with another desktop
// played by `citylab sync` on its own file: joining through File → Team Server…, the other's
// edits arriving by themselves, this window's edits leaving soon after they are made, a
// conflict answered in Sync Conflicts…, and a viewer's window that takes no changes.
#include "pgtestserver.h"
#include "testsupport.h"

#include "i18n/language.h"
#include "shell/mainwindow.h"
#include "shell/recordbrowser.h"
#include "shell/teamserverdialog.h"
#include "shell/teamsyncactions.h"
#include "privacy/personerasure.h"
#include "store/recordedit.h"
#include "store/store.h"
#include "sync/synccontents.h"
#include "sync/teamsync.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QAbstractButton>
#include <QTextBrowser>
#include <QToolBar>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace citylab;
using testsupport::PgTestServer;

class TestTeamSyncWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowSyncsWithAnotherDesktop();
    void viewerWindowTakesNoChanges();
    void colleaguesErasureEmptiesTheUndoHistory();

private:
    int runCli(const QStringList &arguments, QString *output = nullptr) const;
    bool syncOther(QString *output = nullptr) const;
    void join(MainWindow &window, const QString &user, const QString &password);
    static qint64 firstExperiment(Store &store);
    static QStringList enabledWriteControls(MainWindow &window);
    static SyncReport waitForSync(TeamSyncActions &sync, int timeoutMs = 20000);

    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_other;     // the other desktop's file
};

int TestTeamSyncWindow::runCli(const QStringList &arguments, QString *output) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(PgTestServer::superPassword));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CITYLAB_BIN), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestTeamSyncWindow::syncOther(QString *output) const
{
    return runCli({QStringLiteral("sync"), QStringLiteral("--db"), m_other, QStringLiteral("--pg"),
                   m_server.url(QStringLiteral("bruno"), QStringLiteral("team")), QStringLiteral("--password-file"),
                   m_dir.filePath(QStringLiteral("bruno.pw"))},
                  output) == 0;
}

qint64 TestTeamSyncWindow::firstExperiment(Store &store)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT id FROM experiments ORDER BY uuid LIMIT 1"));
    return query.next() ? query.value(0).toLongLong() : -1;
}

SyncReport TestTeamSyncWindow::waitForSync(TeamSyncActions &sync, int timeoutMs)
{
    QSignalSpy spy(&sync, &TeamSyncActions::synced);
    if (!spy.wait(timeoutMs))
        qFatal("no sync within %d ms", timeoutMs);
    return spy.takeFirst().first().value<SyncReport>();
}

// File → Team Server…, filled in and confirmed as a user would.
void TestTeamSyncWindow::join(MainWindow &window, const QString &user, const QString &password)
{
    auto *sync = window.findChild<TeamSyncActions *>();
    QVERIFY(sync);
    QTimer::singleShot(0, &window, [&, user, password] {
        auto *dialog = qobject_cast<TeamServerDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(m_server.port());
        dialog->findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("team"));
        dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
        auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("sslMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("disable")));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        dialog->accept();
    });
    QSignalSpy spy(sync, &TeamSyncActions::synced);
    window.findChild<QAction *>(QStringLiteral("teamServerAction"))->trigger();
    QVERIFY(spy.wait(30000));
}

void TestTeamSyncWindow::initTestCase()
{
    testsupport::isolateSettings();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_server.psql(QStringLiteral("CREATE DATABASE team"));
    const QString admin = m_server.url(QString::fromLatin1(PgTestServer::superuser), QStringLiteral("team"));
    QCOMPARE(runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), admin}), 0);
    for (const auto &[user, role] : {std::pair{QStringLiteral("anna"), QStringLiteral("editor")},
                                     std::pair{QStringLiteral("bruno"), QStringLiteral("editor")},
                                     std::pair{QStringLiteral("viola"), QStringLiteral("viewer")}}) {
        QFile file(m_dir.filePath(user + QStringLiteral(".pw")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(user.toUtf8() + "-pw\n");
        file.close();
        QCOMPARE(runCli({QStringLiteral("server"), QStringLiteral("add-user"), user, QStringLiteral("--role"), role,
                         QStringLiteral("--pg"), admin, QStringLiteral("--password-file"), file.fileName()}),
                 0);
    }
    // The other desktop fills the server with the demo.
    m_other = testsupport::makeDemo(m_dir, QStringLiteral("bruno.citylab"));
    QVERIFY(syncOther());
}

void TestTeamSyncWindow::cleanupTestCase()
{
    m_server.stop();
}

void TestTeamSyncWindow::windowSyncsWithAnotherDesktop()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("anna.citylab")), true));
    auto *sync = window.findChild<TeamSyncActions *>();
    sync->setIntervals(60000, 200);
    join(window, QStringLiteral("anna"), QStringLiteral("anna-pw"));
    // An empty file takes the team's records.
    QCOMPARE(sync->lastReport().error, QString());
    QVERIFY(sync->lastReport().ok);
    QVERIFY(sync->lastReport().outcome.joined);
    QString error;
    {
        Store other;
        QVERIFY(other.open(m_other, Store::OpenMode::OpenExisting));
        QCOMPARE(SyncContentsReader::local(window.store(), &error), SyncContentsReader::local(other, &error));
    }
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY2(status->text().startsWith(QLatin1String("Synced")), qPrintable(status->text()));

    // The other desktop's edit shows here by itself (Sync Now stands for the 30 s timer).
    {
        Store other;
        QVERIFY(other.open(m_other, Store::OpenMode::OpenExisting));
        QVERIFY(other.update(QStringLiteral("experiments"), firstExperiment(other), {{QStringLiteral("title"), QStringLiteral("Titolo di Bruno")}}));
    }
    QVERIFY(syncOther());
    QSignalSpy changed(&window.store(), &Store::changed);
    window.findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
    waitForSync(*sync);
    QCOMPARE(window.store().record(QStringLiteral("experiments"), firstExperiment(window.store())).value(QStringLiteral("title")).toString(),
             QStringLiteral("Titolo di Bruno"));
    QVERIFY(!changed.isEmpty());   // the views hear of it as of another program's change

    // An edit made here leaves soon after, by itself.
    QVERIFY(window.store().update(QStringLiteral("experiments"), firstExperiment(window.store()),
                                  {{QStringLiteral("notes"), QStringLiteral("Nota di Anna")}}));
    const SyncReport sent = waitForSync(*sync);
    QVERIFY(sent.ok);
    QCOMPARE(sent.outcome.pushed, 1);
    QVERIFY(syncOther());
    {
        Store other;
        QVERIFY(other.open(m_other, Store::OpenMode::OpenExisting));
        QCOMPARE(other.record(QStringLiteral("experiments"), firstExperiment(other)).value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Nota di Anna"));
    }

    // A conflict made on purpose: both change the title; Bruno's reaches the server first.
    {
        Store other;
        QVERIFY(other.open(m_other, Store::OpenMode::OpenExisting));
        QVERIFY(other.update(QStringLiteral("experiments"), firstExperiment(other), {{QStringLiteral("title"), QStringLiteral("Bruno, di nuovo")}}));
    }
    QVERIFY(syncOther());
    QVERIFY(window.store().update(QStringLiteral("experiments"), firstExperiment(window.store()),
                                  {{QStringLiteral("title"), QStringLiteral("La versione di Anna")}}));
    const SyncReport clash = waitForSync(*sync);
    QCOMPARE(clash.openConflicts.size(), 1);
    QCOMPARE(clash.openConflicts.first().field, QStringLiteral("title"));
    QCOMPARE(window.store().record(QStringLiteral("experiments"), firstExperiment(window.store())).value(QStringLiteral("title")).toString(),
             QStringLiteral("Bruno, di nuovo"));
    QVERIFY2(status->text().contains(QLatin1String("1 conflict")), qPrintable(status->text()));
    auto *conflicts = window.findChild<QAction *>(QStringLiteral("syncConflictsAction"));
    QVERIFY(conflicts->isEnabled());
    if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty()) {
        // As an Italian user sees it, at the laptop sizes.
        Language::install(QStringLiteral("it"));
        for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
            window.resize(size);
            QTest::qWait(50);
            window.grab().save(QDir(folder).filePath(QStringLiteral("sync-it-%1.png").arg(size.width())));
        }
        Language::install(QStringLiteral("en"));
    }

    // Sync Conflicts…: keep mine.
    QTimer::singleShot(0, &window, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflicts"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("La versione di Anna"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Bruno, di nuovo"));
        dialog->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        QCOMPARE(table->rowCount(), 0);
        dialog->close();
    });
    conflicts->trigger();
    const SyncReport answered = waitForSync(*sync);
    QVERIFY(answered.ok);
    QVERIFY(answered.openConflicts.isEmpty());
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.conflicts WHERE resolved_at IS NULL"), QStringLiteral("team")),
             QStringLiteral("0"));
    QVERIFY(syncOther());
    {
        Store other;
        QVERIFY(other.open(m_other, Store::OpenMode::OpenExisting));
        QCOMPARE(other.record(QStringLiteral("experiments"), firstExperiment(other)).value(QStringLiteral("title")).toString(),
                 QStringLiteral("La versione di Anna"));
    }
    // An editor's window offers every change, its pages' links included.
    const QStringList offered = enabledWriteControls(window);
    QVERIFY2(!offered.join(u' ').contains(QLatin1String("missing")), qPrintable(offered.join(u' ')));
    for (const char *href : {"condition:add", "track:import", "agreements:new", "incident:add", "act:add", "zones:import",
                             "import:measurements", "party:add", "documents:add", "contacts:log"})
        QVERIFY2(offered.contains(QLatin1String(href)), qPrintable(QLatin1String(href) + u' ' + offered.join(u' ')));
}

// What would change records in the views, menus and pages a viewer goes through: the
// buttons of every list, the menus' editing entries, the map's drawing tools, the pipeline's
// cards, and every link of each list's first page that is not known to only read (so a new
// change link is caught without being named here). "enabled" lists those that are offered.
QStringList TestTeamSyncWindow::enabledWriteControls(MainWindow &window)
{
    QStringList enabled;
    for (const QString &id : window.viewIds())
        window.view(id);
    for (const char *name : {"newExperiment", "editExperiment", "logContact", "addAgreement", "attachFile", "newAgreement",
                             "editAgreement", "newOrganization", "editOrganization", "addContact", "mergeOrganization",
                             "newRequest", "editRequest", "nextStep", "draftRequest", "newBarrier", "editBarrier"}) {
        auto *button = window.findChild<QAbstractButton *>(QLatin1String(name));
        if (!button)
            enabled << QStringLiteral("(missing) ") + QLatin1String(name);
        else if (button->isEnabled())
            enabled << QLatin1String(name);
    }
    for (const char *name : {"importMeasurementsAction", "letterTemplatesAction", "metricsAction"})
        if (window.findChild<QAction *>(QLatin1String(name))->isEnabled())
            enabled << QLatin1String(name);
    auto *zoneTools = window.findChild<QAction *>(QStringLiteral("zoneByCoordinates"));
    auto *toolBar = zoneTools ? zoneTools->parent()->findChild<QToolBar *>() : nullptr;
    if (!toolBar)
        enabled << QStringLiteral("(missing) zone tool bar");
    else if (toolBar->widgetForAction(zoneTools)->isEnabled())
        enabled << QStringLiteral("zoneByCoordinates");
    const QList<QListView *> columns = window.findChildren<QListView *>(QRegularExpression(QStringLiteral("^stage_")));
    if (columns.isEmpty())
        enabled << QStringLiteral("(missing) pipeline");
    for (auto *column : columns)
        if (column->acceptDrops())
            enabled << column->objectName();
    // Links that only read or show: records, documents, maps, charts, reports; a contact's
    // date opens its form, which a viewer gets without Save.
    static const QRegularExpression reading(QStringLiteral(
        "^(record|attachment|https?|map|chart|outcomes|zones:export|track:map|contacts:(all|latest|edit/)|barrier:report|"
        "evaluation:sheet|plan:revisions)"));
    static const QRegularExpression links(QStringLiteral("href=\"([^\"]+)\""));
    for (const char *table : {"experiments", "agreements", "organizations", "regulatory_requests", "barriers"}) {
        auto *list = qobject_cast<RecordBrowser *>(window.view(QLatin1String(table)));
        QSqlQuery first(window.store().database());
        if (!list || !first.exec(QStringLiteral("SELECT min(id) FROM %1").arg(QLatin1String(table))) || !first.next()
            || !list->selectRecord(first.value(0).toLongLong())) {
            enabled << QStringLiteral("(missing) page of ") + QLatin1String(table);
            continue;
        }
        const QString page = list->findChild<QTextBrowser *>()->toHtml();
        for (const QRegularExpressionMatch &link : links.globalMatch(page))
            if (!reading.match(link.captured(1)).hasMatch() && !enabled.contains(link.captured(1)))
                enabled << link.captured(1);
    }
    return enabled;
}

void TestTeamSyncWindow::viewerWindowTakesNoChanges()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    const QString path = m_dir.filePath(QStringLiteral("viola.citylab"));
    QVERIFY(window.openDatabase(path, true));
    // a file of one's own, still empty: every control offered, no page to read yet
    const QStringList own = enabledWriteControls(window).filter(QRegularExpression(QStringLiteral("^(?!\\(missing\\) page of)")));
    QVERIFY2(own.size() >= 24 && !own.join(QLatin1Char(' ')).contains(QLatin1String("missing")), qPrintable(own.join(QLatin1Char(' '))));
    join(window, QStringLiteral("viola"), QStringLiteral("viola-pw"));
    const QStringList offered = enabledWriteControls(window);
    QVERIFY2(offered.isEmpty(), qPrintable(offered.join(u' ')));
    // The reason speaks the window's language, switched from the menu as a user does.
    const auto switchTo = [&window](const QString &language) {
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == language)
                action->trigger();
    };
    switchTo(QStringLiteral("Italiano"));
    QTRY_VERIFY2(window.store().readOnlyReason().contains(QLatin1String("lettore")), qPrintable(window.store().readOnlyReason()));
    switchTo(QStringLiteral("English"));
    QTRY_VERIFY2(window.store().readOnlyReason().contains(QLatin1String("viewer")), qPrintable(window.store().readOnlyReason()));
    if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty()) {
        Language::install(QStringLiteral("it"));
        for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
            window.resize(size);
            for (const char *id : {"experiments", "pipeline", "map"}) {
                window.showView(QLatin1String(id));
                QTest::qWait(100);
                window.grab().save(QDir(folder).filePath(QStringLiteral("viewer-%1-it-%2.png").arg(QLatin1String(id)).arg(size.width())));
            }
        }
        window.resize(1366, 768);
        Language::install(QStringLiteral("en"));
        QTest::qWait(50);   // the window hears of the language again
    }
    auto *sync = window.findChild<TeamSyncActions *>();
    QVERIFY(sync->lastReport().ok);
    QVERIFY(sync->lastReport().viewer);
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY2(status->text().contains(QLatin1String("read only")), qPrintable(status->text()));
    const qint64 id = firstExperiment(window.store());
    QVERIFY(id > 0);
    QVERIFY(!window.store().update(QStringLiteral("experiments"), id, {{QStringLiteral("title"), QStringLiteral("Non passa")}}));
    QVERIFY2(window.store().errorString().contains(QLatin1String("viewer")), qPrintable(window.store().errorString()));
    QString error;
    QCOMPARE(TeamSync::waitingChanges(window.store(), &error), std::optional<int>(0));

    // The file remembers: opened again offline, it takes no changes either (the window and
    // the CLI alike).
    window.close();
    Store again;
    QVERIFY(again.open(path, Store::OpenMode::OpenExisting));
    TeamSync::followRole(again);
    QVERIFY2(again.readOnlyReason().contains(QLatin1String("viewer")), qPrintable(again.readOnlyReason()));
    const QString events = m_dir.filePath(QStringLiteral("market.geojson"));
    QFile file(events);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
        "properties": {"name": "Mercato", "active_from": "2027-03-01", "active_to": "2027-03-01"},
        "geometry": {"type": "Polygon", "coordinates": [[[7.68, 45.07], [7.69, 45.07], [7.69, 45.08], [7.68, 45.07]]]}}]})");
    file.close();
    QString output;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("events"), events, QStringLiteral("--db"), path}, &output), 1);
    QVERIFY2(output.contains(QLatin1String("viewer")), qPrintable(output));
    QCOMPARE(TeamSync::waitingChanges(again, &error), std::optional<int>(0));   // the file holds no change to send
}

// A colleague erases a person this window had edited: once the erasure arrives, Undo can no
// longer write the erased values back.
void TestTeamSyncWindow::colleaguesErasureEmptiesTheUndoHistory()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("carla.citylab")), true));
    auto *sync = window.findChild<TeamSyncActions *>();
    sync->setIntervals(60000, 200);
    join(window, QStringLiteral("anna"), QStringLiteral("anna-pw"));
    QVERIFY(sync->lastReport().ok);
    QSqlQuery first(window.store().database());
    QVERIFY(first.exec(QStringLiteral("SELECT id, uuid FROM people ORDER BY uuid LIMIT 1")) && first.next());
    const qint64 id = first.value(0).toLongLong();
    const QString uuid = first.value(1).toString();
    first.finish();
    auto *undo = window.findChild<QUndoStack *>();
    QVERIFY(undo);
    QVERIFY(RecordEdit::update(window.store(), *undo, QStringLiteral("people"), id,
                               {{QStringLiteral("phone"), QStringLiteral("+39 011 5550123")}}, QStringLiteral("phone")));
    QVERIFY(undo->canUndo());
    QVERIFY(waitForSync(*sync).ok);   // the edit leaves

    QVERIFY(syncOther());
    {
        Store other;
        QVERIFY(other.open(m_other, Store::OpenMode::OpenExisting));
        QSqlQuery query(other.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM people WHERE uuid = '%1'").arg(uuid)) && query.next());
        QString error;
        const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(other, query.value(0).toLongLong(), &error);
        query.finish();
        QVERIFY2(plan, qPrintable(error));
        QVERIFY2(PersonErasure::erase(other, *plan, plan->mentions, &error), qPrintable(error));
    }
    QVERIFY(syncOther());
    window.findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
    const SyncReport report = waitForSync(*sync);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.outcome.erasedHere > 0);
    QCOMPARE(window.store().record(QStringLiteral("people"), id).value(QStringLiteral("full_name")).toString(),
             PersonErasure::erasedName());
    QVERIFY(window.store().record(QStringLiteral("people"), id).value(QStringLiteral("phone")).isNull());
    QVERIFY(!undo->canUndo());
}

QTEST_MAIN(TestTeamSyncWindow)
#include "tst_teamsyncwindow.moc"
