// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/conflictfinder.h"
#include "geo/eventclashfinder.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace citylab {

struct ChangeSet;
class ConflictTableModel;
class SharedSiteTableModel;
class Store;

// The map's list of zone conflicts for the day it shows (or for any day): the experiments
// and zones involved, the overlap area and the days they share. Beside it, in tabs, the
// clashes of zones with city events on their days, and the shared sites: places two
// experiments use at different times, who could share set-up. The searches run on a worker
// thread with their own read-only connection, again whenever zones, experiments or events
// change.
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
    QTableWidget *clashesView() const { return m_clashes; }
    QTableView *sharedSitesView() const { return m_shared; }
    SharedSiteTableModel *sharedSitesModel() const { return m_sharedModel; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isComputing() const { return m_changeTimer.isActive() || m_watcher.isRunning() || m_sitesWatcher.isRunning(); }

signals:
    // The list changed: the zones taking part in at least one conflict.
    void conflictsChanged(const QSet<qint64> &zoneIds);
    // The user picked a conflict, a clash or a shared site: its zones (-1 for an event).
    void conflictActivated(qint64 zoneA, qint64 zoneB);
    // The user asked for the list of city events.
    void eventsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void storeChanged(const ChangeSet &changes);
    void searchChanges();
    void refresh();
    void computed();
    void retranslate();
    void updateStatus();
    void activate(const QModelIndex &index);
    void refreshSites();
    void sitesComputed();
    void updateTabs();

    // Clashes with events and shared sites, found together on the worker.
    struct SiteFindings
    {
        QList<EventClash> clashes;
        QList<ZoneConflict> sharedSites;
        bool withSharedSites = false;   // searched this time
        QSet<qint64> sharedSitesOf;     // those of these zones only; empty: every zone's
        QString error;
    };

    Store &m_store;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_view;
    ConflictTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs;
    QTableWidget *m_clashes;
    QTableView *m_shared;
    SharedSiteTableModel *m_sharedModel;
    QToolButton *m_events;
    QThreadPool m_pool;   // one search at a time; the finder fans out on the global pool
    QFutureWatcher<QList<ZoneConflict>> m_watcher;
    QFutureWatcher<SiteFindings> m_sitesWatcher;
    bool m_sitesPending = false;
    bool m_sitesComputed = false;
    bool m_sharedSitesStale = true;     // every zone's shared sites are to be searched again
    QSet<qint64> m_sharedSitesZones;    // else these zones' (an edit's), not the city's
    QList<ZoneConflict> m_sharedSites;  // as shown
    QTimer m_changeTimer;               // the store's changes, searched together shortly after
    QTimer m_giveBackTimer;             // a whole city searched: its working set returned, see FreedMemory
    QElapsedTimer m_firstChange;        // the first of them
    QSet<qint64> m_changedZones;
    bool m_changedEverywhere = false;
    QString m_sitesError;
    QDate m_day;
    QDate m_computedDay;
    QSet<qint64> m_zoneIds;
    QSet<qint64> m_searchedZones;   // the running search is for these zones only; empty: all
    bool m_pending = false;
    bool m_computedOnce = false;
    bool m_started = false;
};

} // namespace citylab
