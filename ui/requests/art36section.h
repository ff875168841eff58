// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QUndoStack;
class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class Store;

// On an art. 36 request's page: each element of content the law asks for, written or
// missing; the rules to be derogated, those in areas art. 36 cannot touch in red; the
// authorized period, the final report and the renewal. Links (art36:edit, art36:link-rule,
// art36:unlink/BARRIER) open the application's form or link and unlink a rule, undoably.
class Art36Section
{
    Q_DECLARE_TR_FUNCTIONS(citylab::Art36Section)
public:
    static void add(HtmlBuilder &page, const Store &store, qint64 requestId, bool editable);
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 requestId, QWidget *parent);
};

} // namespace citylab
