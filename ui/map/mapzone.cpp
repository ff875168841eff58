// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapzone.h"

#include "geo/webmercator.h"
#include "geo/zone.h"
#include "mapgeometry.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace citylab {

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

MapZone MapZone::fromZone(const Zone &zone)
{
    MapZone mapped;
    mapped.id = zone.id;
    mapped.experimentId = zone.experimentId;
    mapped.organizationId = zone.experiment.leadOrganizationId;
    mapped.organization = zone.experiment.leadOrganization;
    mapped.name = zone.name;
    mapped.code = zone.experiment.code;
    mapped.title = zone.experiment.title;
    mapped.domain = zone.experiment.domain;
    mapped.stage = zone.experiment.stage;
    mapped.activeFrom = zone.activeFrom;
    mapped.activeTo = zone.activeTo;
    for (const ZoneGeometry::Polygon &polygon : zone.geometry.polygons()) {
        QList<Ring> projected;
        for (const ZoneGeometry::Ring &ring : polygon) {
            Ring points;
            points.reserve(ring.size() + 1);
            for (const QPointF &lonLat : ring)
                points << WebMercator::project(lonLat);
            if (points.size() >= 3 && points.first() != points.last())
                points << points.first();
            if (points.size() < 4) {
                if (projected.isEmpty())
                    break;   // no outer ring: no polygon
                continue;
            }
            projected << points;
            mapped.rings << points;
            mapped.bounds |= MapGeometry::boundsOf(points);
        }
        if (!projected.isEmpty())
            mapped.polygons << projected;
    }
    return mapped;
}

QList<MapZone> MapZone::fromZones(const QList<Zone> &zones)
{
    return QtConcurrent::blockingMapped<QList<MapZone>>(zones, &MapZone::fromZone);
}

} // namespace citylab
