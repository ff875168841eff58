// SPDX-License-Identifier: GPL-3.0-or-later
#include "committeeevaluation.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace citylab {

std::optional<CommitteeEvaluation> CommitteeEvaluation::load(const Store &store, qint64 experimentId, QString *error)
{
    CommitteeEvaluation e;
    e.experimentId = experimentId;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.name FROM experiments x JOIN calls c ON c.id = x.call_id WHERE x.id = ?"));
    q.addBindValue(experimentId);
    q.exec();
    if (q.next()) {
        e.callId = q.value(0).toLongLong();
        e.callName = q.value(1).toString();
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    if (!e.hasCall())
        return e;

    q.prepare(QStringLiteral("SELECT id, name, weight FROM call_criteria WHERE call_id = ? ORDER BY position, id"));
    q.addBindValue(e.callId);
    q.exec();
    while (q.next())
        e.criteria.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;

    q.prepare(QStringLiteral("SELECT m.id, p.full_name, coalesce(o.name, ''), i.id IS NOT NULL, coalesce(i.note, '')"
                             " FROM committee_members m JOIN people p ON p.id = m.person_id"
                             " LEFT JOIN conflicts_of_interest i ON i.member_id = m.id AND i.experiment_id = :experiment"
                             " LEFT JOIN organizations o ON o.id = p.organization_id"
                             " WHERE m.call_id = :call ORDER BY p.full_name COLLATE NOCASE, m.id"));
    q.bindValue(QStringLiteral(":experiment"), experimentId);
    q.bindValue(QStringLiteral(":call"), e.callId);
    q.exec();
    while (q.next())
        e.members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                          q.value(4).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;

    q.prepare(QStringLiteral("SELECT member_id, criterion_id, score, coalesce(comment, '') FROM scores WHERE experiment_id = ?"));
    q.addBindValue(experimentId);
    q.exec();
    while (q.next())
        e.scores.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, {q.value(2).toDouble(), q.value(3).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return e;
}

const CommitteeEvaluation::Score *CommitteeEvaluation::score(qint64 memberId, qint64 criterionId) const
{
    const auto it = scores.constFind({memberId, criterionId});
    return it == scores.cend() ? nullptr : &it.value();
}

std::optional<double> CommitteeEvaluation::memberTotal(qint64 memberId) const
{
    double weighted = 0, weights = 0;
    for (const Criterion &c : criteria) {
        const Score *s = score(memberId, c.id);
        if (!s)
            return std::nullopt;
        weighted += s->value * c.weight;
        weights += c.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return weighted / weights;
}

bool CommitteeEvaluation::isComplete() const
{
    return hasCall() && missing().isEmpty();
}

QStringList CommitteeEvaluation::missing() const
{
    if (!hasCall())
        return {};
    QStringList result;
    if (criteria.isEmpty())
        result << tr("The call “%1” has no evaluation criteria.").arg(callName);
    bool anyVoter = false;
    for (const Member &m : members) {
        if (m.conflict)
            continue;
        anyVoter = true;
        QStringList unscored;
        for (const Criterion &c : criteria)
            if (!score(m.id, c.id))
                unscored << c.name;
        if (unscored.size() == criteria.size() && !criteria.isEmpty())
            result << tr("%1 has not scored the proposal yet.").arg(m.name);
        else if (!unscored.isEmpty())
            result << tr("%1 has not scored %2.").arg(m.name, unscored.join(QStringLiteral(", ")));
    }
    if (!anyVoter)
        result << (members.isEmpty() ? tr("The call “%1” has no committee members.").arg(callName)
                                     : tr("Every committee member declared a conflict of interest."));
    return result;
}

std::optional<double> CommitteeEvaluation::total() const
{
    if (!isComplete())
        return std::nullopt;
    double sum = 0;
    int voters = 0;
    for (const Member &m : members) {
        if (m.conflict)
            continue;
        sum += *memberTotal(m.id);
        ++voters;
    }
    return sum / voters;
}

void CommitteeEvaluation::rank(QList<Ranked> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Ranked &a, const Ranked &b) {
        if (a.total.has_value() != b.total.has_value())
            return a.total.has_value();
        // totals are means of weighted means: compared to a hundredth, as they are shown
        if (a.total && qRound(*a.total * 100) != qRound(*b.total * 100))
            return *a.total > *b.total;
        return a.code < b.code;
    });
    for (int i = 0; i < entries.size(); ++i) {
        Ranked &r = entries[i];
        if (!r.total)
            break;
        const bool tied = i > 0 && qRound(*entries.at(i - 1).total * 100) == qRound(*r.total * 100);
        r.rank = tied ? entries.at(i - 1).rank : i + 1;
    }
}

std::optional<QList<CommitteeEvaluation::Ranked>> CommitteeEvaluation::ranking(const Store &store, qint64 callId, QString *error)
{
    // One read of the call's committee and of every pending proposal's scores, not five
    // queries per proposal: a call of a few hundred proposals is ranked on each page shown.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, title, stage FROM experiments WHERE call_id = ?"
                             " AND stage IN ('proposal', 'screening') ORDER BY code"));
    q.addBindValue(callId);
    q.exec();
    QList<Ranked> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}, 0});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;

    CommitteeEvaluation call;
    call.callId = callId;
    // in load()'s order, so that the sums are the page's to the last bit
    q.prepare(QStringLiteral("SELECT id, weight FROM call_criteria WHERE call_id = ? ORDER BY position, id"));
    q.addBindValue(callId);
    q.exec();
    while (q.next())
        call.criteria.append({q.value(0).toLongLong(), {}, q.value(1).toDouble()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    q.prepare(QStringLiteral("SELECT m.id FROM committee_members m JOIN people p ON p.id = m.person_id"
                             " WHERE m.call_id = ? ORDER BY p.full_name COLLATE NOCASE, m.id"));
    q.addBindValue(callId);
    q.exec();
    while (q.next())
        call.members.append({q.value(0).toLongLong(), {}, {}, false, {}});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;

    QHash<qint64, QSet<qint64>> conflicted;   // experiment -> members with a conflict of interest
    q.prepare(QStringLiteral("SELECT i.experiment_id, i.member_id FROM conflicts_of_interest i"
                             " JOIN committee_members m ON m.id = i.member_id WHERE m.call_id = ?"));
    q.addBindValue(callId);
    q.exec();
    while (q.next())
        conflicted[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    QHash<qint64, QHash<std::pair<qint64, qint64>, Score>> scores;   // experiment -> its scores
    q.prepare(QStringLiteral("SELECT s.experiment_id, s.member_id, s.criterion_id, s.score FROM scores s"
                             " JOIN experiments x ON x.id = s.experiment_id"
                             " WHERE x.call_id = ? AND x.stage IN ('proposal', 'screening')"));
    q.addBindValue(callId);
    q.exec();
    while (q.next())
        scores[q.value(0).toLongLong()].insert({q.value(1).toLongLong(), q.value(2).toLongLong()}, {q.value(3).toDouble(), {}});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;

    for (Ranked &r : entries) {
        CommitteeEvaluation evaluation = call;
        evaluation.experimentId = r.experimentId;
        const QSet<qint64> withConflict = conflicted.value(r.experimentId);
        for (Member &m : evaluation.members)
            m.conflict = withConflict.contains(m.id);
        evaluation.scores = scores.value(r.experimentId);
        r.total = evaluation.total();
    }
    rank(entries);
    return entries;
}

} // namespace citylab
