// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draftcontext.h"

class QPainter;

namespace citylab {

// Draws an experiment's zones in Web Mercator on a plain background, numbered, with a scale
// bar: the "Zone map" appendix of a letter. No tiles, so it works offline and prints clean.
class ZoneMapPainter
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneMapPainter)
public:
    explicit ZoneMapPainter(const QList<DraftZone> &zones);

    bool isEmpty() const;
    void paint(QPainter &painter, const QRectF &area) const;
    QImage image(const QSize &size) const;

    static QPointF mercator(const QPointF &lonLat);   // metres, EPSG:3857
    static QColor colour(int index);

private:
    QList<DraftZone> m_zones;
};

} // namespace citylab
