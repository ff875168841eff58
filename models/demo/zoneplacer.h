// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRectF>

namespace citylab {

// Where the demo's zones already are, in space and time, so that the generator can keep the
// zones of different experiments apart the way the office does when it assigns sites: a
// real city has a handful of overlaps to settle, not one on every square.
// Boxes are lon/lat bounds; keeping boxes apart is stricter than keeping the shapes apart,
// so a zone that passes collides() cannot conflict with any zone placed before it.
class ZonePlacer
{
public:
    struct Placed
    {
        QRectF box;
        QDate from, to;
        qint64 experimentId = 0;
        int place = -1;   // the caller's index of the named place it is near
    };

    // True when box overlaps (with area) the box of a zone of another experiment whose active
    // window shares a day with [from, to].
    bool collides(const QRectF &box, const QDate &from, const QDate &to, qint64 experimentId) const;
    void add(const Placed &zone);

    const QList<Placed> &placed() const { return m_placed; }

private:
    QList<QPoint> cells(const QRectF &box) const;

    QList<Placed> m_placed;
    QHash<QPoint, QList<int>> m_grid;   // about 1 km cells -> indexes in m_placed
};

} // namespace citylab
