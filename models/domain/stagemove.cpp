// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagemove.h"

#include "experimentpipeline.h"
#include "vocabulary.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace citylab {

namespace {

const QString experiments = QStringLiteral("experiments");
const QString transitions = QStringLiteral("stage_transitions");

qint64 idOfUuid(const Store &store, const QString &table, const QString &uuid)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = :uuid").arg(table));
    q.bindValue(QStringLiteral(":uuid"), uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Records are found by uuid: an undone and redone step may meet records with new ids.
class StageMoveCommand : public QUndoCommand
{
public:
    StageMoveCommand(Store &store, const QString &experimentUuid, const QVariantMap &before, const QVariantMap &after,
                     const QVariantMap &transition, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_experiment(experimentUuid)
        , m_before(before)
        , m_after(after)
        , m_transition(transition)
    {
    }

    void undo() override
    {
        // only from where the move left it: a later move by someone else is not undone here
        const qint64 id = idOfUuid(m_store, experiments, m_experiment);
        const qint64 transition = idOfUuid(m_store, transitions, m_transition.value(QStringLiteral("uuid")).toString());
        const bool ok = id >= 0 && transition >= 0 && stageOf(id) == m_after.value(QStringLiteral("stage")).toString()
            && m_store.transact([&] {
                   return m_store.update(experiments, id, m_before) && m_store.remove(transitions, transition);
               });
        if (!ok)
            setObsolete(true);
    }

    void redo() override
    {
        if (!m_done) {   // written before it was pushed
            m_done = true;
            return;
        }
        const qint64 id = idOfUuid(m_store, experiments, m_experiment);
        QVariantMap transition = m_transition;
        transition.insert(QStringLiteral("experiment_id"), id);
        const bool ok = id >= 0 && stageOf(id) == m_before.value(QStringLiteral("stage")).toString()
            && m_store.transact([&] {
                   return m_store.update(experiments, id, m_after) && m_store.insert(transitions, transition) > 0;
               });
        if (!ok)
            setObsolete(true);
    }

private:
    QString stageOf(qint64 id) const { return m_store.record(experiments, id).value(QStringLiteral("stage")).toString(); }

    Store &m_store;
    QString m_experiment;
    QVariantMap m_before, m_after, m_transition;
    bool m_done = false;
};

} // namespace

bool StageMove::move(Store &store, QUndoStack &undo, qint64 experimentId, const QString &stage, const QDate &on,
                     QString *error)
{
    const QVariantMap experiment = store.record(experiments, experimentId);
    ExperimentPipeline pipeline(store);
    if (!pipeline.move(experimentId, stage, on)) {
        *error = pipeline.errorString();
        return false;
    }
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM stage_transitions WHERE experiment_id = :id ORDER BY id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":id"), experimentId);
    const qint64 transitionId = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    QVariantMap transition = store.record(transitions, transitionId);
    transition.remove(QStringLiteral("id"));
    transition.remove(QStringLiteral("experiment_id"));   // set on redo, from the experiment's uuid
    const QVariantMap before{{QStringLiteral("stage"), experiment.value(QStringLiteral("stage"))},
                             {QStringLiteral("stage_since"), experiment.value(QStringLiteral("stage_since"))}};
    const QVariantMap after{{QStringLiteral("stage"), stage}, {QStringLiteral("stage_since"), on.toString(Qt::ISODate)}};
    undo.push(new StageMoveCommand(store, experiment.value(QStringLiteral("uuid")).toString(), before, after, transition,
                                   tr("Move %1 to %2").arg(experiment.value(QStringLiteral("code")).toString(),
                                                           Vocabulary::label(Vocabulary::Stage, stage))));
    return true;
}

} // namespace citylab
