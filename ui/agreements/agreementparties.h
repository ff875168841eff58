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

// The organizations that are party to an agreement, each with its role (proponent, partner,
// co-signatory…), as a section of the agreement's page. Where an undo stack is at hand the
// section links party:add, party:edit/ID and party:remove/ID open the party form or take a
// party away, each an undoable step of the window's history.
class AgreementParties
{
    Q_DECLARE_TR_FUNCTIONS(citylab::AgreementParties)
public:
    static void add(HtmlBuilder &page, const Store &store, qint64 agreementId, bool editable);

    // Acts on a party: link; false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 agreementId, QWidget *parent);

    // The form for a new party of the agreement (partyId < 0) or for an existing one (window-modal).
    static RecordEditDialog *openForm(Store &store, QUndoStack &undo, qint64 agreementId, qint64 partyId, QWidget *parent);
};

} // namespace citylab
