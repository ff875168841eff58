// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QUrl>

#include <functional>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace citylab {

class BackupActions;
class TeamSyncActions;
class Store;
class WelcomePage;

// The one window: a navigation list on the left, the current view in the middle, the
// File/View/Help menus and a status bar. Views are created the first time they are shown
// (start-up stays fast however many views there are) and dropped when the database or the
// language changes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() { return *m_store; }
    QUndoStack &undoStack() { return *m_undo; }

    // Opens (or, when `create`, creates) a database and shows it. On failure the reason is
    // shown on the welcome page and returned; the previously open database stays closed.
    bool openDatabase(const QString &path, bool create = false);
    QString lastError() const { return m_lastError; }

    QStringList viewIds() const;
    void showView(const QString &id);
    QWidget *view(const QString &id);       // creates it if needed; nullptr without a database
    QString currentViewId() const;

    // Shows the page of any record: experiments and organizations on their own pages,
    // other records on the page of their experiment (or organization).
    void openRecord(const QString &table, qint64 id);
    // An experiment page's chart link ("outcomes:experiment/ID/metric/ID"): the series in
    // the Outcomes explorer, where it zooms and pans. The handler of QDesktopServices for
    // the "outcomes" scheme while the window lives.
    Q_INVOKABLE void openOutcomesLink(const QUrl &url);
    Q_INVOKABLE void openMapLink(const QUrl &url);
    void showSearch();

    // Shows every main view in turn and saves a PNG of the window for each into `folder`.
    QStringList saveScreenshots(const QString &folder);
    // Off for a screenshot tour or a start-up probe: the views, database and geometry they
    // go through are not the user's, and the next real start must not open on them.
    void setRemembersSession(bool remembers) { m_remembersSession = remembers; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct ViewEntry
    {
        QString id;
        std::function<QString()> title;
        std::function<QWidget *(Store &)> create;
        QWidget *widget = nullptr;
    };

    void createActions();
    void retranslate();
    void registerView(const QString &id, std::function<QString()> title, std::function<QWidget *(Store &)> create);
    void dropViews();
    void updateWriteActions();
    void updateNavigation();
    void updateStatus();
    void updateUndoActions();
    void showProblem(const QString &message);
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndCreateDemo();
    void fillRecentMenu();
    void switchLanguage(const QString &code);
    void showAbout();
    void exportCurrentTable();
    QString chooseNewPath(const QString &caption, const QString &suggestedName);

    Store *m_store;
    QUndoStack *m_undo;
    QList<ViewEntry> m_views;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QLabel *m_status;
    QLabel *m_problem;   // a damaged store, a failed daily backup: above the views until the next open
    BackupActions *m_backups = nullptr;
    TeamSyncActions *m_teamSync = nullptr;
    QString m_lastError;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newDemoAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    bool m_remembersSession = true;
    QList<QAction *> m_databaseActions;   // do nothing without an open database: disabled then
    QList<QAction *> m_writeActions;      // change records: disabled also while the store takes no changes
    QActionGroup *m_viewActions = nullptr;
    QActionGroup *m_languageActions = nullptr;
};

} // namespace citylab
