// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapzone.h"

#include <QSet>
#include <QWidget>

class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace citylab {

// The zones the map shows, as a list beside it: the keyboard's and the screen reader's way
// to pick a zone (Enter frames and selects it, as a click on the map does). Filled only
// while on screen, so that an edit on the map does not pay for a list nobody looks at.
class ZoneListPanel : public QWidget
{
    Q_OBJECT
public:
    // The map's zones and which of them its filters show, owned by the map and read when the
    // list is filled: a copy held here would make the map's next edit copy every zone.
    ZoneListPanel(const QList<MapZone> &zones, const QSet<qint64> &shown, QWidget *parent);

    // The map's zones or filters changed: the list is filled again, now if on screen, else when shown.
    void refresh();
    QTableView *view() const { return m_view; }

signals:
    void zoneActivated(qint64 zoneId, qint64 experimentId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    QTableView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    const QList<MapZone> &m_zones;
    const QSet<qint64> &m_shown;
    bool m_stale = true;
};

} // namespace citylab
