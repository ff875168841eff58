// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafting/draftcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPainter;

namespace citylab {

// A report's zone map: the zones in Web Mercator, numbered, with a scale bar, over the map
// tiles of an offline folder ({z}/{x}/{y}.png, as "citylab tiles prefetch" fills it) when it
// holds the tiles of the place, otherwise on a plain background. Never touches the network,
// so a report builds anywhere. Zones are numbered and projected as the letters'
// ZoneMapPainter does (which has no background to replace), in colour-blind-safe colours.
class ReportZoneMap
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ReportZoneMap)
public:
    ReportZoneMap(const QList<DraftZone> &zones, const QString &tileFolder);

    bool isEmpty() const;
    void paint(QPainter &painter, const QRectF &area) const;
    // Whether the last paint() found tiles to draw under the zones.
    bool drewTiles() const { return m_drewTiles; }

private:
    // Draws the folder's tiles covering `visible` (mercator metres) at the zoom that suits
    // `metresPerUnit`, or a nearby zoom the folder has; false when it has none of them.
    bool paintTiles(QPainter &painter, const QRectF &area, const QRectF &visible, double metresPerUnit,
                    const std::function<QPointF(const QPointF &)> &toDevice) const;

    QList<DraftZone> m_zones;
    QString m_tileFolder;
    mutable bool m_drewTiles = false;
};

} // namespace citylab
