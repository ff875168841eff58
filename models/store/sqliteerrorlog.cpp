// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteerrorlog.h"

#include <QMutex>
#include <QtGlobal>

#include <atomic>
#include <mutex>

#include <sqlite3.h>

namespace citylab {

namespace {

std::atomic<quint64> corruptions{0};
QMutex messageMutex;
QString lastMessage;

void logCallback(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    {
        const QMutexLocker lock(&messageMutex);
        lastMessage = QString::fromUtf8(message);
    }
    ++corruptions;
}

} // namespace

void SqliteErrorLog::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE when something opened a database before the first Store did: the
        // queries' own error checks are then the only guard.
        if (sqlite3_config(SQLITE_CONFIG_LOG, logCallback, nullptr) != SQLITE_OK)
            qWarning("CityLab: SQLite was started before the first store opened; its error log is not watched");
    });
}

quint64 SqliteErrorLog::corruptionReports()
{
    return corruptions.load();
}

QString SqliteErrorLog::lastCorruptionMessage()
{
    const QMutexLocker lock(&messageMutex);
    return lastMessage;
}

} // namespace citylab
