// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace citylab {

// The tables of the case records (experiments, requests, agreements, people, calls...) against
// those of the map and the charts (zones, tracks, city events, measurements). Deadlines and
// blockers are computed from the first alone: a zone edit or a measurement import need not
// compute them again (0.3 and 0.4 s at scale 100).
class CaseTables
{
public:
    // Whether a change to these tables may change case records; an empty list (a change that
    // names no tables, such as a restore) may change anything.
    static bool touchedBy(const QStringList &changedTables);
};

} // namespace citylab
