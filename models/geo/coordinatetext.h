// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace citylab {

// Points typed or pasted as text, "latitude, longitude" as map sites and phones copy them:
// "45.0703, 7.6869", "45.0703 7.6869", "45,0703; 7,6869" (decimal commas, as an Italian
// spreadsheet pastes them, tab or semicolon between) — one point per line. The points come
// back as lon/lat (x = longitude), the order the rest of CityLab uses.
class CoordinateText
{
    Q_DECLARE_TR_FUNCTIONS(citylab::CoordinateText)

public:
    // One point; on failure nothing, and why in *error.
    static std::optional<QPointF> parsePoint(const QString &text, QString *error = nullptr);
    // The corners of a polygon, one per non-empty line; a last line repeating the first (a
    // closed ring, as GIS tools copy it) is dropped. At least three different corners; an
    // error names the line.
    static std::optional<QList<QPointF>> parseCorners(const QString &text, QString *error = nullptr);

    // Whether the points (lon/lat) were most likely typed longitude first: their middle lies
    // more than 100 km from `reference` (the place the map shows) and, read the other way
    // round, within it. In Turin both orders are valid numbers, and GIS tools copy x first.
    static bool looksSwapped(const QList<QPointF> &points, QPointF reference);
    static QList<QPointF> swapped(QList<QPointF> points);
    // Great-circle distance in kilometres between two lon/lat points.
    static double distanceKm(QPointF from, QPointF to);
};

} // namespace citylab
