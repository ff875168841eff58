// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestsview.h"

#include "requestdetailpanel.h"
#include "statuschangedialog.h"
#include "drafting/drafteditor.h"
#include "domain/recordcode.h"
#include "domain/vocabulary.h"
#include "editing/recordeditdialog.h"
#include "items/requesttablemodel.h"
#include "shell/recordtable.h"
#include "shell/writeaccess.h"
#include "store/store.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QToolButton>

namespace citylab {

RequestsView::RequestsView(Store &store, QUndoStack &undo, QWidget *parent)
    : RecordBrowser(QStringLiteral("requestsView"), everyColumnFilter(new RequestTableModel(store)), RequestTableModel::Subject,
                     new RequestDetailPanel(store, &undo), parent)
    , m_store(store)
    , m_undo(undo)
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("requestsView"));
    table()->setObjectName(QStringLiteral("requestsTable"));
    searchField()->setObjectName(QStringLiteral("requestSearch"));
    m_status->setObjectName(QStringLiteral("requestStatusFilter"));
    filterBar()->insertWidget(0, m_status, 1);
    m_new = addButton(QStringLiteral("newRequest"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = addButton(QStringLiteral("editRequest"), QKeySequence(Qt::Key_F2));
    m_step = addButton(QStringLiteral("nextStep"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_draft = addButton(QStringLiteral("draftRequest"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    auto *filter = qobject_cast<QSortFilterProxyModel *>(table()->model());
    // One filter at a time: typed words over every column, or a status (or overdue) chosen.
    connect(searchField(), &QLineEdit::textChanged, this, [this, filter](const QString &text) {
        if (!text.isEmpty() && m_status->currentIndex() > 0) {
            const QSignalBlocker blocker(m_status);
            m_status->setCurrentIndex(0);
        }
        filter->setFilterKeyColumn(-1);
        filter->setFilterRole(Qt::DisplayRole);
        filter->setFilterFixedString(text);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, filter] {
        const QString key = m_status->currentData().toString();
        if (key.isEmpty()) {
            filter->setFilterKeyColumn(-1);
            filter->setFilterRole(Qt::DisplayRole);
            filter->setFilterFixedString(searchField()->text());
            return;
        }
        {
            const QSignalBlocker blocker(searchField());
            searchField()->clear();
        }
        if (key == QLatin1String("overdue")) {
            filter->setFilterKeyColumn(RequestTableModel::Term);
            filter->setFilterRole(SqlTableModel::KeyRole);
            filter->setFilterRegularExpression(QRegularExpression(QStringLiteral("^overdue$")));
        } else { // the whole label: "Submitted" must not match "Resubmitted"
            filter->setFilterKeyColumn(RequestTableModel::Status);
            filter->setFilterRole(Qt::DisplayRole);
            filter->setFilterRegularExpression(QRegularExpression(
                u'^' + QRegularExpression::escape(Vocabulary::label(Vocabulary::RequestStatus, key)) + u'$'));
        }
    });
    connect(m_new, &QToolButton::clicked, this, &RequestsView::createRequest);
    connect(m_edit, &QToolButton::clicked, this, &RequestsView::editCurrent);
    connect(m_step, &QToolButton::clicked, this, &RequestsView::recordNextStep);
    connect(m_draft, &QToolButton::clicked, this, &RequestsView::openDraft);
    connect(table(), &QAbstractItemView::doubleClicked, this, &RequestsView::editCurrent);
    WriteAccess::follow(m_store, m_new);
    WriteAccess::follow(m_store, m_edit);
    WriteAccess::follow(m_store, m_step);
    WriteAccess::follow(m_store, m_draft);
    retranslate();
}

void RequestsView::retranslate()
{
    searchField()->setPlaceholderText(tr("Filter by reference, subject, authority or experiment"));
    const QString status = m_status->currentData().toString();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Overdue"), QStringLiteral("overdue"));   // the clock ran out, no decision yet
    for (const QString &key : Vocabulary::keys(Vocabulary::RequestStatus))
        m_status->addItem(Vocabulary::label(Vocabulary::RequestStatus, key), key);
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    m_step->setText(tr("Next step…"));
    m_step->setToolTip(tr("Record that the request was submitted, suspended, resubmitted or decided"));
    m_draft->setText(tr("Draft…"));
    m_draft->setToolTip(tr("Write the letter of the request from a template, attach its documents, export it as PDF, ODT or PEC"));
    updateCount();
}

void RequestsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordBrowser::changeEvent(event);
}

void RequestsView::clearFilters()
{
    RecordBrowser::clearFilters();
    m_status->setCurrentIndex(0);
}

QString RequestsView::countText(int count) const
{
    return tr("%n request(s)", nullptr, count);
}

QString RequestsView::exportName() const
{
    return tr("requests.csv");
}

void RequestsView::createRequest()
{
    const QDate today = QDate::currentDate();
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("regulatory_requests"), -1, FormSpecs::request(m_store, -1),
                                        {{QStringLiteral("reference"), RecordCode::nextRequest(m_store, today.year())},
                                         {QStringLiteral("status"), QStringLiteral("draft")},
                                         {QStringLiteral("kind"), QStringLiteral("authorization")},
                                         {QStringLiteral("required_for_activation"), 1}},
                                        this);
    dialog->setWindowTitle(tr("New Regulatory Request"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reveal(dialog->recordId()); });
    dialog->open();
}

void RequestsView::editCurrent()
{
    const qint64 id = currentRecord();
    if (id < 0)
        return;
    auto *dialog = new RecordEditDialog(m_store, m_undo, QStringLiteral("regulatory_requests"), id, FormSpecs::request(m_store, id), {}, this);
    dialog->setWindowTitle(tr("Edit %1").arg(m_store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("reference")).toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RequestsView::recordNextStep()
{
    const qint64 id = currentRecord();
    if (id < 0)
        return;
    auto *dialog = new StatusChangeDialog(m_store, id, this, &m_undo);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RequestsView::openDraft()
{
    const qint64 id = currentRecord();
    if (id < 0)
        return;
    auto *editor = new DraftEditor(m_store, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
}

} // namespace citylab
