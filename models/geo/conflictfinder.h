// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace citylab {

// Two zones of different experiments whose areas overlap (more than touching) while both are active.
struct ZoneConflict
{
    qint64 zoneA = 0, zoneB = 0;
    QString uuidA, uuidB, nameA, nameB;
    QString experimentA, experimentB;   // experiment codes
    QString titleA, titleB;             // experiment titles
    qint64 experimentIdA = 0, experimentIdB = 0;
    double overlapM2 = 0;
    QString from, to;   // ISO dates, inclusive; empty = open-ended on that side
};

// Finds zone conflicts: candidate pairs from the zone_bounds R*Tree and overlapping active
// windows (inclusive dates, missing = open-ended), then GEOS intersection area > 0.
// Zones of the same experiment are never conflicts: one company plans its own sites.
// Each zone's geometry is read and prepared once; pairs are checked on all cores.
class ConflictFinder
{
public:
    // With a valid 'on' date, only zones active that day are considered. The result is in a
    // stable order: by experiment code, zone name and uuid of A, then of B, where A is the
    // side that sorts first.
    // With an experiment id, only the conflicts of that experiment's zones (for its page).
    static QList<ZoneConflict> find(const QSqlDatabase &db, const QDate &on = QDate(), qint64 experimentId = -1);

    // Ids of every zone taking part in at least one of the conflicts.
    static QSet<qint64> zoneIds(const QList<ZoneConflict> &conflicts);
};

} // namespace citylab
