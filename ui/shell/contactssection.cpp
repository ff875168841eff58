// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactssection.h"

#include "domain/vocabulary.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "htmlbuilder.h"
#include "items/contactlog.h"
#include "store/store.h"

#include <QUrl>

namespace citylab {

void ContactsSection::add(HtmlBuilder &page, const Store &store, const QString &ownerColumn, qint64 ownerId, bool editable)
{
    page.section(tr("Contacts log"));
    QString error;
    const auto entries = ContactLog::load(store, ownerColumn, ownerId, &error);
    QString rows;
    for (const ContactLog::Entry &entry : entries.value_or(QList<ContactLog::Entry>())) {
        QString follow;
        if (entry.followUpOn.isValid())
            follow = (entry.followUpDone ? tr("done") : tr("by %1").arg(HtmlBuilder::date(entry.followUpOn))).toHtmlEscaped();
        rows += QStringLiteral("<tr>")
            + HtmlBuilder::cell(HtmlBuilder::link(QStringLiteral("contacts:edit/%1").arg(entry.id), HtmlBuilder::date(entry.occurredOn)))
            + HtmlBuilder::cell(Vocabulary::label(Vocabulary::InteractionKind, entry.kind).toHtmlEscaped())
            + HtmlBuilder::cell(entry.summary.toHtmlEscaped()) + HtmlBuilder::cell(follow) + QStringLiteral("</tr>");
    }
    if (!entries) {
        page.note(error);
    } else if (rows.isEmpty()) {
        page.note(tr("No contacts logged."));
    } else {
        page.beginTable({tr("Date"), tr("Kind"), tr("Summary"), tr("Follow-up")});
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("contacts:log"), tr("Log a contact…")) + QStringLiteral("</p>"));
}

RecordEditDialog *ContactsSection::openForm(Store &store, QUndoStack &undo, qint64 interactionId, const QVariantMap &defaults,
                                            QWidget *parent)
{
    auto *dialog = new RecordEditDialog(store, undo, QStringLiteral("interactions"), interactionId, FormSpecs::interaction(),
                                        defaults, parent);
    dialog->setObjectName(QStringLiteral("contactForm"));
    dialog->setWindowTitle(interactionId < 0 ? tr("Log a Contact") : tr("Edit Contact"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool ContactsSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, const QString &ownerColumn, qint64 ownerId,
                               const QVariantMap &links, QWidget *parent)
{
    if (url.scheme() != QLatin1String("contacts"))
        return false;
    if (url.path() == QLatin1String("log")) {
        QVariantMap defaults = links;
        defaults.insert(ownerColumn, ownerId);
        defaults.insert(QStringLiteral("kind"), QStringLiteral("call"));
        defaults.insert(QStringLiteral("occurred_on"), QDate::currentDate().toString(Qt::ISODate));
        openForm(store, undo, -1, defaults, parent);
    } else if (url.path().startsWith(QLatin1String("edit/"))) {
        openForm(store, undo, url.path().section(u'/', 1).toLongLong(), {}, parent);
    }
    return true;
}

} // namespace citylab
