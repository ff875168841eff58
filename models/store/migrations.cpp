// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QHash>

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

// The tables a rebuild can leave with broken references: those the step drops (and makes
// again) and those that refer to them. Read before the step, from the schema as it is.
QStringList tablesAtRisk(sqlite3 *db, const QString &sql)
{
    static const QRegularExpression dropped(QStringLiteral("\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?\"?(\\w+)\"?"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (auto it = dropped.globalMatch(sql); it.hasNext();) {
        const QString table = it.next().captured(1);
        tables << table;
        sqlite3_stmt *children = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT DISTINCT m.name FROM sqlite_schema m, pragma_foreign_key_list(m.name) f"
                                   " WHERE m.type = 'table' AND f.\"table\" = ?1",
                               -1, &children, nullptr) == SQLITE_OK) {
            const QByteArray name = table.toUtf8();
            sqlite3_bind_text(children, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(children) == SQLITE_ROW)
                tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(children, 0)));
        }
        sqlite3_finalize(children);
    }
    tables.removeDuplicates();
    return tables;
}

// How many rows of each of `tables` break each of their references ("table parent fkid" ->
// count); nullopt with *error when the check fails. Counted, not listed by row: a table
// without rowid reports none.
std::optional<QHash<QString, int>> brokenReferences(sqlite3 *db, const QStringList &tables, QString *error)
{
    QHash<QString, int> broken;
    for (const QString &table : tables) {
        sqlite3_stmt *check = nullptr;
        const QByteArray pragma = "PRAGMA foreign_key_check(\"" + table.toUtf8() + "\")";
        if (sqlite3_prepare_v2(db, pragma.constData(), -1, &check, nullptr) != SQLITE_OK) {
            // a table the step creates, or one that is gone: nothing of it to compare
            sqlite3_finalize(check);
            continue;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(check)) == SQLITE_ROW)
            ++broken[QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))) + u' '
                     + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 2))) + u' '
                     + QString::number(sqlite3_column_int(check, 3))];
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(check);
        if (rc != SQLITE_DONE)
            return std::nullopt;
    }
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
        const QStringList atRisk = rebuild ? tablesAtRisk(db, sql) : QStringList();
        std::optional<QHash<QString, int>> brokenBefore;
        if (rebuild)
            brokenBefore = brokenReferences(db, atRisk, &reason);
        bool ok = (!rebuild || brokenBefore) && execScript(db, step, &reason);
        if (ok && rebuild) {
            const std::optional<QHash<QString, int>> brokenAfter = brokenReferences(db, atRisk, &reason);
            ok = brokenAfter.has_value();
            if (ok) {
                for (auto it = brokenAfter->cbegin(); it != brokenAfter->cend() && ok; ++it) {
                    if (it.value() <= brokenBefore->value(it.key()))
                        continue;
                    const QStringList parts = it.key().split(u' ');
                    reason = QCoreApplication::translate("citylab::Migrations", "a row of %1 refers to a missing row of %2")
                                 .arg(parts.value(0), parts.value(1));
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
