// SPDX-License-Identifier: GPL-3.0-or-later
#include "opendatabases.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace citylab {

namespace {

QMutex mutex;
// Canonical path -> how many connections of this process have it open.
QHash<QString, int> &openCounts()
{
    static QHash<QString, int> counts;
    return counts;
}

// The same file whatever the path says (relative, through a symbolic link); a file that
// does not exist yet keeps its absolute path.
QString identity(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

void OpenDatabases::add(const QString &databasePath)
{
    const QMutexLocker lock(&mutex);
    ++openCounts()[identity(databasePath)];
}

void OpenDatabases::remove(const QString &databasePath)
{
    const QMutexLocker lock(&mutex);
    auto &counts = openCounts();
    const auto it = counts.find(identity(databasePath));
    if (it != counts.end() && --it.value() <= 0)
        counts.erase(it);
}

bool OpenDatabases::contains(const QString &path)
{
    const QString candidate = identity(path);
    const QMutexLocker lock(&mutex);
    for (auto it = openCounts().cbegin(); it != openCounts().cend(); ++it) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            if (candidate == it.key() + QLatin1String(suffix))
                return true;
    }
    return false;
}

QString OpenDatabases::refusalToRead(const QString &path)
{
    if (!contains(path))
        return {};
    return tr("%1 is the CityLab database open in this window (or one of SQLite's files beside it): it "
              "cannot be read as a document while it is open. Use File → Back Up Database… for a copy.")
        .arg(path);
}

} // namespace citylab
