// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <cmath>
#include <limits>

namespace citylab {

// One position of a test vehicle, drone or robot: WGS84 lon/lat, when (Unix seconds, UTC)
// and, when the file gives it, an altitude in metres.
struct TrackPoint
{
    double lon = 0, lat = 0;
    qint64 time = 0;
    double altitude = std::numeric_limits<double>::quiet_NaN();

    bool hasAltitude() const { return !std::isnan(altitude); }
};

// Where and when a test really ran, as read from a GPX, GeoJSON or CSV file: the points in
// time order.
struct Track
{
    enum class Format { Gpx, GeoJson, Csv };
    // GPX <ele> and GeoJSON's third coordinate are above sea level; a CSV column named
    // height (altezza, height_above_takeoff) is above the ground.
    enum class Altitude { None, AboveSeaLevel, AboveGround };

    Format format = Format::Csv;
    Altitude altitude = Altitude::None;
    QList<TrackPoint> points;

    static QString formatName(Format format);   // gpx | geojson | csv, as stored
    // The track as a line to draw, in lon/lat: simplified until it has at most maxPoints
    // points, never moving it more than needed (Douglas-Peucker in metres).
    QList<QPointF> drawnPath(int maxPoints = 2000) const;
    static QList<QPointF> thinned(const QList<QPointF> &lonLat, int maxPoints);
};

} // namespace citylab
