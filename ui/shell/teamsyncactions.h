// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncworker.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

class QAction;
class QLabel;
class QWidget;

namespace citylab {

class Store;
struct TeamServerAddress;

// File → Team Server…, Sync Now and Sync Conflicts…, and the sync in the background: every
// 30 seconds and a few seconds after each edit, on a thread of its own; the status bar says
// what is true now ("Synced 10:42 · 3 changes waiting", "Offline — 12 changes waiting"). A
// viewer's window takes no changes. The password comes from the system keyring, or is asked
// once a session; it is never written in the file or the settings.
class TeamSyncActions : public QObject
{
    Q_OBJECT
public:
    TeamSyncActions(Store &store, QWidget *window);
    ~TeamSyncActions() override;

    QAction *serverAction() const { return m_serverAction; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    QAction *conflictsAction() const { return m_conflictsAction; }
    QLabel *statusLabel() const { return m_label; }
    void retranslate();

    // The window opened a file (start syncing it if it has a server) or is closing it.
    void storeOpened();
    void storeClosing();

    void setIntervals(int everyMs, int afterEditMs);
    const SyncReport &lastReport() const { return m_last; }

signals:
    // A sync ended (for tests and the status bar).
    void synced(const citylab::SyncReport &report);

private:
    void configure();
    void start(const TeamServerAddress &address, const QString &password);
    void stop();
    void syncNow();
    void report(const SyncReport &report);
    void showConflicts();
    void answer(const SyncConflict &conflict, const std::optional<QJsonValue> &value);
    void askForPassword(const TeamServerAddress &address);
    void updateLabel();

    Store &m_store;
    QWidget *m_window;
    QAction *m_serverAction;
    QAction *m_syncNowAction;
    QAction *m_conflictsAction;
    QLabel *m_label;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QTimer m_every;
    QTimer m_afterEdit;
    bool m_busy = false;
    bool m_again = false;
    SyncReport m_last;
    QString m_server;                       // user@host:port/db of the running sync
    QHash<QString, QString> m_passwords;    // this session's, by server
    QString m_note;                         // what the status bar's tooltip adds (a keyring problem)
};

} // namespace citylab
