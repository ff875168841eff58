// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicthatch.h"

#include <algorithm>
#include <cmath>

namespace citylab {

QList<QLineF> ConflictHatch::hatch(const QList<QList<QPointF>> &rings, double spacing)
{
    QList<QLineF> lines;
    if (!(spacing > 0))
        return lines;
    // Rotated frame: u runs along the hatch lines, v across them (lines are v = k * spacing).
    const double r = M_SQRT1_2;
    const auto rotate = [r](QPointF p) { return QPointF((p.x() + p.y()) * r, (p.y() - p.x()) * r); };
    const auto back = [r](double u, double v) { return QPointF((u - v) * r, (u + v) * r); };
    QList<QList<QPointF>> rotated;
    double vMin = INFINITY, vMax = -INFINITY;
    for (const QList<QPointF> &ring : rings) {
        QList<QPointF> out;
        for (const QPointF &p : ring) {
            out << rotate(p);
            vMin = std::min(vMin, out.last().y());
            vMax = std::max(vMax, out.last().y());
        }
        rotated << out;
    }
    if (!(vMax > vMin) || (vMax - vMin) / spacing > 4096)
        return lines;   // empty, or so small on screen that hatching would be one blot
    QList<double> crossings;
    for (double k = std::ceil(vMin / spacing); k * spacing <= vMax; ++k) {
        const double v = k * spacing;
        crossings.clear();
        for (const QList<QPointF> &ring : std::as_const(rotated)) {
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                const QPointF a = ring.at(i), b = ring.at(i + 1);
                // Half-open on v, so a vertex on the line counts once.
                if ((a.y() <= v && v < b.y()) || (b.y() <= v && v < a.y()))
                    crossings << a.x() + (v - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            }
        }
        std::sort(crossings.begin(), crossings.end());
        for (qsizetype i = 0; i + 1 < crossings.size(); i += 2)
            lines << QLineF(back(crossings.at(i), v), back(crossings.at(i + 1), v));
    }
    return lines;
}

QList<QPointF> ConflictHatch::outline(const QList<QList<QPointF>> &rings, double width)
{
    QList<QPointF> triangles;
    for (const QList<QPointF> &ring : rings) {
        for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
            const QPointF a = ring.at(i), b = ring.at(i + 1);
            const QPointF d = b - a;
            const double length = std::hypot(d.x(), d.y());
            if (length <= 0)
                continue;
            const QPointF n(-d.y() / length * width / 2, d.x() / length * width / 2);
            // Each edge a little longer on both ends, so corners close without joins.
            const QPointF t(d.x() / length * width / 2, d.y() / length * width / 2);
            const QPointF a0 = a - t + n, a1 = a - t - n, b0 = b + t + n, b1 = b + t - n;
            triangles << a0 << a1 << b0 << b0 << a1 << b1;
        }
    }
    return triangles;
}

} // namespace citylab
