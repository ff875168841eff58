// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draftcontext.h"

#include <QList>
#include <QRectF>

#include <functional>

class QPainter;

namespace citylab {

// Draws an experiment's zones in Web Mercator, numbered, with a scale bar: the "Zone map"
// appendix of a letter and the zone maps of the reports. On a plain background unless a
// background is set (the reports' offline tiles); never the network, so it works offline.
class ZoneMapPainter
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneMapPainter)
public:
    // Draws what lies under the zones into `area`, which shows `visible` (Mercator metres, at
    // `metresPerUnit`); `fromMercator` places a Mercator point on the device. Returns what it
    // drew, for the map's caption, or an empty string when it had nothing for the place.
    using Background = std::function<QString(QPainter &painter, const QRectF &area, const QRectF &visible,
                                             double metresPerUnit,
                                             const std::function<QPointF(const QPointF &)> &fromMercator)>;

    explicit ZoneMapPainter(const QList<DraftZone> &zones, Background background = {});

    bool isEmpty() const;
    void paint(QPainter &painter, const QRectF &area) const;
    QImage image(const QSize &size) const;
    // Whether the last paint() drew the background under the zones.
    bool drewBackground() const { return m_drewBackground; }

    static QPointF mercator(const QPointF &lonLat);   // metres, EPSG:3857
    static QColor colour(int index);

    // Boxes of `size` for labels pointing at `anchors`, none overlapping another and all
    // inside `bounds`: each at its anchor if free, else at the nearest free place around it
    // (the caller draws a line back to the anchor). A box that finds no room stays on its
    // anchor; with bounds of any sensible size that does not happen.
    static QList<QRectF> placeLabels(const QList<QPointF> &anchors, const QSizeF &size, const QRectF &bounds);
    // Where the last paint() put the zones' numbers, for tests.
    QList<QRectF> lastLabelBoxes() const { return m_lastLabels; }

private:
    QList<DraftZone> m_zones;
    Background m_background;
    mutable bool m_drewBackground = false;
    mutable QList<QRectF> m_lastLabels;
};

} // namespace citylab
