// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QUndoStack;

namespace citylab {

class Store;

// Merges a duplicate organization into the one that survives: every reference (contacts,
// experiments led, partnerships, agreement parties, requests addressed, contacts log,
// attachments, letter templates) moves to the survivor, a link the survivor already has is
// deleted instead, the survivor's empty fields take the duplicate's values, and the
// duplicate is deleted — all in one transaction, all in the change log.
//
// The window's merge is one step of the undo history: Ctrl+Z brings the duplicate back
// with its uuid and values, points the moved references at it again, inserts the deleted
// links again and empties the survivor's filled fields, in one transaction through the
// Store; Ctrl+Shift+Z merges again. Records are found by uuid, because the duplicate comes
// back with a new id unless its id was the highest (the Store does not let an id be set).
class OrganizationMerge
{
    Q_DECLARE_TR_FUNCTIONS(citylab::OrganizationMerge)
public:
    // Returns the number of references moved, or -1 with store.lastError() set.
    static int merge(Store &store, qint64 survivorId, qint64 duplicateId);
    // The same, pushed on `undo` when it succeeds.
    static int merge(Store &store, QUndoStack &undo, qint64 survivorId, qint64 duplicateId);

    // The organizations a duplicate may be merged into: every other one, by name.
    struct Candidate { qint64 id = -1; QString name; QString city; };
    static std::optional<QList<Candidate>> survivorCandidates(const Store &store, qint64 duplicateId, QString *error = nullptr);
};

} // namespace citylab
