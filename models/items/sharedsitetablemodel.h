// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/conflictfinder.h"

#include <QAbstractTableModel>

namespace citylab {

// Shared sites as a table: the two experiments and zones, each zone's active window and the
// area they share. A model, not a table of items: a metropolitan store over ten years has
// hundreds of thousands of them (572,254 for 100,000 zones), which a QTableWidget took
// 4 million items and ~26 s to show. Sorting orders rows through a permutation, so the
// sites themselves stay in the finder's order, shared with their owner.
class SharedSiteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ExperimentA, ZoneA, WhenA, ExperimentB, ZoneB, WhenB, Overlap, ColumnCount };

    explicit SharedSiteTableModel(QObject *parent = nullptr);

    void setSites(const QList<ZoneConflict> &sites);
    // The site shown in a row, as sorted now.
    const ZoneConflict &site(int row) const { return m_sites.at(m_order.isEmpty() ? row : m_order.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();

    QList<ZoneConflict> m_sites;
    QList<int> m_order;   // row -> index in m_sites; empty: the finder's order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace citylab
