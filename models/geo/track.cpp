// SPDX-License-Identifier: GPL-3.0-or-later
#include "track.h"

#include "localplane.h"

#include <geos_c.h>

namespace citylab {

QString Track::formatName(Format format)
{
    switch (format) {
    case Format::Gpx:
        return QStringLiteral("gpx");
    case Format::GeoJson:
        return QStringLiteral("geojson");
    case Format::Csv:
        break;
    }
    return QStringLiteral("csv");
}

QList<QPointF> Track::drawnPath(int maxPoints) const
{
    QList<QPointF> lonLat;
    lonLat.reserve(points.size());
    for (const TrackPoint &p : points)
        lonLat.append(QPointF(p.lon, p.lat));
    return thinned(lonLat, maxPoints);
}

QList<QPointF> Track::thinned(const QList<QPointF> &lonLat, int maxPoints)
{
    if (lonLat.size() <= maxPoints || lonLat.size() < 3)
        return lonLat;
    const LocalPlane plane(lonLat.first());
    GEOSContextHandle_t context = GEOS_init_r();
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(context, unsigned(lonLat.size()), 2);
    for (qsizetype i = 0; i < lonLat.size(); ++i) {
        const QPointF m = plane.toMetres(lonLat.at(i));
        GEOSCoordSeq_setXY_r(context, seq, unsigned(i), m.x(), m.y());
    }
    GEOSGeometry *line = GEOSGeom_createLineString_r(context, seq);
    QList<QPointF> out;
    // Half a metre first, doubling: a drawn line never strays further than needed to fit.
    for (double tolerance = 0.5; line && tolerance < 1e6; tolerance *= 2) {
        GEOSGeometry *simple = GEOSSimplify_r(context, line, tolerance);
        if (!simple)
            break;
        const GEOSCoordSequence *s = GEOSGeom_getCoordSeq_r(context, simple);
        unsigned size = 0;
        GEOSCoordSeq_getSize_r(context, s, &size);
        if (int(size) <= maxPoints) {
            out.reserve(size);
            for (unsigned i = 0; i < size; ++i) {
                double x = 0, y = 0;
                GEOSCoordSeq_getXY_r(context, s, i, &x, &y);
                out.append(plane.toLonLat(QPointF(x, y)));
            }
            GEOSGeom_destroy_r(context, simple);
            break;
        }
        GEOSGeom_destroy_r(context, simple);
    }
    if (line)
        GEOSGeom_destroy_r(context, line);
    GEOS_finish_r(context);
    if (out.isEmpty()) {   // GEOS could not help: every n-th point, the ends kept
        const qsizetype step = (lonLat.size() + maxPoints - 1) / maxPoints;
        for (qsizetype i = 0; i < lonLat.size(); i += step)
            out.append(lonLat.at(i));
        if (out.last() != lonLat.last())
            out.append(lonLat.last());
    }
    return out;
}

} // namespace citylab
