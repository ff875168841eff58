// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonegeometry.h"

#include "geosbuilder.h"
#include "localplane.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <geos_c.h>

#include <cmath>
#include <memory>
#include <optional>

namespace citylab {

namespace {

// GEOS reentrant API: one context per thread, so the conflict finder may run in QtConcurrent.
struct GeosContext
{
    GEOSContextHandle_t handle = GEOS_init_r();
    ~GeosContext() { GEOS_finish_r(handle); }
};

GEOSContextHandle_t geos()
{
    thread_local GeosContext context;
    return context.handle;
}

struct GeomDeleter
{
    void operator()(GEOSGeometry *g) const { if (g) GEOSGeom_destroy_r(geos(), g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

// The plane GEOS works in: lon/lat itself (topology and repairs do not change under the
// local plane's affine map) or the local metric plane (areas, buffers).
struct PlaneMap
{
    std::optional<LocalPlane> plane;

    static PlaneMap metric(QPointF origin) { return {LocalPlane(origin)}; }
    QPointF forward(QPointF lonLat) const { return plane ? plane->toMetres(lonLat) : lonLat; }
    QPointF inverse(QPointF xy) const { return plane ? plane->toLonLat(xy) : xy; }
};

GeomPtr toGeos(const QList<ZoneGeometry::Polygon> &polygons, const PlaneMap &plane)
{
    return GeomPtr(GeosBuilder::multiPolygon(geos(), polygons, [&plane](QPointF p) { return plane.forward(p); }));
}

ZoneGeometry::Ring ringFromGeos(const GEOSGeometry *ring, const PlaneMap &plane)
{
    ZoneGeometry::Ring out;
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(geos(), ring);
    unsigned size = 0;
    GEOSCoordSeq_getSize_r(geos(), seq, &size);
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(geos(), seq, i, &x, &y);
        out << plane.inverse(QPointF(x, y));
    }
    return out;
}

void collectPolygons(const GEOSGeometry *g, const PlaneMap &plane, QList<ZoneGeometry::Polygon> &out)
{
    const int type = GEOSGeomTypeId_r(geos(), g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(geos(), g))
            return;
        ZoneGeometry::Polygon polygon;
        polygon << ringFromGeos(GEOSGetExteriorRing_r(geos(), g), plane);
        const int holes = GEOSGetNumInteriorRings_r(geos(), g);
        for (int h = 0; h < holes; ++h)
            polygon << ringFromGeos(GEOSGetInteriorRingN_r(geos(), g, h), plane);
        out << polygon;
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(geos(), g);
        for (int i = 0; i < n; ++i)
            collectPolygons(GEOSGetGeometryN_r(geos(), g, i), plane, out);
    }
}

QJsonArray ringJson(const ZoneGeometry::Ring &ring)
{
    QJsonArray out;
    for (const QPointF &p : ring)
        out.append(QJsonArray{p.x(), p.y()});
    return out;
}

QPointF centreOf(const QRectF &r) { return r.center(); }

} // namespace

QString ZoneGeometry::shapeName() const
{
    switch (m_shape) {
    case Shape::Circle: return QStringLiteral("circle");
    case Shape::Corridor: return QStringLiteral("corridor");
    case Shape::Polygon: break;
    }
    return QStringLiteral("polygon");
}

ZoneGeometry ZoneGeometry::fromGeoJsonText(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        ZoneGeometry g;
        g.m_problems << GeometryProblem{tr("unreadable JSON: %1").arg(error.errorString())};
        return g;
    }
    return fromGeoJson(doc.object());
}

QString ZoneGeometry::readablePosition(QPointF lonLat, int decimals)
{
    // the file's own digits unless asked (a typo of a digit must be recognisable); a dot
    // as decimal mark in every language, as GIS and maps write coordinates
    const auto number = [decimals](double value) {
        return decimals < 0 ? QString::number(value) : QString::number(value, 'f', decimals);
    };
    return tr("lat %1, lon %2").arg(number(lonLat.y()), number(lonLat.x()));
}

ZoneGeometry ZoneGeometry::fromGeoJson(const QJsonObject &geometry)
{
    ZoneGeometry g;
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    QJsonArray polygons;
    if (type == QLatin1String("Polygon")) {
        polygons.append(coordinates);
    } else if (type == QLatin1String("MultiPolygon")) {
        polygons = coordinates;
    } else {
        g.m_problems << GeometryProblem{tr("geometry type \"%1\" is not a Polygon or MultiPolygon").arg(type)};
        return g;
    }
    if (polygons.isEmpty())
        g.m_problems << GeometryProblem{tr("the geometry has no coordinates")};
    // Coordinates one level too shallow (a Polygon written as a list of positions) would
    // otherwise give one "not a pair of numbers" per vertex: said once, with the nesting.
    const QJsonValue firstRing = polygons.at(0).toArray().at(0);
    if (!polygons.isEmpty() && firstRing.isArray() && !firstRing.toArray().isEmpty() && firstRing.toArray().at(0).isDouble()) {
        g.m_problems << GeometryProblem{
            type == QLatin1String("Polygon")
                ? tr("the Polygon's coordinates are nested one level too shallow: a Polygon is a list of rings, "
                     "each a list of [longitude, latitude] positions ([[[lon, lat], …]])")
                : tr("the MultiPolygon's coordinates are nested one level too shallow: a MultiPolygon is a list of "
                     "polygons, each a list of rings of [longitude, latitude] positions ([[[[lon, lat], …]]])")};
        return g;
    }

    for (const QJsonValue &polygonValue : std::as_const(polygons)) {
        Polygon polygon;
        const QJsonArray rings = polygonValue.toArray();
        if (rings.isEmpty())
            g.m_problems << GeometryProblem{tr("a polygon has no rings")};
        for (const QJsonValue &ringValue : rings) {
            Ring ring;
            bool badPosition = false;
            for (const QJsonValue &positionValue : ringValue.toArray()) {
                const QJsonArray position = positionValue.toArray();
                // 3D positions are accepted; the altitude is dropped (zones carry max_height_m).
                if (position.size() < 2 || !position.at(0).isDouble() || !position.at(1).isDouble()) {
                    badPosition = true;
                    continue;
                }
                const QPointF p(position.at(0).toDouble(), position.at(1).toDouble());
                if (std::abs(p.x()) > 180 || std::abs(p.y()) > 90) {
                    g.m_problems << GeometryProblem{tr("coordinates out of range: %1 (latitude must be within ±90, longitude within ±180)")
                                                        .arg(readablePosition(p)), true, p};
                }
                ring << p;
            }
            if (badPosition)
                g.m_problems << GeometryProblem{tr("a position is not a pair of numbers")};
            if (ring.size() < 4) {
                g.m_problems << GeometryProblem{tr("too few points: a ring needs at least 4 positions (3 corners and the first repeated), this one has %1").arg(ring.size())};
            } else if (ring.first() != ring.last()) {
                g.m_problems << GeometryProblem{tr("unclosed ring: the last position %1 differs from the first %2")
                                                    .arg(readablePosition(ring.last()), readablePosition(ring.first())),
                                                true, ring.last()};
            }
            polygon << ring;
        }
        g.m_polygons << polygon;
    }
    return g;
}

ZoneGeometry ZoneGeometry::circle(QPointF centre, double radiusM)
{
    ZoneGeometry g;
    g.m_shape = Shape::Circle;
    g.m_constraints = QJsonObject{{QLatin1String("center"), QJsonArray{centre.x(), centre.y()}},
                                  {QLatin1String("radius_m"), radiusM}};
    if (!(radiusM > 0)) {
        g.m_problems << GeometryProblem{tr("the radius must be greater than 0 m")};
        return g;
    }
    if (std::abs(centre.x()) > 180 || std::abs(centre.y()) > 90) {
        g.m_problems << GeometryProblem{tr("coordinates out of range: %1 (latitude must be within ±90, longitude within ±180)")
                                            .arg(readablePosition(centre)), true, centre};
        return g;
    }
    const PlaneMap plane = PlaneMap::metric(centre);
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(geos(), 1, 2);
    GEOSCoordSeq_setXY_r(geos(), seq, 0, 0, 0);
    GeomPtr point(GEOSGeom_createPoint_r(geos(), seq));
    // 16 segments per quadrant: the polygon's area is within 0.7% of the true circle.
    GeomPtr buffer(GEOSBuffer_r(geos(), point.get(), radiusM, 16));
    collectPolygons(buffer.get(), plane, g.m_polygons);
    return g;
}

ZoneGeometry ZoneGeometry::corridor(const QList<QPointF> &line, double widthM)
{
    ZoneGeometry g;
    g.m_shape = Shape::Corridor;
    QJsonArray centreline;
    for (const QPointF &p : line)
        centreline.append(QJsonArray{p.x(), p.y()});
    g.m_constraints = QJsonObject{{QLatin1String("centerline"), centreline}, {QLatin1String("width_m"), widthM}};
    if (!(widthM > 0)) {
        g.m_problems << GeometryProblem{tr("the width must be greater than 0 m")};
        return g;
    }
    if (line.size() < 2) {
        g.m_problems << GeometryProblem{tr("too few points: a line needs at least 2 positions, this one has %1").arg(line.size())};
        return g;
    }
    QRectF box;
    for (const QPointF &p : line) {
        if (std::abs(p.x()) > 180 || std::abs(p.y()) > 90) {
            g.m_problems << GeometryProblem{tr("coordinates out of range: %1 (latitude must be within ±90, longitude within ±180)")
                                                .arg(readablePosition(p)), true, p};
        }
        box = box.isNull() ? QRectF(p, QSizeF(0, 0)) : box.united(QRectF(p, QSizeF(0, 0)));
    }
    if (!g.m_problems.isEmpty())
        return g;
    const PlaneMap plane = PlaneMap::metric(centreOf(QRectF(box).normalized()));
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(geos(), unsigned(line.size()), 2);
    for (int i = 0; i < line.size(); ++i) {
        const QPointF p = plane.forward(line.at(i));
        GEOSCoordSeq_setXY_r(geos(), seq, unsigned(i), p.x(), p.y());
    }
    GeomPtr lineString(GEOSGeom_createLineString_r(geos(), seq));
    GeomPtr buffer(GEOSBuffer_r(geos(), lineString.get(), widthM / 2, 16));
    collectPolygons(buffer.get(), plane, g.m_polygons);
    return g;
}

QList<GeometryProblem> ZoneGeometry::validate() const
{
    if (!m_problems.isEmpty())
        return m_problems;
    if (m_polygons.isEmpty())
        return {GeometryProblem{tr("the geometry is empty")}};
    // Topology does not change under the local plane's affine map: check in lon/lat.
    GeomPtr g = toGeos(m_polygons, PlaneMap());
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    const char valid = GEOSisValidDetail_r(geos(), g.get(), 0, &reason, &location);
    if (valid == 1)
        return {};
    GeometryProblem problem;
    const QString geosReason = QString::fromUtf8(reason ? reason : "");
    if (geosReason.contains(QLatin1String("Self-intersection"), Qt::CaseInsensitive))
        problem.reason = tr("self-intersection");
    else if (geosReason.contains(QLatin1String("Hole lies outside shell"), Qt::CaseInsensitive))
        problem.reason = tr("a hole lies outside its polygon");
    else if (geosReason.contains(QLatin1String("Nested shells"), Qt::CaseInsensitive)
             || geosReason.contains(QLatin1String("overlap"), Qt::CaseInsensitive))
        problem.reason = tr("polygons of the same zone overlap");
    else if (geosReason.contains(QLatin1String("Too few points"), Qt::CaseInsensitive))
        problem.reason = tr("too few distinct points");
    else
        problem.reason = tr("invalid geometry: %1").arg(geosReason);
    if (location) {
        double x = 0, y = 0;
        if (GEOSGeomGetX_r(geos(), location, &x) == 1 && GEOSGeomGetY_r(geos(), location, &y) == 1) {
            problem.hasLocation = true;
            problem.location = QPointF(x, y);
            problem.reason += tr(" at %1").arg(readablePosition(QPointF(x, y), 7));
        }
        GEOSGeom_destroy_r(geos(), location);
    }
    if (reason)
        GEOSFree_r(geos(), reason);
    return {problem};
}

ZoneGeometry ZoneGeometry::repaired() const
{
    ZoneGeometry out;
    out.m_shape = m_shape;
    out.m_constraints = m_constraints;
    if (m_polygons.isEmpty())
        return out;
    // Structural problems (unclosed rings, too few points) cannot go to GEOS: close rings first.
    QList<Polygon> polygons;
    for (Polygon polygon : m_polygons) {
        Polygon kept;
        for (Ring ring : polygon) {
            if (!ring.isEmpty() && ring.first() != ring.last())
                ring << ring.first();
            if (ring.size() >= 4)
                kept << ring;
        }
        if (!kept.isEmpty())
            polygons << kept;
    }
    if (polygons.isEmpty())
        return out;
    GeomPtr g = toGeos(polygons, PlaneMap());
    GeomPtr fixed(GEOSMakeValid_r(geos(), g.get()));
    if (fixed)
        collectPolygons(fixed.get(), PlaneMap(), out.m_polygons);
    return out;
}

QJsonObject ZoneGeometry::toGeoJson() const
{
    auto polygonJson = [](const Polygon &polygon) {
        QJsonArray rings;
        for (const Ring &ring : polygon)
            rings.append(ringJson(ring));
        return rings;
    };
    if (m_polygons.size() == 1)
        return {{QLatin1String("type"), QLatin1String("Polygon")}, {QLatin1String("coordinates"), polygonJson(m_polygons.first())}};
    QJsonArray all;
    for (const Polygon &polygon : m_polygons)
        all.append(polygonJson(polygon));
    return {{QLatin1String("type"), QLatin1String("MultiPolygon")}, {QLatin1String("coordinates"), all}};
}

QByteArray ZoneGeometry::toGeoJsonText() const
{
    return QJsonDocument(toGeoJson()).toJson(QJsonDocument::Compact);
}

QRectF ZoneGeometry::bounds() const
{
    double minX = 180, maxX = -180, minY = 90, maxY = -90;
    bool any = false;
    for (const Polygon &polygon : m_polygons) {
        if (polygon.isEmpty())
            continue;
        for (const QPointF &p : polygon.first()) {
            minX = qMin(minX, p.x()); maxX = qMax(maxX, p.x());
            minY = qMin(minY, p.y()); maxY = qMax(maxY, p.y());
            any = true;
        }
    }
    return any ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF();
}

double ZoneGeometry::areaM2() const
{
    if (m_polygons.isEmpty() || !m_problems.isEmpty())
        return 0;
    GeomPtr g = toGeos(m_polygons, PlaneMap::metric(bounds().center()));
    double area = 0;
    GEOSArea_r(geos(), g.get(), &area);
    return area;
}

double ZoneGeometry::intersectionAreaM2(const ZoneGeometry &other) const
{
    if (m_polygons.isEmpty() || other.m_polygons.isEmpty() || !m_problems.isEmpty() || !other.m_problems.isEmpty())
        return 0;
    const QRectF a = bounds(), b = other.bounds();
    if (!a.intersects(b))
        return 0;
    const PlaneMap plane = PlaneMap::metric(a.intersected(b).center());
    GeomPtr ga = toGeos(m_polygons, plane), gb = toGeos(other.m_polygons, plane);
    GeomPtr common(GEOSIntersection_r(geos(), ga.get(), gb.get()));
    if (!common)
        return 0;
    double area = 0;
    GEOSArea_r(geos(), common.get(), &area);
    return area;
}

// GEOS's constrained Delaunay triangulation keeps every ring's edges, so holes stay empty.
QList<QPointF> ZoneGeometry::triangulate(const Polygon &polygon)
{
    QList<QPointF> corners;
    if (polygon.isEmpty())
        return corners;
    const auto ring = [](const Ring &points) -> GEOSGeometry * {
        if (points.size() < 4 || points.first() != points.last())
            return nullptr;
        return GeosBuilder::linearRing(geos(), points);
    };
    GEOSGeometry *shell = ring(polygon.first());
    if (!shell)
        return corners;
    QList<GEOSGeometry *> holes;
    for (qsizetype i = 1; i < polygon.size(); ++i)
        if (GEOSGeometry *hole = ring(polygon.at(i)))
            holes << hole;
    const GeomPtr area(GEOSGeom_createPolygon_r(geos(), shell, holes.data(), unsigned(holes.size())));
    const GeomPtr triangles(area ? GEOSConstrainedDelaunayTriangulation_r(geos(), area.get()) : nullptr);
    if (!triangles)
        return corners;
    const int count = GEOSGetNumGeometries_r(geos(), triangles.get());
    corners.reserve(count * 3);
    for (int t = 0; t < count; ++t) {
        const GEOSGeometry *triangle = GEOSGetGeometryN_r(geos(), triangles.get(), t);
        const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(geos(), GEOSGetExteriorRing_r(geos(), triangle));
        for (unsigned i = 0; i < 3; ++i) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(geos(), seq, i, &x, &y);
            corners << QPointF(x, y);
        }
    }
    return corners;
}

} // namespace citylab
