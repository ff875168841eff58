// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"

#include "store/store.h"

#include <QEvent>

namespace citylab {

DetailPanel::DetailPanel(Store &store, QWidget *parent)
    : QTextBrowser(parent)
    , m_store(store)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    connect(&store, &Store::recordsChanged, this, &DetailPanel::refresh);
}

void DetailPanel::showRecord(qint64 id)
{
    m_id = id;
    refresh();
}

void DetailPanel::refresh()
{
    const QString html = m_id >= 0 ? page(m_id) : QString();
    if (html.isEmpty())
        setHtml(QStringLiteral("<p style='color:#777'>%1</p>").arg(placeholder().toHtmlEscaped()));
    else
        setHtml(html);
}

void DetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QTextBrowser::changeEvent(event);
}

} // namespace citylab
