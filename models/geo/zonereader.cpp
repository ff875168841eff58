// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonereader.h"

#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

namespace citylab {

namespace {

// Ids are integers from the store, so a list of them is safe to put in the statement.
QString idList(const QSet<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(u',');
}

} // namespace

ZoneReader::Result ZoneReader::all(const Store &store)
{
    return read(store, {});
}

ZoneReader::Result ZoneReader::withIds(const Store &store, const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    return read(store, QStringLiteral("z.id IN (") + idList(ids) + u')');
}

ZoneReader::Result ZoneReader::ofExperiment(const Store &store, qint64 experimentId)
{
    return ofExperiments(store, {experimentId});
}

ZoneReader::Result ZoneReader::ofExperiments(const Store &store, const QSet<qint64> &experimentIds)
{
    if (experimentIds.isEmpty())
        return {};
    return read(store, QStringLiteral("z.experiment_id IN (") + idList(experimentIds) + u')');
}

ZoneReader::Result ZoneReader::ofStage(const Store &store, const QString &stage)
{
    return read(store, QStringLiteral("e.stage = :stage"), {{QStringLiteral(":stage"), stage}});
}

ZoneReader::Result ZoneReader::read(const Store &store, const QString &where, const QVariantMap &bindings)
{
    Result result;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT z.id, z.uuid, z.experiment_id, z.name, z.geometry, z.constraints, z.active_from, z.active_to,"
        " z.max_height_m, z.hours, z.district, z.notes, e.code, e.title, e.domain, e.stage, e.lead_organization_id, o.name"
        " FROM zones z JOIN experiments e ON e.id = z.experiment_id LEFT JOIN organizations o ON o.id = e.lead_organization_id")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY z.id");
    query.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        result.ok = false;
        result.error = SqlErrorText::describe(query.lastError());
        return result;
    }
    QList<QByteArray> geometries;
    while (query.next()) {
        Zone zone;
        zone.id = query.value(0).toLongLong();
        zone.uuid = query.value(1).toString();
        zone.experimentId = query.value(2).toLongLong();
        zone.name = query.value(3).toString();
        geometries << query.value(4).toByteArray();
        zone.constraints = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        zone.activeFrom = QDate::fromString(query.value(6).toString().left(10), Qt::ISODate);
        zone.activeTo = QDate::fromString(query.value(7).toString().left(10), Qt::ISODate);
        if (!query.value(8).isNull())
            zone.maxHeightM = query.value(8).toDouble();
        zone.hours = query.value(9).toString();
        zone.district = query.value(10).toString();
        zone.notes = query.value(11).toString();
        zone.experiment = {query.value(12).toString(), query.value(13).toString(), query.value(14).toString(),
                           query.value(15).toString(), query.value(16).isNull() ? -1 : query.value(16).toLongLong(),
                           query.value(17).toString()};
        result.zones << zone;
    }
    // A step that failed half-way (a damaged page, say) is not an answer.
    if (query.lastError().isValid()) {
        result.ok = false;
        result.error = SqlErrorText::describe(query.lastError());
        result.zones.clear();
        return result;
    }
    // Parsing the outlines is most of the time a read of the whole city takes (10,000
    // zones): spread over the cores. The query itself stays on this thread's connection.
    const Zone *first = result.zones.data();   // unshared: mapped in place
    QtConcurrent::blockingMap(result.zones, [first, &geometries](Zone &zone) {
        zone.geometry = ZoneGeometry::fromGeoJsonText(geometries.at(&zone - first));
    });
    for (const Zone &zone : std::as_const(result.zones)) {
        if (zone.geometry.polygons().isEmpty()) {
            result.unreadable << zone.name;
            result.unreadableIds << zone.id;
        }
    }
    result.zones.removeIf([](const Zone &zone) { return zone.geometry.polygons().isEmpty(); });
    return result;
}

} // namespace citylab
