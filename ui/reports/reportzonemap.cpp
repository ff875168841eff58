// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportzonemap.h"

#include "drafting/zonemappainter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <cmath>
#include <functional>

namespace citylab {

namespace {

constexpr double earthRadius = 6378137.0;
constexpr double worldSpan = 2 * M_PI * earthRadius;   // mercator metres across the world
constexpr int maxTiles = 80;                             // a page needs a few dozen at most

// 1, 2 or 5 times a power of ten: the round length a scale bar shows.
double roundLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= metres)
            return step * power;
    return power;
}

// Okabe-Ito without its pale yellow, which vanishes on paper: neighbouring zones stay apart
// for colour-blind readers too (the letters' palette pairs a red with a green).
QColor zoneColour(int index)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0x00, 0x00, 0x00)};
    return colours[index % 7];
}

} // namespace

ReportZoneMap::ReportZoneMap(const QList<DraftZone> &zones, const QString &tileFolder)
    : m_zones(zones)
    , m_tileFolder(tileFolder)
{
}

bool ReportZoneMap::isEmpty() const
{
    for (const DraftZone &z : m_zones)
        if (!z.rings.isEmpty() && !z.rings.first().isEmpty())
            return false;
    return true;
}

bool ReportZoneMap::paintTiles(QPainter &painter, const QRectF &area, const QRectF &visible, double metresPerUnit,
                               const std::function<QPointF(const QPointF &)> &toDevice) const
{
    if (m_tileFolder.isEmpty() || !QFileInfo(m_tileFolder).isDir())
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
                const QImage image(QDir(m_tileFolder).filePath(QStringLiteral("%1/%2/%3.png").arg(zoom).arg(x).arg(y)));
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

void ReportZoneMap::paint(QPainter &painter, const QRectF &area) const
{
    m_drewTiles = false;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, QColor(0xf7f5f0));
    QRectF bounds;
    for (const DraftZone &z : m_zones)
        for (const QPolygonF &ring : z.rings)
            for (const QPointF &p : ring) {
                const QRectF point(ZoneMapPainter::mercator(p), QSizeF(1e-6, 1e-6));
                bounds = bounds.isNull() ? point : bounds.united(point);
            }
    if (bounds.isNull()) {
        painter.setPen(QPen(QColor(0x999999), 0));
        painter.drawRect(area);
        painter.drawText(area, Qt::AlignCenter, tr("The zones have no geometry to draw."));
        painter.restore();
        return;
    }
    // at least 300 m across, and a margin, so a small zone still reads as a place
    const double span = qMax(300.0, qMax(bounds.width(), bounds.height()) * 1.15);
    const QPointF centre = bounds.center();
    const QRectF inner = area.adjusted(area.width() * 0.04, area.height() * 0.04, -area.width() * 0.04, -area.height() * 0.1);
    const double scale = qMin(inner.width(), inner.height()) / span;   // device units per mercator metre
    const auto fromMercator = [&](const QPointF &m) {
        return QPointF(inner.center().x() + (m.x() - centre.x()) * scale, inner.center().y() - (m.y() - centre.y()) * scale);
    };
    const auto toDevice = [&](const QPointF &lonLat) { return fromMercator(ZoneMapPainter::mercator(lonLat)); };
    // What the area shows, in mercator metres.
    const QRectF visible(QPointF(centre.x() + (area.left() - inner.center().x()) / scale,
                                 centre.y() - (area.bottom() - inner.center().y()) / scale),
                         QSizeF(area.width() / scale, area.height() / scale));
    m_drewTiles = paintTiles(painter, area, visible, 1.0 / scale, fromMercator);
    painter.setPen(QPen(QColor(0x999999), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);

    QFont font = painter.font();
    const double unit = area.width() / 100.0;
    font.setPixelSize(qMax(8, qRound(unit * 1.6)));
    font.setBold(true);
    painter.setFont(font);
    for (int i = 0; i < m_zones.size(); ++i) {
        const DraftZone &z = m_zones.at(i);
        if (z.rings.isEmpty())
            continue;
        const QColor colour = zoneColour(i);
        QColor fill = colour;
        fill.setAlpha(m_drewTiles ? 110 : 70);
        painter.setPen(QPen(colour, qMax(1.0, unit * 0.25)));
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : z.rings) {
            QPolygonF device;
            for (const QPointF &p : ring)
                device << toDevice(p);
            if (z.isLine && device.size() == 1) {
                path.addEllipse(device.first(), unit, unit);
            } else {
                path.addPolygon(device);
                if (!z.isLine)
                    path.closeSubpath();
            }
        }
        painter.setBrush(z.isLine ? Qt::NoBrush : QBrush(fill));
        painter.drawPath(path);
        // the zone's number, as in the list below the map
        const QPointF at = path.boundingRect().center();
        const QRectF box(at.x() - unit * 1.6, at.y() - unit * 1.2, unit * 3.2, unit * 2.4);
        painter.setPen(QPen(colour, qMax(1.0, unit * 0.15)));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(box, unit * 0.5, unit * 0.5);
        painter.drawText(box, Qt::AlignCenter, QString::number(i + 1));
    }
    // Web Mercator stretches distances by 1 / cos(latitude): the bar measures real metres
    const double latitude = qRadiansToDegrees(2 * std::atan(std::exp(centre.y() / earthRadius)) - M_PI / 2);
    const double metresPerUnit = std::cos(qDegreesToRadians(latitude)) / scale;
    const double length = roundLength(area.width() * 0.25 * metresPerUnit);
    const double barWidth = length / metresPerUnit;
    const QPointF origin(area.left() + unit * 3, area.bottom() - unit * 3);
    painter.setPen(QPen(Qt::black, qMax(1.0, unit * 0.2)));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(origin, origin + QPointF(barWidth, 0));
    painter.drawLine(origin, origin - QPointF(0, unit));
    painter.drawLine(origin + QPointF(barWidth, 0), origin + QPointF(barWidth, -unit));
    font.setBold(false);
    painter.setFont(font);
    const QLocale locale;
    const QString text = length >= 1000 ? tr("%1 km").arg(locale.toString(length / 1000, 'g', 3))
                                        : tr("%1 m").arg(locale.toString(length, 'f', 0));
    painter.drawText(QRectF(origin.x() + barWidth + unit, origin.y() - unit * 2, unit * 20, unit * 3),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
    const QString caption = m_drewTiles ? tr("Web Mercator, north up; background: offline tiles (%1)")
                                              .arg(QFileInfo(m_tileFolder).fileName())
                                        : tr("Web Mercator, north up");
    painter.drawText(QRectF(area.right() - unit * 60, area.bottom() - unit * 4, unit * 59, unit * 3),
                     Qt::AlignRight | Qt::AlignVCenter, caption);
    painter.restore();
}

} // namespace citylab
