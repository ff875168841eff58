// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// One thing that holds an experiment in its stage: a record it still needs before its next
// move (its protocol, admissibility, the committee's evaluation, the manager's act, a signed
// agreement, a granted authorization) or a condition not yet met.
struct Blocker
{
    enum Kind { Authorization, Condition, Signature, Act, Evaluation };

    Kind kind = Act;
    qint64 experimentId = -1;
    QString experimentCode;
    QString stage;            // the experiment's stage key
    QString text;             // what holds it up, in words an officer can act on
    QString authority;        // for an authorization: who must decide
    QString table;            // the record to open about it: a request, condition, agreement or the experiment
    qint64 recordId = -1;
    QDate since;              // since when it has held the experiment up
    int daysWaiting = 0;      // from `since` to the day asked about
    int statutoryDays = 0;    // for an authorization: the days the authority has by law; 0 when unknown

    static QString kindKey(Kind kind);   // authorization, condition, signature, act, evaluation
    static QString kindLabel(Kind kind);
};

// The rules of what each move of the pipeline needs, read from the records: ExperimentPipeline
// refuses a move with these, and the Blockers view and `citylab blockers` list them for every
// experiment not yet live, so the window, the CLI and the rules always agree.
class ExperimentBlockers
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ExperimentBlockers)
public:
    // What keeps experiment `id` from moving to `next` on `on`. A move to rejected or withdrawn
    // needs nothing. Nothing (with *error set) when the store cannot be read.
    static std::optional<QList<Blocker>> forMove(const Store &store, qint64 id, const QString &next, const QDate &on,
                                                 QString *error = nullptr);

    // For every experiment from proposal to authorization: what blocks its next move on
    // `today`, longest waiting first.
    static std::optional<QList<Blocker>> all(const Store &store, const QDate &today, QString *error = nullptr);

    // Pending authorizations per authority: how many, the average and the worst wait.
    struct AuthorityWait
    {
        QString authority;
        int pending = 0;
        double averageDays = 0;
        int worstDays = 0;
    };
    static QList<AuthorityWait> byAuthority(const QList<Blocker> &blockers);
};

} // namespace citylab
