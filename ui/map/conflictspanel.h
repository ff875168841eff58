// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/conflictfinder.h"

#include <QDate>
#include <QFutureWatcher>
#include <QSet>
#include <QThreadPool>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace citylab {

struct ChangeSet;
class ConflictTableModel;
class Store;

// The map's list of zone conflicts for the day it shows (or for any day): the experiments
// and zones involved, the overlap area and the days they share. The search runs on a worker
// thread with its own read-only connection, again whenever zones or experiments change.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPanel(Store &store, QWidget *parent = nullptr);
    ~ConflictsPanel() override;

    // Conflicts of the zones active on `day`; a null date means any day.
    void setDay(QDate day);
    // Searching begins here, not on construction: the owner calls it once its first picture
    // is on screen, so the search does not compete with opening the map for the CPU.
    void start();
    QDate day() const { return m_day; }
    QSet<qint64> zoneIds() const { return m_zoneIds; }
    ConflictTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isComputing() const { return m_watcher.isRunning(); }

signals:
    // The list changed: the zones taking part in at least one conflict.
    void conflictsChanged(const QSet<qint64> &zoneIds);
    // The user picked a conflict: its two zones.
    void conflictActivated(qint64 zoneA, qint64 zoneB);

protected:
    void changeEvent(QEvent *event) override;

private:
    void storeChanged(const ChangeSet &changes);
    void refresh();
    void computed();
    void retranslate();
    void updateStatus();
    void activate(const QModelIndex &index);

    Store &m_store;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_view;
    ConflictTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QThreadPool m_pool;   // one search at a time; the finder fans out on the global pool
    QFutureWatcher<QList<ZoneConflict>> m_watcher;
    QDate m_day;
    QDate m_computedDay;
    QSet<qint64> m_zoneIds;
    QSet<qint64> m_searchedZones;   // the running search is for these zones only; empty: all
    bool m_pending = false;
    bool m_computedOnce = false;
    bool m_started = false;
};

} // namespace citylab
