// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "helpbrowser.h"
#include "screenfit.h"
#include "backupactions.h"
#include "teamsyncactions.h"
#include "filechooser.h"

#include "recentdatabases.h"
#include "welcomepage.h"
#include "preferencesdialog.h"
#include "recordbrowser.h"
#include "agreements/agreementsview.h"
#include "barriers/barriersview.h"
#include "cases/blockersview.h"
#include "cases/callsdialog.h"
#include "cases/experimentsview.h"
#include "cases/pipelineboard.h"
#include "cases/zonefileactions.h"
#include "drafting/officesettingsdialog.h"
#include "drafting/templatemanager.h"
#include "items/recordcounts.h"
#include "items/recordlocator.h"
#include "map/mapview.h"
#include "requests/requestsview.h"
#include "requests/tacitdecisionsdialog.h"
#include "search/searchdialog.h"
#include "today/todayview.h"
#include "demo/demodatabase.h"
#include "i18n/language.h"
#include "organizations/organizationsview.h"
#include "outcomes/metricsmanager.h"
#include "outcomes/measurementimportdialog.h"
#include "outcomes/outcomesview.h"
#include "reports/reportdialog.h"
#include "store/store.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace citylab {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_store(new Store(this))
    , m_undo(new QUndoStack(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_status(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(m_navigation->fontMetrics().averageCharWidth() * 22);
    m_navigation->setSpacing(2);
    QPalette navigationPalette = m_navigation->palette();
    navigationPalette.setColor(QPalette::Base, navigationPalette.color(QPalette::Window));
    m_navigation->setPalette(navigationPalette);
    m_stack->addWidget(m_welcome);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setMargin(fontMetrics().height() / 2);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #5c1010; border-bottom: 1px solid #e0a0a0; }"));
    m_problem->hide();
    column->addWidget(m_problem);
    column->addWidget(m_stack, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    registerView(QStringLiteral("today"), [] { return tr("Today"); }, [this](Store &store) {
        auto *today = new TodayView(store, *m_undo);
        connect(today, &TodayView::recordChosen, this, &MainWindow::openRecord);
        return today;
    });
    registerView(QStringLiteral("map"), [] { return tr("Map"); }, [this](Store &store) {
        // The map and the case manager share the current experiment, both ways.
        auto *map = new MapView(store);
        map->setUndoStack(m_undo);
        if (auto *experiments = qobject_cast<RecordBrowser *>(view(QStringLiteral("experiments")))) {
            connect(experiments, &RecordBrowser::currentRecordChanged, map, &MapView::showExperiment);
            connect(map, &MapView::experimentChosen, experiments, [experiments](qint64 id) {
                if (!experiments->selectRecord(id))
                    experiments->reveal(id);   // hidden by the list's filters
            });
            map->showExperiment(experiments->currentRecord());
        }
        return map;
    });
    registerView(QStringLiteral("experiments"), [] { return tr("Experiments"); },
                 [this](Store &store) { return new ExperimentsView(store, *m_undo); });
    registerView(QStringLiteral("pipeline"), [] { return tr("Pipeline"); }, [this](Store &store) {
        auto *board = new PipelineBoard(store, m_undo);
        connect(board, &PipelineBoard::experimentActivated, this,
                [this](qint64 id) { openRecord(QStringLiteral("experiments"), id); });
        return board;
    });
    registerView(QStringLiteral("regulatory_requests"), [] { return tr("Requests"); },
                 [this](Store &store) { return new RequestsView(store, *m_undo); });
    registerView(QStringLiteral("agreements"), [] { return tr("Agreements"); },
                 [this](Store &store) { return new AgreementsView(store, *m_undo); });
    registerView(QStringLiteral("organizations"), [] { return tr("Organizations"); },
                 [this](Store &store) { return new OrganizationsView(store, *m_undo); });
    registerView(QStringLiteral("outcomes"), [] { return tr("Outcomes"); },
                 [this](Store &store) {
                     auto *outcomes = new OutcomesView(store);
                     connect(outcomes, &OutcomesView::metricsRequested, findChild<QAction *>(QStringLiteral("metricsAction")),
                             &QAction::trigger);
                     return outcomes;
                 });
    // the newest views last, so that the shortcuts of the views before them stay what people learned
    registerView(QStringLiteral("blockers"), [] { return tr("Blockers"); }, [this](Store &store) {
        auto *blockers = new BlockersView(store);
        connect(blockers, &BlockersView::recordChosen, this, &MainWindow::openRecord);
        return blockers;
    });
    registerView(QStringLiteral("barriers"), [] { return tr("Barriers"); },   // Ctrl+0
                 [this](Store &store) { return new BarriersView(store, *m_undo); });

    createActions();
    retranslate();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            showView(m_views.at(row).id);
    });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::chooseAndCreate);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::chooseAndCreateDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) { openDatabase(path); });
    connect(m_store, &Store::recordsChanged, this, &MainWindow::updateStatus);
    // After an erasure (here, or by a colleague through the team server) an undo would write
    // the erased values back.
    connect(m_store, &Store::changed, this, [this](const ChangeSet &changes) {
        if (changes.erased)
            m_undo->clear();
    });
    connect(m_store, &Store::damageFound, this, [this](const QString &message) {
        showProblem(message + u' ' + tr("What the views show of it may be incomplete."));
    });
    // Said from inside the wait, before the event loop runs again: painted at once.
    connect(m_store, &Store::waitingForWriter, this, [this] {
        statusBar()->showMessage(tr("Waiting for another program writing to this file…"), 5000);
        statusBar()->repaint();
    });
    connect(m_backups, &BackupActions::dailyBackupFailed, this, &MainWindow::showProblem);
    connect(m_backups, &BackupActions::reported, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_backups, &BackupActions::restored, this, [this] {
        if (openDatabase(m_store->path()))
            statusBar()->showMessage(tr("The backup was restored."), 10000);
        else
            QMessageBox::warning(this, tr("Cannot open the database"), m_lastError);
    });

    QSettings settings;
    ScreenFit::resize(this, QSize(1280, 800));
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    updateNavigation();
    updateStatus();
    QDesktopServices::setUrlHandler(QStringLiteral("outcomes"), this, "openOutcomesLink");
    QDesktopServices::setUrlHandler(QStringLiteral("map"), this, "openMapLink");
}

MainWindow::~MainWindow()
{
    m_backups->waitForDailyBackup();
    QDesktopServices::unsetUrlHandler(QStringLiteral("outcomes"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("map"));
    dropViews();
}

void MainWindow::openOutcomesLink(const QUrl &url)
{
    showView(QStringLiteral("outcomes"));
    if (auto *outcomes = qobject_cast<OutcomesView *>(view(QStringLiteral("outcomes"))))
        outcomes->openLink(url);
}

// From an experiment's page, the map: map:experiment/ID shows that experiment's zones and
// where its tests ran, map:track/EXPERIMENT/TRACK frames one of its tracks.
void MainWindow::openMapLink(const QUrl &url)
{
    const QString kind = url.path().section(u'/', 0, 0);
    const qint64 experiment = url.path().section(u'/', 1, 1).toLongLong();
    const qint64 track = url.path().section(u'/', 2, 2).toLongLong();
    if (experiment <= 0 || (kind != QLatin1String("experiment") && kind != QLatin1String("track")))
        return;
    showView(QStringLiteral("map"));
    auto *map = qobject_cast<MapView *>(view(QStringLiteral("map")));
    if (!map)
        return;
    if (kind == QLatin1String("track"))
        map->frameTrack(experiment, track);
    else
        map->frameExperiment(experiment);
}

void MainWindow::registerView(const QString &id, std::function<QString()> title,
                              std::function<QWidget *(Store &)> create)
{
    m_views.append({id, std::move(title), std::move(create), nullptr});
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseAndCreate);
    m_newDemoAction = new QAction(this);
    connect(m_newDemoAction, &QAction::triggered, this, &MainWindow::chooseAndCreateDemo);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_backups = new BackupActions(*m_store, this);
    m_teamSync = new TeamSyncActions(*m_store, this);
    statusBar()->addPermanentWidget(m_teamSync->statusLabel());
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentTable);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closeDatabaseAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        m_backups->waitForDailyBackup();
        m_teamSync->storeClosing();
        m_problem->hide();
        dropViews();
        m_undo->clear();
        m_store->close();
        QSettings().remove(QStringLiteral("lastDatabase"));
        m_welcome->setMessage({});
        updateNavigation();
        updateStatus();
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_newDemoAction);
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addAction(m_backups->backUpAction());
    m_fileMenu->addAction(m_backups->restoreAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_teamSync->serverAction());
    m_fileMenu->addAction(m_teamSync->syncNowAction());
    m_fileMenu->addAction(m_teamSync->conflictsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    QAction *importMeasurements = m_fileMenu->addAction(QString());
    importMeasurements->setObjectName(QStringLiteral("importMeasurementsAction"));
    connect(importMeasurements, &QAction::triggered, this, [this] {
        if (!m_store || !m_store->isOpen())
            return;
        // Into the experiment the case manager shows, when it shows one.
        auto *experiments = qobject_cast<RecordBrowser *>(view(QStringLiteral("experiments")));
        MeasurementImportDialog(*m_store, experiments ? experiments->currentRecord() : 0, this).exec();
    });
    QAction *exportZones = m_fileMenu->addAction(QString());
    exportZones->setObjectName(QStringLiteral("exportZonesAction"));
    connect(exportZones, &QAction::triggered, this, [this] {
        if (m_store && m_store->isOpen())
            ZoneFileActions::chooseAndExport(this, *m_store, -1);   // every zone of every experiment
    });
    QAction *report = m_fileMenu->addAction(QString());
    report->setObjectName(QStringLiteral("reportAction"));
    connect(report, &QAction::triggered, this, [this] {
        if (m_store && m_store->isOpen())
            ReportDialog(*m_store, this).exec();
    });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    // One undo history for the whole case manager (Ctrl+Z, Ctrl+Shift+Z).
    m_editMenu = menuBar()->addMenu(QString());
    // Our own actions rather than QUndoStack's: those keep the "Undo %1" of the language
    // the window started in, so a live switch left the menu half in the old language.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    // Ctrl+Shift+Z everywhere, plus the platform's own; listed once, since the same key
    // twice on one action makes Qt call it ambiguous and do nothing (Linux's Redo is Ctrl+Shift+Z).
    QList<QKeySequence> redoKeys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redoAction->setShortcuts(redoKeys);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    // Letters to authorities (ui/drafting): the office's templates and its letterhead.
    m_editMenu->addSeparator();
    QAction *letterTemplates = m_editMenu->addAction(QString());
    letterTemplates->setObjectName(QStringLiteral("letterTemplatesAction"));
    connect(letterTemplates, &QAction::triggered, this, [this] {
        if (m_store && m_store->isOpen())
            TemplateManager(*m_store, this).exec();
    });
    QAction *letterhead = m_editMenu->addAction(QString());
    letterhead->setObjectName(QStringLiteral("officeLetterheadAction"));
    connect(letterhead, &QAction::triggered, this, [this] {
        if (m_store && m_store->isOpen())
            OfficeSettingsDialog(*m_store, this).exec();
    });
    // Outcomes (ui/outcomes): the metric definitions experiments are measured by.
    QAction *metrics = m_editMenu->addAction(QString());
    metrics->setObjectName(QStringLiteral("metricsAction"));
    connect(metrics, &QAction::triggered, this, [this] {
        if (m_store && m_store->isOpen())
            MetricsManager(*m_store, *m_undo, this).exec();
    });
    // Cases (ui/cases): the calls proposals come through, their checklists, criteria and committees.
    QAction *calls = m_editMenu->addAction(QString());
    calls->setObjectName(QStringLiteral("callsAction"));
    connect(calls, &QAction::triggered, this, [this] {
        if (!m_store || !m_store->isOpen())
            return;
        CallsDialog dialog(*m_store, *m_undo, this);
        connect(&dialog, &CallsDialog::recordChosen, this, &MainWindow::openRecord);
        dialog.exec();
    });
    // Requests (ui/requests): what an authority's silence means, per kind of request.
    QAction *silence = m_editMenu->addAction(QString());
    silence->setObjectName(QStringLiteral("tacitDecisionsAction"));
    connect(silence, &QAction::triggered, this, [this] {
        if (m_store && m_store->isOpen())
            TacitDecisionsDialog(*m_store, this).exec();
    });
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(QString());
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        if (PreferencesDialog(*m_store, this).exec() == QDialog::Accepted)
            if (auto *today = qobject_cast<TodayView *>(m_views.first().widget))
                today->reloadPreferences();
    });
    m_databaseActions = {exportZones, report, letterhead, silence};
    // What changes records: greyed for a viewer of a team server as well as with no file
    m_writeActions = {importMeasurements, letterTemplates, metrics};
    connect(m_store, &Store::readOnlyChanged, this, &MainWindow::updateWriteActions);
    connect(m_store, &Store::readOnlyChanged, this, &MainWindow::updateUndoActions);

    m_viewMenu = menuBar()->addMenu(QString());
    m_searchAction = m_viewMenu->addAction(QString());
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::showSearch);
    m_viewMenu->addSeparator();
    m_viewActions = new QActionGroup(this);
    for (int i = 0; i < m_views.size(); ++i) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setCheckable(true);
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
        action->setData(m_views.at(i).id);
        m_viewActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showView(m_views.at(i).id); });
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageActions = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        // Each language is named in itself, so a user can find theirs whatever is shown.
        QAction *action = m_languageMenu->addAction(code == QLatin1String("it") ? QStringLiteral("Italiano")
                                                                                 : QStringLiteral("English"));
        action->setCheckable(true);
        action->setChecked(code == Language::current());
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    // F1: the guide at the page of the view in front
    auto *guide = m_helpMenu->addAction(QString(), this, [this] { HelpBrowser::showPage(HelpBrowser::pageForView(currentViewId()), this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setShortcutContext(Qt::ApplicationShortcut);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_navigation->setAccessibleName(tr("Views"));
    m_newAction->setText(tr("&New Database…"));
    m_newDemoAction->setText(tr("New &Demo Database…"));
    m_openAction->setText(tr("&Open Database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_closeAction->setText(tr("&Close Database"));
    m_exportAction->setText(tr("&Export Table as CSV…"));
    m_backups->retranslate();
    m_teamSync->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoActions();
    findChild<QAction *>(QStringLiteral("letterTemplatesAction"))->setText(tr("Letter &Templates…"));
    findChild<QAction *>(QStringLiteral("officeLetterheadAction"))->setText(tr("Office &Letterhead…"));
    findChild<QAction *>(QStringLiteral("metricsAction"))->setText(tr("&Metrics…"));
    findChild<QAction *>(QStringLiteral("callsAction"))->setText(tr("&Calls and Committees…"));
    findChild<QAction *>(QStringLiteral("tacitDecisionsAction"))->setText(tr("&Silence of Authorities…"));
    findChild<QAction *>(QStringLiteral("preferencesAction"))->setText(tr("&Preferences…"));
    findChild<QAction *>(QStringLiteral("importMeasurementsAction"))->setText(tr("&Import Measurements…"));
    findChild<QAction *>(QStringLiteral("exportZonesAction"))->setText(tr("Export &Zones…"));
    findChild<QAction *>(QStringLiteral("reportAction"))->setText(tr("&Report…"));
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search…"));
    const QList<QAction *> viewActions = m_viewActions->actions();
    for (int i = 0; i < viewActions.size(); ++i)
        viewActions.at(i)->setText(m_views.at(i).title());
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    findChild<QAction *>(QStringLiteral("userGuideAction"))->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About CityLab"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setText(m_views.at(i).title());
    updateStatus();
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undo->undoText(), redo = m_undo->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    // a viewer's window (a role lowered meanwhile) could not write an undo back
    m_undoAction->setEnabled(m_undo->canUndo() && !m_store->isReadOnly());
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_redoAction->setEnabled(m_undo->canRedo() && !m_store->isReadOnly());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    m_backups->waitForDailyBackup();
    m_teamSync->storeClosing();
    m_problem->hide();
    dropViews();
    m_undo->clear(); // its steps belong to the database being closed
    m_lastError.clear();
    if (!m_store->open(path, create ? Store::OpenMode::CreateIfMissing : Store::OpenMode::OpenExisting)) {
        m_lastError = m_store->errorString();
        m_welcome->setMessage(m_lastError);
        updateNavigation();
        updateStatus();
        return false;
    }
    m_store->watchExternalChanges(500);
    m_backups->startDailyBackup();
    m_teamSync->storeOpened();
    m_welcome->setMessage({});
    if (m_remembersSession) {
        RecentDatabases::add(path);
        QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    }
    updateNavigation();
    showView(QSettings().value(QStringLiteral("mainWindow/view"), m_views.first().id).toString());
    updateStatus();
    return true;
}

void MainWindow::dropViews()
{
    for (ViewEntry &entry : m_views) {
        delete entry.widget;
        entry.widget = nullptr;
    }
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::updateNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    const bool open = m_store->isOpen();
    for (const ViewEntry &entry : std::as_const(m_views)) {
        auto *item = new QListWidgetItem(entry.title(), m_navigation);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2));
    }
    m_navigation->setEnabled(open);
    for (QAction *action : m_viewActions->actions())
        action->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_backups->setEnabled(open);
    m_searchAction->setEnabled(open);
    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(open);
    updateWriteActions();
    m_exportAction->setEnabled(false);
    if (!open)
        m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::updateWriteActions()
{
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(m_store->isOpen() && !m_store->isReadOnly());
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ViewEntry &entry : m_views)
        ids << entry.id;
    return ids;
}

QWidget *MainWindow::view(const QString &id)
{
    if (!m_store->isOpen())
        return nullptr;
    for (ViewEntry &entry : m_views) {
        if (entry.id != id)
            continue;
        if (!entry.widget) {
            entry.widget = entry.create(*m_store);
            if (auto *browser = qobject_cast<RecordBrowser *>(entry.widget))
                connect(browser, &RecordBrowser::recordRequested, this, &MainWindow::openRecord);
            m_stack->addWidget(entry.widget);
        }
        return entry.widget;
    }
    return nullptr;
}

void MainWindow::showView(const QString &id)
{
    const int index = int(viewIds().indexOf(id));
    QWidget *widget = view(index >= 0 ? id : m_views.first().id);
    if (!widget)
        return;
    const int row = qMax(0, index);
    m_stack->setCurrentWidget(widget);
    m_exportAction->setEnabled(dynamic_cast<TableExport *>(widget) != nullptr);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(row);
    m_viewActions->actions().at(row)->setChecked(true);
    if (m_remembersSession)
        QSettings().setValue(QStringLiteral("mainWindow/view"), m_views.at(row).id);
}

void MainWindow::openRecord(const QString &table, qint64 id)
{
    const RecordLocator::Place place = RecordLocator::placeOf(*m_store, table, id);
    if (place.table.isEmpty())
        return;
    showView(place.table);
    if (auto *browser = qobject_cast<RecordBrowser *>(view(place.table)))
        browser->reveal(place.id);
}

void MainWindow::showSearch()
{
    if (!m_store->isOpen())
        return;
    auto *dialog = new SearchDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::recordChosen, this, &MainWindow::openRecord);
    dialog->open();
}

QString MainWindow::currentViewId() const
{
    for (const ViewEntry &entry : m_views)
        if (entry.widget && entry.widget == m_stack->currentWidget())
            return entry.id;
    return {};
}

void MainWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void MainWindow::updateStatus()
{
    if (!m_store->isOpen()) {
        setWindowTitle(QStringLiteral("CityLab"));
        m_status->setText(tr("No database open"));
        return;
    }
    setWindowTitle(QStringLiteral("%1 — CityLab").arg(QFileInfo(m_store->path()).fileName()));
    QString error;
    const std::optional<RecordCounts> counts = RecordCounts::load(*m_store, RecordCounts::Include::ExperimentsAndZones, &error);
    if (!counts) {
        // no counts rather than a store that looks empty
        m_status->setText(error);
        return;
    }
    // the home folder as ~, as file managers show it: the status line of a laptop is short
    QString shown = QDir::toNativeSeparators(m_store->path());
    const QString home = QDir::toNativeSeparators(QDir::homePath() + QLatin1Char('/'));
    if (shown.startsWith(home))
        shown = QStringLiteral("~") + QDir::separator() + shown.mid(home.size());
    m_status->setToolTip(QDir::toNativeSeparators(m_store->path()));
    m_status->setText(tr("%1 · %2 experiments · %3 zones")
                          .arg(shown, QLocale().toString(counts->experiments), QLocale().toString(counts->zones)));
}

QString MainWindow::chooseNewPath(const QString &caption, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileChooser::saveFile(this, caption, QDir(folder).filePath(suggestedName),
                                                tr("CityLab databases (*.citylab)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".citylab");
    return path;
}

void MainWindow::chooseAndOpen()
{
    const QString start = m_store->isOpen() ? QFileInfo(m_store->path()).absolutePath()
                                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileChooser::openFile(this, tr("Open Database"), start,
                                                      tr("CityLab databases (*.citylab);;All files (*)"));
    if (!path.isEmpty() && !openDatabase(path))
        QMessageBox::warning(this, tr("Cannot open the database"), m_lastError);
}

void MainWindow::chooseAndCreate()
{
    const QString path = chooseNewPath(tr("New Database"), tr("city-lab.citylab"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The save dialog has already asked about replacing; a database is never
        // overwritten by an empty one, so the user is sent to open it instead.
        QMessageBox::warning(this, tr("Cannot create the database"),
                             tr("%1 already exists. Open it, or choose another name.").arg(path));
        return;
    }
    if (!openDatabase(path, true))
        QMessageBox::warning(this, tr("Cannot create the database"), m_lastError);
}

void MainWindow::chooseAndCreateDemo()
{
    const QString path = chooseNewPath(tr("New Demo Database"), tr("demo.citylab"));
    if (path.isEmpty())
        return;
    if (m_store->isOpen() && QFileInfo(m_store->path()) == QFileInfo(path)) {
        m_backups->waitForDailyBackup();
        m_teamSync->storeClosing();
        dropViews();
        m_store->close();
    }
    auto *progress = new QProgressDialog(tr("Creating the demo database…"), tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<QString>::cancel);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled())
            return;
        const QString error = watcher->result();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot create the demo database"), error);
        else if (!openDatabase(path))
            QMessageBox::warning(this, tr("Cannot open the database"), m_lastError);
    });
    // The generator works on its own connection in a worker thread: the window stays live.
    watcher->setFuture(QtConcurrent::run([path](QPromise<QString> &promise) {
        QString error;
        const bool ok = DemoDatabase::create(path, {}, true, &error, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        });
        promise.addResult(ok ? QString() : error);
    }));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentDatabases::list();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!openDatabase(path))
                QMessageBox::warning(this, tr("Cannot open the database"), m_lastError);
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [] { RecentDatabases::clear(); });
}

void MainWindow::switchLanguage(const QString &code)
{
    if (code == Language::current())
        return;
    const QString current = currentViewId();
    Language::install(code);
    QSettings().setValue(QStringLiteral("language"), code);
    // Views are rebuilt rather than patched, so that every header and label is retranslated.
    dropViews();
    updateNavigation();
    if (m_store->isOpen())
        showView(current.isEmpty() ? m_views.first().id : current);
}

void MainWindow::exportCurrentTable()
{
    auto *browser = dynamic_cast<TableExport *>(m_stack->currentWidget());   // the lists and Today
    if (!browser)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileChooser::saveFile(this, tr("Export Table as CSV"),
                                                      QDir(folder).filePath(browser->exportName()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (browser->exportCsv(path, &error))
        statusBar()->showMessage(tr("%n row(s) exported to %1", nullptr, browser->visibleCount())
                                     .arg(QDir::toNativeSeparators(path)), 8000);
    else
        QMessageBox::warning(this, tr("Cannot export the table"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CityLab"),
                       tr("<h3>CityLab %1</h3><p>Experiment zones, cases and outcomes of a city's open-air "
                          "laboratory: partnership agreements, regulatory requests and their deadlines, "
                          "in one local database.</p><p>Database: %2</p>")
                           .arg(QStringLiteral(CITYLAB_VERSION),
                                m_store->isOpen() ? QDir::toNativeSeparators(m_store->path()).toHtmlEscaped()
                                                  : tr("none")));
}

QStringList MainWindow::saveScreenshots(const QString &folder)
{
    QStringList saved;
    QDir().mkpath(folder);
    const auto shoot = [&](const QString &name) {
        QApplication::processEvents();
        statusBar()->clearMessage();   // e.g. where today's backup went: a path of this machine
        const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
        if (grab().save(file))
            saved << file;
    };
    if (!m_store->isOpen()) {
        shoot(QStringLiteral("01-welcome"));
        return saved;
    }
    for (int i = 0; i < m_views.size(); ++i) {
        showView(m_views.at(i).id);
        shoot(QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(m_views.at(i).id));
    }
    return saved;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_remembersSession) {
        QMainWindow::closeEvent(event);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace citylab
