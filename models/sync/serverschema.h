// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class PgConnection;
class SyncCatalog;

// The citylab schema on a team server: made or upgraded by numbered migrations (each in one
// transaction, refusing a schema newer than this program), the group roles people are put
// in, and what `citylab server status` shows.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ServerSchema)
public:
    enum class Role { Viewer, Editor, Admin };

    struct User
    {
        QString name;
        QString role;     // viewer, editor, admin
    };
    struct Replica
    {
        QString uuid, user, name;
        QDateTime lastSync;
        qint64 lastSeq = 0;
    };
    struct Change
    {
        qint64 seq = 0;
        QDateTime at;
        QString who, table, action, outcome;
    };
    struct Status
    {
        int version = 0;
        QString serverId;
        qint64 records = 0;
        qint64 openConflicts = 0;
        QList<User> users;
        QList<Replica> replicas;
        QList<Change> lastChanges;
    };

    static int latestVersion();

    // Creates or upgrades the schema (to `version`, 0 for the latest: older ones are for tests
    // of upgrades) and refreshes its catalog of synced tables. Returns the version it was at
    // before (0: new), or nothing with *error set.
    static std::optional<int> init(PgConnection &server, const SyncCatalog &catalog, QString *error, int version = 0);
    // The schema's version on the server: 0 when there is none; nothing on error.
    static std::optional<int> version(PgConnection &server, QString *error);
    // Checks that the server has a schema this program can sync with.
    static bool checkUsable(PgConnection &server, QString *error);

    static bool addUser(PgConnection &server, const QString &name, Role role, const QString &password, QString *error);
    static std::optional<Status> status(PgConnection &server, QString *error);

    static std::optional<Role> roleFromName(const QString &name);
    static QString roleName(Role role);
};

} // namespace citylab
