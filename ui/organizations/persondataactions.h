// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/personerasure.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace citylab {

class RecordEditDialog;
class Store;

// What the office owes a person whose data it holds, on their dialog: Export Personal
// Data… (JSON or CSV, for an access request) and Erase Person… (after reviewing the texts
// that name them; not undoable, so the undo history is cleared with it: an undo could
// otherwise write the erased values back).
class PersonDataActions : public QObject
{
    Q_OBJECT
public:
    PersonDataActions(Store &store, QUndoStack &undo, qint64 personId, RecordEditDialog *dialog);

    bool exportTo(const QString &path);
    void eraseAfterReview();

    // Where to export (empty: cancelled), and the review before erasing (nullopt: cancelled);
    // tests answer in place of the user.
    std::function<QString()> chooseExportFile;
    std::function<std::optional<QList<PersonMentions::Mention>>(const PersonErasure::Plan &)> review;

signals:
    void erased();

private:
    Store &m_store;
    QUndoStack &m_undo;
    qint64 m_personId;
    RecordEditDialog *m_dialog;
};

} // namespace citylab
