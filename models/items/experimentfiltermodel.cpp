// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentfiltermodel.h"

#include "experimenttablemodel.h"
#include "search/searchindex.h"

namespace citylab {

ExperimentFilterModel::ExperimentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SqlTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ExperimentFilterModel::setText(const QString &text)
{
    m_words = SearchIndex::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ExperimentFilterModel::setDomain(const QString &key)
{
    m_domain = key;
    invalidateRowsFilter();
}

void ExperimentFilterModel::setStage(const QString &key)
{
    m_stage = key;
    invalidateRowsFilter();
}

void ExperimentFilterModel::setOfficer(const QString &name)
{
    m_officer = name;
    invalidateRowsFilter();
}

void ExperimentFilterModel::setOrganization(const QString &name)
{
    m_organization = name;
    invalidateRowsFilter();
}

void ExperimentFilterModel::setRunningOn(const QDate &day)
{
    m_runningOn = day.isValid() ? day.toString(Qt::ISODate) : QString();
    invalidateRowsFilter();
}

bool ExperimentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const
{
    const auto value = [&](int column, int role) {
        return sourceModel()->index(sourceRow, column, parent).data(role).toString();
    };
    if (!m_domain.isEmpty() && value(ExperimentTableModel::Domain, SqlTableModel::KeyRole) != m_domain)
        return false;
    if (!m_stage.isEmpty() && value(ExperimentTableModel::Stage, SqlTableModel::KeyRole) != m_stage)
        return false;
    if (!m_officer.isEmpty() && value(ExperimentTableModel::Officer, Qt::DisplayRole) != m_officer)
        return false;
    if (!m_organization.isEmpty() && value(ExperimentTableModel::Lead, Qt::DisplayRole) != m_organization
        && !value(ExperimentTableModel::Partners, SqlTableModel::KeyRole)
                .split(QChar(ExperimentTableModel::partnerSeparator))
                .contains(m_organization))
        return false;
    if (!m_runningOn.isEmpty()) {
        const QString start = value(ExperimentTableModel::StartOn, SqlTableModel::SortRole);
        const QString end = value(ExperimentTableModel::EndOn, SqlTableModel::SortRole);
        if (start.isEmpty() || start > m_runningOn || (!end.isEmpty() && end < m_runningOn))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = SearchIndex::fold(value(ExperimentTableModel::Code, Qt::DisplayRole) + u' '
                                  + value(ExperimentTableModel::Title, Qt::DisplayRole) + u' '
                                  + value(ExperimentTableModel::Lead, Qt::DisplayRole) + u' '
                                  + value(ExperimentTableModel::Partners, Qt::DisplayRole) + u' '
                                  + value(ExperimentTableModel::Officer, Qt::DisplayRole));
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return haystack.contains(w); });
}

} // namespace citylab
