// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QUndoStack;
class QUrl;
class QWidget;

namespace citylab {

class HtmlBuilder;
class Store;

// The documents kept with a record (an agreement's signed copy, a request's annexes) as a
// section of its page: each opens with the system viewer (attachment:ID), and, where an undo
// stack is at hand, documents:add attaches a file and documents:remove/ID takes one away,
// both as undoable steps of the window's history.
class DocumentsSection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::DocumentsSection)
public:
    // ownerColumn: the attachments column naming the record (agreement_id, request_id).
    static void add(HtmlBuilder &page, const Store &store, const QString &ownerColumn, qint64 ownerId,
                    const QString &title, const QString &emptyNote, bool editable);

    // Acts on a documents: link (asking for the file); false for links of other schemes.
    static bool openLink(const QUrl &url, Store &store, QUndoStack &undo, const QString &ownerColumn, qint64 ownerId,
                         QWidget *parent);

    // Keeps the file at `path` with the record; its id, or -1 with *error naming file and reason.
    static qint64 attach(Store &store, QUndoStack &undo, const QString &ownerColumn, qint64 ownerId, const QString &path,
                         QString *error);
    static bool remove(Store &store, QUndoStack &undo, qint64 attachmentId);
};

} // namespace citylab
