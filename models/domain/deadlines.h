// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace citylab {

class Store;

// What legal staff and officers must chase, soonest first: regulatory requests overdue or
// due soon, agreements inside their renewal notice, follow-ups of contacts, and experiments
// stuck in a stage for too long, conditions of approvals, agreements and authorizations
// coming due, test plans' insurance running out, art. 36 final reports owed, and personal
// data kept past the office's retention period (contact-log entries and people no longer
// tied to a running experiment), for someone to review.
struct Deadline
{
    enum Kind { Request, Agreement, FollowUp, StuckExperiment, Condition, Insurance, Art36Report, RetainedContact, RetainedPerson };

    Kind kind = Request;
    QString table;        // where the record lives, to open it
    qint64 id = -1;
    QString reference;    // request reference, agreement protocol, experiment code
    QString title;
    QDate dueOn;
    int daysLeft = 0;     // negative when overdue
    QString status;       // the record's status or stage key; for a condition, blocking or not_blocking
    QString officer;      // the officer of the experiment it belongs to, when it belongs to one

    // request, agreement, follow_up, stuck_experiment, condition, insurance, art36_report,
    // retained_contact, retained_person
    static QString kindKey(Kind kind);
};

class Deadlines
{
    Q_DECLARE_TR_FUNCTIONS(citylab::Deadlines)
public:
    // What a deadline is and the state of its record, as Today and `citylab deadlines` name them.
    static QString kindLabel(Deadline::Kind kind);
    static QString statusLabel(const Deadline &deadline);

    static constexpr int defaultStuckAfterDays = 120;
    static constexpr int minimumStuckAfterDays = 1;
    static constexpr int maximumStuckAfterDays = 3650;

    struct Options
    {
        QDate today = QDate::currentDate();
        int horizonDays = 30;        // what falls due within this many days (and all overdue)
        int stuckAfterDays = defaultStuckAfterDays;   // an experiment this long in one stage before it is active
        // Follow-ups of rejected or withdrawn experiments nag nobody unless asked for.
        bool followUpsOfClosedExperiments = false;
        // Personal data past this many months since its last tie to a running experiment (or
        // since its last review); -1: the office's setting.
        int retentionMonths = -1;
    };

    // Empty with *error set when the store cannot be read to the end.
    static QList<Deadline> collect(const Store &store, const Options &options, QString *error = nullptr);

    // How long an experiment may stay in one stage before going live without being listed
    // as stuck: the office's own choice, kept in the database so that every window and the
    // CLI count the same way (120 days until someone sets it).
    static int stuckAfterDays(const Store &store);
    // False with store.lastError() set when `days` is out of range or cannot be written.
    static bool setStuckAfterDays(Store &store, int days);

    // How long contact-log entries and people are kept once nothing ties them to a running
    // experiment (GDPR art. 5(1)(e)): the office's choice, 60 months until someone sets it.
    static constexpr int defaultRetentionMonths = 60;
    static constexpr int minimumRetentionMonths = 6;
    static constexpr int maximumRetentionMonths = 240;
    static int retentionMonths(const Store &store);
    static bool setRetentionMonths(Store &store, int months);
};

} // namespace citylab
