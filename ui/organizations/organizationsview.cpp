// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationsview.h"

#include "organizationdetailpanel.h"
#include "persondataactions.h"
#include "domain/organizationmerge.h"
#include "editing/recordeditdialog.h"
#include "store/store.h"
#include "items/organizationtablemodel.h"
#include "items/sqltablemodel.h"
#include "shell/recordtable.h"
#include "shell/writeaccess.h"

#include <QEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>

namespace citylab {

OrganizationsView::OrganizationsView(Store &store, QUndoStack &undo, QWidget *parent)
    : RecordBrowser(QStringLiteral("organizationsView"), everyColumnFilter(new OrganizationTableModel(store)), OrganizationTableModel::Name,
                     new OrganizationDetailPanel(store, &undo), parent)
    , m_store(store)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("organizationsView"));
    table()->setObjectName(QStringLiteral("organizationsTable"));
    auto *filter = qobject_cast<QSortFilterProxyModel *>(table()->model());
    connect(searchField(), &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    m_new = addButton(QStringLiteral("newOrganization"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = addButton(QStringLiteral("editOrganization"), QKeySequence(Qt::Key_F2));
    m_contact = addButton(QStringLiteral("addContact"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_new, &QToolButton::clicked, this, &OrganizationsView::createOrganization);
    connect(m_edit, &QToolButton::clicked, this, &OrganizationsView::editCurrent);
    connect(m_contact, &QToolButton::clicked, this, &OrganizationsView::addContact);
    m_merge = addButton(QStringLiteral("mergeOrganization"));
    connect(m_merge, &QToolButton::clicked, this, &OrganizationsView::chooseMergeTarget);
    connect(table(), &QAbstractItemView::doubleClicked, this, &OrganizationsView::editCurrent);
    WriteAccess::follow(m_store, m_new);
    WriteAccess::follow(m_store, m_edit);
    WriteAccess::follow(m_store, m_contact);
    WriteAccess::follow(m_store, m_merge);
    retranslate();
}

void OrganizationsView::retranslate()
{
    searchField()->setPlaceholderText(tr("Filter by name, kind, city or PEC address"));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    m_contact->setText(tr("Add contact…"));
    m_merge->setText(tr("Merge into…"));
    m_merge->setToolTip(tr("Merge this organization, a duplicate, into another one"));
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
    if (table == QLatin1String("people") && id >= 0)
        new PersonDataActions(m_store, m_undo, id, dialog);
    dialog->open();
}

// A person of the page opens for editing here; experiments open where they live.
void OrganizationsView::openLinkedRecord(const QString &table, qint64 id)
{
    if (table != QLatin1String("people")) {
        RecordBrowser::openLinkedRecord(table, id);
        return;
    }
    openDialog(table, id, {}, tr("Edit %1").arg(m_store.record(table, id).value(QStringLiteral("full_name")).toString()));
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

void OrganizationsView::chooseMergeTarget()
{
    const qint64 duplicate = currentRecord();
    if (duplicate < 0)
        return;
    QStringList names;
    QList<qint64> ids;
    QString error;
    const auto candidates = OrganizationMerge::survivorCandidates(m_store, duplicate, &error);
    if (!candidates) {
        QMessageBox::warning(this, tr("Merge Organizations"), error);
        return;
    }
    for (const OrganizationMerge::Candidate &candidate : *candidates) {
        ids << candidate.id;
        names << (candidate.city.isEmpty() ? candidate.name : QStringLiteral("%1 (%2)").arg(candidate.name, candidate.city));
    }
    const QString name = m_store.record(QStringLiteral("organizations"), duplicate).value(QStringLiteral("name")).toString();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Organizations"),
                                                 tr("Merge “%1” into the organization that stays:").arg(name), names, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const qint64 survivor = ids.value(names.indexOf(chosen), -1);
    const auto answer = QMessageBox::question(
        this, tr("Merge Organizations"),
        tr("Every contact, experiment, agreement, request and contact log of “%1” will move to “%2”, and “%1” will "
           "be deleted. Ctrl+Z undoes the merge, and the change log keeps every step.")
            .arg(name, chosen));
    if (answer == QMessageBox::Yes)
        mergeCurrentInto(survivor);
}

bool OrganizationsView::mergeCurrentInto(qint64 survivor)
{
    if (OrganizationMerge::merge(m_store, m_undo, survivor, currentRecord()) < 0) {
        QMessageBox::warning(this, tr("Cannot merge"), m_store.errorString());
        return false;
    }
    reveal(survivor);
    return true;
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
