// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"
#include "readablepalette.h"

#include "deferredrefresh.h"
#include "htmlbuilder.h"
#include "domain/fieldlabels.h"
#include "domain/fieldvalues.h"
#include "store/changehistory.h"
#include "io/attachments.h"
#include "store/changeset.h"
#include "store/store.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <QEvent>

namespace citylab {

DetailPanel::DetailPanel(Store &store, QWidget *parent)
    : QTextBrowser(parent)
    , m_store(store)
    , m_refresh(new DeferredRefresh(this, [this] { refresh(); }))
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    setAccessibleName(tr("Page of the chosen record"));
    connect(&store, &Store::changed, this, &DetailPanel::storeChanged);
    connect(&store, &Store::readOnlyChanged, m_refresh, &DeferredRefresh::request);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailPanel::openLink);
}

void DetailPanel::showRecord(qint64 id)
{
    m_id = id;
    refresh();
}

bool DetailPanel::offersChanges(const QUndoStack *undo) const
{
    return undo && !m_store.isReadOnly();
}

void DetailPanel::storeChanged(const ChangeSet &changes)
{
    forgetStale(changes);
    if (m_id < 0)
        return;
    const QStringList tables = tablesShown();
    if (changes.everything || tables.isEmpty() || changes.touchesAny(tables.mid(1))) {
        m_refresh->request();
        return;
    }
    if (!changes.touches(tables.first()))
        return;
    const ChangeSet::TableChanges own = changes.tables.value(tables.first());
    const bool namesNoRows = own.inserted.isEmpty() && own.updated.isEmpty() && own.deleted.isEmpty();
    if (namesNoRows || own.updated.contains(m_id) || own.deleted.contains(m_id))
        m_refresh->request();
}

void DetailPanel::refresh()
{
    QString html = m_id >= 0 ? page(m_id) : QString();
    if (html.isEmpty())
        html = QStringLiteral("<p style='color:#666'>%1</p>").arg(placeholder().toHtmlEscaped());
    // written for white paper; a dark or high-contrast theme gets colours that read on it
    html = ReadablePalette::readableHtml(html, palette().color(QPalette::Base), palette().color(QPalette::Text));
    // A page drawn again to the same text is not laid out again (~12 ms for an experiment's
    // page, in the frame that shows one of its zones moved on the map), and keeps its place.
    if (html == m_shownHtml)
        return;
    m_shownHtml = html;
    setHtml(html);
}

void DetailPanel::addHistory(HtmlBuilder &page, const QString &table, qint64 id) const
{
    addHistory(page, m_store, table, id);
}

void DetailPanel::addHistory(HtmlBuilder &page, const Store &store, const QString &table, qint64 id)
{
    page.section(tr("Change history"));
    const QList<ChangeHistory::Entry> entries = ChangeHistory::forRecord(store, table, id, 30);
    if (entries.isEmpty()) {
        page.note(tr("No changes since the record was created or imported."));
        return;
    }
    page.beginTable({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")});
    for (const ChangeHistory::Entry &e : entries) {
        const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        if (e.action == QLatin1String("erase"))
            page.row({when, e.who, FieldLabels::label(e.field), tr("(erased)"), tr("(erased)")});
        else
            page.row({when, e.who, FieldLabels::label(e.field), FieldValues::readable(store, table, e.field, e.before),
                      FieldValues::readable(store, table, e.field, e.after)});
    }
    page.endTable();
}

void DetailPanel::openLink(const QUrl &url)
{
    if (handlePageLink(url))
        return;
    if (url.scheme() == QLatin1String("record")) {
        emit recordLinkActivated(url.path().section(u'/', 0, 0), url.path().section(u'/', 1, 1).toLongLong());
        return;
    }
    if (url.scheme() != QLatin1String("attachment"))
        return;
    QString error;
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("citylab-documents"));
    const QString path = Attachments::extract(m_store, url.path().toLongLong(), folder, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot open the document"), error);
        return;
    }
    emit attachmentOpened(path);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void DetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Page of the chosen record"));
        m_refresh->request();
    } else if (event->type() == QEvent::PaletteChange) {
        m_refresh->request();   // the desktop switched between a light and a dark theme
    }
    QTextBrowser::changeEvent(event);
}

} // namespace citylab
