// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace citylab {

// The most recently opened database files, newest first, kept in QSettings.
class RecentDatabases
{
public:
    static constexpr int maximum = 8;

    static QStringList list();          // only files that still exist
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace citylab
