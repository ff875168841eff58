// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QUndoStack;

namespace citylab {

class MetricTableModel;
class RecordEditDialog;
class RecordTable;
class Store;

// Edit → Metrics…: the metric definitions (code, name, unit, direction, description) with
// New, Edit and Delete. Forms are the case manager's RecordEditDialog, so mistakes show under
// their field and every change is a step of the window's undo history; a metric with
// measurements is never deleted, and the manager says why.
class MetricsManager : public QDialog
{
    Q_OBJECT
public:
    MetricsManager(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    RecordTable *table() const { return m_table; }
    qint64 currentMetric() const;
    bool selectMetric(qint64 id);

    RecordEditDialog *createMetric();   // opens the form (non-modal to the caller; window-modal)
    RecordEditDialog *editCurrent();
    bool deleteCurrent();               // false when refused (the reason is shown) or cancelled

    // Asks before deleting a metric that has targets; a test may answer in place of the user.
    std::function<bool(const QString &question)> confirm;

protected:
    void changeEvent(QEvent *event) override;

private:
    RecordEditDialog *openForm(qint64 id);
    void retranslate();
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    void countMeasurements();

    Store &m_store;
    QUndoStack &m_undo;
    MetricTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    RecordTable *m_table;
    QLabel *m_intro;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_close;
    qint64 m_selected = -1;   // kept across reloads of the model
    QFutureWatcher<QHash<qint64, qint64>> m_counting;
    bool m_recount = false;   // the store changed while counting
};

} // namespace citylab
