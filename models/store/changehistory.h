// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace citylab {

class Store;

// One record's change log as people read it: who changed which field when, from what to
// what. An insert lists the values it set; a delete the values it removed.
struct ChangeHistory
{
    struct Entry
    {
        QDateTime at;
        QString who;
        QString action;   // insert, update, delete, import, erase
        QString field;
        QString before;
        QString after;
    };

    static QList<Entry> forRecord(const Store &store, const QString &table, qint64 id, int limit = 200);
};

} // namespace citylab
