// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace citylab {

class Store;

// A zone as its conflicts name it, shared by all of them: a metropolitan store's 572,254
// shared sites held fourteen strings each (215 MB), now two pointers.
struct ConflictZone
{
    qint64 id = 0, experimentId = 0;
    QString uuid, name;
    QString code, title;   // the experiment's
    QString from, to;      // the zone's active window: ISO dates, inclusive; empty = open-ended
};

// Two zones of different experiments whose areas overlap (more than touching) while both are active.
struct ZoneConflict
{
    std::shared_ptr<const ConflictZone> a, b;
    double overlapM2 = 0;
    QString from, to;   // when both are active: ISO dates, inclusive; empty = open-ended on that side
};

// What a search looks at: with a valid day, only zones active that day; with an experiment,
// only the conflicts of its zones (for its page); with zone ids, only the conflicts of those
// zones (the map after an edit).
struct ConflictScope
{
    ConflictScope(QDate day = {}, qint64 experiment = -1, QSet<qint64> zones = {})
        : on(day), experimentId(experiment), zoneIds(std::move(zones)) {}

    QDate on;
    qint64 experimentId = -1;
    QSet<qint64> zoneIds;
    // Instead of conflicts, shared sites: the same place used by two experiments at times
    // that share no day (both dated), who could share set-up, permits or signage. `on` is
    // then ignored.
    bool sharedSites = false;
};

// Finds zone conflicts: candidate pairs from the zone_bounds R*Tree and overlapping active
// windows (inclusive dates, missing = open-ended), then GEOS intersection area > 0.
// Zones of the same experiment are never conflicts: one company plans its own sites.
// Each zone's geometry is read and prepared once; pairs are checked on all cores.
// The result is in a stable order (see sort()). A search that could not read the store
// returns nothing and says why in *error.
class ConflictFinder
{
public:
    static QList<ZoneConflict> find(const Store &store, const ConflictScope &scope = {}, QString *error = nullptr);
    static QList<ZoneConflict> find(const QSqlDatabase &db, const ConflictScope &scope = {}, QString *error = nullptr);
    // The same search on a read-only connection of its own: for a worker thread, since a
    // connection belongs to the thread that opened it.
    static QList<ZoneConflict> findInFile(const QString &path, const ConflictScope &scope, QString *error = nullptr);

    // By experiment code, zone name and uuid of A, then of B, where A is the side that
    // sorts first.
    static void sort(QList<ZoneConflict> &conflicts);
    // The order sort() gives.
    static bool before(const ZoneConflict &x, const ZoneConflict &y);
    // Ids of every zone taking part in at least one of the conflicts.
    static QSet<qint64> zoneIds(const QList<ZoneConflict> &conflicts);
};

} // namespace citylab
