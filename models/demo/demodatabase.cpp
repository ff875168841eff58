// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace citylab {

namespace {

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
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
    removeWithSidecars(partial);
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
            removeWithSidecars(partial);
            return false;
        }
    } // closing the last connection folds the WAL back into the file
    removeWithSidecars(path);
    if (!QFile::rename(partial, path)) {
        *error = tr("Cannot move the new database to %1.").arg(path);
        removeWithSidecars(partial);
        return false;
    }
    return true;
}

} // namespace citylab
