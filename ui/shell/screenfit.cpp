// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace citylab::ScreenFit {

void resize(QWidget *window, QSize wanted)
{
    if (const QScreen *screen = window->screen()) {
        const QSize room = screen->availableGeometry().size() - QSize(16, 48);   // frame and title bar
        wanted = wanted.boundedTo(room);
    }
    window->resize(wanted.expandedTo(window->minimumSizeHint()));
}

} // namespace citylab::ScreenFit
