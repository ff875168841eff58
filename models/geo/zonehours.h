// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace citylab {

// The hours of the day a zone may be used, as people write them in the zone's Hours field:
// "08:00-20:00", several ranges separated by ',' or ';' ("07:00-09:30; 17:00-19:30"), a range
// over midnight ("22:00-06:00"), "8.30" for 08:30, an en dash for the hyphen, "24:00" for the
// end of the day, and the days they apply to: "weekdays" (feriali, lun-ven, mon-fri) or
// "weekends" (festivi, sab-dom, sat-sun). Empty text means any hour. Local time in Rome.
class ZoneHours
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneHours)
public:
    // The hours written in `text`, or nothing with *error saying what could not be read.
    static std::optional<ZoneHours> parse(const QString &text, QString *error = nullptr);

    bool anyTime() const { return m_ranges.isEmpty() && m_days == everyDay; }
    // Whether a time of day (seconds after midnight) on a day of the week (1 = Monday) falls
    // within the hours, ends included.
    bool contains(int dayOfWeek, int secondOfDay) const;

private:
    static constexpr int everyDay = 0x7f;   // bit 0 Monday … bit 6 Sunday
    QList<std::pair<int, int>> m_ranges;   // seconds after midnight, from <= to
    int m_days = everyDay;
};

} // namespace citylab
