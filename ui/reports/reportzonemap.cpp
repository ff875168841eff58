// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportzonemap.h"

#include "geo/webmercator.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QtMath>

#include <cmath>
#include <functional>

namespace citylab {

namespace {

constexpr double worldSpan = 2 * M_PI * WebMercator::earthRadius;   // mercator metres across the world
constexpr int maxTiles = 80;                             // a page needs a few dozen at most

} // namespace

ReportZoneMap::ReportZoneMap(const QList<DraftZone> &zones, const QString &tileFolder)
    : m_painter(zones, [tileFolder](QPainter &painter, const QRectF &area, const QRectF &visible, double metresPerUnit,
                                    const std::function<QPointF(const QPointF &)> &fromMercator) {
        return paintTiles(tileFolder, painter, area, visible, metresPerUnit, fromMercator)
                   ? tr("offline tiles (%1)").arg(QFileInfo(tileFolder).fileName())
                   : QString();
    })
{
}

bool ReportZoneMap::paintTiles(const QString &folder, QPainter &painter, const QRectF &area, const QRectF &visible,
                               double metresPerUnit, const std::function<QPointF(const QPointF &)> &toDevice)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return false;
    // The zoom whose 256-pixel tiles are drawn at about their own size on the page.
    const int ideal = qBound(0, int(std::lround(std::log2(worldSpan / (256.0 * metresPerUnit)))), 19);
    for (int offset : {0, -1, 1, -2, 2, -3}) {
        const int zoom = ideal + offset;
        if (zoom < 0 || zoom > 19)
            continue;
        const double tileSpan = worldSpan / (1 << zoom);
        const auto column = [&](double x) { return int(std::floor((x + worldSpan / 2) / tileSpan)); };
        const auto row = [&](double y) { return int(std::floor((worldSpan / 2 - y) / tileSpan)); };
        const int x0 = column(visible.left()), x1 = column(visible.right());
        const int y0 = row(visible.bottom()), y1 = row(visible.top());   // mercator y grows north
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > maxTiles)
            continue;
        QList<QPair<QRectF, QImage>> tiles;
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y) {
                const QImage image(QDir(folder).filePath(QStringLiteral("%1/%2/%3.png").arg(zoom).arg(x).arg(y)));
                if (image.isNull())
                    continue;
                const QPointF topLeft = toDevice({-worldSpan / 2 + x * tileSpan, worldSpan / 2 - y * tileSpan});
                const QPointF bottomRight =
                    toDevice({-worldSpan / 2 + (x + 1) * tileSpan, worldSpan / 2 - (y + 1) * tileSpan});
                // A hair of overlap, so no seam of background shows between neighbours.
                tiles.append({QRectF(topLeft, bottomRight).adjusted(0, 0, 0.6, 0.6), image});
            }
        if (tiles.isEmpty())
            continue;
        painter.save();
        painter.setClipRect(area);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setRenderHint(QPainter::Antialiasing, false);
        for (const auto &[rect, image] : std::as_const(tiles))
            painter.drawImage(rect, image);
        // Paler, so the zones and their numbers stay what the eye reads first.
        painter.fillRect(area, QColor(255, 255, 255, 90));
        painter.restore();
        return true;
    }
    return false;
}

} // namespace citylab
