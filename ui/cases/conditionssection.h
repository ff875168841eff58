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

// The conditions of an experiment on its page: what each asks, which act imposed it,
// whether it blocks the next stage, when it is due, its evidence and whether it is met, with
// links (condition:add, condition:edit/ID, condition:met/ID, condition:remove/ID) that open
// the form, mark it met today or remove it, each as an undoable step.
class ConditionsSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ConditionsSection)
public:
    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable);
    // Acts on a condition: link; false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent);
    static RecordEditDialog *openForm(Store &store, QUndoStack &undo, qint64 experimentId, qint64 conditionId,
                                      QWidget *parent);
};

} // namespace citylab
