// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgconnection.h"
#include "teamsync.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace citylab {

class Store;

// What a sync in the background found: for the status bar and the conflicts list.
struct SyncReport
{
    bool ok = false;
    bool reachable = false;            // false: offline, or the server refused the login
    QString error;
    SyncOutcome outcome;
    int waiting = 0;                   // local changes not yet on the server
    bool viewer = false;               // the user may read the team's records, not change them
    QList<SyncConflict> openConflicts; // this user's changes the server did not apply, not yet answered
    QDateTime at;
};

// Syncs one file with its team server on a thread of its own, with its own connection to
// the file (what it writes reaches the window as another program's change) and to the server.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(const QString &path);
    ~SyncWorker() override;

public slots:
    void setServer(const QString &connectionString, const QString &password, const QString &userName);
    void syncNow();
    // Conflicts the user answered: marked resolved on the server by the next sync.
    void markResolved(const QList<qint64> &conflictIds);

signals:
    void finished(const citylab::SyncReport &report);

private:
    SyncReport run();

    QString m_path;
    QString m_connection;
    QString m_password;
    QString m_userName;
    std::unique_ptr<Store> m_store;
    PgConnection m_server;
    QList<qint64> m_resolved;
};

} // namespace citylab

Q_DECLARE_METATYPE(citylab::SyncReport)
