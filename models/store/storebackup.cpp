// SPDX-License-Identifier: GPL-3.0-or-later
#include "storebackup.h"

#include "migrations.h"
#include "sqlerrortext.h"
#include "store.h"
#include "storefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

#include <sqlite3.h>

namespace citylab {

namespace {

struct CloseConnection
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

QString messageOf(sqlite3 *db, int code)
{
    return SqlErrorText::describe(code, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code)));
}

Connection openConnection(const QString &path, int flags, QString *error)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    Connection connection(db);
    if (rc != SQLITE_OK) {
        *error = StoreBackup::tr("Cannot open %1: %2.").arg(path, messageOf(db, rc));
        return {};
    }
    sqlite3_busy_timeout(db, 20000);
    return connection;
}

// The first value of a one-row statement, as text; empty with *error on failure.
QString scalar(sqlite3 *db, const char *sql, int *code)
{
    sqlite3_stmt *statement = nullptr;
    *code = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    QString value;
    if (*code == SQLITE_OK) {
        *code = sqlite3_step(statement);
        if (*code == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            *code = SQLITE_OK;
        }
    }
    sqlite3_finalize(statement);
    return value;
}

// The schema version of a CityLab store, or -1 with *error.
int citylabVersion(sqlite3 *db, const QString &path, QString *error)
{
    int code = SQLITE_OK;
    const QString id = scalar(db, "PRAGMA application_id", &code);
    if (code == SQLITE_NOTADB) {
        *error = StoreBackup::tr("%1 is not a CityLab database: it is not an SQLite file, or its first page is damaged.")
                     .arg(path);
        return -1;
    }
    if (code != SQLITE_OK) {
        *error = SqlErrorText::isDamage(code) ? SqlErrorText::damagedStore(path, QString::fromUtf8(sqlite3_errmsg(db)))
                                              : StoreBackup::tr("Cannot read %1: %2.").arg(path, messageOf(db, code));
        return -1;
    }
    if (quint32(id.toLongLong()) != Store::applicationId) {
        *error = StoreBackup::tr("%1 is not a CityLab database.").arg(path);
        return -1;
    }
    return scalar(db, "PRAGMA user_version", &code).toInt();
}

bool integrityOk(sqlite3 *db, const QString &path, QString *error)
{
    int code = SQLITE_OK;
    const QString result = scalar(db, "PRAGMA integrity_check(1)", &code);
    if (code == SQLITE_OK && result == QLatin1String("ok"))
        return true;
    *error = SqlErrorText::damagedStore(path, code == SQLITE_OK ? result : QString::fromUtf8(sqlite3_errmsg(db)));
    return false;
}

bool backupPages(sqlite3 *from, sqlite3 *to, const QString &fromPath, const QString &toPath, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = StoreBackup::tr("Cannot copy %1 to %2: %3.").arg(fromPath, toPath, messageOf(to, sqlite3_errcode(to)));
        return false;
    }
    int rc;
    // All pages in one step: one read of the source, so the copy is one moment of it.
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep(20);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = StoreBackup::tr("Cannot copy %1 to %2: %3.").arg(fromPath, toPath, messageOf(nullptr, rc));
        return false;
    }
    return true;
}

bool renameOver(const QString &from, const QString &to, QString *error)
{
    QString reason;
    if (StoreFiles::replace(from, to, &reason))
        return true;
    *error = StoreBackup::tr("Cannot move %1 to %2: %3.").arg(from, to, reason);
    return false;
}

} // namespace

bool StoreBackup::copy(const QString &source, const QString &target, QString *error, Check check)
{
    if (!QFileInfo::exists(source)) {
        *error = tr("%1 does not exist.").arg(source);
        return false;
    }
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath()) {
        *error = tr("A backup cannot be written over the database it copies (%1).").arg(target);
        return false;
    }
    const Connection from = openConnection(source, SQLITE_OPEN_READWRITE, error);
    if (!from || citylabVersion(from.get(), source, error) < 0)
        return false;
    const QString partial = target + QStringLiteral(".partial");
    StoreFiles::removeWithSidecars(partial);
    bool ok = false;
    {
        const Connection to = openConnection(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
        ok = to && backupPages(from.get(), to.get(), source, target, error);
        // The copy is read back whole: a damaged page of the source shows here, and a
        // damaged copy never takes the place of a good one.
        if (ok && check == Check::Integrity)
            ok = integrityOk(to.get(), source, error);
    } // closing folds the copy's log into it
    if (!ok || !renameOver(partial, target, error)) {
        StoreFiles::removeWithSidecars(partial);
        return false;
    }
    return true;
}

int StoreBackup::verify(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1 does not exist.").arg(path);
        return -1;
    }
    const Connection db = openConnection(path, SQLITE_OPEN_READONLY, error);
    if (!db)
        return -1;
    const int version = citylabVersion(db.get(), path, error);
    if (version < 0 || !integrityOk(db.get(), path, error))
        return -1;
    if (version > Migrations::latestVersion()) {
        *error = tr("%1 was made by a newer CityLab (schema version %2; this one knows up to %3).")
                     .arg(path).arg(version).arg(Migrations::latestVersion());
        return -1;
    }
    return version;
}

bool StoreBackup::restoreInto(Store &store, const QString &backup, const QString &keptAs, QString *error)
{
    if (verify(backup, error) < 0)
        return false;
    if (QFileInfo(backup).canonicalFilePath() == QFileInfo(store.path()).canonicalFilePath()) {
        *error = tr("%1 is the open database itself, not a backup of it.").arg(backup);
        return false;
    }
    if (QFileInfo(keptAs).absoluteFilePath() == QFileInfo(backup).absoluteFilePath()) {
        *error = tr("%1 cannot keep what it replaces in the backup it restores.").arg(store.path());
        return false;
    }
    // What is replaced stays at hand, damaged or not: a restore can itself be undone.
    if (!copy(store.path(), keptAs, error, Check::None))
        return false;
    const Connection from = openConnection(backup, SQLITE_OPEN_READONLY, error);
    return from && backupPages(from.get(), store.sqliteHandle(), backup, store.path(), error);
}

bool StoreBackup::replaceFile(const QString &path, const QString &backup, const QString &keptAs, QString *error)
{
    if (verify(backup, error) < 0)
        return false;
    // The log and shared memory go aside with the file: a program that still has it open
    // goes on writing into the kept file, and the new one starts with no stale log.
    if (QFileInfo::exists(path) && !renameOver(path, keptAs, error))
        return false;
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            renameOver(path + QLatin1String(suffix), keptAs + QLatin1String(suffix), error);
    if (copy(backup, path, error))
        return true;
    QString ignored;
    renameOver(keptAs, path, &ignored); // put the old file back rather than leave nothing
    return false;
}

} // namespace citylab
