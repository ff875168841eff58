// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneplacer.h"

#include <QSet>

#include <cmath>

namespace citylab {

namespace {

constexpr double kCellDegrees = 0.01;

bool windowsMeet(const QDate &aFrom, const QDate &aTo, const QDate &bFrom, const QDate &bTo)
{
    return (!aFrom.isValid() || !bTo.isValid() || aFrom <= bTo) && (!bFrom.isValid() || !aTo.isValid() || bFrom <= aTo);
}

} // namespace

QList<QPoint> ZonePlacer::cells(const QRectF &box) const
{
    QList<QPoint> out;
    const int x0 = int(std::floor(box.left() / kCellDegrees)), x1 = int(std::floor(box.right() / kCellDegrees));
    const int y0 = int(std::floor(box.top() / kCellDegrees)), y1 = int(std::floor(box.bottom() / kCellDegrees));
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y)
            out << QPoint(x, y);
    }
    return out;
}

bool ZonePlacer::collides(const QRectF &box, const QDate &from, const QDate &to, qint64 experimentId) const
{
    QSet<int> seen;
    for (const QPoint &cell : cells(box)) {
        for (const int index : m_grid.value(cell)) {
            if (seen.contains(index))
                continue;
            seen.insert(index);
            const Placed &other = m_placed.at(index);
            if (other.experimentId != experimentId && other.box.intersects(box)
                && windowsMeet(from, to, other.from, other.to))
                return true;
        }
    }
    return false;
}

void ZonePlacer::add(const Placed &zone)
{
    const int index = int(m_placed.size());
    m_placed << zone;
    for (const QPoint &cell : cells(zone.box))
        m_grid[cell] << index;
}

} // namespace citylab
