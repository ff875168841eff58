// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonemappainter.h"

#include "geo/webmercator.h"

#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace citylab {

namespace {

// 1, 2 or 5 times a power of ten: the round length a scale bar shows.
double roundLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= metres)
            return step * power;
    return power;
}

} // namespace

ZoneMapPainter::ZoneMapPainter(const QList<DraftZone> &zones, Background background)
    : m_zones(zones)
    , m_background(std::move(background))
{
}

bool ZoneMapPainter::isEmpty() const
{
    for (const DraftZone &z : m_zones)
        if (!z.rings.isEmpty() && !z.rings.first().isEmpty())
            return false;
    return true;
}

QPointF ZoneMapPainter::mercator(const QPointF &lonLat)
{
    return WebMercator::project(lonLat);
}

QList<QRectF> ZoneMapPainter::placeLabels(const QList<QPointF> &anchors, const QSizeF &size, const QRectF &bounds)
{
    QList<QRectF> placed;
    // Placed boxes by grid cell of a box's size: a candidate meets only its neighbours, so a
    // thousand labels are placed in milliseconds rather than compared with every other.
    QHash<quint64, QList<qsizetype>> grid;
    const auto cellOf = [&](double x, double y) {
        return std::pair<qint64, qint64>(qint64(std::floor((x - bounds.left()) / size.width())),
                                         qint64(std::floor((y - bounds.top()) / size.height())));
    };
    const auto key = [](qint64 cx, qint64 cy) { return (quint64(quint32(cx)) << 32) | quint32(cy); };
    const auto fits = [&](const QRectF &box) {
        if (!bounds.contains(box))
            return false;
        const auto [cx, cy] = cellOf(box.left(), box.top());
        for (qint64 x = cx - 1; x <= cx + 1; ++x)
            for (qint64 y = cy - 1; y <= cy + 1; ++y)
                for (const qsizetype other : grid.value(key(x, y)))
                    if (placed.at(other).intersects(box))
                        return false;
        return true;
    };
    const double step = std::max(size.width(), size.height()) * 0.6;
    for (const QPointF &anchor : anchors) {
        const QRectF home(anchor - QPointF(size.width() / 2, size.height() / 2), size);
        QRectF chosen = home;
        bool found = fits(home);
        // rings of candidates around the anchor, nearest first
        for (int ring = 1; !found && ring <= 40; ++ring) {
            const double radius = ring * step;
            const int directions = 8 + 4 * ring;
            for (int d = 0; d < directions && !found; ++d) {
                const double angle = 2 * M_PI * d / directions;
                const QRectF candidate = home.translated(radius * std::cos(angle), radius * std::sin(angle));
                if (fits(candidate)) {
                    chosen = candidate;
                    found = true;
                }
            }
        }
        const auto [cx, cy] = cellOf(chosen.left(), chosen.top());
        grid[key(cx, cy)].append(placed.size());
        placed << chosen;
    }
    return placed;
}

QColor ZoneMapPainter::colour(int index)
{
    // Okabe-Ito without its pale yellow, which vanishes on paper: neighbouring zones stay
    // apart for colour-blind readers too.
    static const QList<QColor> palette = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                          QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                          QColor(0x00, 0x00, 0x00)};
    return palette.at(index % palette.size());
}

void ZoneMapPainter::paint(QPainter &painter, const QRectF &area) const
{
    m_drewBackground = false;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, QColor(0xf7f5f0));
    QRectF bounds;
    for (const DraftZone &z : m_zones)
        for (const QPolygonF &ring : z.rings)
            for (const QPointF &p : ring) {
                const QRectF point(mercator(p), QSizeF(1e-6, 1e-6));
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
    const auto toDevice = [&](const QPointF &lonLat) { return fromMercator(mercator(lonLat)); };
    QString backgroundName;
    if (m_background) {
        const QRectF visible(QPointF(centre.x() + (area.left() - inner.center().x()) / scale,
                                     centre.y() - (area.bottom() - inner.center().y()) / scale),
                             QSizeF(area.width() / scale, area.height() / scale));
        backgroundName = m_background(painter, area, visible, 1.0 / scale, fromMercator);
        m_drewBackground = !backgroundName.isEmpty();
    }
    painter.setPen(QPen(QColor(0x999999), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    QFont font = painter.font();
    const double unit = area.width() / 100.0;
    font.setPixelSize(qMax(8, qRound(unit * 1.6)));
    font.setBold(true);
    painter.setFont(font);
    QList<QPointF> anchors;
    QList<int> numbered;   // the zone of each anchor
    for (int i = 0; i < m_zones.size(); ++i) {
        const DraftZone &z = m_zones.at(i);
        if (z.rings.isEmpty())
            continue;
        QColor fill = colour(i);
        fill.setAlpha(m_drewBackground ? 110 : 70);
        painter.setPen(QPen(colour(i), qMax(1.0, unit * 0.25)));
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : z.rings) {
            QPolygonF device;
            for (const QPointF &p : ring)
                device << toDevice(p);
            path.addPolygon(device);
            path.closeSubpath();
        }
        painter.setBrush(fill);
        painter.drawPath(path);
        anchors << path.boundingRect().center();
        numbered << i;
    }
    // The zones' numbers, as in the list below the map, after every outline so none hides
    // one; placed apart where zones crowd (seven pairs piled up on the demo's map, over a
    // thousand at ten times its size), with a line to the zone when moved.
    const QSizeF labelSize(unit * 3.2, unit * 2.4);
    m_lastLabels = placeLabels(anchors, labelSize, area.adjusted(unit, unit, -unit, -unit * 5));
    for (int k = 0; k < anchors.size(); ++k) {
        const int i = numbered.at(k);
        const QRectF box = m_lastLabels.at(k);
        if (!box.contains(anchors.at(k))) {
            painter.setPen(QPen(colour(i), qMax(1.0, unit * 0.12)));
            painter.drawLine(anchors.at(k), box.center());
        }
        painter.setPen(QPen(colour(i), qMax(1.0, unit * 0.15)));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(box, unit * 0.5, unit * 0.5);
        painter.drawText(box, Qt::AlignCenter, QString::number(i + 1));
    }
    // Web Mercator stretches distances by 1 / cos(latitude): the bar measures real metres
    const double latitude = WebMercator::unproject(centre).y();
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
    painter.drawText(QRectF(origin.x() + barWidth + unit, origin.y() - unit * 2, unit * 20, unit * 3), Qt::AlignLeft | Qt::AlignVCenter, text);
    const QString caption = m_drewBackground ? tr("Web Mercator, north up; background: %1").arg(backgroundName)
                                             : tr("Web Mercator, north up");
    painter.drawText(QRectF(area.right() - unit * 60, area.bottom() - unit * 4, unit * 59, unit * 3),
                     Qt::AlignRight | Qt::AlignVCenter, caption);
    painter.restore();
}

QImage ZoneMapPainter::image(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(1, 1, -1, -1));
    return image;
}

} // namespace citylab
