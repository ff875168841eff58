// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QUndoStack;

namespace citylab {

class Store;

// What a new call starts with, in the language of the window that creates it: the
// admissibility checklist and the evaluation criteria with their weights that a city lab's
// open call uses. The office changes them per call afterwards.
class CallDefaults
{
    Q_DECLARE_TR_FUNCTIONS(citylab::CallDefaults)
public:
    struct Criterion
    {
        QString name;
        double weight;
    };
    static QStringList checklist();
    static QList<Criterion> criteria();

    // Creates the call with the default checklist and criteria, in one transaction, as one
    // step on `undo` (when given): Ctrl+Z takes the new call away again while no proposal or
    // committee member uses it. Returns its id, or -1 with store.errorString() set (a name
    // already taken, a missing date).
    static qint64 create(Store &store, const QString &name, const QDate &openedOn, QUndoStack *undo = nullptr);
};

} // namespace citylab
