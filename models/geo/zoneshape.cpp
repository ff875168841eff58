// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneshape.h"

#include "localplane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace citylab {

namespace {

// The local plane ZoneGeometry buffers circles and corridors in, so a radius dragged here is
// the radius GEOS draws.
QPointF toPlane(QPointF origin, QPointF lonLat)
{
    return LocalPlane(origin).toMetres(lonLat);
}

QPointF fromPlane(QPointF origin, QPointF metres)
{
    return LocalPlane(origin).toLonLat(metres);
}

QList<QPointF> pointsOf(const QJsonValue &value)
{
    QList<QPointF> points;
    for (const QJsonValue &point : value.toArray()) {
        const QJsonArray pair = point.toArray();
        if (pair.size() >= 2 && pair.at(0).isDouble() && pair.at(1).isDouble())
            points << QPointF(pair.at(0).toDouble(), pair.at(1).toDouble());
    }
    return points;
}

} // namespace

QString ZoneShape::sizeProblem(Kind kind, double metres)
{
    if (kind == Kind::Polygon || (metres > 0 && metres <= MaxSizeM))
        return {};
    const QLocale locale;
    const QString given = locale.toString(metres, 'f', QLocale::FloatingPointShortest);
    const QString largest = locale.toString(MaxSizeM, 'f', 0);
    if (kind == Kind::Circle) {
        if (!(metres > 0))
            return tr("the radius must be greater than 0 m");
        return tr("a radius of %1 m is too large: a zone's circle may have a radius of at most %2 m")
            .arg(given, largest);
    }
    if (!(metres > 0))
        return tr("the width must be greater than 0 m");
    return tr("a width of %1 m is too large: a zone's corridor may be at most %2 m wide").arg(given, largest);
}

QStringList ZoneShape::limitProblems(const ZoneGeometry &geometry)
{
    const Kind kind = geometry.shape();
    if (kind == Kind::Polygon)
        return {};
    const QLatin1String parameter = kind == Kind::Circle ? QLatin1String("radius_m") : QLatin1String("width_m");
    const double size = geometry.constraints().value(parameter).toDouble();
    if (const QString problem = sizeProblem(kind, size); !problem.isEmpty())
        return {problem};   // the outline of an absurd size says nothing more
    for (const ZoneGeometry::Polygon &polygon : geometry.polygons()) {
        for (const ZoneGeometry::Ring &ring : polygon) {
            const auto outside = std::find_if(ring.cbegin(), ring.cend(), [](QPointF p) {
                return !(std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90);
            });
            if (outside != ring.cend())
                return {tr("the outline reaches %1, beyond ±90° latitude or ±180° longitude: move the zone away from "
                           "the poles and the date line, or make it smaller")
                            .arg(ZoneGeometry::readablePosition(*outside, 4))};
        }
    }
    return {};
}

ZoneShape ZoneShape::polygon(const QList<QPointF> &corners)
{
    ZoneShape shape;
    ZoneGeometry::Ring ring = corners;
    if (!ring.isEmpty())
        ring << ring.first();
    shape.m_polygons = {{ring}};
    return shape;
}

ZoneShape ZoneShape::circle(QPointF centre, double radiusM)
{
    ZoneShape shape;
    shape.m_kind = Kind::Circle;
    shape.m_centre = centre;
    shape.m_radiusM = radiusM;
    return shape;
}

ZoneShape ZoneShape::corridor(const QList<QPointF> &line, double widthM)
{
    ZoneShape shape;
    shape.m_kind = Kind::Corridor;
    shape.m_line = line;
    shape.m_widthM = widthM;
    return shape;
}

ZoneShape ZoneShape::fromStored(const QString &shape, const QByteArray &geometry, const QByteArray &constraints)
{
    const QJsonObject parameters = QJsonDocument::fromJson(constraints).object();
    if (shape == u"circle") {
        const QList<QPointF> centre = pointsOf(QJsonArray{parameters.value(u"center")});
        const double radius = parameters.value(u"radius_m").toDouble();
        if (centre.size() == 1 && radius > 0)
            return circle(centre.first(), radius);
    } else if (shape == u"corridor") {
        const QList<QPointF> line = pointsOf(parameters.value(u"centerline"));
        const double width = parameters.value(u"width_m").toDouble();
        if (line.size() >= 2 && width > 0)
            return corridor(line, width);
    }
    // A circle or corridor without its parameters is edited by its outline.
    ZoneShape result;
    result.m_polygons = ZoneGeometry::fromGeoJsonText(geometry).polygons();
    return result;
}

bool ZoneShape::isEmpty() const
{
    switch (m_kind) {
    case Kind::Circle: return false;
    case Kind::Corridor: return m_line.isEmpty();
    case Kind::Polygon: break;
    }
    return points().isEmpty();
}

QList<QPointF> ZoneShape::points() const
{
    if (m_kind == Kind::Corridor)
        return m_line;
    if (m_kind == Kind::Circle)
        return {m_centre};
    QList<QPointF> corners;
    for (const ZoneGeometry::Polygon &polygon : m_polygons)
        for (const ZoneGeometry::Ring &ring : polygon)
            corners << ring.mid(0, ring.size() - 1);
    return corners;
}

QList<QPointF> ZoneShape::handles() const
{
    switch (m_kind) {
    case Kind::Circle:
        return {m_centre, offsetM(m_centre, m_radiusM, 0)};
    case Kind::Corridor: {
        QList<QPointF> handles = m_line;
        if (m_line.size() >= 2) {
            const QPointF a = toPlane(m_line.at(0), m_line.at(0)), b = toPlane(m_line.at(0), m_line.at(1));
            const QPointF d = b - a;
            const double length = std::hypot(d.x(), d.y());
            if (length > 0) {
                const QPointF normal(-d.y() / length, d.x() / length);
                handles << fromPlane(m_line.at(0), (a + b) / 2 + normal * (m_widthM / 2));
            }
        }
        return handles;
    }
    case Kind::Polygon: break;
    }
    return points();
}

void ZoneShape::moveHandle(int index, QPointF lonLat)
{
    if (index < 0)
        return;
    if (m_kind == Kind::Circle) {
        if (index == 0)
            m_centre = lonLat;
        else if (index == 1)   // a drag saves without the form: it stops at the size limits
            m_radiusM = std::clamp(distanceM(m_centre, lonLat), 1.0, MaxSizeM);
        return;
    }
    if (m_kind == Kind::Corridor) {
        if (index < m_line.size()) {
            m_line[index] = lonLat;
        } else if (index == m_line.size() && m_line.size() >= 2) {
            // The width handle: twice the distance from the first segment's line, within the
            // size limits (a drag saves without the form).
            const QPointF d = toPlane(m_line.at(0), m_line.at(1));
            const QPointF p = toPlane(m_line.at(0), lonLat);
            const double length = std::hypot(d.x(), d.y());
            if (length > 0)
                m_widthM = std::clamp(2 * std::abs(d.x() * p.y() - d.y() * p.x()) / length, 1.0, MaxSizeM);
        }
        return;
    }
    for (ZoneGeometry::Polygon &polygon : m_polygons) {
        for (ZoneGeometry::Ring &ring : polygon) {
            const int corners = int(ring.size()) - 1;
            if (index < corners) {
                ring[index] = lonLat;
                if (index == 0)
                    ring.last() = lonLat;   // rings stay closed
                return;
            }
            index -= qMax(0, corners);
        }
    }
}

QList<std::pair<int, int>> ZoneShape::sides() const
{
    QList<std::pair<int, int>> sides;
    if (m_kind == Kind::Corridor) {
        for (int i = 1; i < m_line.size(); ++i)
            sides.append({i - 1, i});
    } else if (m_kind == Kind::Polygon) {
        int first = 0;
        for (const ZoneGeometry::Polygon &polygon : m_polygons) {
            for (const ZoneGeometry::Ring &ring : polygon) {
                const int corners = qMax(0, int(ring.size()) - 1);
                for (int i = 0; i < corners; ++i)
                    sides.append({first + i, first + (i + 1) % corners});
                first += corners;
            }
        }
    }
    return sides;
}

bool ZoneShape::insertCorner(int after, QPointF lonLat)
{
    if (after < 0 || m_kind == Kind::Circle)
        return false;
    if (m_kind == Kind::Corridor) {
        if (after >= m_line.size() - 1)
            return false;
        m_line.insert(after + 1, lonLat);
        return true;
    }
    for (ZoneGeometry::Polygon &polygon : m_polygons) {
        for (ZoneGeometry::Ring &ring : polygon) {
            const int corners = int(ring.size()) - 1;
            if (after < corners) {
                ring.insert(after + 1, lonLat);   // after the last corner: before the closing point
                return true;
            }
            after -= qMax(0, corners);
        }
    }
    return false;
}

bool ZoneShape::removeCorner(int index)
{
    if (index < 0 || m_kind == Kind::Circle)
        return false;
    if (m_kind == Kind::Corridor) {
        if (index >= m_line.size() || m_line.size() <= 2)
            return false;
        m_line.removeAt(index);
        return true;
    }
    for (ZoneGeometry::Polygon &polygon : m_polygons) {
        for (ZoneGeometry::Ring &ring : polygon) {
            const int corners = int(ring.size()) - 1;
            if (index < corners) {
                if (corners <= 3)
                    return false;
                ring.removeAt(index);
                if (index == 0)
                    ring.last() = ring.first();   // rings stay closed
                return true;
            }
            index -= qMax(0, corners);
        }
    }
    return false;
}

ZoneGeometry ZoneShape::geometry() const
{
    switch (m_kind) {
    case Kind::Circle: return ZoneGeometry::circle(m_centre, m_radiusM);
    case Kind::Corridor: return ZoneGeometry::corridor(m_line, m_widthM);
    case Kind::Polygon: break;
    }
    QJsonArray polygons;
    for (const ZoneGeometry::Polygon &polygon : m_polygons) {
        QJsonArray rings;
        for (const ZoneGeometry::Ring &ring : polygon) {
            QJsonArray positions;
            for (const QPointF &p : ring)
                positions.append(QJsonArray{p.x(), p.y()});
            rings.append(positions);
        }
        polygons.append(rings);
    }
    if (polygons.size() == 1)
        return ZoneGeometry::fromGeoJson({{QStringLiteral("type"), QStringLiteral("Polygon")},
                                          {QStringLiteral("coordinates"), polygons.first()}});
    return ZoneGeometry::fromGeoJson({{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                                      {QStringLiteral("coordinates"), polygons}});
}

double ZoneShape::distanceM(QPointF from, QPointF to)
{
    const QPointF d = toPlane(from, to);
    return std::hypot(d.x(), d.y());
}

QPointF ZoneShape::offsetM(QPointF from, double eastM, double northM)
{
    return fromPlane(from, QPointF(eastM, northM));
}

} // namespace citylab
