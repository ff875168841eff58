// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldspec.h"

#include <QDialog>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QUndoStack;

namespace citylab {

class RecordForm;
class Store;

// Creates or edits one record. Saving validates in the form, asks what to keep when someone
// else changed the same fields meanwhile, writes through the Store as an undoable step, and
// on a refusal keeps the dialog open with the reason under the field.
class RecordEditDialog : public QDialog
{
    Q_OBJECT
public:
    // id < 0 creates a record, starting from `defaults`.
    RecordEditDialog(Store &store, QUndoStack &undo, const QString &table, qint64 id, const FormSpec &spec,
                     const QVariantMap &defaults = {}, QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    qint64 recordId() const { return m_id; }
    // Save, Cancel and Help; a caller may add actions of its own (a person's Erase…).
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    void accept() override;

    enum class ConflictChoice { KeepMine, KeepTheirs, Cancel };
    // How a conflict is resolved; a test may answer in place of the user.
    std::function<ConflictChoice(const QString &question)> askAboutConflict;

private:
    bool save();

    Store &m_store;
    QUndoStack &m_undo;
    QString m_table;
    qint64 m_id;
    QVariantMap m_loaded;
    RecordForm *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace citylab
