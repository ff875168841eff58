// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsync.h"

#include "pgconnection.h"
#include "serverschema.h"
#include "syncstate.h"
#include "store/bulkinsert.h"
#include "store/store.h"
#include "store/storeread.h"

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

constexpr int changesPerCall = 5000;

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonObject rowObject(const QSqlQuery &query)
{
    QJsonObject object;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        object.insert(record.fieldName(i), query.isNull(i) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(query.value(i)));
    return object;
}

// A change uuid for a record sent because the file joined (or a bulk import): the same
// record sent again by the same replica gets the same uuid, so a repeated push applies nothing.
QString snapshotChangeUuid(const QString &replica, const QString &rowUuid)
{
    return QUuid::createUuidV5(QUuid(replica), rowUuid).toString(QUuid::WithoutBraces);
}

} // namespace

// The local changes made after the last push: what pull must not overwrite.
struct TeamSync::Pending
{
    QSet<QString> rows;      // table/uuid inserted or deleted here
    QSet<QString> fields;    // table/uuid/field changed here
};

TeamSync::TeamSync(Store &store, PgConnection &server)
    : m_store(store)
    , m_server(server)
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

std::optional<QVariant> TeamSync::localValue(const Store &store, const QString &table, const QString &field,
                                            const QJsonValue &value, QString *error)
{
    const std::optional<SyncCatalog> catalog = SyncCatalog::read(store, error);
    if (!catalog)
        return std::nullopt;
    const SyncedTable *synced = catalog->table(table);
    if (!synced || !synced->columns.contains(field)) {
        *error = tr("%1 has no field %2 that the team server keeps.").arg(table, field);
        return std::nullopt;
    }
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (!synced->references.contains(field))
        return value.toVariant();
    const qint64 id = localId(store, synced->references.value(field), value.toString());
    if (id <= 0) {
        *error = tr("the record it refers to (%1 of %2) is not in the file").arg(value.toString(), synced->references.value(field));
        return std::nullopt;
    }
    return id;
}

qint64 TeamSync::localId(const Store &store, const QString &table, const QString &uuid)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = ?").arg(table));
    query.addBindValue(uuid);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
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
    QJsonArray snapshot;
    for (const SyncedTable &table : m_catalog->tables()) {
        const std::optional<QList<QJsonObject>> rows = tableRows(table, error);
        if (!rows)
            return false;
        for (const QJsonObject &row : *rows) {
            QJsonObject after = row;
            const QString uuid = after.take(QStringLiteral("uuid")).toString();
            if (table.name == QLatin1String("measurement_batches"))
                m_sentBatches.insert(uuid);
            if (!table.blobColumn.isEmpty())
                m_sentBlobs.insert(after.value(QStringLiteral("sha256")).toString());
            snapshot.append(QJsonObject{{QStringLiteral("uuid"), snapshotChangeUuid(m_replica, uuid)},
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
    QJsonArray changes;
    qint64 lastId = pushedLogId;
    while (log.next()) {
        lastId = log.value(0).toLongLong();
        const SyncedTable *table = m_catalog->table(log.value(4).toString());
        if (!table)
            continue;
        const QString action = log.value(6).toString();
        if (action == QLatin1String("import")) {
            // A bulk write (demo data) is not logged row by row: send the table as it is, and
            // the server keeps what it already has.
            const std::optional<QList<QJsonObject>> rows = tableRows(*table, error);
            if (!rows)
                return false;
            for (QJsonObject row : *rows) {
                const QString uuid = row.take(QStringLiteral("uuid")).toString();
                if (table->name == QLatin1String("measurement_batches"))
                    m_sentBatches.insert(uuid);
                if (!table->blobColumn.isEmpty())
                    m_sentBlobs.insert(row.value(QStringLiteral("sha256")).toString());
                changes.append(QJsonObject{{QStringLiteral("uuid"), snapshotChangeUuid(m_replica, uuid)},
                                           {QStringLiteral("table"), table->name}, {QStringLiteral("row"), uuid},
                                           {QStringLiteral("action"), QStringLiteral("insert")},
                                           {QStringLiteral("after"), row}, {QStringLiteral("who"), log.value(3).toString()}});
            }
            continue;
        }
        QJsonObject change{{QStringLiteral("uuid"), log.value(1).toString()},
                           {QStringLiteral("table"), table->name},
                           {QStringLiteral("row"), log.value(5).toString()},
                           {QStringLiteral("action"), action},
                           {QStringLiteral("at"), log.value(2).toString()},
                           {QStringLiteral("who"), log.value(3).toString()}};
        for (const QString &side : {QStringLiteral("before"), QStringLiteral("after")}) {
            const QJsonObject local = parseObject(log.value(side == QLatin1String("before") ? 7 : 8));
            if (local.isEmpty())
                continue;
            std::optional<QJsonObject> values = toServer(*table, local, error, lastId);
            if (!values)
                return false;
            if (action == QLatin1String("insert") && side == QLatin1String("after")) {
                // created_at as the row has it (it never changes), else when the entry was made
                const qint64 id = idOfUuid(table->name, change.value(QStringLiteral("row")).toString());
                const QString createdAt = id > 0 ? m_store.record(table->name, id).value(QStringLiteral("created_at")).toString()
                                                 : QString();
                values->insert(QStringLiteral("created_at"), createdAt.isEmpty() ? log.value(2).toString() : createdAt);
            }
            change.insert(side, *values);
        }
        if (action == QLatin1String("update") && change.value(QStringLiteral("after")).toObject().isEmpty())
            continue;   // only local columns changed
        if (action == QLatin1String("insert") && table->name == QLatin1String("measurement_batches"))
            m_sentBatches.insert(change.value(QStringLiteral("row")).toString());
        if (action == QLatin1String("insert") && !table->blobColumn.isEmpty())
            m_sentBlobs.insert(change.value(QStringLiteral("after")).toObject().value(QStringLiteral("sha256")).toString());
        changes.append(change);
    }
    if (StoreRead::failed(log, m_store, error))
        return false;
    log.finish();
    if (!changes.isEmpty() && !sendToServer(changes, outcome, error))
        return false;
    if (lastId != pushedLogId && !setState({{QStringLiteral("pushed_log_id"), QString::number(lastId)}})) {
        *error = m_store.errorString();
        return false;
    }
    return true;
}

bool TeamSync::sendToServer(const QJsonArray &changes, SyncOutcome &outcome, QString *error)
{
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
    QList<SyncConflict> conflicts;
    int pushed = 0, repeated = 0;
    for (qsizetype at = 0; at < changes.size(); at += changesPerCall) {
        QJsonArray part;
        for (qsizetype i = at; i < qMin(at + changesPerCall, changes.size()); ++i)
            part.append(changes.at(i));
        const std::optional<PgRows> answer = m_server.query(
            QStringLiteral("SELECT citylab.push($1, $2, $3::jsonb)"),
            {m_replica, baseSeq, QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact))});
        if (!answer)
            return failed();
        const QJsonObject result = parseObject(answer->rows.value(0).value(0));
        pushed += result.value(QStringLiteral("applied")).toInt();
        repeated += result.value(QStringLiteral("duplicates")).toInt();
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
    if (!sendBlobs(error) || !sendMeasurements(error) || !m_server.exec(QStringLiteral("COMMIT")))
        return failed();
    m_sentBatches.clear();
    m_sentBlobs.clear();
    outcome.pushed += pushed;
    outcome.repeated += repeated;
    outcome.conflicts << conflicts;
    return true;
}

bool TeamSync::pull(SyncOutcome &outcome, QString *error)
{
    const qint64 pulledSeq = state(QStringLiteral("pulled_seq")).toLongLong();
    const std::optional<PgRows> records = m_server.query(
        QStringLiteral("SELECT uuid, table_name, data, deleted, seq, changed_by FROM citylab.records "
                       "WHERE seq > $1 ORDER BY seq"), {pulledSeq});
    if (!records) {
        *error = tr("Receiving changes from %1 failed: %2").arg(m_server.serverDescription(), m_server.errorString());
        return false;
    }
    outcome.serverSeq = pulledSeq;
    struct Incoming
    {
        QString uuid;
        QJsonObject data;
        bool deleted;
        qint64 seq;
        QString who;
    };
    QHash<QString, QList<Incoming>> byTable;
    for (const QVariantList &row : records->rows) {
        const qint64 seq = row.value(4).toLongLong();
        outcome.serverSeq = qMax(outcome.serverSeq, seq);
        byTable[row.value(1).toString()] << Incoming{row.value(0).toString(), parseObject(row.value(2)),
                                                     row.value(3).toString() == QLatin1String("t"), seq,
                                                     row.value(5).toString()};
    }
    if (outcome.serverSeq == pulledSeq)
        return true;

    // The files of attachments new here, before the transaction: from this file when it has
    // the same content, else from the server.
    QSet<QString> hashes;
    for (const SyncedTable &table : m_catalog->tables())
        if (!table.blobColumn.isEmpty())
            for (const Incoming &record : byTable.value(table.name))
                if (!record.deleted)
                    hashes.insert(record.data.value(QStringLiteral("sha256")).toString());
    if (!fetchBlobs(hashes, error))
        return false;

    // A first pull into an empty file (joining) writes each table at once, as the demo does:
    // one change_log entry per table rather than one per record.
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
    if (empty) {
        int cloned = 0;
        const bool ok = m_store.transact([&] {
            QHash<QString, QHash<QString, qint64>> idsOf;   // table -> uuid -> id given here
            QList<Batch> batches;
            for (const SyncedTable &table : m_catalog->tables()) {
                const QList<Incoming> &incoming = byTable.value(table.name);
                if (incoming.isEmpty())
                    continue;
                const bool blob = !table.blobColumn.isEmpty();
                BulkInsert insert(m_store, table.name,
                                  QStringList{QStringLiteral("uuid"), QStringLiteral("updated_at")} + table.columns
                                      + (blob ? QStringList{table.blobColumn} : QStringList()));
                QHash<QString, qint64> &ids = idsOf[table.name];
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
                        if (value.isNull() || value.isUndefined()) {
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
                        values.last() = m_blobs.value(record.data.value(QStringLiteral("sha256")).toString());
                    const qint64 id = insert.add(values);
                    if (id < 0)
                        return false;
                    ids.insert(record.uuid, id);
                    ++rows;
                    if (table.name == QLatin1String("measurement_batches"))
                        batches << Batch{record.uuid, record.who, record.seq};
                }
                m_store.setChangeSource(tr("team server"), outcome.serverSeq);
                const bool finished = insert.finish(tr("team server"));
                m_store.setChangeSource({}, 0);
                if (!finished)
                    return false;
                cloned += rows;
            }
            if (!batches.isEmpty() && !receiveMeasurements(batches, error))
                return m_store.fail(*error);
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
    QList<Incoming> newBatches;
    QList<Incoming> returned;   // zones and metrics new here: back, perhaps, after a refused deletion
    const bool ok = m_store.transact([&] {
        const auto applyFailed = [&](const QString &table, const QString &uuid) {
            return m_store.fail(tr("Applying the server's record %1 of %2 to %3 failed: %4")
                                    .arg(uuid, table, m_store.path(), m_store.errorString()));
        };
        // Records that exist (or are new) first, parents before children; then deletions,
        // children before parents.
        for (const SyncedTable &table : m_catalog->tables()) {
            for (const Incoming &record : byTable.value(table.name)) {
                const QString key = table.name + QLatin1Char('/') + record.uuid;
                if (record.deleted || pending.rows.contains(key))
                    continue;
                const qint64 id = idOfUuid(table.name, record.uuid);
                std::optional<QVariantMap> values = toLocal(table, record.data, error);
                if (!values)
                    return m_store.fail(tr("Applying the server's record %1 of %2 to %3 failed: %4")
                                            .arg(record.uuid, table.name, m_store.path(), *error));
                m_store.setChangeSource(record.who, record.seq);
                if (id <= 0) {
                    values->insert(QStringLiteral("uuid"), record.uuid);
                    if (!table.blobColumn.isEmpty())
                        values->insert(table.blobColumn, m_blobs.value(record.data.value(QStringLiteral("sha256")).toString()));
                    const qint64 newId = m_store.insert(table.name, *values);
                    m_store.setChangeSource({}, 0);
                    if (newId <= 0)
                        return applyFailed(table.name, record.uuid);
                    m_uuids[table.name].insert(newId, record.uuid);
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
                    const QVariant &mine = current.value(it.key());
                    if (mine.isNull() != it.value().isNull()
                        || (!mine.isNull() && QJsonValue::fromVariant(mine) != QJsonValue::fromVariant(it.value())))
                        changed.insert(it.key(), it.value());
                }
                const bool updated = changed.isEmpty() || m_store.update(table.name, id, changed);
                m_store.setChangeSource({}, 0);
                if (!updated)
                    return applyFailed(table.name, record.uuid);
                pulled += changed.isEmpty() ? 0 : 1;
            }
        }
        QList<Batch> batches;
        for (const Incoming &record : std::as_const(newBatches))
            batches << Batch{record.uuid, record.who, record.seq};
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
                const qint64 id = idOfUuid(QStringLiteral("measurement_batches"), batch);
                if (id <= 0 || std::any_of(batches.cbegin(), batches.cend(), [&](const Batch &b) { return b.uuid == batch; }))
                    continue;
                QSqlQuery clear(m_store.database());
                clear.prepare(QStringLiteral("DELETE FROM measurements WHERE batch_id = ?"));
                clear.addBindValue(id);
                if (!clear.exec())
                    return m_store.fail(tr("Cannot write to %1: %2").arg(m_store.path(), clear.lastError().text()));
                batches << Batch{batch, returned.constFirst().who, returned.constFirst().seq};
            }
        }
        if (!batches.isEmpty() && !receiveMeasurements(batches, error))
            return m_store.fail(*error);
        for (auto table = m_catalog->tables().crbegin(); table != m_catalog->tables().crend(); ++table) {
            for (const Incoming &record : byTable.value(table->name)) {
                if (!record.deleted || pending.rows.contains(table->name + QLatin1Char('/') + record.uuid))
                    continue;
                const qint64 id = idOfUuid(table->name, record.uuid);
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
        return SyncState::write(m_store, QStringLiteral("pulled_seq"), QString::number(outcome.serverSeq));
    });
    m_store.setChangeSource({}, 0);   // whatever happened, what follows is this desktop's own
    if (!ok) {
        *error = m_store.errorString();
        outcome.serverSeq = pulledSeq;
        m_uuids.clear();
        return false;
    }
    outcome.pulled += pulled;
    return true;
}

// The files of the attachments this push sends that the server does not have yet, in the
// push's transaction, each once.
bool TeamSync::sendBlobs(QString *error)
{
    m_sentBlobs.remove(QString());
    if (m_sentBlobs.isEmpty())
        return true;
    const std::optional<PgRows> known = m_server.query(QStringLiteral("SELECT sha256 FROM citylab.blobs WHERE sha256 = ANY ($1::text[])"),
                                                       {QVariant(QLatin1Char('{') + QStringList(m_sentBlobs.cbegin(), m_sentBlobs.cend()).join(u',')
                                                                  + QLatin1Char('}'))});
    if (!known) {
        *error = m_server.errorString();
        return false;
    }
    QSet<QString> missing = m_sentBlobs;
    for (const QVariantList &row : known->rows)
        missing.remove(row.value(0).toString());
    for (const QString &hash : std::as_const(missing)) {
        QSqlQuery file(m_store.database());
        file.prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ? LIMIT 1"));
        file.addBindValue(hash);
        if (!file.exec() || !file.next())
            continue;   // the attachment was deleted here since: its record goes as deleted too
        if (!m_server.execWithBytes(QStringLiteral("INSERT INTO citylab.blobs (sha256, data) VALUES ($1, $2)"), hash,
                                    file.value(0).toByteArray())) {
            *error = m_server.errorString();
            return false;
        }
    }
    return true;
}

bool TeamSync::fetchBlobs(const QSet<QString> &hashes, QString *error)
{
    for (const QString &hash : hashes) {
        if (m_blobs.contains(hash))
            continue;
        QSqlQuery local(m_store.database());
        local.prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ? LIMIT 1"));
        local.addBindValue(hash);
        if (local.exec() && local.next()) {
            m_blobs.insert(hash, local.value(0).toByteArray());
            continue;
        }
        const std::optional<QByteArray> bytes = m_server.fetchBytes(QStringLiteral("SELECT data FROM citylab.blobs WHERE sha256 = $1"), hash);
        if (!bytes) {
            *error = m_server.errorString().isEmpty() ? tr("the team server has no file with sha256 %1").arg(hash)
                                                      : m_server.errorString();
            return false;
        }
        m_blobs.insert(hash, *bytes);
    }
    return true;
}

// The rows of the batches this push sends that the server does not have yet, by COPY, in
// the push's transaction: a batch and its rows arrive together or not at all.
bool TeamSync::sendMeasurements(QString *error)
{
    if (m_sentBatches.isEmpty())
        return true;
    const QString list = QLatin1Char('{') + QStringList(m_sentBatches.cbegin(), m_sentBatches.cend()).join(u',') + QLatin1Char('}');
    const std::optional<PgRows> wanted = m_server.query(
        QStringLiteral("SELECT r.uuid FROM citylab.records r WHERE r.uuid = ANY ($1::uuid[]) AND NOT r.deleted "
                       "AND NOT EXISTS (SELECT 1 FROM citylab.measurements m WHERE m.batch = r.uuid)"), {list});
    if (!wanted) {
        *error = m_server.errorString();
        return false;
    }
    QByteArray data;
    for (const QVariantList &row : wanted->rows) {
        const QByteArray batch = row.value(0).toString().toLatin1();
        QSqlQuery rows(m_store.database());
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT m.metric_id, m.zone_id, m.measured_at, m.value FROM measurements m "
                                    "JOIN measurement_batches b ON b.id = m.batch_id WHERE b.uuid = ?"));
        rows.addBindValue(row.value(0).toString());
        rows.exec();
        while (rows.next()) {
            const QString metric = uuidOfId(QStringLiteral("metrics"), rows.value(0).toLongLong());
            const QString zone = rows.isNull(1) ? QString() : uuidOfId(QStringLiteral("zones"), rows.value(1).toLongLong());
            data += batch + '\t' + metric.toLatin1() + '\t' + (zone.isEmpty() ? QByteArray("\\N") : zone.toLatin1()) + '\t'
                + QByteArray::number(rows.value(2).toLongLong()) + '\t' + QByteArray::number(rows.value(3).toDouble(), 'g', 17)
                + '\n';
        }
        if (StoreRead::failed(rows, m_store, error))
            return false;
    }
    if (!data.isEmpty()
        && !m_server.copyIn(QStringLiteral("COPY citylab.measurements (batch, metric, zone, measured_at, value) FROM STDIN"), data)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

// The rows of batches this pull brought, into the store: inside the pull's transaction.
bool TeamSync::receiveMeasurements(const QList<Batch> &batches, QString *error)
{
    QHash<QString, qint64> metrics, zones;
    for (const auto &[table, ids] : {std::pair{QStringLiteral("metrics"), &metrics}, std::pair{QStringLiteral("zones"), &zones}}) {
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT uuid, id FROM %1").arg(table));
        while (query.next())
            ids->insert(query.value(0).toString(), query.value(1).toLongLong());
        if (StoreRead::failed(query, m_store, error))
            return false;
    }
    struct Received
    {
        qint64 id = 0;
        QVariant experiment;
        const Batch *batch = nullptr;
        QSet<qint64> metrics;
        int rows = 0;
    };
    QHash<QByteArray, Received> received;
    QStringList uuids;
    for (const Batch &batch : batches) {
        Received &r = received[QUuid(batch.uuid).toString(QUuid::WithoutBraces).toLatin1()];
        r.id = idOfUuid(QStringLiteral("measurement_batches"), batch.uuid);
        r.experiment = m_store.record(QStringLiteral("measurement_batches"), r.id).value(QStringLiteral("experiment_id"));
        r.batch = &batch;
        uuids << QUuid(batch.uuid).toString(QUuid::WithoutBraces);
    }
    // One COPY for every batch, batch by batch.
    BulkInsert insert(m_store, QStringLiteral("measurements"),
                      {QStringLiteral("batch_id"), QStringLiteral("experiment_id"), QStringLiteral("metric_id"),
                       QStringLiteral("zone_id"), QStringLiteral("measured_at"), QStringLiteral("value")});
    QVariantList values(6);
    QByteArray current;
    Received *batch = nullptr;
    QString problem;
    const bool copied = m_server.copyOut(
        QStringLiteral("COPY (SELECT batch, metric, zone, measured_at, value FROM citylab.measurements "
                       "WHERE batch = ANY ('{%1}'::uuid[]) ORDER BY batch) TO STDOUT").arg(uuids.join(u',')),
        [&](const QByteArray &line) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() != 5) {
                problem = tr("the server sent a measurement this CityLab cannot read");
                return false;
            }
            if (fields.at(0) != current) {
                current = fields.at(0);
                const auto found = received.find(current);
                batch = found == received.end() ? nullptr : &*found;
                if (batch) {
                    values[0] = batch->id;
                    values[1] = batch->experiment;
                }
            }
            const qint64 metric = metrics.value(QString::fromLatin1(fields.at(1)), -1);
            if (!batch || metric < 0) {
                problem = tr("a measurement of batch %1 names a metric this file does not have").arg(QString::fromLatin1(current));
                return false;
            }
            batch->metrics.insert(metric);
            ++batch->rows;
            values[2] = metric;
            const auto zone = zones.constFind(QString::fromLatin1(fields.at(2)));
            values[3] = zone == zones.cend() ? QVariant() : QVariant(*zone);
            values[4] = fields.at(3).toLongLong();
            values[5] = fields.at(4).toDouble();
            if (insert.add(values) < 0) {
                problem = m_store.errorString();
                return false;
            }
            return true;
        });
    if (!copied) {
        *error = problem.isEmpty() ? m_server.errorString() : problem;
        return false;
    }
    // One entry per import, as the import itself wrote: the views redraw what it fed.
    for (const Received &r : std::as_const(received)) {
        QVariantList imported;
        for (const qint64 id : r.metrics)
            imported << id;
        m_store.setChangeSource(r.batch->who, r.batch->seq);
        const bool logged = m_store.logImport(QStringLiteral("measurements"), r.rows, tr("team server"),
                                              {{QStringLiteral("experiment_id"), r.experiment},
                                               {QStringLiteral("batch_id"), r.id},
                                               {QStringLiteral("metric_ids"), imported}});
        m_store.setChangeSource({}, 0);
        if (!logged) {
            *error = m_store.errorString();
            return false;
        }
    }
    return true;
}

std::optional<QList<QJsonObject>> TeamSync::tableRows(const SyncedTable &table, QString *error)
{
    QStringList columns{QStringLiteral("uuid")};
    for (const QString &column : table.columns)
        columns << QLatin1Char('"') + column + QLatin1Char('"');
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY uuid").arg(columns.join(u','), table.name));
    QList<QJsonObject> rows;
    while (query.next()) {
        QJsonObject local = rowObject(query);
        const QString uuid = local.take(QStringLiteral("uuid")).toString();
        std::optional<QJsonObject> row = toServer(table, local, error);
        if (!row)
            return std::nullopt;
        row->insert(QStringLiteral("uuid"), uuid);
        rows << *row;
    }
    if (StoreRead::failed(query, m_store, error))
        return std::nullopt;
    return rows;
}

std::optional<QJsonObject> TeamSync::toServer(const SyncedTable &table, const QJsonObject &local, QString *error,
                                              qint64 logId)
{
    QJsonObject values;
    for (auto it = local.begin(); it != local.end(); ++it) {
        if (!table.columns.contains(it.key()))
            continue;
        if (!table.references.contains(it.key()) || it.value().isNull()) {
            values.insert(it.key(), it.value());
            continue;
        }
        const qint64 id = it.value().toVariant().toLongLong();
        const QString uuid = logId > 0 ? uuidOfIdAt(table.references.value(it.key()), id, logId)
                                       : uuidOfId(table.references.value(it.key()), id);
        if (uuid.isEmpty()) {
            *error = tr("%1 of a record of %2 refers to record %3 of %4, which %5 no longer knows.")
                         .arg(it.key(), table.name).arg(id).arg(table.references.value(it.key()), m_store.path());
            return std::nullopt;
        }
        values.insert(it.key(), uuid);
    }
    return values;
}

std::optional<QVariantMap> TeamSync::toLocal(const SyncedTable &table, const QJsonObject &server, QString *error)
{
    QVariantMap values;
    for (const QString &column : table.columns) {
        const QJsonValue value = server.value(column);
        if (!table.references.contains(column) || value.isNull() || value.isUndefined()) {
            values.insert(column, value.isUndefined() ? QVariant() : value.toVariant());
            continue;
        }
        const qint64 id = idOfUuid(table.references.value(column), value.toString());
        if (id <= 0) {
            *error = tr("the record it refers to (%1 of %2) is not in the file").arg(value.toString(), table.references.value(column));
            return std::nullopt;
        }
        values.insert(column, id);
    }
    return values;
}

QString TeamSync::uuidOfId(const QString &table, qint64 id)
{
    QHash<qint64, QString> &known = m_uuids[table];
    if (const auto it = known.constFind(id); it != known.constEnd())
        return *it;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT uuid FROM \"%1\" WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    known.insert(id, query.value(0).toString());
    return query.value(0).toString();
}

// The uuid of the record that had `id` when change_log entry `logId` was written: ids of
// deleted records are given again, so the log's insert and delete entries decide.
QString TeamSync::uuidOfIdAt(const QString &table, qint64 id, qint64 logId)
{
    static const QString byId = QStringLiteral(
        "SELECT row_uuid, action FROM change_log WHERE table_name = ? AND action IN ('insert', 'delete') "
        "AND coalesce(json_extract(after_json, '$.id'), json_extract(before_json, '$.id')) = ? ");
    QSqlQuery before(m_store.database());
    before.prepare(byId + QStringLiteral("AND id <= ? ORDER BY id DESC LIMIT 1"));
    before.addBindValue(table);
    before.addBindValue(id);
    before.addBindValue(logId);
    if (before.exec() && before.next() && before.value(1).toString() == QLatin1String("insert"))
        return before.value(0).toString();
    QSqlQuery after(m_store.database());
    after.prepare(byId + QStringLiteral("AND id > ? AND action = 'delete' ORDER BY id LIMIT 1"));
    after.addBindValue(table);
    after.addBindValue(id);
    after.addBindValue(logId);
    if (after.exec() && after.next())
        return after.value(0).toString();
    QSqlQuery live(m_store.database());
    live.prepare(QStringLiteral("SELECT uuid FROM \"%1\" WHERE id = ?").arg(table));
    live.addBindValue(id);
    return live.exec() && live.next() ? live.value(0).toString() : QString();
}

qint64 TeamSync::idOfUuid(const QString &table, const QString &uuid)
{
    return localId(m_store, table, uuid);
}

std::optional<TeamSync::Contents> TeamSync::localContents(Store &store, QString *error)
{
    std::optional<SyncCatalog> catalog = SyncCatalog::read(store, error);
    if (!catalog)
        return std::nullopt;
    PgConnection none;
    TeamSync sync(store, none);
    Contents contents;
    for (const SyncedTable &table : catalog->tables()) {
        const std::optional<QList<QJsonObject>> rows = sync.tableRows(table, error);
        if (!rows)
            return std::nullopt;
        QMap<QString, QJsonObject> &records = contents[table.name];
        for (QJsonObject row : *rows) {
            const QString uuid = row.take(QStringLiteral("uuid")).toString();
            records.insert(uuid, row);
        }
    }
    QSqlQuery measurements(store.database());
    measurements.exec(QStringLiteral("SELECT b.uuid, count(m.batch_id), total(m.value), count(m.zone_id) FROM measurement_batches b "
                                     "JOIN measurements m ON m.batch_id = b.id GROUP BY b.uuid"));
    QMap<QString, QJsonObject> &batches = contents[QStringLiteral("measurements")];
    while (measurements.next())
        batches.insert(measurements.value(0).toString(),
                       {{QStringLiteral("rows"), measurements.value(1).toDouble()},
                        {QStringLiteral("sum"), QString::number(measurements.value(2).toDouble(), 'g', 10)},
                        {QStringLiteral("zoned"), measurements.value(3).toDouble()}});
    if (StoreRead::failed(measurements, store, error))
        return std::nullopt;
    return contents;
}

std::optional<TeamSync::Contents> TeamSync::serverContents(PgConnection &server, const Store &store, QString *error)
{
    std::optional<SyncCatalog> catalog = SyncCatalog::read(store, error);
    if (!catalog)
        return std::nullopt;
    const std::optional<PgRows> rows = server.query(
        QStringLiteral("SELECT table_name, uuid, data FROM citylab.records WHERE NOT deleted ORDER BY table_name, uuid"));
    if (!rows) {
        *error = server.errorString();
        return std::nullopt;
    }
    Contents contents;
    for (const SyncedTable &table : catalog->tables())
        contents[table.name];
    for (const QVariantList &row : rows->rows) {
        const SyncedTable *table = catalog->table(row.value(0).toString());
        if (!table)
            continue;
        const QJsonObject data = parseObject(row.value(2));
        QJsonObject record;
        for (const QString &column : table->columns)
            record.insert(column, data.contains(column) ? data.value(column) : QJsonValue(QJsonValue::Null));
        contents[table->name].insert(row.value(1).toString(), record);
    }
    const std::optional<PgRows> measurements = server.query(QStringLiteral(
        "SELECT batch, count(*), sum(value), count(zone) FROM citylab.measurements GROUP BY batch"));
    if (!measurements) {
        *error = server.errorString();
        return std::nullopt;
    }
    QMap<QString, QJsonObject> &batches = contents[QStringLiteral("measurements")];
    for (const QVariantList &row : measurements->rows)
        batches.insert(row.value(0).toString(),
                       {{QStringLiteral("rows"), row.value(1).toDouble()},
                        {QStringLiteral("sum"), QString::number(row.value(2).toDouble(), 'g', 10)},
                        {QStringLiteral("zoned"), row.value(3).toDouble()}});
    return contents;
}

} // namespace citylab
