// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "track.h"
#include "zone.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace citylab {

// A stretch of a track where the test ran outside what was authorized: consecutive points
// outside every authorized zone, inside one but outside its dates or its hours, or above its
// maximum height.
struct TrackExcursion
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TrackExcursion)
public:
    enum class Kind { Outside, Window, Hours, Height };

    Kind kind = Kind::Outside;
    qint64 zoneId = -1;   // outside: the nearest zone; else the zone the points were in
    QString zoneName;
    qint64 from = 0, to = 0;   // Unix seconds, UTC, first and last point
    // Outside: the farthest point's distance from the nearest zone; height: the most metres
    // above the limit; none for dates and hours.
    std::optional<double> maxDistanceM;
    int points = 0;
    QList<QPointF> path;   // lon/lat of its points, thinned for drawing

    static QString kindName(Kind kind);   // outside | window | hours | height, as stored
    static std::optional<Kind> kindFromName(const QString &name);
    QString kindLabel() const;   // "outside the zones", translated
};

// Compares a track with an experiment's authorized zones: each point must lie in a zone (its
// holes excluded, its edge included) that is active on the point's day and hours (Rome's
// local time) and, when the point has an altitude, not above the zone's maximum height.
// Distances are measured in the zones' local metric plane. Points are checked on every core.
class FootprintCheck
{
    Q_DECLARE_TR_FUNCTIONS(citylab::FootprintCheck)
public:
    explicit FootprintCheck(QList<Zone> zones);

    struct Result
    {
        bool ok = false;
        QString error;
        QList<TrackExcursion> excursions;
        QStringList warnings;   // what could not be checked (a zone's hours not understood)
        bool heightChecked = false;
        // Altitudes above sea level are turned into heights above this ground elevation.
        std::optional<double> groundElevationM;
    };

    // groundElevationM: the ground's height above sea level where altitudes are above sea
    // level; none takes the first point's altitude (a take-off from the ground).
    Result check(const Track &track, std::optional<double> groundElevationM = std::nullopt) const;

private:
    QList<Zone> m_zones;
};

} // namespace citylab
