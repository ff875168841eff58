// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/partylist.h"

#include <QCoreApplication>

class QUndoStack;
class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class RecordEditDialog;
class Store;

// The organizations taking part in an agreement (its parties) or in an experiment (its
// partners), each with its role (proponent, technical partner, co-signatory…), as a section
// of the record's page. Where an undo stack is at hand the links party:add, party:edit/ID
// and party:remove/ID open the form or take an organization away, each an undoable step of
// the window's history.
class PartiesSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::PartiesSection)
public:
    using Of = PartyList::Of;

    static void add(HtmlBuilder &page, const Store &store, Of of, qint64 ownerId, bool editable);

    // Acts on a party: link; false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, Of of, qint64 ownerId, QWidget *parent);

    // The form for a new party (partyId < 0) or for an existing one (window-modal).
    static RecordEditDialog *openForm(Store &store, QUndoStack &undo, Of of, qint64 ownerId, qint64 partyId, QWidget *parent);
};

} // namespace citylab
