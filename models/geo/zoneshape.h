// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonegeometry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace citylab {

// A zone's shape as the map editor handles it, in lon/lat (x = longitude, y = latitude):
// the corners of a polygon, the centre and radius of a circle, the centre line and width of
// a corridor. It knows its drag handles and turns into a ZoneGeometry (circles and
// corridors buffered by GEOS) and into the columns of a zones row. No Qt Quick here, so
// the editing math is tested without a screen.
class ZoneShape
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneShape)

public:
    using Kind = ZoneGeometry::Shape;

    // The largest circle radius and corridor width, in metres. A city lab's zone lies within
    // a metropolitan area; a radius of 1e9 m (a typo, or a unit mixed up) would be
    // stored as a box running round the planet many times.
    static constexpr double MaxSizeM = 50000;
    // Why a circle's radius or a corridor's width cannot be used (empty when it can): not
    // greater than 0, or greater than MaxSizeM.
    static QString sizeProblem(Kind kind, double metres);
    // The limits ZoneGeometry does not check, in one place for the file readers and the map:
    // a circle's or corridor's size (sizeProblem), and an outline computed from a centre or
    // line in range that still runs past ±180° longitude or ±90° latitude (a circle on the
    // date line or at a pole). Empty for polygons, which are stored as given and checked
    // by ZoneGeometry already.
    static QStringList limitProblems(const ZoneGeometry &geometry);

    static ZoneShape polygon(const QList<QPointF> &corners);   // an open ring
    static ZoneShape circle(QPointF centre, double radiusM);
    static ZoneShape corridor(const QList<QPointF> &line, double widthM);
    // A stored zone: circles and corridors from their parameters in constraints (when they
    // are there), everything else as the polygons of its GeoJSON geometry.
    static ZoneShape fromStored(const QString &shape, const QByteArray &geometry, const QByteArray &constraints);

    Kind kind() const { return m_kind; }
    bool isEmpty() const;
    // Polygon: the rings' corners (closing points left out); corridor: the centre line.
    QList<QPointF> points() const;
    QPointF centre() const { return m_centre; }
    double radiusM() const { return m_radiusM; }
    double widthM() const { return m_widthM; }
    void setRadiusM(double radiusM) { m_radiusM = radiusM; }
    void setWidthM(double widthM) { m_widthM = widthM; }

    // Where the user can grab the shape: every corner; a circle's centre and a point on its
    // rim (east of the centre); a corridor's line points and a point at half its width
    // beside the middle of the first segment.
    QList<QPointF> handles() const;
    void moveHandle(int index, QPointF lonLat);
    // The sides a corner can be added to, as pairs of handle indexes: every side of a
    // polygon's rings, every segment of a corridor's line; none for a circle.
    QList<std::pair<int, int>> sides() const;
    // Adds a corner on the side that starts at handle `after` (false for a circle or a bad
    // index).
    bool insertCorner(int after, QPointF lonLat);
    // Removes a corner, as long as its ring keeps three corners or the line two points.
    bool removeCorner(int index);

    ZoneGeometry geometry() const;

    // Metres between two lon/lat points in the local plane of the first (WGS84 radii, as
    // ZoneGeometry buffers), and the lon/lat point east/north metres away.
    static double distanceM(QPointF from, QPointF to);
    static QPointF offsetM(QPointF from, double eastM, double northM);

private:
    Kind m_kind = Kind::Polygon;
    QList<ZoneGeometry::Polygon> m_polygons;   // closed rings
    QList<QPointF> m_line;
    QPointF m_centre;
    double m_radiusM = 0;
    double m_widthM = 0;
};

} // namespace citylab
