// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/conflictfinder.h"

#include <QAbstractTableModel>

namespace citylab {

// Zone conflicts as a table: the two experiments and zones, the overlap area in m² and the
// days they share, formatted for the user's locale; Qt::UserRole gives values to sort by.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ExperimentA, ZoneA, ExperimentB, ZoneB, Overlap, From, To, ColumnCount };

    explicit ConflictTableModel(QObject *parent = nullptr);

    void setConflicts(const QList<ZoneConflict> &conflicts);
    const QList<ZoneConflict> &conflicts() const { return m_conflicts; }
    const ZoneConflict &conflict(int row) const { return m_conflicts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ZoneConflict> m_conflicts;
};

} // namespace citylab
