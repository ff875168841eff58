// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

class QUndoStack;

namespace citylab {

class Store;

// A dated step of a procedure, already written, made undoable: a record went from `before`
// to `after` (only the fields the step changed) and a row recording the step was added to
// a log table (a stage transition, a request's status change). Undo restores `before` and
// deletes that row, redo writes them again; both stay in the change log. A step is undone
// only while the record still shows what the step left (`after`'s `guardField`), so a later
// step made elsewhere is never reverted silently: the step is dropped instead.
class RecordStep
{
public:
    struct Log
    {
        QString table;         // e.g. stage_transitions
        qint64 id = -1;        // the row the step added
        QString ownerColumn;   // its column naming the record, e.g. experiment_id
    };

    static void push(Store &store, QUndoStack &undo, const QString &table, qint64 id, const QVariantMap &before,
                     const QVariantMap &after, const QString &guardField, const Log &log, const QString &text);

    // The values of `fields` of the record, for `before` and `after`.
    static QVariantMap snapshot(const Store &store, const QString &table, qint64 id, const QStringList &fields);
    // The newest row of `log.table` for the record, for `log.id`.
    static qint64 newestLog(const Store &store, const QString &logTable, const QString &ownerColumn, qint64 id);
};

} // namespace citylab
