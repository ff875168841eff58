// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace citylab {

// One problem found in a zone geometry: what is wrong and, when known, where (lon/lat).
struct GeometryProblem
{
    QString reason;
    bool hasLocation = false;
    QPointF location;   // x = longitude, y = latitude
};

// A zone's area as GeoJSON (Polygon or MultiPolygon, WGS84 lon/lat, holes allowed) with the
// checks and measures the store, the importers, the map and the conflict finder share.
// Circles and corridors are buffered into polygons in a local metric plane; the original
// parameters stay in constraints() (the same JSON the demo generator writes).
// Areas are computed in a local tangent plane on the WGS84 ellipsoid (meridian and prime
// vertical radii at the zone's centre): within 0.1% for zones up to about 20 km across.
class ZoneGeometry
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneGeometry)

public:
    enum class Shape { Polygon, Circle, Corridor };

    ZoneGeometry() = default;

    // Reads a GeoJSON geometry object (type Polygon or MultiPolygon); altitude is dropped.
    // Structural problems (wrong type, too few points, unclosed ring, out-of-range
    // coordinates) go to problems(); topology is checked by validate().
    static ZoneGeometry fromGeoJson(const QJsonObject &geometry);
    // A position as people read one, latitude first: "lat 45.0050000, lon 7.0050000".
    static QString readablePosition(QPointF lonLat, int decimals = -1);
    static ZoneGeometry fromGeoJsonText(const QByteArray &json);
    // A circle of radius metres around centre (lon/lat), as a 64-sided polygon.
    static ZoneGeometry circle(QPointF centre, double radiusM);
    // A corridor: every point within widthM / 2 of the line (lon/lat points), round ends.
    static ZoneGeometry corridor(const QList<QPointF> &line, double widthM);

    bool isNull() const { return m_polygons.isEmpty() && m_problems.isEmpty(); }
    Shape shape() const { return m_shape; }
    QString shapeName() const;   // 'polygon' | 'circle' | 'corridor', as in zones.shape
    // Parameters of a circle or corridor as stored in zones.constraints, else empty.
    QJsonObject constraints() const { return m_constraints; }

    // Structural problems plus topology ones (self-intersection with its location).
    QList<GeometryProblem> validate() const;
    bool isValid() const { return validate().isEmpty(); }
    // Only on explicit request: GEOSMakeValid, keeping polygonal parts. Returns a null
    // geometry when nothing polygonal is left.
    ZoneGeometry repaired() const;

    QJsonObject toGeoJson() const;
    QByteArray toGeoJsonText() const;
    QRectF bounds() const;   // x = lon, y = lat

    double areaM2() const;
    double intersectionAreaM2(const ZoneGeometry &other) const;

    // Polygons as rings of lon/lat points; ring 0 is the outer ring, the rest holes.
    using Ring = QList<QPointF>;
    using Polygon = QList<Ring>;
    const QList<Polygon> &polygons() const { return m_polygons; }

    // Triangles filling a polygon with holes (ring 0 outer, the rest holes; any plane:
    // lon/lat or Web Mercator metres), three corners each; empty when it cannot be done.
    static QList<QPointF> triangulate(const Polygon &polygon);

private:
    QList<Polygon> m_polygons;
    QList<GeometryProblem> m_problems;
    Shape m_shape = Shape::Polygon;
    QJsonObject m_constraints;
};

} // namespace citylab
