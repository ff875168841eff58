// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/experimentconditions.h"
#include "documentssection.h"
#include "filechooser.h"

#include "htmlbuilder.h"
#include "io/attachments.h"
#include "store/recordedit.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QDir>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QUrl>

namespace citylab {

void DocumentsSection::add(HtmlBuilder &page, const Store &store, const QString &ownerColumn, qint64 ownerId,
                           const QString &title, const QString &emptyNote, bool editable)
{
    page.section(title);
    const QList<Attachments::Document> documents = Attachments::list(store, ownerColumn, ownerId);
    if (documents.isEmpty()) {
        page.note(emptyNote);
    } else {
        QStringList headers = {tr("File"), tr("Size"), tr("Added")};
        if (editable)
            headers.append(QString());
        page.beginTable(headers);
        const auto cell = [](const QString &html) { return QStringLiteral("<td style='border-bottom:1px solid #ddd'>") + html + QStringLiteral("</td>"); };
        const auto link = [](const QString &href, const QString &text) { return QStringLiteral("<a href='%1'>%2</a>").arg(href, text.toHtmlEscaped()); };
        QString rows;
        for (const Attachments::Document &d : documents) {
            const QDateTime added = QDateTime::fromString(d.addedAt, Qt::ISODateWithMs);
            rows += QStringLiteral("<tr>") + cell(link(QStringLiteral("attachment:%1").arg(d.id), d.fileName))
                + cell(QLocale().formattedDataSize(d.size).toHtmlEscaped())
                + cell(added.isValid() ? QLocale().toString(added.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped() : QString())
                + (editable ? cell(link(QStringLiteral("documents:remove/%1").arg(d.id), tr("Remove"))) : QString())
                + QStringLiteral("</tr>");
        }
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p><a href='documents:add'>%1</a></p>").arg(tr("Attach a document…").toHtmlEscaped()));
}

bool DocumentsSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, const QString &ownerColumn,
                                qint64 ownerId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("documents"))
        return false;
    if (url.path() == QLatin1String("add")) {
        const QString path = FileChooser::openFile(parent, tr("Attach a Document"));
        QString error;
        if (!path.isEmpty() && attach(store, undo, ownerColumn, ownerId, path, &error) < 0)
            QMessageBox::warning(parent, tr("Cannot attach the document"), error);
    } else if (url.path().startsWith(QLatin1String("remove/"))) {
        if (!remove(store, undo, url.path().section(u'/', 1).toLongLong()))
            QMessageBox::warning(parent, tr("Cannot remove the document"), store.errorString());
    }
    return true;
}

qint64 DocumentsSection::attach(Store &store, QUndoStack &undo, const QString &ownerColumn, qint64 ownerId,
                                const QString &path, QString *error)
{
    QVariantMap values = Attachments::readFile(path, error);
    if (values.isEmpty())
        return -1;
    values.insert(ownerColumn, ownerId);
    const qint64 id = RecordEdit::insert(store, undo, QStringLiteral("attachments"), values,
                                         tr("Attach %1").arg(values.value(QStringLiteral("file_name")).toString()));
    if (id < 0)
        *error = store.errorString();
    return id;
}

bool DocumentsSection::remove(Store &store, QUndoStack &undo, qint64 attachmentId)
{
    const QString name = store.record(QStringLiteral("attachments"), attachmentId).value(QStringLiteral("file_name")).toString();
    // a condition's evidence stays: removing it would leave the condition met on nothing, and
    // Ctrl+Z brings the file back under a new id that the condition no longer names
    QString error;
    const std::optional<QStringList> citing = ExperimentConditions::citingEvidence(store, attachmentId, &error);
    if (!citing)
        return store.fail(error, QStringLiteral("attachments"));
    if (!citing->isEmpty())
        return store.fail(tr("%1 is the evidence of the condition “%2”: choose other evidence for it first.")
                              .arg(name, citing->constFirst()),
                          QStringLiteral("attachments"));
    return RecordRemoval::remove(store, undo, QStringLiteral("attachments"), attachmentId, tr("Remove %1").arg(name));
}

} // namespace citylab
