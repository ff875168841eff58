// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>

namespace citylab {

// How the map marks zones in conflict, as plain geometry in the zone layer's Mercator metres:
// diagonal hatching inside the zone and a thick band along its edges. Flat-colour scene-graph
// nodes draw both (there is no hatch brush there), under the OpenGL and software paths alike.
class ConflictHatch
{
public:
    // Segments of parallel lines at 45°, `spacing` apart on a grid shared by every zone so
    // that neighbouring hatches line up; even-odd inside the rings, so holes stay clear.
    static QList<QLineF> hatch(const QList<QList<QPointF>> &rings, double spacing);
    // Triangles, three points each, of a band `width` wide centred on every ring edge.
    static QList<QPointF> outline(const QList<QList<QPointF>> &rings, double width);
};

} // namespace citylab
