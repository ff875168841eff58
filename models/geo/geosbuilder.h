// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonegeometry.h"

#include <QList>
#include <QPointF>

#include <functional>

typedef struct GEOSContextHandle_HS *GEOSContextHandle_t;
typedef struct GEOSGeom_t GEOSGeometry;

namespace citylab {

// GEOS geometries from CityLab's rings, built in the caller's GEOS context (each thread has
// its own), optionally through a change of plane (lon/lat to local metres, say). The caller
// owns what is returned.
class GeosBuilder
{
public:
    using Transform = std::function<QPointF(QPointF)>;   // empty: coordinates as they are

    static GEOSGeometry *linearRing(GEOSContextHandle_t context, const QList<QPointF> &points,
                                    const Transform &transform = {});
    static GEOSGeometry *multiPolygon(GEOSContextHandle_t context, const QList<ZoneGeometry::Polygon> &polygons,
                                      const Transform &transform = {});
};

} // namespace citylab
