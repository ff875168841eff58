// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafting/zonemappainter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPainter;

namespace citylab {

// A report's zone map: the letters' ZoneMapPainter (same projection, numbers and
// colour-blind-safe colours) over the map tiles of an offline folder ({z}/{x}/{y}.png, as
// "citylab tiles prefetch" fills it) when it holds the tiles of the place, otherwise on a
// plain background. Never touches the network, so a report builds anywhere.
class ReportZoneMap
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ReportZoneMap)
public:
    ReportZoneMap(const QList<DraftZone> &zones, const QString &tileFolder);

    bool isEmpty() const { return m_painter.isEmpty(); }
    void paint(QPainter &painter, const QRectF &area) const { m_painter.paint(painter, area); }
    // Whether the last paint() found tiles to draw under the zones.
    bool drewTiles() const { return m_painter.drewBackground(); }

private:
    // Draws the folder's tiles covering `visible` (mercator metres) at the zoom that suits
    // `metresPerUnit`, or a nearby zoom the folder has; false when it has none of them.
    static bool paintTiles(const QString &folder, QPainter &painter, const QRectF &area, const QRectF &visible,
                           double metresPerUnit, const std::function<QPointF(const QPointF &)> &toDevice);

    ZoneMapPainter m_painter;
};

} // namespace citylab
