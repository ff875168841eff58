// SPDX-License-Identifier: GPL-3.0-or-later
#include "localplane.h"

#include <cmath>

namespace citylab {

LocalPlane::LocalPlane(QPointF originLonLat)
    : m_origin(originLonLat)
{
    constexpr double a = 6378137.0, e2 = 0.00669437999014, degree = M_PI / 180.0;
    const double s = std::sin(originLonLat.y() * degree);
    const double w = 1 - e2 * s * s;
    const double primeVertical = a / std::sqrt(w), meridian = a * (1 - e2) / (w * std::sqrt(w));
    m_kx = primeVertical * std::cos(originLonLat.y() * degree) * degree;
    m_ky = meridian * degree;
}

QPointF LocalPlane::toMetres(QPointF lonLat) const
{
    return {(lonLat.x() - m_origin.x()) * m_kx, (lonLat.y() - m_origin.y()) * m_ky};
}

QPointF LocalPlane::toLonLat(QPointF metres) const
{
    return {m_origin.x() + metres.x() / m_kx, m_origin.y() + metres.y() / m_ky};
}

} // namespace citylab
