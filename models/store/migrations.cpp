// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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
        const QByteArray step = stepSql(version).toUtf8()
            + "\nPRAGMA user_version = " + QByteArray::number(version) + ";\n";
        QString reason;
        if (!execScript(db, "BEGIN IMMEDIATE;", &reason)) {
            *error = QCoreApplication::translate("citylab::Migrations",
                                                 "Cannot start the upgrade to schema version %1: %2")
                         .arg(version).arg(reason);
            return false;
        }
        if (!execScript(db, step, &reason)) {
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
