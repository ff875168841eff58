// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationsview.h"

#include "organizationdetailpanel.h"
#include "editing/recordeditdialog.h"
#include "store/store.h"
#include "items/organizationtablemodel.h"
#include "items/sqltablemodel.h"
#include "shell/recordtable.h"

#include <QEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>

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

OrganizationsView::OrganizationsView(Store &store, QUndoStack &undo, QWidget *parent)
    : RecordBrowser(QStringLiteral("organizationsView"), makeFilter(store), OrganizationTableModel::Name,
                     new OrganizationDetailPanel(store), parent)
    , m_store(store)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("organizationsView"));
    table()->setObjectName(QStringLiteral("organizationsTable"));
    auto *filter = qobject_cast<QSortFilterProxyModel *>(table()->model());
    connect(searchField(), &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    m_new = addButton(QStringLiteral("newOrganization"));
    m_edit = addButton(QStringLiteral("editOrganization"));
    m_contact = addButton(QStringLiteral("addContact"));
    connect(m_new, &QToolButton::clicked, this, &OrganizationsView::createOrganization);
    connect(m_edit, &QToolButton::clicked, this, &OrganizationsView::editCurrent);
    connect(m_contact, &QToolButton::clicked, this, &OrganizationsView::addContact);
    connect(table(), &QAbstractItemView::doubleClicked, this, &OrganizationsView::editCurrent);
    retranslate();
}

void OrganizationsView::retranslate()
{
    searchField()->setPlaceholderText(tr("Filter by name, kind, city or PEC address"));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    m_contact->setText(tr("Add contact…"));
    updateCount();
}

void OrganizationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordBrowser::changeEvent(event);
}

void OrganizationsView::openDialog(const QString &table, qint64 id, const QVariantMap &defaults, const QString &title)
{
    const FormSpec spec = table == QLatin1String("people") ? FormSpecs::person() : FormSpecs::organization();
    auto *dialog = new RecordEditDialog(m_store, m_undo, table, id, spec, defaults, this);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (table == QLatin1String("organizations"))
        connect(dialog, &QDialog::accepted, this, [this, dialog] { reveal(dialog->recordId()); });
    dialog->open();
}

void OrganizationsView::createOrganization()
{
    openDialog(QStringLiteral("organizations"), -1, {{QStringLiteral("kind"), QStringLiteral("company")}},
               tr("New Organization"));
}

void OrganizationsView::editCurrent()
{
    const qint64 id = currentRecord();
    if (id >= 0)
        openDialog(QStringLiteral("organizations"), id, {},
                   tr("Edit %1").arg(m_store.record(QStringLiteral("organizations"), id).value(QStringLiteral("name")).toString()));
}

void OrganizationsView::addContact()
{
    const qint64 id = currentRecord();
    if (id >= 0)
        openDialog(QStringLiteral("people"), -1, {{QStringLiteral("organization_id"), id}}, tr("New Contact"));
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
