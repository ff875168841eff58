// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QUndoStack;
class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class RecordEditDialog;
class Store;

// The targets of an experiment on its page: each with its value and unit, date, the latest
// weekly mean and whether it is met, with links (target:add, target:edit/ID,
// target:remove/ID) that open the target form or remove the target as an undoable step.
class TargetsSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TargetsSection)
public:
    // `editable`: whether the page offers the links (it does where an undo stack is at hand).
    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable);

    // Acts on a target: link; false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent);

    // The form for a new target of the experiment, or for an existing one (window-modal).
    static RecordEditDialog *openForm(Store &store, QUndoStack &undo, qint64 experimentId, qint64 targetId,
                                      QWidget *parent);
};

} // namespace citylab
