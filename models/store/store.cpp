// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "migrations.h"
#include "opendatabases.h"
#include "sqlerrortext.h"
#include "sqliteerrorlog.h"
#include "domain/fieldlabels.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

// Tables the generic write API refuses: they are written by the Store itself or by triggers.
const QSet<QString> internalTables = {
    QStringLiteral("change_log"), QStringLiteral("measurements"), QStringLiteral("sync_state"),
};

bool isInternalName(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_")) || name.startsWith(QLatin1String("search_index"))
        || name.startsWith(QLatin1String("zone_bounds"));
}

// Values as they go into the change log: blobs are summarised, not copied.
QJsonObject toJson(const QVariantMap &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QByteArray)
            object.insert(it.key(), QStringLiteral("<%1 bytes>").arg(it.value().toByteArray().size()));
        else if (it.value().isNull())   // SQL NULL (fromVariant would write 0 or "")
            object.insert(it.key(), QJsonValue::Null);
        else
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return object;
}

QString jsonText(const QVariantMap &map)
{
    if (map.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(toJson(map)).toJson(QJsonDocument::Compact));
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
    const QVariant handle = m_db->driver() ? m_db->driver()->handle() : QVariant();
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

bool Store::checkWritable(const QString &table, const QVariantMap &values, bool inserting)
{
    m_error = {};
    if (!isOpen())
        return fail(tr("No database is open."));
    if (!m_columns.contains(table) || internalTables.contains(table))
        return fail(tr("Unknown table %1.").arg(table), table);
    if (!m_readOnlyReason.isEmpty() && table != QLatin1String("settings"))
        return fail(m_readOnlyReason, table);
    const QStringList &known = m_columns[table];
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("Unknown field %1 in %2.").arg(it.key(), table), table, it.key());
        if (it.key() == QLatin1String("id"))
            return fail(tr("The id of a record cannot be set."), table, it.key());
    }
    for (const QString &column : m_requiredColumns[table]) {
        const bool given = values.contains(column);
        if (!inserting && !given)
            continue;
        const QVariant value = values.value(column);
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())) {
            if (!given && inserting && (column == QLatin1String("uuid") || column.endsWith(QLatin1String("_at"))))
                continue; // filled in by insert()
            return fail(tr("%1 is required.").arg(FieldLabels::label(column)), table, column);
        }
    }
    return true;
}

// Turns SQLite's constraint messages into ones that name the field.
bool Store::failFromSql(const QString &table, const QSqlError &error)
{
    const QString sqlError = error.databaseText();
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: \\w+\\.(\\w+)"));
    static const QRegularExpression check(QStringLiteral("CHECK constraint failed: (.*?)( \\(|$)"));
    if (const auto match = unique.match(sqlError); match.hasMatch()) {
        const QString field = match.captured(1);
        return fail(tr("%1: this value is already used by another record.").arg(FieldLabels::label(field)), table, field);
    }
    if (sqlError.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return fail(tr("The record refers to a record that does not exist, or is still referred to "
                       "by other records."), table);
    if (const auto match = check.match(sqlError); match.hasMatch()) {
        static const QRegularExpression word(QStringLiteral("[a-z_]+"));
        QString field;
        for (auto it = word.globalMatch(match.captured(1)); it.hasNext();) {
            const QString candidate = it.next().captured(0);
            if (m_columns.value(table).contains(candidate)) {
                field = candidate;
                break;
            }
        }
        // "trim(x) <> ''" checks are how the schema says "required"
        if (match.captured(1).startsWith(QLatin1String("trim(")))
            return fail(tr("%1 is required.").arg(FieldLabels::label(field)), table, field);
        return fail(tr("%1: this value is not allowed.").arg(field.isEmpty() ? table : FieldLabels::label(field)), table, field);
    }
    // the rules the schema's triggers keep (0008), said in the user's language
    static const char *const rules[] = {
        QT_TR_NOOP("A condition comes from an agreement or request of its own experiment."),
        QT_TR_NOOP("A score is given by a member of the proposal's call, on one of its criteria."),
        QT_TR_NOOP("An admissibility check is on an item of the proposal's call."),
        QT_TR_NOOP("A conflict of interest is declared by a member of the proposal's call."),
        QT_TR_NOOP("The proposal was checked or scored under its call: it keeps that call."),
    };
    for (const char *rule : rules)
        if (sqlError == QLatin1String(rule))
            return fail(tr(rule), table);
    if (SqlErrorText::isDamage(error))
        return fail(SqlErrorText::damagedStore(m_path, sqlError), table);
    return fail(tr("Cannot save to %1: %2.").arg(m_path, SqlErrorText::describe(error)), table);
}

bool Store::writeChangeLog(const QString &table, const QString &rowUuid, const QString &action,
                           const QVariantMap &before, const QVariantMap &after)
{
    QSqlQuery query(*m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO change_log (uuid, at, who, table_name, row_uuid, action, before_json, after_json,"
        " created_at, updated_at, server_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowUtc();
    const bool fromServer = m_changeSource.serverSeq > 0;
    for (const QVariant &value : {QVariant(newUuid()), QVariant(now), QVariant(fromServer ? m_changeSource.who : m_user),
                                  QVariant(table), QVariant(rowUuid), QVariant(action), QVariant(jsonText(before)),
                                  QVariant(jsonText(after)), QVariant(now), QVariant(now),
                                  fromServer ? QVariant(m_changeSource.serverSeq) : QVariant(QMetaType(QMetaType::LongLong))})
        query.addBindValue(value);
    if (!query.exec())
        return failFromSql(table, query.lastError());
    m_ownLogIds.insert(query.lastInsertId().toLongLong());
    return true;
}

void Store::markChanged(const QString &table, const QString &action, qint64 id, const QString &uuid)
{
    ChangeSet::TableChanges &changes = m_pending.tables[table];
    if (action == QLatin1String("insert"))
        changes.inserted.insert(id);
    else if (action == QLatin1String("update") && !changes.inserted.contains(id))
        changes.updated.insert(id);
    else if (action == QLatin1String("delete")) {
        changes.inserted.remove(id);
        changes.updated.remove(id);
        changes.deleted.insert(id);
    }
    if (!uuid.isEmpty())
        changes.uuids.insert(uuid);
}

qint64 Store::insert(const QString &table, QVariantMap values)
{
    if (!checkWritable(table, values, true))
        return -1;
    const QString now = nowUtc();
    const QStringList &known = m_columns[table];
    if (known.contains(QLatin1String("uuid")) && !values.contains(QStringLiteral("uuid")))
        values.insert(QStringLiteral("uuid"), newUuid());
    for (const QString &stamp : {QStringLiteral("created_at"), QStringLiteral("updated_at")})
        if (known.contains(stamp) && !values.contains(stamp))
            values.insert(stamp, now);

    qint64 id = -1;
    const bool ok = transact([&] {
        QSqlQuery query(*m_db);
        QStringList marks(values.size(), QStringLiteral("?"));
        QStringList names;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            names << QLatin1Char('"') + it.key() + QLatin1Char('"');
        query.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                          .arg(table, names.join(u','), marks.join(u',')));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec())
            return failFromSql(table, query.lastError());
        id = query.lastInsertId().toLongLong();
        // The row as stored, defaults and id included: what the audit shows, and what team
        // sync sends (the id tells which record a later entry's reference meant).
        QVariantMap after = record(table, id);
        if (after.isEmpty())
            return fail(tr("The new record could not be read back."), table);
        after.remove(QStringLiteral("created_at"));
        after.remove(QStringLiteral("updated_at"));
        if (!writeChangeLog(table, values.value(QStringLiteral("uuid")).toString(),
                            QStringLiteral("insert"), {}, after))
            return false;
        markChanged(table, QStringLiteral("insert"), id, values.value(QStringLiteral("uuid")).toString());
        return true;
    });
    return ok ? id : -1;
}

bool Store::readExisting(const QString &table, qint64 id, QVariantMap *current)
{
    *current = record(table, id);
    if (current->isEmpty() && !m_error.message.isEmpty())
        return false;
    if (current->isEmpty())
        return fail(tr("The record no longer exists (it may have been deleted meanwhile)."), table);
    return true;
}

bool Store::writeFields(const QString &table, qint64 id, QVariantMap values)
{
    if (m_columns[table].contains(QLatin1String("updated_at")))
        values.insert(QStringLiteral("updated_at"), nowUtc());
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        assignments << QLatin1Char('"') + it.key() + QStringLiteral("\" = ?");
    QSqlQuery query(*m_db);
    query.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?").arg(table, assignments.join(u',')));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(id);
    return query.exec() || failFromSql(table, query.lastError());
}

bool Store::update(const QString &table, qint64 id, const QVariantMap &values)
{
    if (!checkWritable(table, values, false))
        return false;
    if (values.contains(QStringLiteral("uuid")))
        return fail(tr("The uuid of a record cannot change."), table, QStringLiteral("uuid"));
    return transact([&] {
        QVariantMap current;
        if (!readExisting(table, id, &current))
            return false;
        QVariantMap before, after;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QVariant old = current.value(it.key());
            if (old == it.value() && old.isNull() == it.value().isNull())
                continue;
            before.insert(it.key(), old);
            after.insert(it.key(), it.value());
        }
        if (after.isEmpty())
            return true; // nothing changed: nothing to write or log
        if (!writeFields(table, id, after))
            return false;
        if (!writeChangeLog(table, current.value(QStringLiteral("uuid")).toString(),
                            QStringLiteral("update"), before, after))
            return false;
        markChanged(table, QStringLiteral("update"), id, current.value(QStringLiteral("uuid")).toString());
        return true;
    });
}

bool Store::erase(const QString &table, qint64 id, const QVariantMap &values)
{
    if (!checkWritable(table, values, false))
        return false;
    if (values.contains(QStringLiteral("uuid")) || values.contains(QStringLiteral("id")))
        return fail(tr("The uuid of a record cannot change."), table, QStringLiteral("uuid"));
    return transact([&] {
        QVariantMap current;
        if (!readExisting(table, id, &current))
            return false;
        const QString uuid = current.value(QStringLiteral("uuid")).toString();
        if (!writeFields(table, id, values))
            return false;
        QStringList paths;
        for (const QString &field : values.keys())
            paths << QStringLiteral("'$.\"%1\"'").arg(field);
        QSqlQuery query(*m_db);
        // the history of the record keeps what was done, not the values it had
        const QString removed = paths.join(u',');
        query.prepare(QStringLiteral("UPDATE change_log SET before_json = json_remove(before_json, %1), "
                                     "after_json = json_remove(after_json, %1) WHERE table_name = ? AND row_uuid = ?")
                          .arg(removed));
        query.addBindValue(table);
        query.addBindValue(uuid);
        if (!query.exec())
            return failFromSql(QStringLiteral("change_log"), query.lastError());
        if (!writeChangeLog(table, uuid, QStringLiteral("erase"), {}, {{QStringLiteral("erased"), QStringList(values.keys())}}))
            return false;
        markChanged(table, QStringLiteral("update"), id, uuid);
        return true;
    });
}

bool Store::forgetInHistory(const QStringList &texts, const QString &replacement)
{
    return transact([&] {
        QSqlQuery query(*m_db);
        query.prepare(QStringLiteral("UPDATE change_log SET before_json = replace(before_json, :text, :replacement), "
                                     "after_json = replace(after_json, :text, :replacement) "
                                     "WHERE instr(before_json, :text) > 0 OR instr(after_json, :text) > 0"));
        for (const QString &text : texts) {
            if (text.isEmpty())
                continue;
            // as the log writes it: a JSON string without its quotes
            QString json = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
            json = json.mid(2, json.size() - 4);
            query.bindValue(QStringLiteral(":text"), json);
            query.bindValue(QStringLiteral(":replacement"), replacement);
            if (!query.exec())
                return failFromSql(QStringLiteral("change_log"), query.lastError());
        }
        return true;
    });
}

bool Store::compact()
{
    if (!isOpen())
        return fail(tr("No database is open."));
    if (m_transactionDepth > 0)
        return fail(tr("The file cannot be compacted while a change is being written."));
    QSqlQuery query(*m_db);
    QStringList fullText;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%USING fts5%'")))
        return failFromSql({}, query.lastError());
    while (query.next())
        fullText << query.value(0).toString();
    for (const QString &table : std::as_const(fullText))
        if (!query.exec(QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('optimize')").arg(table)))
            return failFromSql(table, query.lastError());
    if (!query.exec(QStringLiteral("VACUUM")))
        return fail(tr("Cannot compact %1: %2.").arg(m_path, SqlErrorText::describe(query.lastError())));
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail(tr("Cannot compact %1: %2.").arg(m_path, SqlErrorText::describe(query.lastError())));
    // a reader elsewhere can keep the log from being emptied: then the old pages stay in it
    if (query.next() && query.value(0).toInt() != 0)
        return fail(tr("Another program is reading %1: close it and try again to finish removing the erased values.").arg(m_path));
    return true;
}

bool Store::remove(const QString &table, qint64 id)
{
    if (!checkWritable(table, {}, false))
        return false;
    return transact([&] {
        QVariantMap before;
        if (!readExisting(table, id, &before))
            return false;
        QSqlQuery query(*m_db);
        query.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(table));
        query.addBindValue(id);
        if (!query.exec())
            return failFromSql(table, query.lastError());
        const QString uuid = before.take(QStringLiteral("uuid")).toString();
        if (!writeChangeLog(table, uuid, QStringLiteral("delete"), before, {}))
            return false;
        markChanged(table, QStringLiteral("delete"), id, uuid);
        return true;
    });
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

bool Store::logImport(const QString &table, int rowCount, const QString &source, const QVariantMap &details)
{
    QVariantMap entry = details;
    entry.insert(QStringLiteral("rows"), rowCount);
    entry.insert(QStringLiteral("source"), source);
    const bool ok = writeChangeLog(table, {}, QStringLiteral("import"), {}, entry);
    if (ok)
        m_pending.tables[table].imports << entry;
    return ok;
}

void Store::announce(const ChangeSet &changes)
{
    emit changed(changes);
    emit recordsChanged(changes.everything ? QStringList() : changes.tableNames());
}

void Store::rememberLogPosition()
{
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, uuid FROM change_log ORDER BY id DESC LIMIT 1")) && query.next()) {
        m_lastLogId = query.value(0).toLongLong();
        m_lastLogUuid = query.value(1).toString();
    } else {
        m_lastLogId = 0;
        m_lastLogUuid.clear();
    }
    m_ownLogIds.clear();
}

// The change_log entries written by other connections since the last look. Rows inserted
// or updated are found again by uuid for their ids; a file replaced as a whole (its entry
// at the last position is another one, or gone) changes everything.
ChangeSet Store::readExternalChanges()
{
    ChangeSet changes;
    changes.origin = ChangeSet::Origin::External;
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    if (m_lastLogId > 0) {
        query.prepare(QStringLiteral("SELECT uuid FROM change_log WHERE id = ?"));
        query.addBindValue(m_lastLogId);
        if (!query.exec() || !query.next() || query.value(0).toString() != m_lastLogUuid) {
            changes.everything = true;
            query.finish();
            rememberLogPosition();
            return changes;
        }
    }
    query.prepare(QStringLiteral("SELECT id, uuid, table_name, row_uuid, action, after_json FROM change_log"
                                 " WHERE id > ? ORDER BY id LIMIT 20001"));
    query.addBindValue(m_lastLogId);
    struct Entry { qint64 id; QString table, rowUuid, action; QByteArray after; };
    QList<Entry> entries;
    QString lastUuid = m_lastLogUuid;
    qint64 lastId = m_lastLogId;
    if (query.exec()) {
        while (query.next()) {
            lastId = query.value(0).toLongLong();
            lastUuid = query.value(1).toString();
            if (!m_ownLogIds.contains(lastId))
                entries.append({lastId, query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                                query.value(5).toByteArray()});
        }
    }
    if (query.lastError().isValid() || entries.size() > 20000) {
        changes.everything = true;   // too much, or unreadable: every view reloads
        query.finish();
        rememberLogPosition();
        return changes;
    }
    query.finish();
    m_lastLogId = lastId;
    m_lastLogUuid = lastUuid;
    m_ownLogIds.clear();
    for (const Entry &entry : std::as_const(entries)) {
        ChangeSet::TableChanges &table = changes.tables[entry.table];
        if (entry.action == QLatin1String("import")) {
            table.imports << QJsonDocument::fromJson(entry.after).object().toVariantMap();
            continue;
        }
        table.uuids.insert(entry.rowUuid);
        if (entry.action == QLatin1String("delete"))
            continue;   // its id is gone with it; the uuid says which
        QSqlQuery row(*m_db);
        row.setForwardOnly(true);
        if (!m_columns.value(entry.table).contains(QLatin1String("uuid")))
            continue;
        row.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = ?").arg(entry.table));
        row.addBindValue(entry.rowUuid);
        if (row.exec() && row.next())
            (entry.action == QLatin1String("insert") ? table.inserted : table.updated).insert(row.value(0).toLongLong());
    }
    for (auto it = changes.tables.begin(); it != changes.tables.end(); ++it)
        it->updated -= it->inserted;
    return changes;
}

void Store::watchExternalChanges(int intervalMs)
{
    m_dataVersionTimer.start(intervalMs);
}

void Store::pollDataVersion()
{
    if (!isOpen())
        return;
    if (m_transactionDepth == 0 && !m_damageAnnounced && isDamaged()) {
        m_damageAnnounced = true;
        emit damageFound(damageMessage());
    }
    QSqlQuery query(*m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    const bool changedElsewhere = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (m_transactionDepth > 0)
        return;
    if (!changedElsewhere) {
        // Nobody else wrote since the last look: every entry after it is this store's own.
        if (!m_ownLogIds.isEmpty()) {
            const qint64 last = *std::max_element(m_ownLogIds.cbegin(), m_ownLogIds.cend());
            QSqlQuery entry(*m_db);
            entry.prepare(QStringLiteral("SELECT uuid FROM change_log WHERE id = ?"));
            entry.addBindValue(last);
            if (entry.exec() && entry.next()) {
                m_lastLogId = last;
                m_lastLogUuid = entry.value(0).toString();
                m_ownLogIds.clear();
            }
        }
        return;
    }
    const ChangeSet changes = readExternalChanges();
    if (!changes.isEmpty())
        announce(changes);
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
