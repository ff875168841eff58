// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestdetailpanel.h"

#include "art36section.h"
#include "domain/art36application.h"

#include "domain/deadlineexplanation.h"
#include "domain/tacitdecisions.h"
#include "domain/vocabulary.h"
#include "drafting/requestchecklist.h"
#include "items/requestdetails.h"
#include "shell/contactssection.h"
#include "shell/documentssection.h"
#include "shell/htmlbuilder.h"
#include "store/store.h"

#include <QDate>
#include <QUrl>

namespace citylab {

RequestDetailPanel::RequestDetailPanel(Store &store, QUndoStack *undo, QWidget *parent)
    : DetailPanel(store, parent)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("requestDetails"));
}

QString RequestDetailPanel::placeholder() const
{
    return tr("Select a regulatory request to see its procedure.");
}

QString RequestDetailPanel::page(qint64 id) const
{
    const RequestDetails d = RequestDetails::load(store(), id);
    if (!d.isValid())
        return {};
    HtmlBuilder page;
    page.heading(d.reference + QStringLiteral(" — ") + d.subject,
                 Vocabulary::label(Vocabulary::RequestKind, d.kind) + QStringLiteral(" · ")
                     + Vocabulary::label(Vocabulary::RequestStatus, d.status));
    page.field(tr("Authority"), d.authority);
    page.field(tr("PEC address"), d.authorityPec);
    page.field(tr("Experiment"), d.experimentCode.isEmpty() ? QString() : d.experimentCode + QStringLiteral(" — ") + d.experimentTitle);
    page.field(tr("Legal basis"), d.legalBasis);
    page.field(tr("Protocol number"), d.protocolNumber);
    page.field(tr("Required before going live"), d.requiredForActivation ? tr("yes") : tr("no"));

    // The due date's arithmetic, as legal staff would check it by hand.
    page.section(tr("Clock"));
    const QList<DeadlineExplanation::Line> clock = DeadlineExplanation::lines(d.clock, d.statutoryDays, QDate::currentDate());
    for (const DeadlineExplanation::Line &line : clock) {
        if (line.warning)
            page.warningField(line.label, line.text);
        else
            page.field(line.label, line.text);
    }
    if (d.clock.running && QDate::currentDate() > d.clock.dueOn) {
        const QString silence = TacitDecisions::afterTerm(TacitDecisions::rule(store(), d.kind), HtmlBuilder::date(d.clock.dueOn));
        if (!silence.isEmpty())
            page.warningField(tr("Silence"), silence);
    }
    page.field(tr("Decided on"), d.decidedOn);
    page.field(tr("Authorization number"), d.decisionNumber);
    if (!d.decisionNotes.isEmpty())
        page.field(tr("Decision and conditions"), d.decisionNotes);

    page.section(tr("Procedure"));
    if (d.steps.isEmpty()) {
        page.note(tr("Not submitted yet."));
    } else {
        page.beginTable({tr("Date"), tr("Step"), tr("Note")});
        for (const auto &step : d.steps)
            page.row({HtmlBuilder::date(step.on), Vocabulary::label(Vocabulary::RequestStatus, step.status), step.note});
        page.endTable();
    }
    if (d.kind == Art36Application::kind)
        Art36Section::add(page, store(), id, offersChanges(m_undo));
    // the documents the request must carry (ui/drafting: attach them from Draft…)
    const QList<RequestChecklist::Item> checklist = RequestChecklist::load(store(), id);
    if (!checklist.isEmpty()) {
        page.section(tr("Checklist"));
        page.beginTable({tr("Document"), tr("Attached")});
        for (const RequestChecklist::Item &item : checklist)
            page.row({(item.done() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + item.label,
                      item.done() ? item.fileNames.join(QStringLiteral(", ")) : tr("missing")});
        page.endTable();
    }
    // other documents: the authority's letters, the decision, annexes outside the checklist
    DocumentsSection::add(page, store(), QStringLiteral("request_id"), id, tr("Documents"), tr("No other documents attached."),
                          offersChanges(m_undo));
    ContactsSection::add(page, store(), QStringLiteral("request_id"), id, offersChanges(m_undo));
    page.section(tr("Text of the request"));
    if (d.revisionCount > 0)
        page.note(tr("%n revision(s) kept.", nullptr, d.revisionCount));
    QString html = page.html();
    // the body is the request's own rich text, shown as written
    html += d.body.isEmpty() ? QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("No text yet.").toHtmlEscaped()) : d.body;
    HtmlBuilder history;
    addHistory(history, QStringLiteral("regulatory_requests"), id);
    return html + history.html();
}

bool RequestDetailPanel::handlePageLink(const QUrl &url)
{
    if (!m_undo)
        return false;
    const QVariantMap request = store().record(QStringLiteral("regulatory_requests"), recordId());
    const QVariantMap links = {{QStringLiteral("experiment_id"), request.value(QStringLiteral("experiment_id"))},
                               {QStringLiteral("organization_id"), request.value(QStringLiteral("authority_id"))}};
    return Art36Section::openLink(url, store(), *m_undo, recordId(), this)
        || DocumentsSection::openLink(url, store(), *m_undo, QStringLiteral("request_id"), recordId(), this)
        || ContactsSection::openLink(url, store(), *m_undo, QStringLiteral("request_id"), recordId(), links, this);
}

} // namespace citylab
