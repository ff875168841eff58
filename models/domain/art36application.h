// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citylab {

class Store;

// What an art. 36 "Sperimentazione Italia" request (DL 76/2020) must contain and the rules it
// asks to set aside: the holder, the lead person, a duration of at most twelve months, aims,
// expected results, monitoring, risks and mitigations, safeguards, and the rules to be
// derogated (the barriers linked to the request). It cannot be submitted while any of it is
// missing or while a rule lies in an area the law keeps out of reach (health, environment,
// cultural heritage, criminal law, EU obligations), or whose area is not known. A granted one
// runs for its duration from the decision, may be renewed once by a second art. 36 request
// (whose period follows the first's), and owes a final report by the end of its period.
class Art36Application
{
    Q_DECLARE_TR_FUNCTIONS(citylab::Art36Application)
public:
    struct Rule
    {
        qint64 barrierId = -1;
        qint64 linkId = -1;   // its row in barrier_requests
        QString reference, title, area;
        bool derogable() const { return !isReservedArea(area); }
    };

    qint64 id = -1;          // -1 while the application's content has not been written
    qint64 requestId = -1;
    QString requestReference, requestStatus, subject;
    QString officer;   // of the request's experiment
    QDate decidedOn;
    qint64 holderId = -1, leadPersonId = -1, renewalOfId = -1;
    QString holder, leadPerson, renewalOfReference;
    QDate renewedPeriodEnd;  // for a renewal: the end of the granted period it extends
    QString renewedBy;       // the reference of the request that renews this one (not denied or withdrawn)
    bool renewalGranted = false;   // and whether that renewal was granted
    int durationMonths = 0;
    QString aims, expectedResults, monitoring, risks, safeguards;
    QDate finalReportSentOn;
    QList<Rule> rules;

    static inline const QString kind = QStringLiteral("art36");
    static constexpr int maximumMonths = 12;
    static constexpr int reviewDays = 30;   // the Department's review of the application

    // The application of an art. 36 request (empty content when none was written yet);
    // nullopt with *error naming the store when it cannot be read.
    static std::optional<Art36Application> load(const Store &store, qint64 requestId, QString *error);

    // What the law asks and the application lacks, in the user's words; empty when complete.
    QStringList missing() const;
    // Everything that stops the submission: what is missing, rules in reserved areas, a
    // renewal that is not allowed.
    QStringList submissionProblems(const Store &store) const;
    QList<Rule> reservedRules() const;

    bool granted() const;
    // When the authorized period starts: the decision, or for a renewal the end of the
    // period it extends. Invalid until granted.
    QDate periodStart() const;
    // The last day of the authorized period and the final report's due date: invalid until
    // granted with a duration.
    QDate periodEnd() const;
    // A term of months ends on the day of the last month that bears the number of the first
    // day, or on that month's last day when it has none (art. 2963 of the civil code):
    // from 31 January for one month, 28 (or 29) February.
    static QDate periodEnd(const QDate &start, int months);

    // The areas art. 36 does not reach: health, environment, cultural heritage, criminal
    // law, obligations from EU law.
    static bool isReservedArea(const QString &area);
    // Why `renewalOfId` cannot be renewed by request `requestId`, or empty when it can: only
    // a granted art. 36 request that is not itself a renewal, and only once.
    static QString renewalProblem(const Store &store, qint64 requestId, qint64 renewalOfId);
};

} // namespace citylab
