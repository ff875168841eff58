// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace citylab {

namespace {

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

bool hasSidecars(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

// A store about to be replaced must have no write-ahead log left: SQLite would read the old
// file's log into the new file. Opening and closing it folds the log back in, unless
// another program still has it open: then it must not be replaced at all.
bool settleOldStore(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path) || !hasSidecars(path))
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
    if (!hasSidecars(path))
        return true;
    *error = DemoDatabase::tr("%1 is open in another CityLab window or program: close it there before replacing it. "
                              "It was left unchanged.").arg(path);
    return false;
}

// The rename itself must survive a power cut: the folder's entry is flushed too.
void syncFolder(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
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
    if (!settleOldStore(path, error)) {
        removeWithSidecars(partial);
        return false;
    }
    // rename(2) replaces the old file in one step: killed at any moment, the folder holds
    // either the old store or the new one, never neither.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = tr("Cannot move the new database to %1: %2. The old file was left unchanged.")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        removeWithSidecars(partial);
        return false;
    }
    syncFolder(path);
    return true;
}

} // namespace citylab
