// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapgeometry.h"

#include <QtMath>

#include <cmath>

namespace citylab::MapGeometry {

namespace {

QList<QPointF> openRing(const QList<QPointF> &ring)
{
    QList<QPointF> open = ring;
    if (open.size() > 1 && open.first() == open.last())
        open.removeLast();
    return open;
}

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    double t = length2 > 0 ? QPointF::dotProduct(p - a, ab) / length2 : 0;
    t = qBound(0.0, t, 1.0);
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

void douglasPeucker(const QList<QPointF> &points, int first, int last, double tolerance, QList<bool> &keep)
{
    if (last <= first + 1)
        return;
    double worst = -1;
    int index = first;
    for (int i = first + 1; i < last; ++i) {
        const double d = segmentDistance(points.at(i), points.at(first), points.at(last));
        if (d > worst) {
            worst = d;
            index = i;
        }
    }
    if (worst > tolerance) {
        keep[index] = true;
        douglasPeucker(points, first, index, tolerance, keep);
        douglasPeucker(points, index, last, tolerance, keep);
    }
}

bool insideTriangle(QPointF p, QPointF a, QPointF b, QPointF c)
{
    return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

} // namespace

QTransform affineFromReferences(QPointF mercA, QPointF screenA, QPointF mercB, QPointF screenB)
{
    const double dx = mercB.x() - mercA.x();
    const double dy = mercB.y() - mercA.y();
    const double sx = dx != 0 ? (screenB.x() - screenA.x()) / dx : 1;
    const double sy = dy != 0 ? (screenB.y() - screenA.y()) / dy : -1;
    return QTransform(sx, 0, 0, sy, screenA.x() - sx * mercA.x(), screenA.y() - sy * mercA.y());
}

bool containsPoint(const QList<QPointF> &ring, QPointF point)
{
    const QList<QPointF> open = openRing(ring);
    bool inside = false;
    for (qsizetype i = 0, j = open.size() - 1; i < open.size(); j = i++) {
        const QPointF a = open.at(i);
        const QPointF b = open.at(j);
        if ((a.y() > point.y()) != (b.y() > point.y())
            && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

QRectF boundsOf(const QList<QPointF> &ring)
{
    if (ring.isEmpty())
        return {};
    double minX = ring.first().x(), maxX = minX, minY = ring.first().y(), maxY = minY;
    for (const QPointF &p : ring) {
        minX = qMin(minX, p.x());
        maxX = qMax(maxX, p.x());
        minY = qMin(minY, p.y());
        maxY = qMax(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

QList<QPointF> simplify(const QList<QPointF> &ring, double tolerance)
{
    const bool closed = ring.size() > 2 && ring.first() == ring.last();
    if (ring.size() < 4 || tolerance <= 0)
        return ring;
    QList<bool> keep(ring.size(), false);
    keep.first() = keep.last() = true;
    if (closed) {
        // A closed ring has first == last: split it at the vertex farthest from the start
        // so the two halves are simplified as open lines.
        int far = 1;
        double best = -1;
        for (int i = 1; i < ring.size() - 1; ++i) {
            const QPointF d = ring.at(i) - ring.first();
            const double dist = std::hypot(d.x(), d.y());
            if (dist > best) {
                best = dist;
                far = i;
            }
        }
        keep[far] = true;
        douglasPeucker(ring, 0, far, tolerance, keep);
        douglasPeucker(ring, far, int(ring.size()) - 1, tolerance, keep);
    } else {
        douglasPeucker(ring, 0, int(ring.size()) - 1, tolerance, keep);
    }
    QList<QPointF> out;
    for (int i = 0; i < ring.size(); ++i)
        if (keep.at(i))
            out << ring.at(i);
    if (closed && out.size() < 4) {
        // Keep a triangle at least: a zone never vanishes into a line.
        const int n = int(ring.size()) - 1;
        return {ring.at(0), ring.at(n / 3), ring.at(2 * n / 3), ring.at(0)};
    }
    return out;
}

double hausdorffToOutline(const QList<QPointF> &original, const QList<QPointF> &simplified)
{
    double worst = 0;
    for (const QPointF &p : original) {
        double best = std::numeric_limits<double>::max();
        for (qsizetype i = 0; i + 1 < simplified.size(); ++i)
            best = qMin(best, segmentDistance(p, simplified.at(i), simplified.at(i + 1)));
        worst = qMax(worst, best);
    }
    return worst;
}

QList<int> triangulate(const QList<QPointF> &ring)
{
    const QList<QPointF> open = openRing(ring);
    const int n = int(open.size());
    QList<int> triangles;
    if (n < 3)
        return triangles;
    double area = 0;
    for (int i = 0, j = n - 1; i < n; j = i++)
        area += open.at(j).x() * open.at(i).y() - open.at(i).x() * open.at(j).y();
    QList<int> remaining(n);
    for (int i = 0; i < n; ++i)
        remaining[i] = area > 0 ? i : n - 1 - i;   // counter-clockwise order
    int guard = 0;
    while (remaining.size() > 3 && guard < 4 * n * n) {
        ++guard;
        bool clipped = false;
        const int m = int(remaining.size());
        for (int k = 0; k < m; ++k) {
            const int ia = remaining.at((k + m - 1) % m), ib = remaining.at(k), ic = remaining.at((k + 1) % m);
            const QPointF a = open.at(ia), b = open.at(ib), c = open.at(ic);
            if (cross(a, b, c) <= 0)
                continue;   // reflex vertex: not an ear
            bool empty = true;
            for (int other : std::as_const(remaining)) {
                if (other == ia || other == ib || other == ic)
                    continue;
                if (insideTriangle(open.at(other), a, b, c)) {
                    empty = false;
                    break;
                }
            }
            if (!empty)
                continue;
            triangles << ia << ib << ic;
            remaining.removeAt(k);
            clipped = true;
            break;
        }
        if (!clipped) {
            // Degenerate or self-touching ring: fan the rest so the zone still shows.
            for (int k = 1; k + 1 < remaining.size(); ++k)
                triangles << remaining.at(0) << remaining.at(k) << remaining.at(k + 1);
            return triangles;
        }
    }
    if (remaining.size() == 3)
        triangles << remaining.at(0) << remaining.at(1) << remaining.at(2);
    return triangles;
}

} // namespace citylab::MapGeometry
