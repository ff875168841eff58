// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace citylab {

class Store;

// What legal staff and officers must chase, soonest first: regulatory requests overdue or
// due soon, agreements inside their renewal notice, follow-ups of contacts, and experiments
// stuck in a stage for too long.
struct Deadline
{
    enum Kind { Request, Agreement, FollowUp, StuckExperiment };

    Kind kind = Request;
    QString table;        // where the record lives, to open it
    qint64 id = -1;
    QString reference;    // request reference, agreement protocol, experiment code
    QString title;
    QDate dueOn;
    int daysLeft = 0;     // negative when overdue
    QString status;       // the record's status or stage key

    static QString kindKey(Kind kind);   // request, agreement, follow_up, stuck_experiment
};

class Deadlines
{
public:
    struct Options
    {
        QDate today = QDate::currentDate();
        int horizonDays = 30;        // what falls due within this many days (and all overdue)
        int stuckAfterDays = 120;    // an experiment this long in one stage before it is active
    };

    static QList<Deadline> collect(const Store &store, const Options &options);
};

} // namespace citylab
