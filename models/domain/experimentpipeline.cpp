// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentpipeline.h"

#include "experimentblockers.h"
#include "vocabulary.h"
#include "i18n/dateformat.h"
#include "store/store.h"

#include <QLocale>

namespace citylab {

namespace {

const QStringList order = {QStringLiteral("proposal"), QStringLiteral("screening"), QStringLiteral("agreement"),
                           QStringLiteral("authorization"), QStringLiteral("active"), QStringLiteral("concluded"),
                           QStringLiteral("evaluated")};

QString stageLabel(const QString &key)
{
    return Vocabulary::label(Vocabulary::Stage, key);
}

} // namespace

ExperimentPipeline::ExperimentPipeline(Store &store)
    : m_store(store)
{
}

QStringList ExperimentPipeline::nextStages(const QString &stage)
{
    const int index = int(order.indexOf(stage));
    if (index < 0 || index == order.size() - 1)
        return {}; // rejected, withdrawn and evaluated are final
    QStringList next{order.at(index + 1)};
    if (index <= order.indexOf(QStringLiteral("screening")))
        next << QStringLiteral("rejected");
    if (index <= order.indexOf(QStringLiteral("active")))
        next << QStringLiteral("withdrawn");
    return next;
}

QStringList ExperimentPipeline::obstacles(qint64 id, const QString &stage, const QDate &on) const
{
    const QVariantMap experiment = m_store.record(QStringLiteral("experiments"), id);
    if (experiment.isEmpty())
        return {tr("The experiment no longer exists.")};
    const QString current = experiment.value(QStringLiteral("stage")).toString();
    QStringList reasons;
    if (stage == current)
        return {tr("The experiment is already in %1.").arg(stageLabel(stage))};
    if (!nextStages(current).contains(stage)) {
        const int from = int(order.indexOf(current)), to = int(order.indexOf(stage));
        if (from < 0 || current == QLatin1String("evaluated"))
            reasons << tr("%1 is a final stage: the experiment cannot move any more.").arg(stageLabel(current));
        else if (to > from + 1)
            reasons << tr("%1 cannot be skipped: the experiment must go through it before %2.")
                           .arg(stageLabel(order.at(from + 1)), stageLabel(stage));
        else if (to >= 0 && to <= from)
            reasons << tr("An experiment does not go back from %1 to %2.").arg(stageLabel(current), stageLabel(stage));
        else
            reasons << tr("An experiment in %1 cannot be %2.").arg(stageLabel(current), stageLabel(stage).toLower());
        return reasons;
    }
    const QDate since = QDate::fromString(experiment.value(QStringLiteral("stage_since")).toString(), Qt::ISODate);
    if (!on.isValid())
        reasons << tr("The date of the move is missing.");
    else if (on > QDate::currentDate())
        reasons << tr("The date of the move (%1) is in the future.").arg(DateFormat::shortDate(on));
    else if (since.isValid() && on < since)
        reasons << tr("The date of the move (%1) is before the experiment entered %2 (%3).")
                       .arg(DateFormat::shortDate(on), stageLabel(current),
                            DateFormat::shortDate(since));

    QString error;
    const std::optional<QList<Blocker>> blockers = ExperimentBlockers::forMove(m_store, id, stage, on, &error);
    if (!blockers)
        return reasons << error;
    for (const Blocker &blocker : *blockers)
        reasons << blocker.text;
    return reasons;
}

bool ExperimentPipeline::move(qint64 id, const QString &stage, const QDate &on, const QString &note)
{
    const QStringList reasons = obstacles(id, stage, on);
    if (!reasons.isEmpty()) {
        m_error = reasons.join(u'\n');
        return false;
    }
    const QString from = m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString();
    const QString day = on.toString(Qt::ISODate);
    const bool ok = m_store.transact([&] {
        return m_store.update(QStringLiteral("experiments"), id, {{QStringLiteral("stage"), stage},
                                                                  {QStringLiteral("stage_since"), day}})
            && m_store.insert(QStringLiteral("stage_transitions"),
                              {{QStringLiteral("experiment_id"), id}, {QStringLiteral("from_stage"), from},
                               {QStringLiteral("to_stage"), stage}, {QStringLiteral("on_date"), day},
                               {QStringLiteral("by_user"), m_store.userName()},
                               {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)}}) > 0;
    });
    m_error = ok ? QString() : m_store.errorString();
    return ok;
}

} // namespace citylab
