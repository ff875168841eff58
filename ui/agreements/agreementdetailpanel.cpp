// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementdetailpanel.h"

#include "domain/vocabulary.h"
#include "shell/htmlbuilder.h"
#include "store/store.h"

#include <QSqlQuery>

namespace citylab {

AgreementDetailPanel::AgreementDetailPanel(Store &store, QWidget *parent)
    : DetailPanel(store, parent)
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
    QSqlQuery q(store().database());
    q.prepare(QStringLiteral("SELECT code || ' — ' || title FROM experiments WHERE id = ?"));
    q.addBindValue(a.value(QStringLiteral("experiment_id")));
    if (q.exec() && q.next())
        page.field(tr("Experiment"), q.value(0).toString());
    page.field(tr("Protocol number"), a.value(QStringLiteral("protocol_number")).toString());
    page.field(tr("Signed on"), date("signed_on"));
    page.field(tr("Valid from"), date("valid_from"));
    page.field(tr("Valid until"), date("valid_to"));
    page.field(tr("Renewal notice"), tr("%n day(s) before it ends", nullptr, a.value(QStringLiteral("renewal_notice_days")).toInt()));
    if (!a.value(QStringLiteral("notes")).toString().isEmpty())
        page.paragraph(a.value(QStringLiteral("notes")).toString());
    page.section(tr("Parties"));
    q.prepare(QStringLiteral("SELECT o.name, coalesce(p.role, '') FROM agreement_parties p JOIN organizations o"
                             " ON o.id = p.organization_id WHERE p.agreement_id = ? ORDER BY o.name"));
    q.addBindValue(id);
    bool any = false;
    if (q.exec()) {
        while (q.next()) {
            page.field(q.value(1).toString().isEmpty() ? tr("Party") : q.value(1).toString(), q.value(0).toString());
            any = true;
        }
    }
    if (!any)
        page.note(tr("Besides the City, no party is recorded."));
    addHistory(page, QStringLiteral("agreements"), id);
    return page.html();
}

} // namespace citylab
