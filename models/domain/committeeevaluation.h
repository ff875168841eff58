// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// The technical committee's evaluation of one proposal: the criteria of its call with their
// weights, the members, who declared a conflict of interest, and each member's score (0–10)
// and comment per criterion. A member with a conflict is left out of the total; the total is
// the mean over the other members of each one's weighted mean, on the same 0–10 scale.
class CommitteeEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(citylab::CommitteeEvaluation)
public:
    struct Criterion
    {
        qint64 id = -1;
        QString name;
        double weight = 1;
    };
    struct Member
    {
        qint64 id = -1;
        QString name;
        QString organization;
        bool conflict = false;   // declared a conflict of interest for this proposal
        QString conflictNote;    // why, as declared
    };
    struct Score
    {
        double value = 0;
        QString comment;
    };

    qint64 experimentId = -1;
    qint64 callId = -1;          // -1: the proposal came through no call, so no committee scores it
    QString callName;
    QList<Criterion> criteria;
    QList<Member> members;
    QHash<std::pair<qint64, qint64>, Score> scores;   // (member id, criterion id)

    // Nothing, with *error set, when the store cannot be read.
    static std::optional<CommitteeEvaluation> load(const Store &store, qint64 experimentId, QString *error = nullptr);

    bool hasCall() const { return callId > 0; }
    const Score *score(qint64 memberId, qint64 criterionId) const;
    // Every member without a conflict scored every criterion, and there is at least one.
    bool isComplete() const;
    // What is still missing, one sentence each ("Anna Rossi has not scored Innovation.").
    QStringList missing() const;
    // A member's weighted mean, once they scored every criterion.
    std::optional<double> memberTotal(qint64 memberId) const;
    // The committee's total, once the evaluation is complete.
    std::optional<double> total() const;

    // The pending proposals of a call (proposal and screening stages), the evaluated ones
    // ranked by total — equal totals share a rank (1, 1, 3) — then those still being
    // evaluated, without a rank.
    struct Ranked
    {
        qint64 experimentId = -1;
        QString code;
        QString title;
        QString stage;
        std::optional<double> total;
        int rank = 0;   // 0: not ranked yet
    };
    static std::optional<QList<Ranked>> ranking(const Store &store, qint64 callId, QString *error = nullptr);
    // Ranks in place: `entries` with a total first, highest first, ties sharing a rank.
    static void rank(QList<Ranked> &entries);
};

} // namespace citylab
