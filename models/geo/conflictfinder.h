// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace citylab {

// Two zones of different experiments whose areas overlap (more than touching) while both are active.
struct ZoneConflict
{
    qint64 zoneA = 0, zoneB = 0;
    QString uuidA, uuidB, nameA, nameB, experimentA, experimentB;
    double overlapM2 = 0;
    QString from, to;   // ISO dates, inclusive; empty = open-ended on that side
};

// Finds zone conflicts: candidate pairs from the zone_bounds R*Tree and overlapping active
// windows (inclusive dates, missing = open-ended), then GEOS intersection area > 0.
// Zones of the same experiment are never conflicts: one company plans its own sites.
class ConflictFinder
{
public:
    // With a valid 'on' date, only zones active that day are considered.
    static QList<ZoneConflict> find(const QSqlDatabase &db, const QDate &on = QDate());
};

} // namespace citylab
