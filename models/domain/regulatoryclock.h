// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace citylab {

// The statutory clock of a regulatory request (Italian law 241/1990 style): it runs from
// the submission for the authority's answer days; a request for integration stops it, and
// the resubmission resumes it with the days that were left (or restarts it from zero for
// authorities whose rules say so). A deadline falling on a Sunday or a public holiday moves
// to the next working day (art. 2963 of the civil code).
class RegulatoryClock
{
public:
    struct Event
    {
        QDate on;
        QString status;   // a request status key: submitted, integration_requested, ...
    };

    // A stop of the clock while the applicant prepared an integration.
    struct Pause
    {
        QDate from;
        QDate to;   // invalid while it lasts
        int days = 0;
    };

    struct State
    {
        bool running = false;     // submitted or resubmitted, no decision yet
        bool suspended = false;   // waiting for the applicant's integration
        bool decided = false;     // granted, denied or withdrawn
        QDate dueOn;              // invalid while suspended or before submission
        int daysUsed = 0;         // statutory days consumed so far
        int daysLeft = 0;         // at `today`: negative when overdue; frozen while suspended
        // How the due date came about, for people to check: the clock last (re)started on
        // `runningSince` with `daysUsed` already consumed (0 when the authority's rules
        // restart it), so the term ends on `termEndsOn`; a Sunday or holiday there moves it
        // to `dueOn`.
        QDate submittedOn;
        QDate runningSince;
        QDate termEndsOn;
        int daysUsedBeforeRun = 0;
        bool restartedFromZero = false;
        QList<Pause> pauses;
        int pausedDays() const;
    };

    RegulatoryClock(int statutoryDays, bool restartsAfterIntegration = false);

    // `history` in date order, as request_status_changes holds it.
    State evaluate(const QList<Event> &history, const QDate &today) const;

    static bool isPublicHoliday(const QDate &date);
    // The national holiday a day is, in the reader's language ("Christmas Day"); empty
    // for any other day, Sundays included.
    static QString holidayName(const QDate &date);
    static QDate nextWorkingDay(const QDate &date);   // the date itself when it is one
    static QDate easterSunday(int year);

private:
    int m_days;
    bool m_restarts;
};

} // namespace citylab
