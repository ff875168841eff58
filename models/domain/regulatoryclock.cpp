// SPDX-License-Identifier: GPL-3.0-or-later
#include "regulatoryclock.h"

namespace citylab {

RegulatoryClock::RegulatoryClock(int statutoryDays, bool restartsAfterIntegration)
    : m_days(statutoryDays)
    , m_restarts(restartsAfterIntegration)
{
}

QDate RegulatoryClock::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool RegulatoryClock::isPublicHoliday(const QDate &date)
{
    if (date.dayOfWeek() == Qt::Sunday)
        return true;
    // National holidays of Italy, and Easter Monday.
    static const QList<std::pair<int, int>> fixed = {{1, 1}, {1, 6}, {4, 25}, {5, 1}, {6, 2},
                                                     {8, 15}, {11, 1}, {12, 8}, {12, 25}, {12, 26}};
    for (const auto &[month, day] : fixed)
        if (date.month() == month && date.day() == day)
            return true;
    return date == easterSunday(date.year()).addDays(1);
}

QDate RegulatoryClock::nextWorkingDay(const QDate &date)
{
    QDate day = date;
    while (isPublicHoliday(day))
        day = day.addDays(1);
    return day;
}

RegulatoryClock::State RegulatoryClock::evaluate(const QList<Event> &history, const QDate &today) const
{
    State state;
    QDate runningSince;
    const auto start = [&](const QDate &on) {
        runningSince = on;
        state.running = true;
        state.suspended = false;
        state.dueOn = nextWorkingDay(on.addDays(m_days - state.daysUsed));
    };
    for (const Event &event : history) {
        const QString &status = event.status;
        if (state.decided)
            break;
        if (status == QLatin1String("submitted")) {
            state.daysUsed = 0;
            start(event.on);
        } else if (status == QLatin1String("integration_requested") && state.running) {
            state.daysUsed += int(runningSince.daysTo(event.on));
            state.running = false;
            state.suspended = true;
            state.dueOn = {};
        } else if (status == QLatin1String("resubmitted") && state.suspended) {
            if (m_restarts)
                state.daysUsed = 0;
            start(event.on);
        } else if (status == QLatin1String("granted") || status == QLatin1String("granted_with_conditions")
                   || status == QLatin1String("denied") || status == QLatin1String("withdrawn")) {
            // The deadline stays what it was when the decision came: lead times and
            // "answered late" are measured against it.
            if (state.running)
                state.daysUsed += int(runningSince.daysTo(event.on));
            state.running = false;
            state.suspended = false;
            state.decided = true;
        }
    }
    if (state.running)
        state.daysLeft = int(today.daysTo(state.dueOn));
    else if (state.suspended)
        state.daysLeft = m_days - state.daysUsed;
    return state;
}

} // namespace citylab
