// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaintwatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace citylab {

FirstPaintWatcher::FirstPaintWatcher(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Widgets paint synchronously while the first paint event is handled; the queued
    // signal runs once that frame has been flushed to the screen.
    if (!m_done && watched == m_window && event->type() == QEvent::Paint) {
        m_done = true;
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, &FirstPaintWatcher::firstFramePainted);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace citylab
