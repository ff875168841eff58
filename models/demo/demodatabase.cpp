// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "store/store.h"
#include "store/storefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>


namespace citylab {

namespace {

// A store about to be replaced must have no write-ahead log left: SQLite would read the old
// file's log into the new file. Opening and closing it folds the log back in, unless
// another program still has it open: then it must not be replaced at all.
bool settleOldStore(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path) || !StoreFiles::hasSidecars(path))
        return true;
    {
        Store old;
        if (!old.open(path, Store::OpenMode::Inspect)) {
            // Not a store SQLite can read (damaged, foreign): its log is worth nothing to
            // anyone, and must not be read into the new file.
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            return true;
        }
        old.record(QStringLiteral("experiments"), 0);
    }
    if (!StoreFiles::hasSidecars(path))
        return true;
    *error = DemoDatabase::tr("%1 is open in another CityLab window or program: close it there before replacing it. "
                              "It was left unchanged.").arg(path);
    return false;
}

} // namespace

bool DemoDatabase::create(const QString &path, const DemoGenerator::Options &options, bool replace, QString *error,
                          const std::function<bool(int)> &progress)
{
    if (QFileInfo::exists(path) && !replace) {
        *error = tr("%1 already exists; pass --force to replace it.").arg(path);
        return false;
    }
    const QString partial = path + QStringLiteral(".partial");
    StoreFiles::removeWithSidecars(partial);
    {
        Store store;
        store.setUserName(QStringLiteral("demo"));
        if (!store.open(partial)) {
            *error = store.errorString();
            return false;
        }
        DemoGenerator generator(store, options);
        if (!generator.generate(progress)) {
            *error = tr("Cannot write the demo data to %1: %2").arg(path, store.errorString());
            store.close();
            StoreFiles::removeWithSidecars(partial);
            return false;
        }
    } // closing the last connection folds the WAL back into the file
    if (!settleOldStore(path, error)) {
        StoreFiles::removeWithSidecars(partial);
        return false;
    }
    // rename(2) replaces the old file in one step: killed at any moment, the folder holds
    // either the old store or the new one, never neither.
    QString reason;
    if (!StoreFiles::replace(partial, path, &reason)) {
        *error = tr("Cannot move the new database to %1: %2. The old file was left unchanged.").arg(path, reason);
        StoreFiles::removeWithSidecars(partial);
        return false;
    }
    return true;
}

} // namespace citylab
