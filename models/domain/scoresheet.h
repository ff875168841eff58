// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QUndoStack;

namespace citylab {

class Store;

// One committee member's sheet for one proposal: a score from 0 to 10 and a comment per
// criterion, or the declaration of a conflict of interest (which takes the member's scores
// out). Saved as one undoable step: Ctrl+Z puts back the sheet as it was.
class ScoreSheet
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ScoreSheet)
public:
    struct Entry
    {
        qint64 criterionId = -1;
        std::optional<double> score;   // none: not scored yet
        QString comment;
    };

    // `entries` speak for the criteria they name (an entry without a score clears it);
    // criteria not named keep their scores. A conflict takes every score of the member out.
    // False with store.errorString() set (a score outside 0–10, a member or criterion not of
    // the proposal's call, a write refused); nothing is then written.
    static bool save(Store &store, QUndoStack &undo, qint64 experimentId, qint64 memberId, bool conflict,
                     const QString &conflictNote, const QList<Entry> &entries);
};

} // namespace citylab
