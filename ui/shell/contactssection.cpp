// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactssection.h"

#include "domain/vocabulary.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "htmlbuilder.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QUrl>

namespace citylab {

namespace {

QString cell(const QString &html)
{
    return QStringLiteral("<td style='border-bottom:1px solid #ddd'>") + html + QStringLiteral("</td>");
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href='%1'>%2</a>").arg(href, text.toHtmlEscaped());
}

} // namespace

void ContactsSection::add(HtmlBuilder &page, const Store &store, const QString &ownerColumn, qint64 ownerId, bool editable)
{
    page.section(tr("Contacts log"));
    QString rows;
    if (store.columns(QStringLiteral("interactions")).contains(ownerColumn)) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id, occurred_on, kind, summary, follow_up_on, follow_up_done FROM interactions"
                                 " WHERE \"%1\" = :owner ORDER BY occurred_on DESC, id DESC").arg(ownerColumn));
        q.bindValue(QStringLiteral(":owner"), ownerId);
        if (q.exec()) {
            while (q.next()) {
                const QDate followUp = QDate::fromString(q.value(4).toString(), Qt::ISODate);
                QString follow;
                if (followUp.isValid())
                    follow = (q.value(5).toBool() ? tr("done") : tr("by %1").arg(HtmlBuilder::date(followUp))).toHtmlEscaped();
                rows += QStringLiteral("<tr>")
                    + cell(link(QStringLiteral("contacts:edit/%1").arg(q.value(0).toLongLong()),
                                HtmlBuilder::date(QDate::fromString(q.value(1).toString(), Qt::ISODate))))
                    + cell(Vocabulary::label(Vocabulary::InteractionKind, q.value(2).toString()).toHtmlEscaped())
                    + cell(q.value(3).toString().toHtmlEscaped()) + cell(follow) + QStringLiteral("</tr>");
            }
        }
    }
    if (rows.isEmpty()) {
        page.note(tr("No contacts logged."));
    } else {
        page.beginTable({tr("Date"), tr("Kind"), tr("Summary"), tr("Follow-up")});
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + link(QStringLiteral("contacts:log"), tr("Log a contact…")) + QStringLiteral("</p>"));
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
