// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QUndoStack;
class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class Store;

// What went wrong during an experiment's tests, on its page, newest first: day, severity,
// zone, what happened and what was done, with links (incident:add, incident:edit/ID,
// incident:remove/ID) that open the form or remove one, undoably; and the rules under test
// the experiment gathers evidence on (barriers), each opening its page.
class IncidentsSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::IncidentsSection)
public:
    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable);
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent);
};

} // namespace citylab
