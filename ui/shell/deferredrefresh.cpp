// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredrefresh.h"

#include <QEvent>
#include <QWidget>

namespace citylab {

DeferredRefresh::DeferredRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void DeferredRefresh::request()
{
    if (m_view->isVisible()) {
        m_pending = false;
        m_refresh();
    } else {
        m_pending = true;
    }
}

void DeferredRefresh::flush()
{
    if (m_pending) {
        m_pending = false;
        m_refresh();
    }
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // Show comes before the first paint: the view is drawn with what is true now.
    if (watched == m_view && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace citylab
