// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariantMap>

class QUndoStack;

namespace citylab {

class Store;

// Edits of records made in the window: written through the Store, pushed on an undo stack
// (Ctrl+Z takes them back, Ctrl+Shift+Z does them again), and checked against what another
// window or process wrote meanwhile so that nobody's edit is silently overwritten.
class RecordEdit
{
    Q_DECLARE_TR_FUNCTIONS(citylab::RecordEdit)
public:
    struct Conflict
    {
        QString field;
        QVariant theirs;   // the value saved meanwhile by someone else
        QVariant mine;     // the value this edit wants
    };

    // The fields of `changes` that someone else changed since the record was `loaded`.
    static QList<Conflict> conflicts(const Store &store, const QString &table, qint64 id, const QVariantMap &loaded,
                                     const QVariantMap &changes);
    // Who made the last change to the record, and when (for the conflict question).
    static std::pair<QString, QDateTime> lastChange(const Store &store, const QString &table, qint64 id);

    // Writes `changes` and pushes the edit on `undo`. False with store.lastError() set.
    static bool update(Store &store, QUndoStack &undo, const QString &table, qint64 id, const QVariantMap &changes,
                       const QString &description);
    // Inserts a record and pushes it on `undo`; returns its id or -1.
    static qint64 insert(Store &store, QUndoStack &undo, const QString &table, QVariantMap values,
                         const QString &description);
};

} // namespace citylab
