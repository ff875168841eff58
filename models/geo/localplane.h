// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace citylab {

// A local tangent plane on the WGS84 ellipsoid: metres east and north of an origin, from the
// meridian and prime-vertical radii at the origin's latitude. Within 0.1% for areas and
// distances of zones up to about 20 km across. Every metric measure of a zone (area, radius,
// width, overlap, distance) is taken in this one plane, so a circle drawn on the map, stored,
// exported and re-imported keeps its radius.
class LocalPlane
{
public:
    explicit LocalPlane(QPointF originLonLat);

    QPointF origin() const { return m_origin; }
    QPointF toMetres(QPointF lonLat) const;
    QPointF toLonLat(QPointF metres) const;
    double metresPerDegreeLon() const { return m_kx; }
    double metresPerDegreeLat() const { return m_ky; }
    // The plane is an affine image of lon/lat: an area in square degrees times this factor
    // is the area in square metres.
    double squareMetresPerSquareDegree() const { return m_kx * m_ky; }

private:
    QPointF m_origin;
    double m_kx = 1, m_ky = 1;
};

} // namespace citylab
