// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QTransform>

namespace citylab {

// The plane math of the map, kept apart from Qt Quick so it can be tested alone:
// (in Web Mercator metres, see geo/webmercator.h) the affine map-to-screen transform taken
// from two projected reference points, point-in-polygon, ring simplification and
// triangulation.
namespace MapGeometry {

// With bearing and tilt at 0 the screen is an axis-aligned scale + translation of the
// Mercator plane: two reference points and their screen positions fix it exactly.
QTransform affineFromReferences(QPointF mercA, QPointF screenA, QPointF mercB, QPointF screenB);

// Even-odd rule; the ring may be open or closed.
bool containsPoint(const QList<QPointF> &ring, QPointF point);
QRectF boundsOf(const QList<QPointF> &ring);

// Douglas-Peucker: drops vertices closer than `tolerance` to the simplified outline; the
// result is closed if the input was and never has fewer than 4 points for a closed ring.
QList<QPointF> simplify(const QList<QPointF> &ring, double tolerance);
// Largest distance from a point of `original` to the outline of `simplified`.
double hausdorffToOutline(const QList<QPointF> &original, const QList<QPointF> &simplified);

// Ear clipping of a simple polygon (open or closed ring); returns index triples into the
// open ring (the closing duplicate point is not used).
QList<int> triangulate(const QList<QPointF> &ring);

} // namespace MapGeometry

} // namespace citylab
