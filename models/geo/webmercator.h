// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace citylab {

// Spherical Web Mercator (EPSG:3857), the plane of map tiles: the map, the report's and the
// letters' zone maps draw in it. Metres at the equator; y grows north.
namespace WebMercator {

constexpr double earthRadius = 6378137.0;
constexpr double maxLatitude = 85.05112878;   // the square world of the tiles

// Longitude/latitude in degrees (x = lon, y = lat) to Web Mercator metres.
QPointF project(QPointF lonLat);
QPointF unproject(QPointF mercator);

} // namespace WebMercator

} // namespace citylab
