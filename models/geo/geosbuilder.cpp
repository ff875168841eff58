// SPDX-License-Identifier: GPL-3.0-or-later
#include "geosbuilder.h"

#include <geos_c.h>

namespace citylab {

GEOSGeometry *GeosBuilder::linearRing(GEOSContextHandle_t context, const QList<QPointF> &points, const Transform &transform)
{
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(context, unsigned(points.size()), 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF p = transform ? transform(points.at(i)) : points.at(i);
        GEOSCoordSeq_setXY_r(context, seq, unsigned(i), p.x(), p.y());
    }
    return GEOSGeom_createLinearRing_r(context, seq);
}

GEOSGeometry *GeosBuilder::multiPolygon(GEOSContextHandle_t context, const QList<ZoneGeometry::Polygon> &polygons,
                                        const Transform &transform)
{
    QList<GEOSGeometry *> parts;
    for (const ZoneGeometry::Polygon &polygon : polygons) {
        GEOSGeometry *shell = linearRing(context, polygon.first(), transform);
        QList<GEOSGeometry *> holes;
        for (qsizetype h = 1; h < polygon.size(); ++h)
            holes << linearRing(context, polygon.at(h), transform);
        parts << GEOSGeom_createPolygon_r(context, shell, holes.data(), unsigned(holes.size()));
    }
    return GEOSGeom_createCollection_r(context, GEOS_MULTIPOLYGON, parts.data(), unsigned(parts.size()));
}

} // namespace citylab
