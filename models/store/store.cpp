// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "migrations.h"
#include "opendatabases.h"
#include "sqlerrortext.h"
#include "sqliteerrorlog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>

namespace citylab {

namespace {

bool isInternalName(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_")) || name.startsWith(QLatin1String("search_index"))
        || name.startsWith(QLatin1String("zone_bounds"));
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("citylab-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_db(std::make_unique<QSqlDatabase>())
{
    SqliteErrorLog::install();
    m_user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("citylab")));
    connect(&m_dataVersionTimer, &QTimer::timeout, this, &Store::pollDataVersion);
}

Store::~Store()
{
    close();
}

bool Store::isOpen() const
{
    return m_db->isOpen();
}

void Store::setReadOnlyReason(const QString &reason)
{
    const bool was = isReadOnly();
    m_readOnlyReason = reason;
    if (was != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

QSqlDatabase Store::database() const
{
    return *m_db;
}

QString Store::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString Store::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Store::fail(const QString &message, const QString &table, const QString &field)
{
    m_error = {table, field, message};
    return false;
}

// Reads the file header before SQLite touches the file, so that a foreign or damaged file
// is refused without being changed in any way.
bool Store::checkFileBeforeOpening(const QString &path, bool *creating)
{
    const QFileInfo info(path);
    *creating = !info.exists();
    if (*creating) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return fail(tr("Cannot create %1: the folder %2 does not exist.").arg(path, folder.filePath()));
        if (!folder.isWritable())
            return fail(tr("Cannot create %1: the folder %2 is read-only.").arg(path, folder.filePath()));
        return true;
    }
    if (info.isDir())
        return fail(tr("%1 is a folder, not a CityLab database.").arg(path));
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return fail(tr("%1 is on a read-only disk or folder: CityLab needs to write beside its "
                       "database. Copy it to a writable folder and open the copy.").arg(path));
    // Already open in this process: its header was checked then, and opening the file here
    // and closing it would drop every lock SQLite holds on it. The application id is checked
    // through SQLite instead once the connection is open.
    if (OpenDatabases::contains(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return fail(tr("%1 is not a CityLab database: it is not an SQLite file (empty, damaged or "
                       "of another kind). It was left unchanged.").arg(path));
    const quint32 id = qFromBigEndian<quint32>(header.constData() + 68);
    if (id != applicationId)
        return fail(tr("%1 is not a CityLab database: it is an SQLite database of another "
                       "application. It was left unchanged.").arg(path));
    return true;
}

bool Store::configureConnection(bool creating, OpenMode mode)
{
    QSqlQuery query(*m_db);
    const auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        if (SqlErrorText::isDamage(query.lastError()))
            return fail(SqlErrorText::damagedStore(m_path, query.lastError().databaseText()));
        return fail(tr("Cannot use %1: %2.").arg(m_path, SqlErrorText::describe(query.lastError())));
    };
    // The first read fails here if the file is damaged beyond its header.
    if (!run(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return false;
    if (creating && !run(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return false;
    // Read again through SQLite: the header read before opening is skipped for a file this
    // process already has open.
    if (!run(QStringLiteral("PRAGMA application_id")) || !query.next())
        return false;
    if (quint32(query.value(0).toLongLong()) != applicationId)
        return fail(tr("%1 is not a CityLab database: it is an SQLite database of another "
                       "application. It was left unchanged.").arg(m_path));
    query.finish();
    // Our own busy handler instead of busy_timeout: it waits as long as writeWaitLimit()
    // and says that it is waiting.
    sqlite3_busy_handler(sqliteHandle(), &Store::busyHandler, this);
    // A page cache of 64 MiB, not SQLite's 2 MiB: a year of one series at minute steps is
    // about 20 MiB of pages, read again each time a chart redraws (taken only as used).
    if (!run(QStringLiteral("PRAGMA cache_size = -65536")))
        return false;
    query.finish();
    if (mode == OpenMode::Inspect) // switching the journal mode would rewrite the header
        return true;
    if (!run(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString() != QLatin1String("wal"))
        return fail(tr("Cannot use %1: its journal cannot be switched to WAL mode.").arg(m_path));
    // User edits are small: pay for full durability (DESIGN.md, Durability).
    query.finish();
    // Deleted and overwritten values are zeroed, not left in free space (erasure of personal
    // data relies on it): Debian's SQLite does so by default, other builds may not.
    return run(QStringLiteral("PRAGMA foreign_keys = ON")) && run(QStringLiteral("PRAGMA synchronous = FULL"))
        && run(QStringLiteral("PRAGMA secure_delete = ON"));
}

bool Store::open(const QString &path, OpenMode mode)
{
    close();
    m_error = {};
    bool creating = false;
    if (!checkFileBeforeOpening(path, &creating))
        return false;
    if (creating && mode != OpenMode::CreateIfMissing)
        return fail(tr("%1 does not exist.").arg(path));

    m_path = path;
    *m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db->setDatabaseName(path);
    const auto abandon = [&] {
        const StoreError error = m_error;
        close();
        if (creating) // leave nothing behind of a file that was never a database
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        m_error = error;
        return false;
    };
    if (!m_db->open()) {
        fail(tr("Cannot open %1: %2.").arg(path, SqlErrorText::describe(m_db->lastError())));
        return abandon();
    }
    OpenDatabases::add(path);
    m_registered = true;
    m_corruptionReportsSeen = SqliteErrorLog::corruptionReports();
    m_damaged = false;
    m_damageAnnounced = false;
    if (!configureConnection(creating, mode))
        return abandon();

    const int version = schemaVersion();
    const int latest = Migrations::latestVersion();
    if (version > latest) {
        fail(tr("%1 was made by a newer CityLab (schema version %2; this one knows up to %3). "
                "It was left unchanged.").arg(path).arg(version).arg(latest));
        return abandon();
    }
    if (version < latest && mode != OpenMode::Inspect) {
        if (version > 0) {
            // A copy of the old file before the upgrade: no data is lost if a step goes wrong.
            const QString backup = path + QStringLiteral(".schema-v%1.bak").arg(version);
            QFile::remove(backup);
            QSqlQuery vacuum(*m_db);
            if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(backup).replace(u'\'', QStringLiteral("''"))))) {
                fail(tr("Cannot back up %1 before upgrading it: %2. It was left unchanged.")
                         .arg(path, SqlErrorText::describe(vacuum.lastError())));
                return abandon();
            }
        }
        QString error;
        if (!Migrations::migrate(sqliteHandle(), version, latest, &error)) {
            fail(tr("%1: %2").arg(path, error));
            return abandon();
        }
    }
    if (!loadColumns())
        return abandon();
    rememberLogPosition();
    m_dataVersion = -1;
    pollDataVersion();
    return true;
}

void Store::close()
{
    m_dataVersionTimer.stop();
    if (m_db->isValid()) {
        m_db->close();
        *m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_registered) {
        OpenDatabases::remove(m_path);
        m_registered = false;
    }
    m_columns.clear();
    m_requiredColumns.clear();
    m_transactionDepth = 0;
    m_pending = {};
    m_ownLogIds.clear();
}

int Store::schemaVersion() const
{
    QSqlQuery query(*m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

sqlite3 *Store::sqliteHandle() const
{
    return sqliteHandleOf(*m_db);
}

sqlite3 *Store::sqliteHandleOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool Store::loadColumns()
{
    QSqlQuery tables(*m_db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        return fail(tr("Cannot read the tables of %1: %2.").arg(m_path, SqlErrorText::describe(tables.lastError())));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (isInternalName(table))
            continue;
        QSqlQuery info(*m_db);
        if (!info.exec(QStringLiteral("SELECT name, \"notnull\", dflt_value, pk FROM pragma_table_info('%1')").arg(table)))
            return fail(tr("Cannot read the tables of %1: %2.").arg(m_path, SqlErrorText::describe(info.lastError())));
        QStringList names;
        QSet<QString> required;
        while (info.next()) {
            const QString column = info.value(0).toString();
            names << column;
            if (info.value(1).toBool() && info.value(2).isNull() && !info.value(3).toBool())
                required.insert(column);
        }
        if (info.lastError().isValid())
            return fail(tr("Cannot read the tables of %1: %2.").arg(m_path, SqlErrorText::describe(info.lastError())));
        m_columns.insert(table, names);
        m_requiredColumns.insert(table, required);
    }
    if (tables.lastError().isValid())
        return fail(tr("Cannot read the tables of %1: %2.").arg(m_path, SqlErrorText::describe(tables.lastError())));
    return true;
}

QVariantMap Store::record(const QString &table, qint64 id) const
{
    QVariantMap map;
    if (!m_columns.contains(table))
        return map;
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        const QSqlRecord rec = query.record();
        for (int i = 0; i < rec.count(); ++i)
            map.insert(rec.fieldName(i), query.value(i));
    } else if (query.lastError().isValid()) {
        m_error = {table, {}, tr("Cannot read %1 from %2: %3.").arg(table, m_path, SqlErrorText::describe(query.lastError()))};
    }
    return map;
}

bool Store::transact(const std::function<bool()> &work)
{
    if (!isOpen())
        return fail(tr("No database is open."));
    const QString savepoint = QStringLiteral("citylab_%1").arg(m_transactionDepth);
    QSqlQuery query(*m_db);
    // The outermost level takes the write lock at once, so that a busy database is
    // reported before any work is done rather than at commit.
    const bool outermost = m_transactionDepth == 0;
    if (outermost && isDamaged())
        return fail(damageMessage());
    if (outermost)
        warnAboutOpenReads();
    if (!query.exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint)) {
        if (SqlErrorText::isDamage(query.lastError()))
            return fail(SqlErrorText::damagedStore(m_path, query.lastError().databaseText()));
        return fail(tr("Cannot write to %1: %2.").arg(m_path, SqlErrorText::describe(query.lastError())));
    }
    ++m_transactionDepth;
    if (outermost)
        m_error = {};
    const bool ok = work();
    --m_transactionDepth;
    if (!ok) {
        const StoreError error = m_error;
        if (outermost) {
            query.exec(QStringLiteral("ROLLBACK"));
            m_pending = {};
            m_ownLogIds.clear();
        } else {
            query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            query.exec(QStringLiteral("RELEASE ") + savepoint);
        }
        m_error = error;
        return false;
    }
    if (!query.exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint)) {
        const QSqlError error = query.lastError();
        if (outermost) {
            query.exec(QStringLiteral("ROLLBACK"));
            m_pending = {};
            m_ownLogIds.clear();
        }
        if (SqlErrorText::isDamage(error))
            return fail(SqlErrorText::damagedStore(m_path, error.databaseText()));
        return fail(tr("Cannot save to %1: %2. Nothing of this change was saved.").arg(m_path, SqlErrorText::describe(error)));
    }
    if (outermost && !m_pending.isEmpty()) {
        ChangeSet changes = m_pending;
        m_pending = {};
        // Other programs' commits made before ours are announced first; ours is skipped
        // there by its change_log ids.
        pollDataVersion();
        changes.origin = ChangeSet::Origin::Local;
        announce(changes);
    }
    return true;
}

bool Store::isDamaged() const
{
    if (m_damaged || !isOpen())
        return m_damaged;
    if (SqliteErrorLog::corruptionReports() == m_corruptionReportsSeen)
        return false;
    // SQLite met a damaged page somewhere in this process: see whether it was this file.
    QSqlQuery check(*m_db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next()) {
        m_damaged = SqlErrorText::isDamage(check.lastError());
    } else if (check.value(0).toString() != QLatin1String("ok")) {
        m_damaged = true;
    }
    check.finish();
    m_corruptionReportsSeen = SqliteErrorLog::corruptionReports();
    return m_damaged;
}

// SQLite's own words for the damage ("Tree 42 page 42: btreeInitPage() returns error code
// 11") are for `citylab check`, not for the user's message.
QString Store::damageMessage() const
{
    return m_damaged ? SqlErrorText::damagedStore(m_path) : QString();
}

int Store::busyHandler(void *store, int attempt)
{
    auto *self = static_cast<Store *>(store);
    if (attempt == 0) {
        self->m_busyTimer.start();
        self->m_announcedWaiting = false;
    }
    const qint64 waited = self->m_busyTimer.elapsed();
    if (waited >= self->m_writeWaitLimitMs)
        return 0;
    if (waited >= 1000 && !self->m_announcedWaiting) {
        self->m_announcedWaiting = true;
        emit self->waitingForWriter();
    }
    // Short sleeps first: most writers (one edit) are done within milliseconds.
    sqlite3_sleep(attempt < 10 ? 1 : attempt < 40 ? 5 : 20);
    return 1;
}

// A statement that has not run to its end holds a read transaction, and SQLite refuses to
// upgrade it to a write without waiting when another program is writing (DESIGN.md): the
// second writer would fail at once with "database is locked". Reads must be finished
// (QSqlQuery::finish(), or the query gone) before a write begins; say where one was not.
void Store::warnAboutOpenReads() const
{
    sqlite3 *db = sqliteHandle();
    if (!db)
        return;
    for (sqlite3_stmt *statement = sqlite3_next_stmt(db, nullptr); statement; statement = sqlite3_next_stmt(db, statement))
        if (sqlite3_stmt_busy(statement))
            qCritical("CityLab: a read was still open when a write began: %s", sqlite3_sql(statement));
}

} // namespace citylab
