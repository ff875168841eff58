// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QUndoStack;

namespace citylab {

class Store;

// A move of an experiment along the pipeline as the window makes it: checked by the stage
// rules (ExperimentPipeline), written with its dated transition, and pushed on the undo
// stack, so that Ctrl+Z puts the experiment back in its stage (the transition is deleted,
// both steps staying in the change log) and Ctrl+Shift+Z moves it again.
class StageMove
{
    Q_DECLARE_TR_FUNCTIONS(citylab::StageMove)
public:
    // False with the reasons (one a line) in *error when the rules refuse the move.
    // `note` goes with the dated transition: why a proposal was rejected, for instance.
    static bool move(Store &store, QUndoStack &undo, qint64 experimentId, const QString &stage, const QDate &on,
                     QString *error, const QString &note = {});
};

} // namespace citylab
