// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagemove.h"

#include "experimentpipeline.h"
#include "recordstep.h"
#include "vocabulary.h"
#include "store/store.h"

namespace citylab {

bool StageMove::move(Store &store, QUndoStack &undo, qint64 experimentId, const QString &stage, const QDate &on,
                     QString *error, const QString &note)
{
    const QString experiments = QStringLiteral("experiments");
    const QStringList fields{QStringLiteral("stage"), QStringLiteral("stage_since")};
    const QVariantMap before = RecordStep::snapshot(store, experiments, experimentId, fields);
    ExperimentPipeline pipeline(store);
    if (!pipeline.move(experimentId, stage, on, note)) {
        *error = pipeline.errorString();
        return false;
    }
    const RecordStep::Log log{QStringLiteral("stage_transitions"),
                              RecordStep::newestLog(store, QStringLiteral("stage_transitions"), QStringLiteral("experiment_id"),
                                                    experimentId),
                              QStringLiteral("experiment_id")};
    RecordStep::push(store, undo, experiments, experimentId, before, RecordStep::snapshot(store, experiments, experimentId, fields),
                     QStringLiteral("stage"), log,
                     tr("Move %1 to %2").arg(store.record(experiments, experimentId).value(QStringLiteral("code")).toString(),
                                             Vocabulary::label(Vocabulary::Stage, stage)));
    return true;
}

} // namespace citylab
