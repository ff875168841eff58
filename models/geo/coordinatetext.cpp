// SPDX-License-Identifier: GPL-3.0-or-later
#include "coordinatetext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace citylab {

namespace {

// The two numbers of a line. A semicolon or a tab separates numbers that may have decimal
// commas; so does a comma followed by a space when each side has a comma of its own
// ("45,07, 7,68"); one comma alone separates numbers with points; otherwise white space.
QStringList numbersOf(const QString &line, bool *decimalComma)
{
    static const QRegularExpression strongSeparator(QStringLiteral("\\s*[;\\t]\\s*"));
    static const QRegularExpression commaSpace(QStringLiteral(",\\s+"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    *decimalComma = true;
    if (line.contains(u';') || line.contains(u'\t'))
        return line.split(strongSeparator);
    const int commas = int(line.count(u','));
    if (commas == 1) {
        *decimalComma = false;
        return line.split(u',');
    }
    if (commas == 3)
        return line.split(commaSpace);
    return line.split(space);
}

} // namespace

std::optional<QPointF> CoordinateText::parsePoint(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString line = text.trimmed();
    if (line.isEmpty())
        return fail(tr("no coordinates: write latitude and longitude, e.g. 45.0703, 7.6869"));
    bool decimalComma = false;
    const QStringList parts = numbersOf(line, &decimalComma);
    if (parts.size() != 2)
        return fail(tr("\"%1\" is not a latitude and a longitude, e.g. 45.0703, 7.6869").arg(line));
    double values[2];
    for (int i = 0; i < 2; ++i) {
        QString number = parts.at(i).trimmed();
        if (decimalComma)
            number.replace(u',', u'.');
        bool ok = false;
        values[i] = number.toDouble(&ok);
        if (!ok || !std::isfinite(values[i]))
            return fail(tr("\"%1\" is not a number").arg(parts.at(i).trimmed()));
    }
    const double lat = values[0], lon = values[1];
    if (lat < -90 || lat > 90)
        return fail(tr("latitude %1 is out of range (-90 to 90): is the longitude first?").arg(parts.at(0).trimmed()));
    if (lon < -180 || lon > 180)
        return fail(tr("longitude %1 is out of range (-180 to 180)").arg(parts.at(1).trimmed()));
    return QPointF(lon, lat);
}

double CoordinateText::distanceKm(QPointF from, QPointF to)
{
    constexpr double radiusKm = 6371.0, degree = M_PI / 180.0;
    const double dLat = (to.y() - from.y()) * degree, dLon = (to.x() - from.x()) * degree;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(from.y() * degree) * std::cos(to.y() * degree) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * radiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

QList<QPointF> CoordinateText::swapped(QList<QPointF> points)
{
    for (QPointF &point : points)
        point = QPointF(point.y(), point.x());
    return points;
}

bool CoordinateText::looksSwapped(const QList<QPointF> &points, QPointF reference)
{
    if (points.isEmpty())
        return false;
    QPointF middle;
    for (const QPointF &point : points)
        middle += point;
    middle /= double(points.size());
    const QPointF other(middle.y(), middle.x());
    const bool otherIsValid = std::abs(other.y()) <= 90;
    constexpr double nearKm = 100;
    return distanceKm(middle, reference) > nearKm && otherIsValid && distanceKm(other, reference) <= nearKm;
}

std::optional<QList<QPointF>> CoordinateText::parseCorners(const QString &text, QString *error)
{
    QList<QPointF> corners;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QString why;
        const std::optional<QPointF> point = parsePoint(lines.at(i), &why);
        if (!point) {
            if (error)
                *error = tr("Line %1: %2").arg(i + 1).arg(why);
            return std::nullopt;
        }
        if (corners.isEmpty() || corners.constLast() != *point)
            corners.append(*point);
    }
    if (corners.size() > 1 && corners.constFirst() == corners.constLast())
        corners.removeLast();
    if (corners.size() < 3) {
        if (error)
            *error = tr("A zone needs at least three different corners, one per line (%n given).", nullptr, int(corners.size()));
        return std::nullopt;
    }
    return corners;
}

} // namespace citylab
