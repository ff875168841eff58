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

// The formal acts of an experiment on its page, in date order (ExperimentActs): each kind,
// number and date, opening the record it lives on; acts recorded on their own have links
// (act:add, act:edit/ID, act:remove/ID) that open their form or remove them, undoably.
class ActsSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ActsSection)
public:
    static void add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable);
    // Acts on an act: link; false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent);
    static RecordEditDialog *openForm(Store &store, QUndoStack &undo, qint64 experimentId, qint64 actId, QWidget *parent);
};

} // namespace citylab
