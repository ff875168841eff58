// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationsview.h"

#include "organizationdetailpanel.h"
#include "items/organizationtablemodel.h"
#include "items/sqltablemodel.h"
#include "shell/recordtable.h"

#include <QEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>

namespace citylab {

namespace {

QSortFilterProxyModel *makeFilter(Store &store)
{
    auto *filter = new QSortFilterProxyModel;
    filter->setSourceModel(new OrganizationTableModel(store, filter));
    filter->setSortRole(SqlTableModel::SortRole);
    filter->setSortLocaleAware(true);
    filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterKeyColumn(-1);
    return filter;
}

} // namespace

OrganizationsView::OrganizationsView(Store &store, QWidget *parent)
    : RecordBrowser(QStringLiteral("organizationsView"), makeFilter(store), OrganizationTableModel::Name,
                     new OrganizationDetailPanel(store), parent)
{
    setObjectName(QStringLiteral("organizationsView"));
    table()->setObjectName(QStringLiteral("organizationsTable"));
    auto *filter = qobject_cast<QSortFilterProxyModel *>(table()->model());
    connect(searchField(), &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    searchField()->setPlaceholderText(tr("Filter by name, kind, city or PEC address"));
    updateCount();
}

void OrganizationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        searchField()->setPlaceholderText(tr("Filter by name, kind, city or PEC address"));
        updateCount();
    }
    RecordBrowser::changeEvent(event);
}

QString OrganizationsView::exportName() const
{
    return tr("organizations.csv");
}

QString OrganizationsView::countText(int count) const
{
    return tr("%n organization(s)", nullptr, count);
}

} // namespace citylab
