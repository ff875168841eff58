// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuschangedialog.h"

#include "domain/recordstep.h"
#include "domain/requestworkflow.h"
#include "domain/vocabulary.h"
#include "drafting/requestchecklist.h"
#include "i18n/dateformat.h"
#include "store/store.h"
#include "shell/helpbrowser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace citylab {

StatusChangeDialog::StatusChangeDialog(Store &store, qint64 requestId, QWidget *parent, QUndoStack *undo)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undo)
    , m_id(requestId)
    , m_status(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_missing(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    const QVariantMap request = store.record(QStringLiteral("regulatory_requests"), requestId);
    setWindowTitle(tr("Next Step of %1").arg(request.value(QStringLiteral("reference")).toString()));
    for (const QString &next : RequestWorkflow::nextStatuses(request.value(QStringLiteral("status")).toString()))
        m_status->addItem(Vocabulary::label(Vocabulary::RequestStatus, next), next);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFormat::pattern());
    m_note->setPlaceholderText(tr("e.g. PEC protocol number, conditions of the decision"));
    m_problems->setStyleSheet(QStringLiteral("color: #a40000"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Current status:"), new QLabel(Vocabulary::label(Vocabulary::RequestStatus,
                                                                     request.value(QStringLiteral("status")).toString()), this));
    form->addRow(tr("&Next status:"), m_status);
    form->addRow(tr("&On:"), m_date);
    form->addRow(tr("N&ote:"), m_note);
    // submitting without every document of the checklist is allowed, with a reason on record
    m_reason->setObjectName(QStringLiteral("missingDocumentsReason"));
    m_reason->setPlaceholderText(tr("why the request goes out without them"));
    m_missing->setWordWrap(true);
    form->addRow(m_missing);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_problems);
    form->addRow(m_buttons);
    // wide enough for the note's example and the title: from its fields alone the dialog came
    // out about 260 pixels wide, cutting both and wrapping the missing documents on many lines
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);
    HelpBrowser::addHelpButton(m_buttons, QStringLiteral("requests.html#statuses"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &StatusChangeDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &StatusChangeDialog::check);
    check();
}

void StatusChangeDialog::setStatus(const QString &status)
{
    m_status->setCurrentIndex(m_status->findData(status));
}

void StatusChangeDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QString StatusChangeDialog::problems() const
{
    return m_problems->text();
}

void StatusChangeDialog::check()
{
    QStringList reasons;
    if (m_status->count() == 0)
        reasons << tr("The procedure of this request is closed: no further step.");
    else
        reasons = RequestWorkflow(m_store).obstacles(m_id, m_status->currentData().toString(), m_date->date());
    const QStringList missing = m_status->currentData().toString() == QLatin1String("submitted")
                                    ? RequestChecklist::missing(m_store, m_id) : QStringList();
    m_missing->setText(tr("Documents of the checklist still missing: %1.").arg(missing.join(QStringLiteral("; "))));
    m_missing->setVisible(!missing.isEmpty());
    m_reason->setVisible(!missing.isEmpty());
    if (auto *label = qobject_cast<QFormLayout *>(layout())->labelForField(m_reason))
        label->setVisible(!missing.isEmpty());
    if (!missing.isEmpty() && m_reason->text().trimmed().isEmpty())
        reasons << tr("Say why the request is submitted without every document.");
    m_problems->setText(reasons.join(u'\n'));
    m_problems->setVisible(!reasons.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(reasons.isEmpty());
}

void StatusChangeDialog::accept()
{
    const QString requests = QStringLiteral("regulatory_requests");
    // what a step may change on the request, so that undoing it puts back exactly that
    const QStringList fields{QStringLiteral("status"), QStringLiteral("due_on"), QStringLiteral("suspended_on"),
                             QStringLiteral("days_elapsed_before_suspension"), QStringLiteral("submitted_on"),
                             QStringLiteral("decided_on")};
    const QVariantMap before = RecordStep::snapshot(m_store, requests, m_id, fields);
    if (!save())
        return;
    if (m_undo) {
        const QString status = m_store.record(requests, m_id).value(QStringLiteral("status")).toString();
        const RecordStep::Log log{QStringLiteral("request_status_changes"),
                                  RecordStep::newestLog(m_store, QStringLiteral("request_status_changes"),
                                                        QStringLiteral("request_id"), m_id),
                                  QStringLiteral("request_id")};
        RecordStep::push(m_store, *m_undo, requests, m_id, before, RecordStep::snapshot(m_store, requests, m_id, fields),
                         QStringLiteral("status"), log,
                         tr("Request %1: %2").arg(m_store.record(requests, m_id).value(QStringLiteral("reference")).toString(),
                                         Vocabulary::label(Vocabulary::RequestStatus, status).toLower()));
    }
    QDialog::accept();
}

bool StatusChangeDialog::save()
{
    if (m_status->currentData().toString() == QLatin1String("submitted")) {
        QString error;
        if (!RequestChecklist::submit(m_store, m_id, m_date->date(), m_note->text().trimmed(), m_reason->text(), &error)) {
            m_problems->setText(error);
            m_problems->show();
            return false;
        }
        return true;
    }
    RequestWorkflow workflow(m_store);
    if (!workflow.change(m_id, m_status->currentData().toString(), m_date->date(), m_note->text().trimmed())) {
        m_problems->setText(workflow.errorString());
        m_problems->show();
        return false;
    }
    return true;
}

} // namespace citylab
