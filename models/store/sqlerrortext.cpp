// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerrortext.h"

#include <QDir>
#include <QSqlError>

#include <sqlite3.h>

namespace citylab {

namespace {

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

} // namespace

QString SqlErrorText::describe(const QSqlError &error)
{
    QString message = error.databaseText();
    if (message.isEmpty())
        message = error.driverText();
    return describe(primaryCode(error), message);
}

QString SqlErrorText::describe(int sqliteCode, const QString &sqliteMessage)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return tr("the disk is full: free some space and try again");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the file is damaged (%1)").arg(sqliteMessage);
    case SQLITE_IOERR:
        return tr("the disk could not be read or written (%1): it may be failing, removed or full").arg(sqliteMessage);
    case SQLITE_READONLY:
        return tr("the file or its folder is read-only");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program has been writing to this file for too long; try again when it is done");
    case SQLITE_CANTOPEN:
        return tr("the file cannot be opened (it was moved, or its folder cannot be written)");
    case SQLITE_NOMEM:
        return tr("there is not enough memory");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("permission denied");
    default:
        return sqliteMessage;
    }
}

bool SqlErrorText::isDamage(const QSqlError &error)
{
    return isDamage(primaryCode(error));
}

bool SqlErrorText::isDamage(int sqliteCode)
{
    return (sqliteCode & 0xff) == SQLITE_CORRUPT || (sqliteCode & 0xff) == SQLITE_NOTADB;
}

QString SqlErrorText::damagedStore(const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    if (detail.isEmpty())
        return tr("%1 is damaged. Nothing was written to it and it was left as it is. Run 'citylab check --db %1' "
                  "to see what is wrong, then restore a backup (File → Restore from Backup…, or citylab restore).")
            .arg(file);
    return tr("%1 is damaged (%2). Nothing was written to it and it was left as it is. Run 'citylab check --db %1' "
              "to see what is wrong, then restore a backup (File → Restore from Backup…, or citylab restore).")
        .arg(file, detail);
}

} // namespace citylab
