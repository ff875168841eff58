// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace citylab {

class Store;

// How many records of the main kinds a store holds: for the status bar and the CLI's
// summary of a new demo.
struct RecordCounts
{
    qint64 experiments = 0;
    qint64 zones = 0;
    qint64 organizations = 0;   // with Include::Everything
    qint64 measurements = 0;    // with Include::Everything

    // Counting millions of measurements takes a while: the status bar, redrawn on every
    // change, counts only experiments and zones.
    enum class Include { ExperimentsAndZones, Everything };

    static std::optional<RecordCounts> load(const Store &store, Include include, QString *error = nullptr);
    // Measurements taken in one zone (what deleting the zone leaves without a place).
    static std::optional<qint64> measurementsInZone(const Store &store, qint64 zoneId, QString *error = nullptr);
};

} // namespace citylab
