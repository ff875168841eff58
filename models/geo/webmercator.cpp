// SPDX-License-Identifier: GPL-3.0-or-later
#include "webmercator.h"

#include <QtMath>

#include <cmath>

namespace citylab::WebMercator {

QPointF project(QPointF lonLat)
{
    const double lat = qBound(-maxLatitude, lonLat.y(), maxLatitude);
    return {earthRadius * qDegreesToRadians(lonLat.x()),
            earthRadius * std::log(std::tan(M_PI / 4 + qDegreesToRadians(lat) / 2))};
}

QPointF unproject(QPointF mercator)
{
    return {qRadiansToDegrees(mercator.x() / earthRadius),
            qRadiansToDegrees(2 * std::atan(std::exp(mercator.y() / earthRadius)) - M_PI / 2)};
}

} // namespace citylab::WebMercator
