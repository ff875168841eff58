// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontents.h"

#include "pgconnection.h"
#include "synccatalog.h"
#include "syncrecordcodec.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

std::optional<SyncContents> SyncContentsReader::local(Store &store, QString *error)
{
    std::optional<SyncCatalog> catalog = SyncCatalog::read(store, error);
    if (!catalog)
        return std::nullopt;
    SyncRecordCodec codec(store);
    SyncContents contents;
    for (const SyncedTable &table : catalog->tables()) {
        const std::optional<QList<QJsonObject>> rows = codec.tableRows(table, error);
        if (!rows)
            return std::nullopt;
        QMap<QString, QJsonObject> &records = contents[table.name];
        for (QJsonObject row : *rows) {
            const QString uuid = row.take(QStringLiteral("uuid")).toString();
            records.insert(uuid, row);
        }
    }
    QSqlQuery measurements(store.database());
    measurements.exec(QStringLiteral("SELECT b.uuid, m.rows, m.total, m.zoned FROM measurement_batches b JOIN"
                                     " (SELECT batch_id, count(*) AS rows, total(value) AS total, count(zone_id) AS zoned"
                                     "  FROM measurements GROUP BY batch_id) m ON m.batch_id = b.id"));
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

std::optional<SyncContents> SyncContentsReader::server(PgConnection &server, const Store &store, QString *error)
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
    SyncContents contents;
    for (const SyncedTable &table : catalog->tables())
        contents[table.name];
    for (const QVariantList &row : rows->rows) {
        const SyncedTable *table = catalog->table(row.value(0).toString());
        if (!table)
            continue;
        const QJsonObject data = SyncRecordCodec::parseObject(row.value(2));
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
