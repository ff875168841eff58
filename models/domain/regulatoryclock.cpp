// SPDX-License-Identifier: GPL-3.0-or-later
#include "regulatoryclock.h"

#include <QCoreApplication>

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

namespace {

struct Holiday
{
    int month, day;
    const char *name;
};

// National holidays of Italy (law 260/1949 and later), with Easter Monday apart.
constexpr Holiday fixedHolidays[] = {
    {1, 1, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "New Year's Day")},
    {1, 6, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Epiphany")},
    {4, 25, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Liberation Day")},
    {5, 1, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Labour Day")},
    {6, 2, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Republic Day")},
    {8, 15, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Assumption Day (Ferragosto)")},
    {11, 1, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "All Saints' Day")},
    {12, 8, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Immaculate Conception")},
    {12, 25, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Christmas Day")},
    {12, 26, QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "St Stephen's Day")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("citylab::RegulatoryClock", text);
}

} // namespace

QString RegulatoryClock::holidayName(const QDate &date)
{
    for (const Holiday &holiday : fixedHolidays)
        if (date.month() == holiday.month && date.day() == holiday.day)
            return translated(holiday.name);
    if (date == easterSunday(date.year()).addDays(1))
        return translated(QT_TRANSLATE_NOOP("citylab::RegulatoryClock", "Easter Monday"));
    return {};
}

bool RegulatoryClock::isPublicHoliday(const QDate &date)
{
    return date.dayOfWeek() == Qt::Sunday || !holidayName(date).isEmpty();
}

int RegulatoryClock::State::pausedDays() const
{
    int days = 0;
    for (const Pause &pause : pauses)
        days += pause.days;
    return days;
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
        state.runningSince = on;
        state.daysUsedBeforeRun = state.daysUsed;
        state.termEndsOn = on.addDays(m_days - state.daysUsed);
        state.dueOn = nextWorkingDay(state.termEndsOn);
    };
    for (const Event &event : history) {
        const QString &status = event.status;
        if (state.decided)
            break;
        if (status == QLatin1String("submitted")) {
            state.daysUsed = 0;
            state.pauses.clear();
            state.restartedFromZero = false;
            state.submittedOn = event.on;
            start(event.on);
        } else if (status == QLatin1String("integration_requested") && state.running) {
            state.daysUsed += int(runningSince.daysTo(event.on));
            state.running = false;
            state.suspended = true;
            state.dueOn = {};
            state.termEndsOn = {};
            state.pauses.append({event.on, {}, 0});
        } else if (status == QLatin1String("resubmitted") && state.suspended) {
            state.pauses.last().to = event.on;
            state.pauses.last().days = int(state.pauses.last().from.daysTo(event.on));
            if (m_restarts) {
                state.daysUsed = 0;
                state.restartedFromZero = true;
            }
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
