// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsync.h"

#include "pgconnection.h"
#include "serverschema.h"
#include "syncstate.h"
#include "teamserveraddress.h"
#include "syncrecordcodec.h"
#include "privacy/personerasure.h"
#include "search/deferredsearchindex.h"
#include "store/bulkinsert.h"
#include "store/bulkwritesettings.h"
#include "store/sqlerrortext.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QStringList>
#include <QSysInfo>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace citylab {

namespace {

constexpr int changesPerCall = 20000;
constexpr qsizetype bytesPerCall = 32 * 1024 * 1024;

QJsonObject parseObject(const QVariant &text)
{
    return SyncRecordCodec::parseObject(text);
}

// A string as JSON writes it (quotes, backslashes and control characters escaped).
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[uchar(c) >> 4];
            out += "0123456789abcdef"[uchar(c) & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

QByteArray encoded(const QJsonObject &change)
{
    return QJsonDocument(change).toJson(QJsonDocument::Compact);
}

// A change uuid for a record sent because the file joined (or a bulk import): the same
// record sent again by the same replica gets the same uuid, so a repeated push applies nothing.
QString snapshotChangeUuid(const QString &replica, const QString &rowUuid)
{
    return QUuid::createUuidV5(QUuid(replica), rowUuid).toString(QUuid::WithoutBraces);
}

// What SQLite writes into each column an INSERT leaves out: its DEFAULT. A record written by
// an older CityLab lacks the columns added since; NULL there would break a NOT NULL column
// (follow_up_done) or differ from what the same record gets when typed in.
std::optional<QHash<QString, QVariant>> columnDefaults(const Store &store, const QString &table, QString *error)
{
    QSqlQuery info(store.database());
    QList<std::pair<QString, QString>> expressions;
    if (info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
        while (info.next())
            if (!info.value(4).isNull())
                expressions.append({info.value(1).toString(), info.value(4).toString()});
    if (StoreRead::failed(info, store, error))
        return std::nullopt;
    info.finish();
    QHash<QString, QVariant> defaults;
    for (const auto &[column, expression] : std::as_const(expressions)) {
        QSqlQuery value(store.database());
        if (!value.exec(QStringLiteral("SELECT ") + expression) || !value.next()) {
            StoreRead::failed(value, store, error);
            return std::nullopt;
        }
        defaults.insert(column, value.value(0));
    }
    return defaults;
}

} // namespace

QString SyncConflict::text(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The local changes made after the last push: what pull must not overwrite.
struct TeamSync::Pending
{
    QSet<QString> rows;      // table/uuid inserted or deleted here
    QSet<QString> fields;    // table/uuid/field changed here
};

TeamSync::TeamSync(Store &store, PgConnection &server)
    : m_store(store)
    , m_server(server)
    , m_codec(store)
    , m_transfer(store, server, m_codec)
{
}

QString TeamSync::state(const QString &key) const
{
    return SyncState::read(m_store, key);
}

bool TeamSync::setState(const QHash<QString, QString> &values)
{
    return m_store.transact([&] {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (!SyncState::write(m_store, it.key(), it.value()))
                return false;
        return true;
    });
}

QString TeamSync::joinedServer(const Store &store)
{
    return SyncState::read(store, QStringLiteral("server_id"));
}

std::optional<bool> TeamSync::mayEdit(PgConnection &server, QString *error)
{
    const std::optional<PgRows> role = server.query(QStringLiteral("SELECT pg_has_role(current_user, 'citylab_editor', 'MEMBER')"));
    if (!role || role->rows.isEmpty()) {
        *error = server.errorString();
        return std::nullopt;
    }
    return role->rows.first().value(0).toString() == QLatin1String("t");
}

void TeamSync::followRole(Store &store)
{
    if (SyncState::read(store, QStringLiteral("pg_role")) != QLatin1String("viewer")) {
        store.setReadOnlyReason({});
        return;
    }
    store.setReadOnlyReason(tr("You are a viewer on the team server %1: you can read the team's records but not change them.")
                                .arg(TeamServerAddress::load(store).description()));
}

std::optional<int> TeamSync::waitingChanges(const Store &store, QString *error)
{
    std::optional<SyncCatalog> catalog = SyncCatalog::read(store, error);
    if (!catalog)
        return std::nullopt;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT table_name, count(*) FROM change_log WHERE server_seq IS NULL AND id > "
                              "coalesce((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'pushed_log_id'), 0) "
                              "GROUP BY table_name"));
    int count = 0;
    while (query.next())
        if (catalog->isSynced(query.value(0).toString()))
            count += query.value(1).toInt();
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return count;
}

bool TeamSync::load(QString *error)
{
    if (!m_catalog) {
        m_catalog = SyncCatalog::read(m_store, error);
        if (!m_catalog)
            return false;
    }
    return ServerSchema::checkUsable(m_server, error);
}

std::optional<SyncOutcome> TeamSync::run(QString *error)
{
    std::optional<SyncOutcome> outcome = runOnce(error);
    // A server that went away mid-sync: say so in words, and that nothing is lost.
    if (!outcome && m_server.lastErrorIsConnection())
        *error = tr("The connection to the team server %1 was lost (%2). Nothing is lost: what was not sent stays waiting "
                    "in %3; sync again when the server is back.")
                     .arg(m_server.serverDescription(), error->trimmed(), m_store.path());
    return outcome;
}

std::optional<SyncOutcome> TeamSync::runOnce(QString *error)
{
    if (!load(error))
        return std::nullopt;
    SyncOutcome outcome;
    const std::optional<PgRows> server = m_server.query(QStringLiteral("SELECT server_id FROM citylab.schema_info"));
    if (!server || server->rows.isEmpty()) {
        *error = m_server.errorString();
        return std::nullopt;
    }
    const QString serverId = server->rows.first().value(0).toString();
    const QString joined = state(QStringLiteral("server_id"));
    if (joined.isEmpty()) {
        if (!join(outcome, error))
            return std::nullopt;
    } else if (joined != serverId) {
        *error = tr("%1 is joined to another team server (%2), not to %3.").arg(m_store.path(), joined, m_server.serverDescription());
        return std::nullopt;
    }
    m_replica = state(QStringLiteral("replica_id"));
    // Kept so that the file, opened offline, knows its user may not change records.
    const std::optional<bool> editor = mayEdit(m_server, error);
    if (!editor || !m_store.transact([&] { return SyncState::write(m_store, QStringLiteral("pg_role"),
                                                                   *editor ? QStringLiteral("editor") : QStringLiteral("viewer")); })) {
        if (editor)
            *error = m_store.errorString();
        return std::nullopt;
    }
    outcome.viewer = !*editor;
    if (!push(outcome, error) || !pull(outcome, error))
        return std::nullopt;
    const QString name = QSysInfo::machineHostName() + QLatin1Char(':') + QFileInfo(m_store.path()).fileName();
    if (!m_server.exec(QStringLiteral("SELECT citylab.register_replica($1, $2, $3)"), {m_replica, name, outcome.serverSeq})) {
        *error = m_server.errorString();
        return std::nullopt;
    }
    return outcome;
}

// A file joins empty (it takes everything on pull) or as the first to fill an empty server.
bool TeamSync::join(SyncOutcome &outcome, QString *error)
{
    const std::optional<PgRows> count = m_server.query(QStringLiteral("SELECT count(*) FROM citylab.records"));
    if (!count) {
        *error = m_server.errorString();
        return false;
    }
    const bool serverEmpty = count->rows.value(0).value(0).toLongLong() == 0;
    m_replica = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QSqlQuery lastLog(m_store.database());
    lastLog.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"));
    const qint64 lastLogId = lastLog.next() ? lastLog.value(0).toLongLong() : 0;
    if (StoreRead::failed(lastLog, m_store, error))
        return false;
    lastLog.finish();
    QList<QByteArray> snapshot;
    for (const SyncedTable &table : m_catalog->tables()) {
        const std::optional<QList<QJsonObject>> rows = m_codec.tableRows(table, error);
        if (!rows)
            return false;
        for (const QJsonObject &row : *rows) {
            QJsonObject after = row;
            const QString uuid = after.take(QStringLiteral("uuid")).toString();
            if (table.name == QLatin1String("measurement_batches"))
                m_transfer.noteBatch(uuid);
            if (!table.blobColumn.isEmpty())
                m_transfer.noteFile(after.value(QStringLiteral("sha256")).toString());
            snapshot << encoded(QJsonObject{{QStringLiteral("uuid"), snapshotChangeUuid(m_replica, uuid)},
                                            {QStringLiteral("table"), table.name},
                                            {QStringLiteral("row"), uuid},
                                            {QStringLiteral("action"), QStringLiteral("insert")},
                                            {QStringLiteral("after"), after},
                                            {QStringLiteral("who"), m_store.userName()}});
        }
    }
    if (!snapshot.isEmpty() && !serverEmpty) {
        *error = tr("%1 already holds records, and so does the team server: join from a new, empty file to take the "
                    "team's records (nothing was changed).").arg(m_store.path());
        return false;
    }
    if (!snapshot.isEmpty() && !sendToServer(snapshot, outcome, error))
        return false;
    const std::optional<PgRows> server = m_server.query(QStringLiteral("SELECT server_id FROM citylab.schema_info"));
    if (!server) {
        *error = m_server.errorString();
        return false;
    }
    if (!setState({{QStringLiteral("server_id"), server->rows.value(0).value(0).toString()},
                   {QStringLiteral("replica_id"), m_replica},
                   {QStringLiteral("pushed_log_id"), QString::number(lastLogId)},
                   {QStringLiteral("pulled_seq"), QStringLiteral("0")}})) {
        *error = m_store.errorString();
        return false;
    }
    outcome.joined = true;
    return true;
}

bool TeamSync::push(SyncOutcome &outcome, QString *error)
{
    const qint64 pushedLogId = state(QStringLiteral("pushed_log_id")).toLongLong();
    QSqlQuery log(m_store.database());
    log.setForwardOnly(true);
    log.prepare(QStringLiteral("SELECT id, uuid, at, who, table_name, row_uuid, action, before_json, after_json "
                               "FROM change_log WHERE id > ? AND server_seq IS NULL ORDER BY id"));
    log.addBindValue(pushedLogId);
    log.exec();
    QList<QByteArray> changes;
    qint64 lastId = pushedLogId;
    bool removes = false;   // deletions and erasures: the server may carry them further than asked
    while (log.next()) {
        lastId = log.value(0).toLongLong();
        const SyncedTable *table = m_catalog->table(log.value(4).toString());
        if (!table)
            continue;
        const QString action = log.value(6).toString();
        removes = removes || action == QLatin1String("delete") || action == QLatin1String("erase");
        if (action == QLatin1String("erase")) {
            // The erased fields with the values they have now: the entry keeps no value.
            const std::optional<QJsonObject> erased = erasedValues(*table, log.value(5).toString(),
                                                                   parseObject(log.value(8)), lastId, error);
            if (!erased)
                return false;
            changes << encoded(QJsonObject{{QStringLiteral("uuid"), log.value(1).toString()},
                                           {QStringLiteral("table"), table->name},
                                           {QStringLiteral("row"), log.value(5).toString()},
                                           {QStringLiteral("action"), action},
                                           {QStringLiteral("at"), log.value(2).toString()},
                                           {QStringLiteral("who"), log.value(3).toString()},
                                           {QStringLiteral("after"), *erased},
                                           {QStringLiteral("forget_with"), PersonErasure::erasedText()}});
            continue;
        }
        if (action == QLatin1String("import")) {
            // A bulk write (demo data) is not logged row by row: send the table as it is, and
            // the server keeps what it already has.
            const std::optional<QList<QJsonObject>> rows = m_codec.tableRows(*table, error);
            if (!rows)
                return false;
            for (QJsonObject row : *rows) {
                const QString uuid = row.take(QStringLiteral("uuid")).toString();
                if (table->name == QLatin1String("measurement_batches"))
                    m_transfer.noteBatch(uuid);
                if (!table->blobColumn.isEmpty())
                    m_transfer.noteFile(row.value(QStringLiteral("sha256")).toString());
                changes << encoded(QJsonObject{{QStringLiteral("uuid"), snapshotChangeUuid(m_replica, uuid)},
                                               {QStringLiteral("table"), table->name}, {QStringLiteral("row"), uuid},
                                               {QStringLiteral("action"), QStringLiteral("insert")},
                                               {QStringLiteral("after"), row}, {QStringLiteral("who"), log.value(3).toString()}});
            }
            continue;
        }
        // Written as text: most pushes are field edits, and building each as a QJsonObject and
        // printing it was ~60 ms of a push of 10,000 (about a fifth).
        const QString row = log.value(5).toString();
        QByteArray change = "{\"uuid\":";
        appendJsonString(change, log.value(1).toString());
        change += ",\"table\":";
        appendJsonString(change, table->name);
        change += ",\"row\":";
        appendJsonString(change, row);
        change += ",\"action\":";
        appendJsonString(change, action);
        change += ",\"at\":";
        appendJsonString(change, log.value(2).toString());
        change += ",\"who\":";
        appendJsonString(change, log.value(3).toString());
        QJsonObject after;
        for (const int side : {7, 8}) {
            const QString text = log.value(side).toString();
            const QJsonObject local = parseObject(text);
            if (local.isEmpty())
                continue;
            std::optional<QJsonObject> values = m_codec.toServer(*table, local, error, lastId);
            if (!values)
                return false;
            if (action == QLatin1String("insert") && side == 8) {
                // created_at as the row has it (it never changes), else when the entry was made
                const qint64 id = SyncRecordCodec::localId(m_store, table->name, row);
                const QString createdAt = id > 0 ? m_store.record(table->name, id).value(QStringLiteral("created_at")).toString()
                                                 : QString();
                values->insert(QStringLiteral("created_at"), createdAt.isEmpty() ? log.value(2).toString() : createdAt);
            }
            change += side == 7 ? ",\"before\":" : ",\"after\":";
            // the entry's own text when the server's form is the same (no reference to name by uuid)
            change += *values == local ? text.toUtf8() : encoded(*values);
            if (side == 8)
                after = *values;
        }
        change += '}';
        if (action == QLatin1String("update") && after.isEmpty())
            continue;   // only local columns changed
        if (action == QLatin1String("insert") && table->name == QLatin1String("measurement_batches"))
            m_transfer.noteBatch(row);
        if (action == QLatin1String("insert") && !table->blobColumn.isEmpty())
            m_transfer.noteFile(after.value(QStringLiteral("sha256")).toString());
        changes << change;
    }
    if (StoreRead::failed(log, m_store, error))
        return false;
    log.finish();
    if (!changes.isEmpty() && !sendToServer(changes, outcome, error))
        return false;
    if (removes)
        m_serverHoldsFileAt = 0;
    if (lastId != pushedLogId && !setState({{QStringLiteral("pushed_log_id"), QString::number(lastId)}})) {
        *error = m_store.errorString();
        return false;
    }
    return true;
}

bool TeamSync::sendToServer(const QList<QByteArray> &changes, SyncOutcome &outcome, QString *error)
{
    m_serverHoldsFileAt = 0;   // this push decides (a join's push before it no longer does)
    const qint64 baseSeq = state(QStringLiteral("pulled_seq")).toLongLong();
    const auto failed = [&] {
        *error = m_server.lastErrorIsPermission()
            ? tr("The team server refused the changes: %1. They stay waiting in %2.").arg(m_server.errorString(), m_store.path())
            : tr("Sending changes to %1 failed: %2. They stay waiting in %3.")
                  .arg(m_server.serverDescription(), m_server.errorString(), m_store.path());
        m_server.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!m_server.exec(QStringLiteral("BEGIN")))
        return failed();
    // When nothing reached the server since this file last pulled (its first call says so; the
    // calls after it follow under the same lock), the server holds after a clean push what this
    // file holds.
    std::optional<bool> serverWasAsPulled;
    qint64 seqAfter = 0;
    QList<SyncConflict> conflicts;
    int pushed = 0, repeated = 0, erased = 0;
    for (qsizetype at = 0; at < changes.size();) {
        // up to 20,000 changes, and well below the 256 MB a jsonb value may hold
        const qsizetype first = at;
        QByteArray part = "[";
        while (at < changes.size() && at - first < changesPerCall && part.size() < bytesPerCall) {
            if (at > first)
                part += ',';
            part += changes.at(at++);
        }
        part += ']';
        const std::optional<PgRows> answer = m_server.query(QStringLiteral("SELECT citylab.push($1, $2, $3::jsonb)"),
                                                            {m_replica, baseSeq, part});
        if (!answer)
            return failed();
        const QJsonObject result = parseObject(answer->rows.value(0).value(0));
        pushed += result.value(QStringLiteral("applied")).toInt();
        repeated += result.value(QStringLiteral("duplicates")).toInt();
        erased += result.value(QStringLiteral("erased")).toInt();
        seqAfter = qint64(result.value(QStringLiteral("seq")).toDouble());
        if (!serverWasAsPulled)
            serverWasAsPulled = result.value(QStringLiteral("untouched")).toBool();
        for (const QJsonValue &value : result.value(QStringLiteral("conflicts")).toArray()) {
            const QJsonObject c = value.toObject();
            conflicts << SyncConflict{qint64(c.value(QStringLiteral("id")).toDouble()),
                                      c.value(QStringLiteral("table")).toString(),
                                      c.value(QStringLiteral("row")).toString(),
                                      c.value(QStringLiteral("field")).toString(),
                                      c.value(QStringLiteral("kind")).toString(),
                                      c.value(QStringLiteral("server")),
                                      c.value(QStringLiteral("theirs")),
                                      c.value(QStringLiteral("server_who")).toString()};
        }
    }
    if (!m_transfer.send(error) || !m_server.exec(QStringLiteral("COMMIT")))
        return failed();
    outcome.pushed += pushed;
    outcome.repeated += repeated;
    outcome.erased += erased;
    outcome.conflicts << conflicts;
    if (serverWasAsPulled.value_or(false) && conflicts.isEmpty() && repeated == 0 && erased == 0 && seqAfter > baseSeq)
        m_serverHoldsFileAt = seqAfter;
    // The rows the erasure rewrote keep their old versions in the tables' unused space until
    // the tables are rewritten. It cannot run inside the push's transaction.
    if (erased > 0)
        rewriteErasedTables(outcome);
    return true;
}

// A first pull into an empty file (joining) writes each table at once, as the demo does:
// one change_log entry per table rather than one per record.
bool TeamSync::clone(const Received &byTable, qint64 pulledSeq, SyncOutcome &outcome, QString *error)
{
    int cloned = 0;
    // Each reference is resolved below from the records written just before it (one not
    // found stops the clone), so SQLite's lookups are off while writing, and the record
    // tables' references are checked once before the clone commits.
    const BulkWriteSettings bulkWrite(m_store);
    QStringList written;
    const bool ok = m_store.transact([&] {
        DeferredSearchIndex search(m_store);
        if (!search.suspend())
            return false;
        QHash<QString, QHash<QString, qint64>> idsOf;   // table -> uuid -> id given here
        QList<SyncBulkTransfer::Batch> batches;
        for (const SyncedTable &table : m_catalog->tables()) {
            const QList<Incoming> &incoming = byTable.value(table.name);
            if (incoming.isEmpty())
                continue;
            const bool blob = !table.blobColumn.isEmpty();
            BulkInsert insert(m_store, table.name,
                              QStringList{QStringLiteral("uuid"), QStringLiteral("updated_at")} + table.columns
                                  + (blob ? QStringList{table.blobColumn} : QStringList()));
            QHash<QString, qint64> &ids = idsOf[table.name];
            const std::optional<QHash<QString, QVariant>> defaults = columnDefaults(m_store, table.name, error);
            if (!defaults)
                return false;
            QVariantList values(table.columns.size() + 2 + (blob ? 1 : 0));
            values[1] = Store::nowUtc();
            int rows = 0;
            for (const Incoming &record : incoming) {
                if (record.deleted)
                    continue;
                values[0] = record.uuid;
                for (int c = 0; c < table.columns.size(); ++c) {
                    const QString &column = table.columns.at(c);
                    const QJsonValue value = record.data.value(column);
                    if (value.isUndefined()) {
                        values[c + 2] = defaults->value(column);   // a column its CityLab did not have
                    } else if (value.isNull()) {
                        values[c + 2] = QVariant();
                    } else if (table.references.contains(column)) {
                        const qint64 id = idsOf.value(table.references.value(column)).value(value.toString(), -1);
                        if (id < 0)
                            return m_store.fail(tr("Applying the server's record %1 of %2 to %3 failed: %4")
                                                    .arg(record.uuid, table.name, m_store.path(),
                                                         tr("the record it refers to (%1 of %2) is not in the file")
                                                             .arg(value.toString(), table.references.value(column))));
                        values[c + 2] = id;
                    } else {
                        values[c + 2] = value.toVariant();
                    }
                }
                if (blob)
                    values.last() = m_transfer.file(record.data.value(QStringLiteral("sha256")).toString());
                const qint64 id = insert.add(values);
                if (id < 0)
                    return false;
                ids.insert(record.uuid, id);
                ++rows;
                if (table.name == QLatin1String("measurement_batches"))
                    batches << SyncBulkTransfer::Batch{record.uuid, record.who, record.seq};
            }
            m_store.setChangeSource(tr("team server"), outcome.serverSeq);
            const bool finished = insert.finish(tr("team server"));
            m_store.setChangeSource({}, 0);
            if (!finished)
                return false;
            cloned += rows;
            written << table.name;
        }
        if (!search.resume())
            return false;
        if (!batches.isEmpty() && !m_transfer.receiveMeasurements(batches, error))
            return m_store.fail(*error);
        for (const QString &table : std::as_const(written)) {
            QSqlQuery check(m_store.database());
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table)))
                return m_store.fail(tr("Checking the references of %1 in %2 failed: %3")
                                        .arg(table, m_store.path(), SqlErrorText::describe(check.lastError())));
            if (check.next())   // table, rowid, the table it refers to, which reference
                return m_store.fail(tr("Applying the server's records to %1 failed: record %2 of %3 refers to a record of "
                                       "%4 that is not in the file.")
                                        .arg(m_store.path(), check.value(1).toString(), table, check.value(2).toString()));
        }
        return SyncState::write(m_store, QStringLiteral("pulled_seq"), QString::number(outcome.serverSeq));
    });
    if (!ok) {
        *error = m_store.errorString();
        outcome.serverSeq = pulledSeq;
        return false;
    }
    outcome.pulled += cloned;
    return true;
}

bool TeamSync::pull(SyncOutcome &outcome, QString *error)
{
    const qint64 pulledSeq = state(QStringLiteral("pulled_seq")).toLongLong();
    if (m_serverHoldsFileAt > pulledSeq) {
        // The server changed only by this push: there is nothing to receive.
        if (!setState({{QStringLiteral("pulled_seq"), QString::number(m_serverHoldsFileAt)}})) {
            *error = m_store.errorString();
            return false;
        }
        outcome.serverSeq = m_serverHoldsFileAt;
        return true;
    }
    // Read as the rows arrive, each record's JSON parsed from the server's bytes: a first clone
    // receives every record of the team.
    outcome.serverSeq = pulledSeq;
    Received byTable;
    QString tableName;
    QList<Incoming> *ofTable = nullptr;   // valid until the next byTable[]
    const bool received = m_server.forEachRow(
        QStringLiteral("SELECT uuid, table_name, data, deleted, seq, changed_by FROM citylab.records "
                       "WHERE seq > $1 ORDER BY seq"),
        {pulledSeq}, [&](const PgRowView &row) {
            const qint64 seq = row.value(4).toLongLong();
            outcome.serverSeq = qMax(outcome.serverSeq, seq);
            if (!ofTable || row.value(1) != tableName) {
                tableName = QString::fromUtf8(row.value(1));
                ofTable = &byTable[tableName];
            }
            ofTable->append(Incoming{QString::fromUtf8(row.value(0)), SyncRecordCodec::parseObject(row.value(2)),
                                   row.value(3) == "t", seq, QString::fromUtf8(row.value(5))});
            return true;
        });
    if (!received) {
        *error = tr("Receiving changes from %1 failed: %2").arg(m_server.serverDescription(), m_server.errorString());
        outcome.serverSeq = pulledSeq;
        return false;
    }
    if (outcome.serverSeq == pulledSeq)
        return true;
    // Records of a newer CityLab (a table or a field this one does not know) would be skipped
    // while the file counts them as received, and never arrive after an update: nothing is
    // received until this CityLab is updated.
    QStringList unknown;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const SyncedTable *table = m_catalog->table(it.key());
        if (!table) {
            unknown << it.key();
            continue;
        }
        const QSet<QString> known(table->columns.cbegin(), table->columns.cend());   // a list took 0.4 s of a large clone
        for (const Incoming &record : it.value())
            for (auto field = record.data.begin(); field != record.data.end(); ++field)
                if (field.key() != QLatin1String("uuid") && !known.contains(field.key())
                    && !unknown.contains(it.key() + u'.' + field.key()))
                    unknown << it.key() + u'.' + field.key();
    }
    if (!unknown.isEmpty()) {
        *error = tr("%1 has records written by a newer CityLab (%2): update CityLab on this computer to receive them. "
                    "Nothing was received; what this file holds is kept.")
                     .arg(m_server.serverDescription(), unknown.join(QStringLiteral(", ")));
        outcome.serverSeq = pulledSeq;
        return false;
    }

    // The files of attachments new here, before the transaction: from this file when it has
    // the same content, else from the server.
    QSet<QString> hashes;
    for (const SyncedTable &table : m_catalog->tables())
        if (!table.blobColumn.isEmpty())
            for (const Incoming &record : byTable.value(table.name))
                if (!record.deleted)
                    hashes.insert(record.data.value(QStringLiteral("sha256")).toString());
    if (!m_transfer.fetchFiles(hashes, error))
        return false;

    bool empty = pulledSeq == 0;
    for (const SyncedTable &table : m_catalog->tables()) {
        if (!empty)
            break;
        QSqlQuery any(m_store.database());
        any.exec(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(table.name));
        empty = !any.next();
        if (StoreRead::failed(any, m_store, error))
            return false;
    }
    if (empty)
        return clone(byTable, pulledSeq, outcome, error);   // what it takes is already erased
    const std::optional<QList<Erasure>> erasures = receivedErasures(pulledSeq, outcome.serverSeq, error);
    if (!erasures)
        return false;
    return apply(byTable, *erasures, pulledSeq, outcome, error);
}

// Applies what the server changed to a file that has records of its own.
bool TeamSync::apply(const Received &byTable, const QList<Erasure> &erasures, qint64 pulledSeq, SyncOutcome &outcome,
                     QString *error)
{

    // What this file changed since its push (an edit made while the sync ran) wins here and
    // goes to the server with the next push, where it meets the server's value.
    Pending pending;
    QSqlQuery log(m_store.database());
    log.prepare(QStringLiteral("SELECT table_name, row_uuid, action, after_json FROM change_log "
                               "WHERE id > ? AND server_seq IS NULL"));
    log.addBindValue(state(QStringLiteral("pushed_log_id")).toLongLong());
    log.exec();
    while (log.next()) {
        const QString key = log.value(0).toString() + QLatin1Char('/') + log.value(1).toString();
        if (log.value(2).toString() != QLatin1String("update")) {
            pending.rows.insert(key);
            continue;
        }
        const QJsonObject after = parseObject(log.value(3));
        for (auto it = after.begin(); it != after.end(); ++it)
            pending.fields.insert(key + QLatin1Char('/') + it.key());
    }
    if (StoreRead::failed(log, m_store, error))
        return false;
    log.finish();

    int pulled = 0;
    QList<Erasure> erasedHere;   // the erasures this file had not made already
    QList<Incoming> newBatches;
    QList<Incoming> returned;   // zones and metrics new here: back, perhaps, after a refused deletion
    const bool ok = m_store.transact([&] {
        const auto applyFailed = [&](const QString &table, const QString &uuid) {
            return m_store.fail(tr("Applying the server's record %1 of %2 to %3 failed: %4")
                                    .arg(uuid, table, m_store.path(), m_store.errorString()));
        };
        if (!erasures.isEmpty() && !applyErasures(byTable, erasures, &erasedHere, error))
            return false;
        // Records that exist (or are new) first, parents before children; then deletions,
        // children before parents.
        for (const SyncedTable &table : m_catalog->tables()) {
            for (const Incoming &record : byTable.value(table.name)) {
                const QString key = table.name + QLatin1Char('/') + record.uuid;
                if (record.deleted || pending.rows.contains(key))
                    continue;
                const qint64 id = SyncRecordCodec::localId(m_store, table.name, record.uuid);
                std::optional<QVariantMap> values = m_codec.toLocal(table, record.data, error);
                if (!values)
                    return m_store.fail(tr("Applying the server's record %1 of %2 to %3 failed: %4")
                                            .arg(record.uuid, table.name, m_store.path(), *error));
                m_store.setChangeSource(record.who, record.seq);
                if (id <= 0) {
                    values->insert(QStringLiteral("uuid"), record.uuid);
                    if (!table.blobColumn.isEmpty())
                        values->insert(table.blobColumn, m_transfer.file(record.data.value(QStringLiteral("sha256")).toString()));
                    const qint64 newId = m_store.insert(table.name, *values);
                    m_store.setChangeSource({}, 0);
                    if (newId <= 0)
                        return applyFailed(table.name, record.uuid);
                    if (table.name == QLatin1String("measurement_batches"))
                        newBatches << record;
                    else if (table.name == QLatin1String("zones") || table.name == QLatin1String("metrics"))
                        returned << record;
                    ++pulled;
                    continue;
                }
                const QVariantMap current = m_store.record(table.name, id);
                QVariantMap changed;
                for (auto it = values->cbegin(); it != values->cend(); ++it) {
                    if (pending.fields.contains(key + QLatin1Char('/') + it.key()))
                        continue;
                    if (!SyncRecordCodec::sameValue(current.value(it.key()), it.value()))
                        changed.insert(it.key(), it.value());
                }
                const bool updated = changed.isEmpty() || m_store.update(table.name, id, changed);
                m_store.setChangeSource({}, 0);
                if (!updated)
                    return applyFailed(table.name, record.uuid);
                pulled += changed.isEmpty() ? 0 : 1;
            }
        }
        QList<SyncBulkTransfer::Batch> batches;
        for (const Incoming &record : std::as_const(newBatches))
            batches << SyncBulkTransfer::Batch{record.uuid, record.who, record.seq};
        // A zone or metric this file deleted came back (the deletion was refused): its
        // measurements lost here their zone or went with it, so their batches come again.
        if (!returned.isEmpty()) {
            QStringList uuids;
            for (const Incoming &record : std::as_const(returned))
                uuids << record.uuid;
            const std::optional<PgRows> affected = m_server.query(
                QStringLiteral("SELECT DISTINCT batch FROM citylab.measurements WHERE zone = ANY ($1::uuid[]) OR metric = ANY ($1::uuid[])"),
                {QVariant(QLatin1Char('{') + uuids.join(u',') + QLatin1Char('}'))});
            if (!affected)
                return m_store.fail(tr("Receiving changes from %1 failed: %2").arg(m_server.serverDescription(), m_server.errorString()));
            for (const QVariantList &row : affected->rows) {
                const QString batch = row.value(0).toString();
                const qint64 id = SyncRecordCodec::localId(m_store, QStringLiteral("measurement_batches"), batch);
                if (id <= 0 || std::any_of(batches.cbegin(), batches.cend(), [&](const SyncBulkTransfer::Batch &b) { return b.uuid == batch; }))
                    continue;
                QSqlQuery clear(m_store.database());
                // within the batch's experiment: measurements are stored by series (0006)
                clear.prepare(QStringLiteral("DELETE FROM measurements WHERE experiment_id ="
                                             " (SELECT experiment_id FROM measurement_batches WHERE id = :batch) AND batch_id = :batch"));
                clear.bindValue(QStringLiteral(":batch"), id);
                if (!clear.exec())
                    return m_store.fail(tr("Cannot write to %1: %2").arg(m_store.path(), clear.lastError().text()));
                batches << SyncBulkTransfer::Batch{batch, returned.constFirst().who, returned.constFirst().seq};
            }
        }
        if (!batches.isEmpty() && !m_transfer.receiveMeasurements(batches, error))
            return m_store.fail(*error);
        for (auto table = m_catalog->tables().crbegin(); table != m_catalog->tables().crend(); ++table) {
            for (const Incoming &record : byTable.value(table->name)) {
                if (!record.deleted || pending.rows.contains(table->name + QLatin1Char('/') + record.uuid))
                    continue;
                const qint64 id = SyncRecordCodec::localId(m_store, table->name, record.uuid);
                if (id <= 0)
                    continue;   // never had it, or already gone with its parent
                m_store.setChangeSource(record.who, record.seq);
                const bool removed = m_store.remove(table->name, id);
                m_store.setChangeSource({}, 0);
                if (!removed)
                    return applyFailed(table->name, record.uuid);
                ++pulled;
            }
        }
        if (!erasedHere.isEmpty() && !forgetErasedHistory(erasedHere))
            return false;
        return SyncState::write(m_store, QStringLiteral("pulled_seq"), QString::number(outcome.serverSeq));
    });
    m_store.setChangeSource({}, 0);   // whatever happened, what follows is this desktop's own
    if (!ok) {
        *error = m_store.errorString();
        outcome.serverSeq = pulledSeq;
        return false;
    }
    outcome.pulled += pulled;
    outcome.erasedHere += int(erasedHere.size());
    // The erased values leave the file's free pages too.
    if (!erasedHere.isEmpty() && !m_store.compact())
        outcome.notice += (outcome.notice.isEmpty() ? QString() : QStringLiteral("\n")) + m_store.errorString();
    return true;
}

} // namespace citylab
