// SPDX-License-Identifier: GPL-3.0-or-later
#include "partiessection.h"

#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QMessageBox>
#include <QUrl>

namespace citylab {

void PartiesSection::add(HtmlBuilder &page, const Store &store, Of of, qint64 ownerId, bool editable)
{
    const bool agreement = of == Of::Agreement;
    page.section(agreement ? tr("Parties") : tr("Partners"));
    QString error;
    const auto parties = PartyList::load(store, of, ownerId, &error);
    QString rows;
    for (const PartyList::Party &party : parties.value_or(QList<PartyList::Party>())) {
        rows += QStringLiteral("<tr>")
            + HtmlBuilder::cell(HtmlBuilder::link(QStringLiteral("record:organizations/%1").arg(party.organizationId), party.organization))
            + HtmlBuilder::cell(party.role.isEmpty() ? QStringLiteral("<span style='color:#666'>%1</span>").arg(tr("no role given").toHtmlEscaped())
                                        : party.role.toHtmlEscaped());
        if (editable)
            rows += HtmlBuilder::cell(HtmlBuilder::link(QStringLiteral("party:edit/%1").arg(party.id), tr("Change…")) + QStringLiteral(" · ")
                         + HtmlBuilder::link(QStringLiteral("party:remove/%1").arg(party.id), tr("Remove")));
        rows += QStringLiteral("</tr>");
    }
    if (!parties) {
        page.note(error);
    } else if (rows.isEmpty()) {
        page.note(agreement ? tr("Besides the City, no party is recorded.") : tr("No partners besides the lead organization."));
    } else {
        QStringList headers = {tr("Organization"), tr("Role")};
        if (editable)
            headers.append(QString());
        page.beginTable(headers);
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("party:add"), agreement ? tr("Add a party…") : tr("Add a partner…"))
                     + QStringLiteral("</p>"));
}

RecordEditDialog *PartiesSection::openForm(Store &store, QUndoStack &undo, Of of, qint64 ownerId, qint64 partyId,
                                           QWidget *parent)
{
    const bool agreement = of == Of::Agreement;
    FieldSpec organization;
    organization.column = QStringLiteral("organization_id");
    organization.kind = FieldSpec::Reference;
    organization.required = true;
    organization.choices = ChoiceLists::Organizations;
    // one row per organization and record (the schema's UNIQUE): said on the field
    organization.check = [&store, of, ownerId, partyId, agreement](const QVariant &value, const QVariantMap &) {
        QString error;
        const std::optional<bool> taken = PartyList::includes(store, of, ownerId, value, partyId, &error);
        if (!taken)
            return error;
        if (!*taken)
            return QString();
        return agreement ? tr("This organization is already a party to the agreement.")
                         : tr("This organization is already a partner in the experiment.");
    };
    FieldSpec role;
    role.column = QStringLiteral("role");
    const QVariantMap owner = store.record(agreement ? QStringLiteral("agreements") : QStringLiteral("experiments"), ownerId);
    const QString title = owner.value(agreement ? QStringLiteral("title") : QStringLiteral("code")).toString();
    auto *dialog = new RecordEditDialog(store, undo, PartyList::table(of), partyId, {organization, role}, {{PartyList::ownerColumn(of), ownerId}}, parent);
    dialog->setObjectName(QStringLiteral("partyForm"));
    if (agreement)
        dialog->setWindowTitle(partyId < 0 ? tr("New Party to %1").arg(title) : tr("Edit Party to %1").arg(title));
    else
        dialog->setWindowTitle(partyId < 0 ? tr("New Partner in %1").arg(title) : tr("Edit Partner in %1").arg(title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool PartiesSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, Of of, qint64 ownerId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("party"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 partyId = url.path().section(u'/', 1, 1).toLongLong();
    if (action == QLatin1String("add")) {
        openForm(store, undo, of, ownerId, -1, parent);
    } else if (action == QLatin1String("edit")) {
        openForm(store, undo, of, ownerId, partyId, parent);
    } else if (action == QLatin1String("remove")) {
        QString error;
        const std::optional<QString> name = PartyList::organizationName(store, of, partyId, &error);
        if (!name) {
            QMessageBox::warning(parent, tr("Cannot remove the party"), error);
            return true;
        }
        const QString step = of == Of::Agreement ? tr("Remove %1 from the agreement").arg(*name) : tr("Remove %1 from the experiment").arg(*name);
        if (!RecordRemoval::remove(store, undo, PartyList::table(of), partyId, step))
            QMessageBox::warning(parent, tr("Cannot remove the party"), store.errorString());
    }
    return true;
}

} // namespace citylab
