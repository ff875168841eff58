// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicttablemodel.h"

#include "i18n/dateformat.h"

#include <QLocale>

namespace citylab {

ConflictTableModel::ConflictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictTableModel::setConflicts(const QList<ZoneConflict> &conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const ZoneConflict &c = m_conflicts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ExperimentA: return c.a->code;
        case ZoneA: return c.a->name;
        case ExperimentB: return c.b->code;
        case ZoneB: return c.b->name;
        case Overlap: return QLocale().toString(c.overlapM2, 'f', 0);
        case From: return DateFormat::shortDate(c.from, tr("no start"));
        case To: return DateFormat::shortDate(c.to, tr("no end"));
        }
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case ExperimentA: return c.a->code;
        case ZoneA: return c.a->name;
        case ExperimentB: return c.b->code;
        case ZoneB: return c.b->name;
        case Overlap: return c.overlapM2;
        // Open-ended sorts before every start and after every end.
        case From: return c.from;
        case To: return c.to.isEmpty() ? QStringLiteral("9999-12-31") : c.to;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ExperimentA: return c.a->title;
        case ExperimentB: return c.b->title;
        default: break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Overlap) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Overlap)
        return tr("Area the two zones share, in square metres");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExperimentA: return tr("Experiment");
    case ZoneA: return tr("Zone");
    // Short, so the dates fit beside the names in the panel under the map.
    case ExperimentB: return tr("With");
    case ZoneB: return tr("Zone");
    case Overlap: return tr("m²");
    case From: return tr("From");
    case To: return tr("To");
    }
    return {};
}

} // namespace citylab
