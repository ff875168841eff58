// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace citylab {

class Store;

// Records the next step of a regulatory request: only the steps its procedure allows are
// offered, and what stands in the way (a date before the last step, say) is shown before
// saving.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // With `undo`, the step saved goes on it (Ctrl+Z takes it back).
    StatusChangeDialog(Store &store, qint64 requestId, QWidget *parent = nullptr, QUndoStack *undo = nullptr);

    void setStatus(const QString &status);
    void setDate(const QDate &date);
    QString problems() const;
    void accept() override;

private:
    void check();
    bool save();

    Store &m_store;
    QUndoStack *m_undo;
    qint64 m_id;
    QComboBox *m_status;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLineEdit *m_reason;   // why the request goes out with checklist documents missing
    QLabel *m_missing;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace citylab
