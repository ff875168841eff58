// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "regulatoryclock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace citylab {

// The arithmetic behind a request's due date, line by line, as legal staff check it by
// hand: submitted on, statutory days, days suspended (from when to when), the day the term
// ends, a move past a Sunday or holiday and why, the due date and how far it is.
class DeadlineExplanation
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineExplanation)

public:
    struct Line
    {
        QString label;
        QString text;
        bool warning = false;   // overdue
    };

    static QList<Line> lines(const RegulatoryClock::State &state, int statutoryDays, const QDate &today);

    // "overdue by 3 days", "5 days left", "due today"; for lists and pages.
    static QString distance(int daysLeft);
    static QString dayAndDate(const QDate &date);   // "Sunday 25/10/2026"
};

} // namespace citylab
