// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>

class QAction;
class QWidget;

namespace citylab {

class Store;

// File → Back Up Database… and File → Restore from Backup…, and the daily copy made in
// the background when a store is opened.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(Store &store, QWidget *window);
    ~BackupActions() override;

    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }
    void retranslate();
    void setEnabled(bool enabled);

    // The day's copy of the open store, made on another thread with its own connection.
    void startDailyBackup();
    void waitForDailyBackup();

signals:
    // The store's content was replaced by a backup's: the window opens it again.
    void restored();
    // Something for the status line.
    void reported(const QString &text);
    // A daily copy failed (the store may be damaged): worth more than the status line.
    void dailyBackupFailed(const QString &message);

private:
    void backUp();
    void chooseAndRestore();

    Store &m_store;
    QWidget *m_window;
    QAction *m_backUp;
    QAction *m_restore;
    QFutureWatcher<QString> m_daily;
    QString m_dailyError;
};

} // namespace citylab
