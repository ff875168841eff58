// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementsview.h"

#include "agreementdetailpanel.h"
#include "editing/recordeditdialog.h"
#include "items/agreementtablemodel.h"
#include "shell/recordtable.h"
#include "shell/writeaccess.h"
#include "store/store.h"

#include <QEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>

namespace citylab {

AgreementsView::AgreementsView(Store &store, QUndoStack &undo, QWidget *parent)
    : RecordBrowser(QStringLiteral("agreementsView"), everyColumnFilter(new AgreementTableModel(store)), AgreementTableModel::Title,
                     new AgreementDetailPanel(store, &undo), parent)
    , m_store(store)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("agreementsView"));
    table()->setObjectName(QStringLiteral("agreementsTable"));
    table()->sortByColumn(AgreementTableModel::ValidTo, Qt::DescendingOrder);
    auto *filter = qobject_cast<QSortFilterProxyModel *>(table()->model());
    connect(searchField(), &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    m_new = addButton(QStringLiteral("newAgreement"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = addButton(QStringLiteral("editAgreement"), QKeySequence(Qt::Key_F2));
    connect(m_new, &QToolButton::clicked, this, &AgreementsView::createAgreement);
    connect(m_edit, &QToolButton::clicked, this, &AgreementsView::editCurrent);
    connect(table(), &QAbstractItemView::doubleClicked, this, &AgreementsView::editCurrent);
    WriteAccess::follow(m_store, m_new);
    WriteAccess::follow(m_store, m_edit);
    retranslate();
}

void AgreementsView::retranslate()
{
    searchField()->setPlaceholderText(tr("Filter by title, kind, status, experiment, party or protocol"));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    updateCount();
}

void AgreementsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordBrowser::changeEvent(event);
}

QString AgreementsView::countText(int count) const
{
    return tr("%n agreement(s)", nullptr, count);
}

QString AgreementsView::exportName() const
{
    return tr("agreements.csv");
}

void AgreementsView::openDialog(qint64 id, const QVariantMap &defaults, const QString &title)
{
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("agreements"), id, FormSpecs::agreement(), defaults, this);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reveal(dialog->recordId()); });
    dialog->open();
}

void AgreementsView::createAgreement()
{
    openDialog(-1, {{QStringLiteral("kind"), QStringLiteral("framework")}, {QStringLiteral("status"), QStringLiteral("draft")},
                    {QStringLiteral("renewal_notice_days"), 60}},
               tr("New Agreement"));
}

void AgreementsView::editCurrent()
{
    const qint64 id = currentRecord();
    if (id >= 0)
        openDialog(id, {}, tr("Edit %1").arg(m_store.record(QStringLiteral("agreements"), id).value(QStringLiteral("title")).toString()));
}

} // namespace citylab
