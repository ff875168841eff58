// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace citylab {

class Store;

// What legal staff and officers see first: overdue items, then what falls due in the next
// days — regulatory requests, agreements to renew, follow-ups, experiments stuck in a stage.
// Each entry opens its record.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(Store &store, QWidget *parent = nullptr);

    int overdueCount() const;
    int upcomingCount() const;

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
