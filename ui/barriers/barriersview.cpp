// SPDX-License-Identifier: GPL-3.0-or-later
#include "barriersview.h"

#include "barrierdetailpanel.h"
#include "editing/recordeditdialog.h"
#include "items/barriertablemodel.h"
#include "shell/recordtable.h"
#include "shell/writeaccess.h"
#include "store/store.h"

#include <QEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>

namespace citylab {

BarriersView::BarriersView(Store &store, QUndoStack &undo, QWidget *parent)
    : RecordBrowser(QStringLiteral("barriersView"), everyColumnFilter(new BarrierTableModel(store)), BarrierTableModel::Title,
                    new BarrierDetailPanel(store, &undo), parent)
    , m_store(store)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("barriersView"));
    table()->setObjectName(QStringLiteral("barriersTable"));
    table()->sortByColumn(BarrierTableModel::Reference, Qt::AscendingOrder);
    auto *filter = qobject_cast<QSortFilterProxyModel *>(table()->model());
    connect(searchField(), &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    m_new = addButton(QStringLiteral("newBarrier"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = addButton(QStringLiteral("editBarrier"), QKeySequence(Qt::Key_F2));
    connect(m_new, &QToolButton::clicked, this, &BarriersView::createBarrier);
    connect(m_edit, &QToolButton::clicked, this, &BarriersView::editCurrent);
    connect(table(), &QAbstractItemView::doubleClicked, this, &BarriersView::editCurrent);
    WriteAccess::follow(m_store, m_new);
    WriteAccess::follow(m_store, m_edit);
    retranslate();
}

void BarriersView::retranslate()
{
    searchField()->setPlaceholderText(tr("Filter by rule, barrier, authority or status"));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    updateCount();
}

void BarriersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordBrowser::changeEvent(event);
}

QString BarriersView::countText(int count) const
{
    return tr("%n barrier(s)", nullptr, count);
}

QString BarriersView::exportName() const
{
    return tr("barriers.csv");
}

void BarriersView::openDialog(qint64 id, const QVariantMap &defaults, const QString &title)
{
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("barriers"), id, FormSpecs::barrier(), defaults, this);
    dialog->setObjectName(QStringLiteral("barrierForm"));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reveal(dialog->recordId()); });
    dialog->open();
}

void BarriersView::createBarrier()
{
    openDialog(-1, {{QStringLiteral("status"), QStringLiteral("under_test")}}, tr("New Barrier"));
}

void BarriersView::editCurrent()
{
    const qint64 id = currentRecord();
    if (id >= 0)
        openDialog(id, {}, tr("Edit Barrier"));
}

} // namespace citylab
