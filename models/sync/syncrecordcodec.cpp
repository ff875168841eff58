// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrecordcodec.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace citylab {

namespace {

QJsonObject rowObject(const QSqlQuery &query)
{
    QJsonObject object;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        object.insert(record.fieldName(i), query.isNull(i) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(query.value(i)));
    return object;
}

} // namespace

SyncRecordCodec::SyncRecordCodec(Store &store)
    : m_store(store)
{
}

QJsonObject SyncRecordCodec::parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonObject SyncRecordCodec::parseObject(QByteArrayView text)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size())).object();
}

bool SyncRecordCodec::sameValue(const QVariant &mine, const QVariant &theirs)
{
    return mine.isNull() == theirs.isNull() && (mine.isNull() || QJsonValue::fromVariant(mine) == QJsonValue::fromVariant(theirs));
}

std::optional<QVariant> SyncRecordCodec::localValue(const Store &store, const QString &table, const QString &field,
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

qint64 SyncRecordCodec::localId(const Store &store, const QString &table, const QString &uuid)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = ?").arg(table));
    query.addBindValue(uuid);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

std::optional<QList<QJsonObject>> SyncRecordCodec::tableRows(const SyncedTable &table, QString *error)
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

std::optional<QJsonObject> SyncRecordCodec::toServer(const SyncedTable &table, const QJsonObject &local, QString *error,
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

std::optional<QVariantMap> SyncRecordCodec::toLocal(const SyncedTable &table, const QJsonObject &server, QString *error)
{
    QVariantMap values;
    for (const QString &column : table.columns) {
        const QJsonValue value = server.value(column);
        // A column the record does not carry was unknown to the CityLab that wrote it (an
        // older version): left as it is here, not cleared.
        if (value.isUndefined())
            continue;
        if (!table.references.contains(column) || value.isNull()) {
            values.insert(column, value.toVariant());
            continue;
        }
        const qint64 id = localId(m_store, table.references.value(column), value.toString());
        if (id <= 0) {
            *error = tr("the record it refers to (%1 of %2) is not in the file").arg(value.toString(), table.references.value(column));
            return std::nullopt;
        }
        values.insert(column, id);
    }
    return values;
}

QString SyncRecordCodec::uuidOfId(const QString &table, qint64 id)
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
QString SyncRecordCodec::uuidOfIdAt(const QString &table, qint64 id, qint64 logId)
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

} // namespace citylab
