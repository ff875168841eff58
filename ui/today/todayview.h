// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/tableexport.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace citylab {

class Store;

// What legal staff and officers see first: overdue items, then what falls due in the next
// days — regulatory requests, agreements to renew, follow-ups, experiments stuck in a stage.
// Each entry opens its record.
class TodayView : public QWidget, public TableExport
{
    Q_OBJECT
public:
    explicit TodayView(Store &store, QWidget *parent = nullptr);

    int overdueCount() const;
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

    Store &m_store;
    QLabel *m_title;
    QLabel *m_horizonLabel;
    QSpinBox *m_horizon;
    QLabel *m_stuckLabel;
    QSpinBox *m_stuck;   // the database's threshold for "stuck in a stage"
    QTreeWidget *m_list;
};

} // namespace citylab
