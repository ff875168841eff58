// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace citylab {

// The database files this process has open through SQLite. Under POSIX, closing any
// descriptor of a file drops every lock the process holds on it, so once SQLite has a
// store open nothing else in the process may open that file, its -wal or its -shm
// (SQLite's "How To Corrupt An SQLite Database File", section 2.2). Store registers what
// it opens; code that reads a file the user chose asks here first.
class OpenDatabases
{
    Q_DECLARE_TR_FUNCTIONS(citylab::OpenDatabases)
public:
    static void add(const QString &databasePath);
    static void remove(const QString &databasePath);

    // Whether path is an open database or one of SQLite's files beside it.
    static bool contains(const QString &path);

    // Empty when path may be read; otherwise why it may not, for the user.
    static QString refusalToRead(const QString &path);
};

} // namespace citylab
