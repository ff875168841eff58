// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentblockers.h"

#include "admissibility.h"
#include "committeeevaluation.h"
#include "experimentpipeline.h"
#include "vocabulary.h"
#include "i18n/dateformat.h"
#include "items/experimentconditions.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace citylab {

QString Blocker::kindKey(Kind kind)
{
    switch (kind) {
    case Authorization: return QStringLiteral("authorization");
    case Condition: return QStringLiteral("condition");
    case Signature: return QStringLiteral("signature");
    case Act: return QStringLiteral("act");
    case Evaluation: return QStringLiteral("evaluation");
    }
    return {};
}

QString Blocker::kindLabel(Kind kind)
{
    switch (kind) {
    case Authorization: return ExperimentBlockers::tr("Authorization");
    case Condition: return ExperimentBlockers::tr("Condition");
    case Signature: return ExperimentBlockers::tr("Signature");
    case Act: return ExperimentBlockers::tr("Act");
    case Evaluation: return ExperimentBlockers::tr("Evaluation");
    }
    return {};
}

namespace {

QDate dateOf(const QVariant &value)
{
    // dates are ISO days; time stamps (created_at) start with one
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

std::optional<QList<Blocker>> ExperimentBlockers::forMove(const Store &store, qint64 id, const QString &next,
                                                          const QDate &on, QString *error)
{
    QList<Blocker> result;
    if (next == QLatin1String("rejected") || next == QLatin1String("withdrawn"))
        return result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, stage, stage_since, determina_number, approved_on, protocol_number, proposed_on"
                             " FROM experiments WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    const bool found = q.next();
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    if (!found)
        return result;
    Blocker base;
    base.experimentId = id;
    base.experimentCode = q.value(0).toString();
    base.stage = q.value(1).toString();
    base.since = dateOf(q.value(2));
    base.table = QStringLiteral("experiments");
    base.recordId = id;
    const QString determina = q.value(3).toString().trimmed();
    const bool approvalDated = !q.value(4).isNull();
    const QDate approvedOn = dateOf(q.value(4));
    const bool registered = !q.value(5).toString().trimmed().isEmpty() && !q.value(6).isNull();
    const auto add = [&](Blocker::Kind kind, const QString &text, const QDate &since = {}) -> Blocker & {
        Blocker b = base;
        b.kind = kind;
        b.text = text;
        if (since.isValid())
            b.since = since;
        result << b;
        return result.last();
    };

    // Intake: a proposal is registered (protocol number, day it arrived) and found admissible
    // on every item of its call's checklist before it is screened.
    if (next == QLatin1String("screening")) {
        if (!registered)
            add(Blocker::Act, tr("The proposal is not registered: record its protocol number and the day it arrived."));
        const std::optional<Admissibility> admissibility = Admissibility::load(store, id, error);
        if (!admissibility)
            return std::nullopt;
        for (const QString &item : admissibility->notMet())
            add(Blocker::Evaluation, tr("Inadmissible: “%1” is not met. Close the proposal as rejected, with the reason.").arg(item));
        if (const int unchecked = admissibility->unchecked())
            add(Blocker::Evaluation, tr("The admissibility check is not finished: %n item(s) not checked yet.", nullptr, unchecked));
    }

    // A proposal that came through a call is approved only once its committee scored it.
    if (next == QLatin1String("agreement")) {
        const std::optional<CommitteeEvaluation> evaluation = CommitteeEvaluation::load(store, id, error);
        if (!evaluation)
            return std::nullopt;
        if (evaluation->hasCall() && !evaluation->isComplete())
            add(Blocker::Evaluation, tr("The committee's evaluation is not complete: %1").arg(evaluation->missing().join(u' ')));
    }

    if (next == QLatin1String("agreement")) {
        if (determina.isEmpty())
            add(Blocker::Act, tr("No manager's act (determina) approves the experiment yet: record its number and date."));
        else if (!approvalDated)
            add(Blocker::Act, tr("The manager's act %1 has no date: record the day it was signed.").arg(determina));
        else if (approvedOn > on)
            add(Blocker::Act, tr("The manager's act %1 is dated %2, after the move.").arg(determina, DateFormat::shortDate(approvedOn)));
    }

    const QString day = on.toString(Qt::ISODate);
    if (next == QLatin1String("authorization")) {
        q.prepare(QStringLiteral("SELECT id, title, status FROM agreements WHERE experiment_id = ? AND kind = 'experimentation'"
                                 " ORDER BY status = 'signed' DESC, title"));
        q.addBindValue(id);
        q.exec();
        bool signedOne = false;
        QList<std::pair<qint64, QString>> unsigned_;
        while (q.next()) {
            if (q.value(2).toString() == QLatin1String("signed"))
                signedOne = true;
            else if (q.value(2).toString() == QLatin1String("draft") || q.value(2).toString() == QLatin1String("negotiation"))
                unsigned_.append({q.value(0).toLongLong(), tr("The experimentation agreement “%1” is not signed yet (%2).")
                                                               .arg(q.value(1).toString(),
                                                                    Vocabulary::label(Vocabulary::AgreementStatus, q.value(2).toString()).toLower())});
        }
        if (StoreRead::failed(q, store, error))
            return std::nullopt;
        if (!signedOne && unsigned_.isEmpty())
            add(Blocker::Signature, tr("No signed experimentation agreement."));
        for (const auto &[agreement, text] : std::as_const(unsigned_)) {
            if (signedOne)
                break;
            Blocker &b = add(Blocker::Signature, text);
            b.table = QStringLiteral("agreements");
            b.recordId = agreement;
        }
    }

    if (next == QLatin1String("active")) {
        // live only under an agreement valid that day, with every required authorization granted
        q.prepare(QStringLiteral("SELECT count(*) FROM agreements WHERE experiment_id = :id AND kind = 'experimentation'"
                                 " AND status = 'signed' AND (valid_from IS NULL OR valid_from <= :day)"
                                 " AND (valid_to IS NULL OR valid_to >= :day)"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":day"), day);
        q.exec();
        const bool valid = q.next() && q.value(0).toInt() > 0;
        if (StoreRead::failed(q, store, error))
            return std::nullopt;
        if (!valid)
            add(Blocker::Signature, tr("No signed experimentation agreement valid on %1.").arg(DateFormat::shortDate(on)));
        q.prepare(QStringLiteral("SELECT r.id, r.reference, o.name, r.kind, r.status, r.submitted_on, r.statutory_days"
                                 " FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id"
                                 " WHERE r.experiment_id = ? AND r.required_for_activation = 1"
                                 " AND r.status NOT IN ('granted', 'granted_with_conditions') ORDER BY r.reference"));
        q.addBindValue(id);
        q.exec();
        while (q.next()) {
            const QDate submitted = dateOf(q.value(5));
            Blocker &b = add(Blocker::Authorization,
                             tr("%1 from %2 is %3 (%4).")
                                 .arg(Vocabulary::label(Vocabulary::RequestKind, q.value(3).toString()), q.value(2).toString(),
                                      Vocabulary::label(Vocabulary::RequestStatus, q.value(4).toString()).toLower(),
                                      q.value(1).toString()),
                             submitted);
            b.authority = q.value(2).toString();
            b.table = QStringLiteral("regulatory_requests");
            b.recordId = q.value(0).toLongLong();
            b.statutoryDays = q.value(6).toInt();
        }
        if (StoreRead::failed(q, store, error))
            return std::nullopt;
    }

    // Until it goes live, a blocking condition not yet met holds the experiment where it is,
    // since the act that imposed it. Once live, conditions are duties with due dates (Today),
    // not gates: the Blockers view lists experiments up to authorization, and so do the rules.
    static const QStringList gated = {QStringLiteral("screening"), QStringLiteral("agreement"), QStringLiteral("authorization"),
                                      QStringLiteral("active")};
    const std::optional<QList<ExperimentCondition>> conditions =
        gated.contains(next) ? ExperimentConditions::load(store, id, error) : std::optional<QList<ExperimentCondition>>(QList<ExperimentCondition>());
    if (!conditions)
        return std::nullopt;
    for (const ExperimentCondition &c : *conditions) {
        if (!c.blocking || c.met())
            continue;
        QString text = tr("Condition of %1 not met: %2").arg(c.imposedBy, c.text);
        if (c.dueOn.isValid())
            text += u' ' + tr("(due %1)").arg(DateFormat::shortDate(c.dueOn));
        Blocker &b = add(Blocker::Condition, text, c.imposedOn);
        b.table = QStringLiteral("conditions");
        b.recordId = c.id;
    }

    for (Blocker &b : result)
        b.daysWaiting = b.since.isValid() ? int(qMax<qint64>(0, b.since.daysTo(on))) : 0;
    return result;
}

std::optional<QList<Blocker>> ExperimentBlockers::all(const Store &store, const QDate &today, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, stage FROM experiments WHERE stage IN ('proposal', 'screening', 'agreement', 'authorization')"
                          " ORDER BY code"));
    QList<std::pair<qint64, QString>> waiting;
    while (q.next())
        waiting.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    QList<Blocker> result;
    for (const auto &[id, stage] : std::as_const(waiting)) {
        const std::optional<QList<Blocker>> blockers = forMove(store, id, ExperimentPipeline::nextStages(stage).value(0), today, error);
        if (!blockers)
            return std::nullopt;
        result << *blockers;
    }
    std::stable_sort(result.begin(), result.end(), [](const Blocker &a, const Blocker &b) {
        return a.daysWaiting > b.daysWaiting;
    });
    return result;
}

QList<ExperimentBlockers::AuthorityWait> ExperimentBlockers::byAuthority(const QList<Blocker> &blockers)
{
    QList<AuthorityWait> result;
    QHash<QString, qsizetype> index;
    for (const Blocker &b : blockers) {
        if (b.kind != Blocker::Authorization)
            continue;
        if (!index.contains(b.authority)) {
            index.insert(b.authority, result.size());
            result.append({b.authority});
        }
        AuthorityWait &wait = result[index.value(b.authority)];
        wait.averageDays = (wait.averageDays * wait.pending + b.daysWaiting) / (wait.pending + 1);
        ++wait.pending;
        wait.worstDays = qMax(wait.worstDays, b.daysWaiting);
    }
    std::sort(result.begin(), result.end(), [](const AuthorityWait &a, const AuthorityWait &b) {
        return a.worstDays != b.worstDays ? a.worstDays > b.worstDays : a.authority < b.authority;
    });
    return result;
}

} // namespace citylab
