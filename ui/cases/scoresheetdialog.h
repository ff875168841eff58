// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace citylab {

class Store;

// One committee member's score sheet for one proposal: per criterion of the call a score
// from 0 to 10 (a decimal comma or point) and a comment, or the declaration of a conflict of
// interest. A score that is not a number from 0 to 10 is refused under its field and nothing
// is saved; saving is one undoable step (ScoreSheet).
class ScoreSheetDialog : public QDialog
{
    Q_OBJECT
public:
    ScoreSheetDialog(Store &store, QUndoStack &undo, qint64 experimentId, qint64 memberId, QWidget *parent = nullptr);

    void accept() override;

private:
    struct Row
    {
        QLineEdit *score = nullptr;
        QLineEdit *comment = nullptr;
        QLabel *error = nullptr;
    };

    Store &m_store;
    QUndoStack &m_undo;
    qint64 m_experiment;
    qint64 m_member;
    QList<std::pair<qint64, Row>> m_rows;   // by criterion id, in the call's order
    QCheckBox *m_conflict;
    QLineEdit *m_conflictNote;
    QLabel *m_error;
};

} // namespace citylab
