// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace citylab {

class Store;

// One zone as the map draws it: its polygons (outer ring, then holes) already in Web
// Mercator metres, and the experiment facts the legend, the filters and the label need.
struct MapZone
{
    qint64 id = -1;
    qint64 experimentId = -1;
    qint64 organizationId = -1;
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

    // Every zone of the store, with their experiments; zones whose geometry cannot be read
    // are left out and named in *skipped.
    static QList<MapZone> load(Store &store, QStringList *skipped = nullptr);
    // Reads a GeoJSON Polygon or MultiPolygon, holes kept, into Mercator polygons.
    static QList<QList<Ring>> polygonsFromGeoJson(const QByteArray &json);
    // Every ring of them (outer rings and holes).
    static QList<Ring> ringsFromGeoJson(const QByteArray &json);
};

} // namespace citylab
