// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace citylab {

class Store;

// Copies of a store made and read back through SQLite's online backup API, never by
// copying the file: a copy is consistent while other programs write, and the open
// store's locks are kept (DESIGN.md). A copy is checked before it is put in place.
class StoreBackup
{
    Q_DECLARE_TR_FUNCTIONS(citylab::StoreBackup)
public:
    enum class Check { Integrity, None };

    // Copies the CityLab store at `source` into `target` (written beside it and renamed
    // over it once checked). With Check::None a damaged store is copied as it is, to keep
    // it aside before it is replaced.
    static bool copy(const QString &source, const QString &target, QString *error, Check check = Check::Integrity);

    // Whether `path` is a healthy CityLab store: the schema version, or -1 with *error.
    static int verify(const QString &path, QString *error);

    // Replaces what the open `store` holds by the backup's content, in one write through
    // SQLite: other windows see it as any change. The current content is first copied to
    // `keptAs`. The caller reopens the store afterwards (an older backup is migrated then).
    static bool restoreInto(Store &store, const QString &backup, const QString &keptAs, QString *error);

    // Puts the backup in the place of a store SQLite cannot open any more: the damaged
    // file (with its -wal and -shm) is renamed to `keptAs`, never deleted.
    static bool replaceFile(const QString &path, const QString &backup, const QString &keptAs, QString *error);
};

} // namespace citylab
