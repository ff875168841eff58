// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include <optional>

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

// Every broken reference of the file, "table rowid parent" each; nullopt with *error when
// the check itself fails.
std::optional<QSet<QString>> brokenReferences(sqlite3 *db, QString *error)
{
    sqlite3_stmt *check = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &check, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    QSet<QString> broken;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(check)) == SQLITE_ROW)
        broken << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))) + u' '
                      + QString::number(sqlite3_column_int64(check, 1)) + u' '
                      + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 2)));
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(check);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return broken;
}

bool isForeignKeysOn(sqlite3 *db)
{
    sqlite3_stmt *pragma = nullptr;
    bool on = false;
    if (sqlite3_prepare_v2(db, "PRAGMA foreign_keys", -1, &pragma, nullptr) == SQLITE_OK && sqlite3_step(pragma) == SQLITE_ROW)
        on = sqlite3_column_int(pragma, 0) == 1;
    sqlite3_finalize(pragma);
    return on;
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
        // A step that drops a table (a rebuild, to change a CHECK constraint) follows
        // SQLite's twelve steps: foreign keys off, since dropping the old table would cascade
        // into its children, and the legacy rename, since views and other tables' triggers
        // name the table and must keep doing so. Known from the step itself, not from a
        // marker someone could forget. The pragmas work only outside a transaction.
        static const QRegularExpression dropsTable(QStringLiteral("\\bDROP\\s+TABLE\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
        const bool rebuild = dropsTable.match(sql).hasMatch();
        const bool foreignKeysWereOn = isForeignKeysOn(db);
        const QByteArray step = sql.toUtf8() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";\n";
        QString reason;
        if (rebuild && !execScript(db, "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;", &reason)) {
            *error = QCoreApplication::translate("citylab::Migrations",
                                                 "Cannot start the upgrade to schema version %1: %2")
                         .arg(version).arg(reason);
            return false;
        }
        const auto restore = qScopeGuard([&] {
            if (rebuild) {
                QString ignored;
                execScript(db, foreignKeysWereOn ? "PRAGMA legacy_alter_table = OFF; PRAGMA foreign_keys = ON;"
                                                 : "PRAGMA legacy_alter_table = OFF;",
                           &ignored);
            }
        });
        if (!execScript(db, "BEGIN IMMEDIATE;", &reason)) {
            *error = QCoreApplication::translate("citylab::Migrations",
                                                 "Cannot start the upgrade to schema version %1: %2")
                         .arg(version).arg(reason);
            return false;
        }
        // With foreign keys off nothing stops a rebuild from orphaning rows: every reference
        // broken after the step and not before it rolls the step back. Old orphans elsewhere
        // do not stop an upgrade.
        std::optional<QSet<QString>> brokenBefore;
        if (rebuild)
            brokenBefore = brokenReferences(db, &reason);
        bool ok = (!rebuild || brokenBefore) && execScript(db, step, &reason);
        if (ok && rebuild) {
            const std::optional<QSet<QString>> brokenAfter = brokenReferences(db, &reason);
            ok = brokenAfter.has_value();
            if (ok) {
                const QSet<QString> added = *brokenAfter - *brokenBefore;
                if (!added.isEmpty()) {
                    const QStringList parts = added.values().first().split(u' ');
                    reason = QCoreApplication::translate("citylab::Migrations", "a row of %1 refers to a missing row of %2")
                                 .arg(parts.value(0), parts.value(2));
                    ok = false;
                }
            }
        }
        if (!ok) {
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
