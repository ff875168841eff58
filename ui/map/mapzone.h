// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace citylab {

struct Zone;

// One zone as the map draws it: its polygons (outer ring, then holes) in Web Mercator
// metres, and the experiment facts the legend, the filters and the label need.
struct MapZone
{
    qint64 id = -1;
    qint64 experimentId = -1;
    qint64 organizationId = -1;
    QString organization;   // the lead organization's name
    QString name;
    QString code;
    QString title;
    QString domain;
    QString stage;
    QDate activeFrom;   // null: open-ended on that side
    QDate activeTo;
    using Ring = QList<QPointF>;             // closed, Mercator metres
    QList<QList<Ring>> polygons;             // each: outer ring, then its holes
    QList<Ring> rings;                       // every ring of every polygon, for outlines
    QRectF bounds;                           // Mercator metres

    bool isDated() const { return activeFrom.isValid() || activeTo.isValid(); }
    bool activeOn(QDate day) const;
    bool contains(QPointF mercator) const;

    // The zone projected to Web Mercator, holes kept.
    static MapZone fromZone(const Zone &zone);
    // Many of them, projected on all cores (the whole city when the map opens).
    static QList<MapZone> fromZones(const QList<Zone> &zones);
};

} // namespace citylab
