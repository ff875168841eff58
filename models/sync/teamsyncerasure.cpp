// SPDX-License-Identifier: GPL-3.0-or-later
// TeamSync's part in erasing a person's data: the erased values a push sends, the server's
// erasures a pull applies here (history included), and the server's tables rewritten after.
#include "teamsync.h"

#include "pgconnection.h"
#include "syncrecordcodec.h"
#include "privacy/personerasure.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace citylab {

// VACUUM FULL of a table this login may not maintain only warns and does nothing: ask first.
void TeamSync::rewriteErasedTables(SyncOutcome &outcome)
{
    const std::optional<PgRows> allowed = m_server.query(QStringLiteral(
        "SELECT bool_and(pg_has_role(current_user, c.relowner, 'USAGE') OR "
        "CASE WHEN current_setting('server_version_num')::int >= 170000 THEN has_table_privilege(c.oid, 'MAINTAIN') END) "
        "FROM pg_class c WHERE c.oid IN ('citylab.records'::regclass, 'citylab.changes'::regclass, 'citylab.conflicts'::regclass)"));
    QString reason;
    if (!allowed)
        reason = m_server.errorString();
    else if (allowed->rows.value(0).value(0).toString() != QLatin1String("t"))
        reason = tr("%1 may not rewrite the tables").arg(m_server.userName());
    // It waits for every reader of the tables (a GIS session left open, say) while the other
    // desktops' syncs wait behind it: a few seconds at most, then another time.
    else if (!m_server.exec(QStringLiteral("SET lock_timeout = '5s'"))
             || !m_server.exec(QStringLiteral("VACUUM FULL citylab.records, citylab.changes, citylab.conflicts")))
        reason = m_server.errorString();
    m_server.exec(QStringLiteral("RESET lock_timeout"));
    if (!reason.isEmpty())
        outcome.notice = tr("The erased values are gone from the team server's records and history, but its tables keep "
                            "them in unused space until they are rewritten: ask the server's administrator to run "
                            "VACUUM FULL on the citylab schema (%1).").arg(reason);
}

std::optional<QList<TeamSync::Erasure>> TeamSync::receivedErasures(qint64 after, qint64 upTo, QString *error)
{
    const std::optional<PgRows> rows = m_server.query(
        QStringLiteral("SELECT table_name, row_uuid, array_to_json(fields), who, seq, replica FROM citylab.erasures "
                       "WHERE seq > $1 AND seq <= $2 ORDER BY seq"),
        {after, upTo});
    if (!rows) {
        *error = tr("Receiving changes from %1 failed: %2").arg(m_server.serverDescription(), m_server.errorString());
        return std::nullopt;
    }
    QList<Erasure> erasures;
    for (const QVariantList &row : rows->rows) {
        Erasure erasure{row.value(0).toString(), row.value(1).toString(), {}, row.value(3).toString(), row.value(4).toLongLong(),
                        row.value(5).toString()};
        for (const QJsonValue &field : QJsonDocument::fromJson(row.value(2).toString().toUtf8()).array())
            erasure.fields << field.toString();
        erasures << erasure;
    }
    return erasures;
}

// Each erased record loses the values of its erased fields here too, in its history as well,
// whatever this file changed in them meanwhile; texts that named an erased person leave the
// history of every other record.
bool TeamSync::applyErasures(const Received &byTable, const QList<Erasure> &erasures, QList<Erasure> *applied,
                             QString *error)
{
    QStringList texts;   // what named an erased person, from this file's copy before it is erased
    for (const Erasure &erasure : erasures) {
        const SyncedTable *table = m_catalog->table(erasure.table);
        if (!table)
            continue;
        const qint64 id = SyncRecordCodec::localId(m_store, table->name, erasure.row);
        const QList<Incoming> &incoming = byTable.value(table->name);
        const auto record = std::find_if(incoming.cbegin(), incoming.cend(),
                                         [&](const Incoming &r) { return r.uuid == erasure.row; });
        if (id <= 0 || (record != incoming.cend() && record->deleted)) {
            // Never had it, deleted here since, or deleted on the server (its deletion here
            // follows): nothing to overwrite; what its history noted goes (forgetErasedHistory).
            if (table->name == QLatin1String("people")) {
                const std::optional<QVariantMap> last = lastKnownValues(table->name, erasure.row);
                if (!last)
                    return false;
                texts << PersonErasure::textsToForget(*last, PersonErasure::erasedValues());
            }
            applied->append(erasure);
            continue;
        }
        QJsonObject server;
        for (const QString &field : erasure.fields) {
            const QJsonValue value = record != incoming.cend() ? record->data.value(field) : QJsonValue();
            server.insert(field, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
        }
        const std::optional<QVariantMap> values = m_codec.toLocal(*table, server, error);
        if (!values)
            return m_store.fail(tr("Applying the server's record %1 of %2 to %3 failed: %4")
                                    .arg(erasure.row, table->name, m_store.path(), *error));
        const QVariantMap current = m_store.record(table->name, id);
        if (current.isEmpty())
            return false;   // unreadable: erasing without knowing what named them would leave it
        // This file's own erasure, which it holds already: nothing to do again (a file restored
        // from a backup made before it holds other values, and erases again).
        bool held = erasure.replica == m_replica;
        for (auto it = values->cbegin(); held && it != values->cend(); ++it)
            held = SyncRecordCodec::sameValue(current.value(it.key()), it.value());
        if (held)
            continue;
        if (table->name == QLatin1String("people"))
            texts << PersonErasure::textsToForget(current, *values);
        applied->append(erasure);
        m_store.setChangeSource(erasure.who, erasure.seq);
        const bool erased = values->isEmpty() || m_store.erase(table->name, id, *values);
        m_store.setChangeSource({}, 0);
        if (!erased)
            return false;
    }
    texts.removeDuplicates();
    return texts.isEmpty() || m_store.forgetInHistory(texts, PersonErasure::erasedText());
}

// After the pull's deletions: what a deletion noted of an erased record (its values before)
// goes too.
bool TeamSync::forgetErasedHistory(const QList<Erasure> &erasures)
{
    for (const Erasure &erasure : erasures)
        if (m_catalog->table(erasure.table) && !m_store.forgetFieldsInHistory(erasure.table, erasure.row, erasure.fields))
            return false;
    return true;
}

// The last values of a record this file no longer has, as its history noted them (the
// deletion's "before"), to know what named an erased person.
std::optional<QVariantMap> TeamSync::lastKnownValues(const QString &table, const QString &uuid)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT before_json FROM change_log WHERE table_name = ? AND row_uuid = ? "
                                 "AND before_json IS NOT NULL AND before_json <> '{}' ORDER BY id DESC LIMIT 1"));
    query.addBindValue(table);
    query.addBindValue(uuid);
    const QVariantMap values = query.exec() && query.next() ? SyncRecordCodec::parseObject(query.value(0)).toVariantMap() : QVariantMap();
    QString error;
    if (StoreRead::failed(query, m_store, &error)) {
        m_store.fail(error);
        return std::nullopt;
    }
    return values;
}

std::optional<QJsonObject> TeamSync::erasedValues(const SyncedTable &table, const QString &row, const QJsonObject &entry,
                                                  qint64 logId, QString *error)
{
    // The values the entry noted (what the record held right after the erasure, whatever
    // happened to it since); an entry without them, what the record holds now.
    QJsonObject local = entry.value(QStringLiteral("values")).toObject();
    if (local.isEmpty()) {
        const qint64 id = SyncRecordCodec::localId(m_store, table.name, row);
        const QVariantMap current = id > 0 ? m_store.record(table.name, id) : QVariantMap();
        if (id > 0 && current.isEmpty()) {
            *error = m_store.errorString();
            return std::nullopt;
        }
        for (const QJsonValue &field : entry.value(QStringLiteral("erased")).toArray()) {
            const QVariant value = current.value(field.toString());
            local.insert(field.toString(), value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
        }
    }
    return m_codec.toServer(table, local, error, logId);
}

} // namespace citylab
