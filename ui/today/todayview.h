// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/tableexport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace citylab {

class DeferredRefresh;
class Store;

// What legal staff and officers see first: overdue items, then what falls due in the next
// days — regulatory requests, agreements to renew, follow-ups, experiments stuck in a stage.
// Each entry opens its record; its menu closes or postpones a follow-up. Filters by kind
// and officer ("mine"), and leaves out follow-ups of closed experiments unless asked.
class TodayView : public QWidget, public TableExport
{
    Q_OBJECT
public:
    TodayView(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    int overdueCount() const;
    // The user said who they are (Edit → Preferences…): "Mine" follows.
    void reloadPreferences();
    int upcomingCount() const;

    // The list as shown, one row per entry (overdue first), for File → Export Table as CSV.
    bool exportCsv(const QString &path, QString *error) const override;
    QString exportName() const override;
    int visibleCount() const override { return overdueCount() + upcomingCount(); }

signals:
    void recordChosen(const QString &table, qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void fillFilters();
    void showMenu(const QPoint &position);
    void markDone(QTreeWidgetItem *item);
    void keepAnotherPeriod(QTreeWidgetItem *item);
    void postpone(QTreeWidgetItem *item, int days);

    Store &m_store;
    QUndoStack &m_undo;
    QComboBox *m_kind;
    QComboBox *m_officer;
    QCheckBox *m_closed;
    QLabel *m_title;
    QLabel *m_horizonLabel;
    QSpinBox *m_horizon;
    QLabel *m_stuckLabel;
    QSpinBox *m_stuck;   // the database's threshold for "stuck in a stage"
    QLabel *m_retentionLabel;
    QSpinBox *m_retention;   // the office's retention period of personal data, in months
    QTreeWidget *m_list;
    DeferredRefresh *m_refresh;   // the deadlines read again once on screen
};

} // namespace citylab
