// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapzone.h"

#include "mapgeometry.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace citylab {

namespace {

QList<QPointF> ringFromJson(const QJsonArray &coordinates)
{
    QList<QPointF> ring;
    ring.reserve(coordinates.size() + 1);
    for (const QJsonValue &value : coordinates) {
        const QJsonArray pair = value.toArray();
        if (pair.size() < 2)
            return {};
        ring << MapGeometry::project(QPointF(pair.at(0).toDouble(), pair.at(1).toDouble()));
    }
    if (ring.size() >= 3 && ring.first() != ring.last())
        ring << ring.first();
    return ring.size() >= 4 ? ring : QList<QPointF>();
}

} // namespace

bool MapZone::activeOn(QDate day) const
{
    return (!activeFrom.isValid() || activeFrom <= day) && (!activeTo.isValid() || day <= activeTo);
}

// Inside an outer ring and outside its holes: a click in a courtyard left out of a zone
// does not select the zone.
bool MapZone::contains(QPointF mercator) const
{
    if (!bounds.contains(mercator))
        return false;
    for (const QList<Ring> &polygon : polygons) {
        if (!MapGeometry::containsPoint(polygon.first(), mercator))
            continue;
        if (std::none_of(polygon.cbegin() + 1, polygon.cend(),
                         [mercator](const Ring &hole) { return MapGeometry::containsPoint(hole, mercator); }))
            return true;
    }
    return false;
}

QList<QList<MapZone::Ring>> MapZone::polygonsFromGeoJson(const QByteArray &json)
{
    const QJsonObject geometry = QJsonDocument::fromJson(json).object();
    const QString type = geometry.value(u"type").toString();
    const QJsonArray coordinates = geometry.value(u"coordinates").toArray();
    QList<QJsonArray> polygonArrays;
    if (type == u"Polygon")
        polygonArrays << coordinates;
    else if (type == u"MultiPolygon")
        for (const QJsonValue &polygon : coordinates)
            polygonArrays << polygon.toArray();
    QList<QList<Ring>> polygons;
    for (const QJsonArray &rings : std::as_const(polygonArrays)) {
        QList<Ring> polygon;
        for (const QJsonValue &ring : rings) {
            Ring points = ringFromJson(ring.toArray());
            if (points.isEmpty() && polygon.isEmpty())
                break;   // no outer ring: no polygon
            if (!points.isEmpty())
                polygon << points;
        }
        if (!polygon.isEmpty())
            polygons << polygon;
    }
    return polygons;
}

QList<MapZone::Ring> MapZone::ringsFromGeoJson(const QByteArray &json)
{
    QList<Ring> rings;
    for (const QList<Ring> &polygon : polygonsFromGeoJson(json))
        rings << polygon;
    return rings;
}

QList<MapZone> MapZone::load(Store &store, QStringList *skipped)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT z.id, z.experiment_id, z.name, z.geometry, z.active_from, z.active_to, e.code, e.title,"
        " e.domain, e.stage, e.lead_organization_id FROM zones z JOIN experiments e ON e.id = z.experiment_id"
        " ORDER BY z.id"));
    QList<MapZone> zones;
    QList<QByteArray> geometries;
    while (query.next()) {
        MapZone zone;
        zone.id = query.value(0).toLongLong();
        zone.experimentId = query.value(1).toLongLong();
        zone.name = query.value(2).toString();
        geometries << query.value(3).toByteArray();
        zone.activeFrom = QDate::fromString(query.value(4).toString().left(10), Qt::ISODate);
        zone.activeTo = QDate::fromString(query.value(5).toString().left(10), Qt::ISODate);
        zone.code = query.value(6).toString();
        zone.title = query.value(7).toString();
        zone.domain = query.value(8).toString();
        zone.stage = query.value(9).toString();
        zone.organizationId = query.value(10).isNull() ? -1 : query.value(10).toLongLong();
        zones << zone;
    }
    // Parsing and projecting the outlines is most of the time the map takes to open (10,000
    // zones): spread it over the cores. The query itself stays on this thread's connection.
    const MapZone *first = zones.data();   // unshared from here on: the map works in place
    QtConcurrent::blockingMap(zones, [first, &geometries](MapZone &zone) {
        zone.polygons = polygonsFromGeoJson(geometries.at(&zone - first));
        for (const QList<Ring> &polygon : std::as_const(zone.polygons))
            zone.rings << polygon;
        for (const Ring &ring : std::as_const(zone.rings))
            zone.bounds |= MapGeometry::boundsOf(ring);
    });
    zones.removeIf([skipped](const MapZone &zone) {
        if (zone.rings.isEmpty() && skipped)
            *skipped << zone.name;
        return zone.rings.isEmpty();
    });
    return zones;
}

} // namespace citylab
