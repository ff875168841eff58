// SPDX-License-Identifier: GPL-3.0-or-later
#include "casetables.h"

#include <algorithm>

namespace citylab {

bool CaseTables::touchedBy(const QStringList &changedTables)
{
    // Neither Deadlines nor ExperimentBlockers (nor what they load) read these.
    static const QStringList mapAndCharts = {QStringLiteral("zones"), QStringLiteral("tracks"),
                                             QStringLiteral("track_excursions"), QStringLiteral("city_events"),
                                             QStringLiteral("measurements"), QStringLiteral("measurement_batches")};
    return changedTables.isEmpty() || std::any_of(changedTables.cbegin(), changedTables.cend(), [](const QString &table) {
               return !mapAndCharts.contains(table);
           });
}

} // namespace citylab
