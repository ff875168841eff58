// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace citylab {

// What a failed SQLite call means for the user: "the disk is full", not "database or
// disk is full Unable to fetch row". Qt's driver adds its own words after SQLite's; they
// name a Qt function, not a cause, and are left out.
class SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(citylab::SqlErrorText)
public:
    static QString describe(const QSqlError &error);
    static QString describe(int sqliteCode, const QString &sqliteMessage);

    // The file is damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB).
    static bool isDamage(const QSqlError &error);
    static bool isDamage(int sqliteCode);

    // The message for a store found damaged: which file, that it was left unchanged, what to do.
    static QString damagedStore(const QString &path, const QString &detail = {});
};

} // namespace citylab
