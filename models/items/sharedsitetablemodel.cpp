// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedsitetablemodel.h"

#include "i18n/dateformat.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace citylab {

SharedSiteTableModel::SharedSiteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SharedSiteTableModel::setSites(const QList<ZoneConflict> &sites)
{
    beginResetModel();
    m_sites = sites;
    applySort();
    endResetModel();
}

int SharedSiteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SharedSiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharedSiteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sites.size())
        return {};
    const ZoneConflict &c = site(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ExperimentA: return c.a->code;
        case ZoneA: return c.a->name;
        case WhenA: return tr("%1 – %2").arg(DateFormat::shortDate(c.a->from, tr("no start")), DateFormat::shortDate(c.a->to, tr("no end")));
        case ExperimentB: return c.b->code;
        case ZoneB: return c.b->name;
        case WhenB: return tr("%1 – %2").arg(DateFormat::shortDate(c.b->from, tr("no start")), DateFormat::shortDate(c.b->to, tr("no end")));
        case Overlap: return QLocale().toString(c.overlapM2, 'f', 0);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ExperimentA: return c.a->title;
        case ExperimentB: return c.b->title;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Overlap) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant SharedSiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Overlap)
        return tr("Area the two zones share, in square metres");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExperimentA: return tr("Experiment");
    case ZoneA: return tr("Zone");
    case WhenA: return tr("When");
    case ExperimentB: return tr("And");
    case ZoneB: return tr("Zone");
    case WhenB: return tr("When");
    case Overlap: return tr("m²");
    }
    return {};
}

void SharedSiteTableModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SharedSiteTableModel::applySort()
{
    m_order.clear();
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    m_order.resize(m_sites.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    const auto text = [this](int i) -> const QString & {
        const ZoneConflict &c = m_sites.at(i);
        switch (m_sortColumn) {
        case ExperimentA: return c.a->code;
        case ZoneA: return c.a->name;
        case WhenA: return c.a->from;   // ISO dates sort as text
        case ExperimentB: return c.b->code;
        case ZoneB: return c.b->name;
        default: return c.b->from;
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        if (descending)
            std::swap(a, b);
        if (m_sortColumn == Overlap)
            return m_sites.at(a).overlapM2 < m_sites.at(b).overlapM2;
        if (m_sortColumn == WhenA || m_sortColumn == WhenB)
            return text(a) < text(b);
        return QString::localeAwareCompare(text(a), text(b)) < 0;
    });
}

} // namespace citylab
