// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementdetailpanel.h"

#include "domain/vocabulary.h"
#include "shell/contactssection.h"
#include "shell/documentssection.h"
#include "shell/partiessection.h"
#include "shell/htmlbuilder.h"
#include "store/store.h"

#include <QUrl>

namespace citylab {

AgreementDetailPanel::AgreementDetailPanel(Store &store, QUndoStack *undo, QWidget *parent)
    : DetailPanel(store, parent)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("agreementDetails"));
}

QString AgreementDetailPanel::placeholder() const
{
    return tr("Select an agreement to see its details.");
}

QString AgreementDetailPanel::page(qint64 id) const
{
    const QVariantMap a = store().record(QStringLiteral("agreements"), id);
    if (a.isEmpty())
        return {};
    const auto date = [&](const char *column) { return QDate::fromString(a.value(QString::fromLatin1(column)).toString(), Qt::ISODate); };
    HtmlBuilder page;
    page.heading(a.value(QStringLiteral("title")).toString(),
                 Vocabulary::label(Vocabulary::AgreementKind, a.value(QStringLiteral("kind")).toString()) + QStringLiteral(" · ")
                     + Vocabulary::label(Vocabulary::AgreementStatus, a.value(QStringLiteral("status")).toString()));
    if (!a.value(QStringLiteral("experiment_id")).isNull()) {
        const QVariantMap experiment = store().record(QStringLiteral("experiments"), a.value(QStringLiteral("experiment_id")).toLongLong());
        if (experiment.isEmpty()) {
            // a read that failed, not an agreement without an experiment
            page.field(tr("Experiment"), store().errorString());
        } else {
            page.field(tr("Experiment"), experiment.value(QStringLiteral("code")).toString() + QStringLiteral(" — ")
                                             + experiment.value(QStringLiteral("title")).toString());
            page.rawHtml(QStringLiteral("<p><a href='record:experiments/%1'>%2</a></p>")
                             .arg(a.value(QStringLiteral("experiment_id")).toLongLong())
                             .arg(tr("Open the experiment").toHtmlEscaped()));
        }
    }
    page.field(tr("Protocol number"), a.value(QStringLiteral("protocol_number")).toString());
    page.field(tr("Signed on"), date("signed_on"));
    page.field(tr("Valid from"), date("valid_from"));
    page.field(tr("Valid until"), date("valid_to"));
    page.field(tr("Renewal notice"), tr("%n day(s) before it ends", nullptr, a.value(QStringLiteral("renewal_notice_days")).toInt()));
    if (!a.value(QStringLiteral("notes")).toString().isEmpty())
        page.paragraph(a.value(QStringLiteral("notes")).toString());
    PartiesSection::add(page, store(), PartiesSection::Of::Agreement, id, offersChanges(m_undo));
    DocumentsSection::add(page, store(), QStringLiteral("agreement_id"), id, tr("Signed document"),
                          tr("No signed copy attached yet."), offersChanges(m_undo));
    ContactsSection::add(page, store(), QStringLiteral("agreement_id"), id, offersChanges(m_undo));
    addHistory(page, QStringLiteral("agreements"), id);
    return page.html();
}

bool AgreementDetailPanel::handlePageLink(const QUrl &url)
{
    if (!m_undo)
        return false;
    const QVariantMap links = {{QStringLiteral("experiment_id"),
                                store().record(QStringLiteral("agreements"), recordId()).value(QStringLiteral("experiment_id"))}};
    return PartiesSection::openLink(url, store(), *m_undo, PartiesSection::Of::Agreement, recordId(), this)
        || DocumentsSection::openLink(url, store(), *m_undo, QStringLiteral("agreement_id"), recordId(), this)
        || ContactsSection::openLink(url, store(), *m_undo, QStringLiteral("agreement_id"), recordId(), links, this);
}

} // namespace citylab
