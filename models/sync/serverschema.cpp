// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

#include "pgconnection.h"
#include "synccatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace citylab {

namespace {

QStringList stepFiles()
{
    return QDir(QStringLiteral(":/citylab/server")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

QDateTime timestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString().left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Group roles are the server's, not the database's: made once, kept by every database.
const char groupRoles[] = R"(
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'citylab_viewer') THEN
        CREATE ROLE citylab_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'citylab_editor') THEN
        CREATE ROLE citylab_editor NOLOGIN IN ROLE citylab_viewer;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'citylab_admin') THEN
        CREATE ROLE citylab_admin NOLOGIN IN ROLE citylab_editor;
    END IF;
END $$)";

} // namespace

int ServerSchema::latestVersion()
{
    return int(stepFiles().size());
}

std::optional<int> ServerSchema::version(PgConnection &server, QString *error)
{
    const std::optional<PgRows> exists = server.query(QStringLiteral("SELECT to_regclass('citylab.schema_info') IS NOT NULL"));
    if (!exists) {
        *error = server.errorString();
        return std::nullopt;
    }
    if (exists->rows.value(0).value(0).toString() != QLatin1String("t"))
        return 0;
    const std::optional<PgRows> rows = server.query(QStringLiteral("SELECT version FROM citylab.schema_info"));
    if (!rows) {
        *error = server.errorString();
        return std::nullopt;
    }
    return rows->rows.isEmpty() ? 0 : rows->rows.first().value(0).toInt();
}

bool ServerSchema::checkUsable(PgConnection &server, QString *error)
{
    const std::optional<int> found = version(server, error);
    if (!found)
        return false;
    if (*found == 0) {
        *error = tr("%1 has no CityLab schema: run `citylab server init` on it first.").arg(server.serverDescription());
        return false;
    }
    if (*found > latestVersion()) {
        *error = tr("The team server's schema is version %1, newer than this CityLab (%2): update CityLab.")
                     .arg(*found).arg(latestVersion());
        return false;
    }
    if (*found < latestVersion()) {
        *error = tr("The team server's schema is version %1 and this CityLab needs %2: ask the administrator to run "
                    "`citylab server init` again.").arg(*found).arg(latestVersion());
        return false;
    }
    return true;
}

std::optional<int> ServerSchema::init(PgConnection &server, const SyncCatalog &catalog, QString *error, int target)
{
    if (target <= 0 || target > latestVersion())
        target = latestVersion();
    const auto failed = [&](const QString &what) {
        *error = what.isEmpty() ? server.errorString() : what;
        server.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    if (!server.exec(QStringLiteral("BEGIN")) || !server.exec(QString::fromLatin1(groupRoles))
        || !server.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS citylab"))
        || !server.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS citylab.schema_info ("
                                       " version int NOT NULL, server_id uuid NOT NULL DEFAULT gen_random_uuid(),"
                                       " created_at timestamptz NOT NULL DEFAULT now())"))
        || !server.exec(QStringLiteral("LOCK TABLE citylab.schema_info IN EXCLUSIVE MODE")))
        return failed({});
    const std::optional<PgRows> rows = server.query(QStringLiteral("SELECT version FROM citylab.schema_info"));
    if (!rows)
        return failed({});
    const int before = rows->rows.isEmpty() ? 0 : rows->rows.first().value(0).toInt();
    if (before > latestVersion())
        return failed(tr("The team server's schema is version %1, newer than this CityLab (%2): it was left as it is; "
                         "update CityLab.").arg(before).arg(latestVersion()));
    if (rows->rows.isEmpty() && !server.exec(QStringLiteral("INSERT INTO citylab.schema_info (version) VALUES (0)")))
        return failed({});
    const QStringList steps = stepFiles();
    for (int version = before + 1; version <= target; ++version) {
        QFile file(QStringLiteral(":/citylab/server/") + steps.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("Cannot read the server schema step %1.").arg(version));
        if (!server.exec(QString::fromUtf8(file.readAll())))
            return failed(tr("Upgrading the team server's schema to version %1 failed: %2").arg(version).arg(server.errorString()));
        if (!server.exec(QStringLiteral("UPDATE citylab.schema_info SET version = $1"), {version}))
            return failed({});
    }
    if (!server.exec(QStringLiteral("GRANT SELECT ON citylab.schema_info TO citylab_viewer")))
        return failed({});
    if (!catalog.upload(server, error))
        return failed(*error);
    if (!server.exec(QStringLiteral("COMMIT")))
        return failed({});
    return before;
}

std::optional<ServerSchema::Role> ServerSchema::roleFromName(const QString &name)
{
    if (name == QLatin1String("viewer"))
        return Role::Viewer;
    if (name == QLatin1String("editor"))
        return Role::Editor;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

QString ServerSchema::roleName(Role role)
{
    switch (role) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Editor: return QStringLiteral("editor");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

bool ServerSchema::addUser(PgConnection &server, const QString &name, Role role, const QString &password, QString *error)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!validName.match(name).hasMatch()) {
        *error = tr("'%1' is not a usable user name: use lower-case letters, digits, '_', '.' or '-', "
                    "starting with a letter.").arg(name);
        return false;
    }
    const QString group = QStringLiteral("citylab_") + roleName(role);
    const std::optional<PgRows> exists = server.query(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {name});
    if (!exists) {
        *error = server.errorString();
        return false;
    }
    const QString hash = password.isEmpty() ? QString() : server.encryptPassword(password, name);
    if (!password.isEmpty() && hash.isEmpty()) {
        *error = server.errorString();
        return false;
    }
    const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
    QStringList statements{QStringLiteral("BEGIN")};
    if (exists->rows.isEmpty())
        statements << QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted);
    if (!hash.isEmpty())
        statements << QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(quoted, hash);   // a SCRAM verifier, no quote in it
    for (const QString &other : {QStringLiteral("citylab_viewer"), QStringLiteral("citylab_editor"), QStringLiteral("citylab_admin")})
        if (other != group)
            statements << QStringLiteral("REVOKE %1 FROM %2").arg(other, quoted);
    statements << QStringLiteral("GRANT %1 TO %2").arg(group, quoted) << QStringLiteral("COMMIT");
    for (const QString &statement : std::as_const(statements)) {
        if (!server.exec(statement)) {
            *error = server.lastErrorIsPermission()
                ? tr("%1 may not create users: connect as the server's administrator (a role with CREATEROLE). %2")
                      .arg(server.userName(), server.errorString())
                : server.errorString();
            server.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

std::optional<ServerSchema::Status> ServerSchema::status(PgConnection &server, QString *error)
{
    if (!checkUsable(server, error))
        return std::nullopt;
    Status status;
    status.version = latestVersion();
    const auto read = [&](const QString &sql) {
        std::optional<PgRows> rows = server.query(sql);
        if (!rows)
            *error = server.errorString();
        return rows;
    };
    const std::optional<PgRows> info = read(QStringLiteral(
        "SELECT server_id, (SELECT count(*) FROM citylab.records WHERE NOT deleted),"
        " (SELECT count(*) FROM citylab.conflicts WHERE resolved_at IS NULL) FROM citylab.schema_info"));
    const std::optional<PgRows> users = read(QStringLiteral(
        "SELECT m.rolname, max(g.rolname) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
        " JOIN pg_roles m ON m.oid = a.member"
        " WHERE g.rolname IN ('citylab_viewer', 'citylab_editor', 'citylab_admin') AND m.rolcanlogin"
        " GROUP BY m.rolname ORDER BY m.rolname"));
    const std::optional<PgRows> replicas = read(QStringLiteral(
        "SELECT uuid, role_name, name, last_sync_at AT TIME ZONE 'UTC', last_seq FROM citylab.replicas ORDER BY last_sync_at DESC NULLS LAST"));
    const std::optional<PgRows> changes = read(QStringLiteral(
        "SELECT seq, at AT TIME ZONE 'UTC', who, table_name, action, outcome FROM citylab.changes ORDER BY seq DESC LIMIT 10"));
    if (!info || !users || !replicas || !changes)
        return std::nullopt;
    if (!info->rows.isEmpty()) {
        status.serverId = info->rows.first().value(0).toString();
        status.records = info->rows.first().value(1).toLongLong();
        status.openConflicts = info->rows.first().value(2).toLongLong();
    }
    for (const QVariantList &row : users->rows)
        status.users << User{row.value(0).toString(), row.value(1).toString().mid(8)};
    for (const QVariantList &row : replicas->rows) {
        QDateTime last = timestamp(row.value(3));
        last.setTimeZone(QTimeZone::UTC);
        status.replicas << Replica{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), last,
                                   row.value(4).toLongLong()};
    }
    for (const QVariantList &row : changes->rows) {
        QDateTime at = timestamp(row.value(1));
        at.setTimeZone(QTimeZone::UTC);
        status.lastChanges << Change{row.value(0).toLongLong(), at, row.value(2).toString(), row.value(3).toString(),
                                     row.value(4).toString(), row.value(5).toString()};
    }
    return status;
}

} // namespace citylab
