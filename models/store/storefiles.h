// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

// A store's file with the ones SQLite keeps beside it (-wal, -shm, -journal), handled as a
// whole when a store is written beside its place and moved into it.
class StoreFiles
{
public:
    static void removeWithSidecars(const QString &path);
    static bool hasSidecars(const QString &path);   // a -wal or -shm
    // rename(2) over `to` in one step, then the folder is synced so that the move survives
    // a power cut. False with the system's reason in *reason.
    static bool replace(const QString &from, const QString &to, QString *reason);
};

} // namespace citylab
