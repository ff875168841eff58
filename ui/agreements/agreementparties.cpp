// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementparties.h"

#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "shell/htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QMessageBox>
#include <QSqlQuery>
#include <QUrl>

namespace citylab {

namespace {

const QString partiesTable = QStringLiteral("agreement_parties");

QString cell(const QString &html)
{
    return QStringLiteral("<td style='border-bottom:1px solid #ddd'>") + html + QStringLiteral("</td>");
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href='%1'>%2</a>").arg(href, text.toHtmlEscaped());
}

} // namespace

void AgreementParties::add(HtmlBuilder &page, const Store &store, qint64 agreementId, bool editable)
{
    page.section(tr("Parties"));
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT p.id, o.id, o.name, coalesce(p.role, '') FROM agreement_parties p JOIN organizations o"
                             " ON o.id = p.organization_id WHERE p.agreement_id = :agreement ORDER BY o.name"));
    q.bindValue(QStringLiteral(":agreement"), agreementId);
    QString rows;
    if (q.exec()) {
        while (q.next()) {
            const QString role = q.value(3).toString();
            rows += QStringLiteral("<tr>")
                + cell(link(QStringLiteral("record:organizations/%1").arg(q.value(1).toLongLong()), q.value(2).toString()))
                + cell(role.isEmpty() ? QStringLiteral("<span style='color:#777'>%1</span>").arg(tr("no role given").toHtmlEscaped())
                                      : role.toHtmlEscaped());
            if (editable)
                rows += cell(link(QStringLiteral("party:edit/%1").arg(q.value(0).toLongLong()), tr("Change…")) + QStringLiteral(" · ")
                             + link(QStringLiteral("party:remove/%1").arg(q.value(0).toLongLong()), tr("Remove")));
            rows += QStringLiteral("</tr>");
        }
    }
    if (rows.isEmpty()) {
        page.note(tr("Besides the City, no party is recorded."));
    } else {
        QStringList headers = {tr("Organization"), tr("Role")};
        if (editable)
            headers.append(QString());
        page.beginTable(headers);
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + link(QStringLiteral("party:add"), tr("Add a party…")) + QStringLiteral("</p>"));
}

RecordEditDialog *AgreementParties::openForm(Store &store, QUndoStack &undo, qint64 agreementId, qint64 partyId,
                                             QWidget *parent)
{
    FieldSpec organization;
    organization.column = QStringLiteral("organization_id");
    organization.kind = FieldSpec::Reference;
    organization.required = true;
    organization.referenceSql = QStringLiteral("SELECT id, name FROM organizations ORDER BY name");
    // one row per organization and agreement (the schema's UNIQUE): said on the field
    organization.check = [&store, agreementId, partyId](const QVariant &value) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT 1 FROM agreement_parties WHERE agreement_id = :agreement AND organization_id = :organization"
                                 " AND id <> :party"));
        q.bindValue(QStringLiteral(":agreement"), agreementId);
        q.bindValue(QStringLiteral(":organization"), value);
        q.bindValue(QStringLiteral(":party"), partyId);
        return q.exec() && q.next() ? tr("This organization is already a party to the agreement.") : QString();
    };
    FieldSpec role;
    role.column = QStringLiteral("role");
    const QString title = store.record(QStringLiteral("agreements"), agreementId).value(QStringLiteral("title")).toString();
    auto *dialog = new RecordEditDialog(store, undo, partiesTable, partyId, {organization, role},
                                        {{QStringLiteral("agreement_id"), agreementId}}, parent);
    dialog->setObjectName(QStringLiteral("partyForm"));
    dialog->setWindowTitle(partyId < 0 ? tr("New Party to %1").arg(title) : tr("Edit Party to %1").arg(title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(560, 200);
    dialog->open();
    return dialog;
}

bool AgreementParties::openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 agreementId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("party"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 partyId = url.path().section(u'/', 1, 1).toLongLong();
    if (action == QLatin1String("add")) {
        openForm(store, undo, agreementId, -1, parent);
    } else if (action == QLatin1String("edit")) {
        openForm(store, undo, agreementId, partyId, parent);
    } else if (action == QLatin1String("remove")) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT o.name FROM agreement_parties p JOIN organizations o ON o.id = p.organization_id WHERE p.id = :id"));
        q.bindValue(QStringLiteral(":id"), partyId);
        const QString name = q.exec() && q.next() ? q.value(0).toString() : QString();
        if (!RecordRemoval::remove(store, undo, partiesTable, partyId, tr("Remove %1 from the agreement").arg(name)))
            QMessageBox::warning(parent, tr("Cannot remove the party"), store.errorString());
    }
    return true;
}

} // namespace citylab
