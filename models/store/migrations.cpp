// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>

#include <sqlite3.h>

namespace citylab {

namespace {

QStringList stepFiles()
{
    QDir dir(QStringLiteral(":/citylab/migrations"));
    return dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

bool execScript(sqlite3 *db, const QByteArray &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

// After a rebuild: the rebuilt tables' references still point at rows, or the step is
// rolled back. Only those tables: an old orphan elsewhere must not stop an upgrade.
bool foreignKeysHold(sqlite3 *db, const QString &sql, QString *error)
{
    static const QRegularExpression rebuilt(QStringLiteral("CREATE TABLE (\\w+)_rebuilt"));
    for (auto it = rebuilt.globalMatch(sql); it.hasNext();) {
        const QByteArray pragma = "PRAGMA foreign_key_check(" + it.next().captured(1).toUtf8() + ")";
        sqlite3_stmt *check = nullptr;
        if (sqlite3_prepare_v2(db, pragma.constData(), -1, &check, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        const int rc = sqlite3_step(check);
        if (rc == SQLITE_ROW)
            *error = QCoreApplication::translate("citylab::Migrations", "a row of %1 refers to a missing row of %2")
                         .arg(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))),
                              QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 2))));
        else if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(check);
        if (rc != SQLITE_DONE)
            return false;
    }
    return true;
}

} // namespace

int Migrations::latestVersion()
{
    return int(stepFiles().size());
}

QString Migrations::stepSql(int version)
{
    const QStringList files = stepFiles();
    if (version < 1 || version > files.size())
        return {};
    QFile file(QStringLiteral(":/citylab/migrations/") + files.at(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool Migrations::migrate(sqlite3 *db, int from, int to, QString *error)
{
    for (int version = from + 1; version <= to; ++version) {
        const QString sql = stepSql(version);
        const bool rebuild = sql.startsWith(QLatin1String("-- citylab:rebuild"));
        const QByteArray step = sql.toUtf8() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";\n";
        QString reason;
        // A step that rebuilds a table (to change a CHECK constraint) follows SQLite's
        // twelve steps: foreign keys off, since dropping the old table would cascade into
        // its children, and the legacy rename, since views and other tables' triggers name
        // the table and must keep doing so. The pragmas work only outside a transaction.
        if (rebuild && !execScript(db, "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;", &reason)) {
            *error = QCoreApplication::translate("citylab::Migrations",
                                                 "Cannot start the upgrade to schema version %1: %2")
                         .arg(version).arg(reason);
            return false;
        }
        const auto restore = qScopeGuard([&] {
            if (rebuild) {
                QString ignored;
                execScript(db, "PRAGMA legacy_alter_table = OFF; PRAGMA foreign_keys = ON;", &ignored);
            }
        });
        if (!execScript(db, "BEGIN IMMEDIATE;", &reason)) {
            *error = QCoreApplication::translate("citylab::Migrations",
                                                 "Cannot start the upgrade to schema version %1: %2")
                         .arg(version).arg(reason);
            return false;
        }
        if (!execScript(db, step, &reason) || (rebuild && !foreignKeysHold(db, sql, &reason))) {
            QString ignored;
            execScript(db, "ROLLBACK;", &ignored);
            *error = QCoreApplication::translate("citylab::Migrations",
                                                 "Upgrade to schema version %1 failed: %2")
                         .arg(version).arg(reason);
            return false;
        }
        if (!execScript(db, "COMMIT;", &reason)) {
            *error = QCoreApplication::translate("citylab::Migrations",
                                                 "Upgrade to schema version %1 could not be saved: %2")
                         .arg(version).arg(reason);
            return false;
        }
    }
    return true;
}

} // namespace citylab
