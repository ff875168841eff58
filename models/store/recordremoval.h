// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUndoStack;

namespace citylab {

class Store;

// Deleting a record from the window as one step of the undo history: the record is removed
// through the Store (change_log written), and Ctrl+Z inserts it again with the same uuid
// and values (a new id: rows that referred to it keep what their foreign keys did on delete).
class RecordRemoval
{
public:
    // False with store.lastError() set, and nothing pushed.
    static bool remove(Store &store, QUndoStack &undo, const QString &table, qint64 id, const QString &description);
};

} // namespace citylab
