// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QVariantMap>

class QUndoStack;
class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class RecordEditDialog;
class Store;

// The contacts log of an agreement or a request as a section of its page, newest first: each
// contact opens for editing (contacts:edit/ID) and, where an undo stack is at hand,
// contacts:log records a new one already linked to the record.
class ContactsSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ContactsSection)
public:
    // ownerColumn: the interactions column naming the record (agreement_id, request_id).
    static void add(HtmlBuilder &page, const Store &store, const QString &ownerColumn, qint64 ownerId, bool editable);

    // Acts on a contacts: link; false for links of other schemes. `links` are the values a
    // new contact starts with besides the owner (its experiment, its organization).
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, const QString &ownerColumn, qint64 ownerId,
                         const QVariantMap &links, QWidget *parent);

    static RecordEditDialog *openForm(Store &store, QUndoStack &undo, qint64 interactionId, const QVariantMap &defaults,
                                      QWidget *parent);
};

} // namespace citylab
