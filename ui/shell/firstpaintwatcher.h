// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace citylab {

// Emits firstFramePainted() once, right after a top-level widget has been exposed and
// painted for the first time: what the user sees as "the window is up". Used by the
// start-up benchmark and by --screenshot.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *window);

signals:
    void firstFramePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_done = false;
};

} // namespace citylab
