// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlineexplanation.h"

#include "i18n/dateformat.h"

#include <QLocale>

namespace citylab {

QString DeadlineExplanation::dayAndDate(const QDate &date)
{
    return QLocale().dayName(date.dayOfWeek()) + u' ' + DateFormat::shortDate(date);
}

QString DeadlineExplanation::distance(int daysLeft)
{
    if (daysLeft < 0)
        return tr("overdue by %n day(s)", nullptr, -daysLeft);
    if (daysLeft == 0)
        return tr("due today");
    return tr("%n day(s) left", nullptr, daysLeft);
}

QList<DeadlineExplanation::Line> DeadlineExplanation::lines(const RegulatoryClock::State &state, int statutoryDays,
                                                             const QDate &today)
{
    QList<Line> result;
    if (statutoryDays > 0)
        result.append({tr("Statutory answer time"), tr("%n day(s)", nullptr, statutoryDays)});
    if (!state.submittedOn.isValid())
        return result;
    result.append({tr("Submitted on"), dayAndDate(state.submittedOn)});
    for (const RegulatoryClock::Pause &pause : state.pauses) {
        if (pause.to.isValid())
            result.append({tr("Suspended"), tr("from %1 to %2: %n day(s) not counted, waiting for the integration", nullptr, pause.days)
                                                .arg(DateFormat::shortDate(pause.from), DateFormat::shortDate(pause.to))});
        else
            result.append({tr("Suspended"), tr("since %1, waiting for the integration: the clock stands with %n day(s) left", nullptr,
                                               statutoryDays - state.daysUsed)
                                                .arg(DateFormat::shortDate(pause.from))});
    }
    if (!state.termEndsOn.isValid())
        return result;
    if (state.restartedFromZero) {
        result.append({tr("Clock restarted"), tr("on %1 the integration arrived, and this authority's rules start the clock again "
                                                 "from zero").arg(DateFormat::shortDate(state.runningSince))});
        result.append({tr("Term"), tr("%1 + %n day(s) = %2", nullptr, statutoryDays)
                                       .arg(DateFormat::shortDate(state.runningSince), dayAndDate(state.termEndsOn))});
    } else if (state.pausedDays() > 0) {
        result.append({tr("Term"), tr("%1 + %2 + %n day(s) suspended = %3", nullptr, state.pausedDays())
                                       .arg(DateFormat::shortDate(state.submittedOn), tr("%n day(s)", nullptr, statutoryDays),
                                            dayAndDate(state.termEndsOn))});
    } else {
        result.append({tr("Term"), tr("%1 + %n day(s) = %2", nullptr, statutoryDays)
                                       .arg(DateFormat::shortDate(state.submittedOn), dayAndDate(state.termEndsOn))});
    }
    if (state.dueOn != state.termEndsOn) {
        const QString reason = RegulatoryClock::holidayName(state.termEndsOn);
        const QString moved = reason.isEmpty()
            ? tr("%1 is a Sunday, so the term moves to the next working day, %2 (art. 2963 of the civil code).")
                  .arg(dayAndDate(state.termEndsOn), dayAndDate(state.dueOn))
            : tr("%1 is a public holiday (%2), so the term moves to the next working day, %3 (art. 2963 of the civil code).")
                  .arg(dayAndDate(state.termEndsOn), reason, dayAndDate(state.dueOn));
        result.append({tr("Moved"), moved});
    }
    if (state.running) {
        const int left = int(today.daysTo(state.dueOn));
        result.append({tr("Due on"), dayAndDate(state.dueOn) + QStringLiteral(" — ") + distance(left), left < 0});
    } else {
        result.append({tr("Due on"), dayAndDate(state.dueOn)});
    }
    return result;
}

} // namespace citylab
