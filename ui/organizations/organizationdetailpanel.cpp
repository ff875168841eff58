// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationdetailpanel.h"

#include "domain/vocabulary.h"
#include "items/organizationdetails.h"
#include "shell/contactssection.h"
#include "shell/htmlbuilder.h"

namespace citylab {

OrganizationDetailPanel::OrganizationDetailPanel(Store &store, QUndoStack *undo, QWidget *parent)
    : DetailPanel(store, parent)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("organizationDetails"));
}

QString OrganizationDetailPanel::placeholder() const
{
    return tr("Select an organization to see its details.");
}

QString OrganizationDetailPanel::page(qint64 id) const
{
    const OrganizationDetails d = OrganizationDetails::load(store(), id);
    if (!d.isValid())
        return {};
    HtmlBuilder page;
    page.heading(d.name, Vocabulary::label(Vocabulary::OrganizationKind, d.kind)
                             + (d.shortName.isEmpty() ? QString() : QStringLiteral(" · ") + d.shortName));
    page.field(tr("City"), d.city);
    page.field(tr("E-mail"), d.email);
    page.field(tr("PEC address"), d.pec);
    page.field(tr("VAT number"), d.vatNumber);
    page.field(tr("Website"), d.website);
    if (d.answerDays > 0) {
        page.field(tr("Statutory answer time"), tr("%n day(s)", nullptr, d.answerDays));
        page.field(tr("After an integration request"),
                   d.clockRestarts ? tr("the clock restarts from zero") : tr("the clock resumes"));
    }
    page.field(tr("Agreements"), QString::number(d.agreementCount));
    if (d.requestCount > 0)
        page.field(tr("Requests received"), QString::number(d.requestCount));
    if (!d.notes.isEmpty())
        page.paragraph(d.notes);

    page.section(tr("Contacts"));
    if (d.people.isEmpty()) {
        page.note(tr("No contacts yet."));
    } else {
        page.beginTable({tr("Name"), tr("Role"), tr("E-mail"), tr("Phone")});
        for (const auto &p : d.people)
            page.linkRow(p.name, QStringLiteral("record:people/%1").arg(p.id), {p.role, p.email, p.phone});
        page.endTable();
    }

    page.section(tr("Experiments"));
    if (d.experiments.isEmpty()) {
        page.note(tr("Not involved in any experiment."));
    } else {
        page.beginTable({tr("Code"), tr("Title"), tr("Stage"), tr("Role")});
        for (const auto &e : d.experiments)
            page.linkRow(e.code, QStringLiteral("record:experiments/%1").arg(e.id),
                         {e.title, Vocabulary::label(Vocabulary::Stage, e.stage), e.role});
        page.endTable();
    }
    ContactsSection::add(page, store(), QStringLiteral("organization_id"), id, offersChanges(m_undo));
    addHistory(page, QStringLiteral("organizations"), id);
    return page.html();
}

bool OrganizationDetailPanel::handlePageLink(const QUrl &url)
{
    return m_undo
        && ContactsSection::openLink(url, store(), *m_undo, QStringLiteral("organization_id"), recordId(), {}, this);
}

} // namespace citylab
