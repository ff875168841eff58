// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace citylab {

class Store;

// Writing many records at once into an empty file (the first clone from a team server): the
// search index's triggers are set aside and the index filled once at the end. Row by row,
// they index an experiment again for each of its acts, partners and conditions, and took
// two thirds of a clone's time. Both calls belong inside one Store::transact(), so a failure
// anywhere leaves the triggers and the index as they were.
class DeferredSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(citylab::DeferredSearchIndex)
public:
    explicit DeferredSearchIndex(Store &store) : m_store(store) {}

    bool suspend();
    // The triggers back, as they were, and every record of the indexed tables indexed by them.
    bool resume();

private:
    bool run(const QString &sql);
    // table -> the view its insert trigger takes its search row from, when the trigger does
    // only that
    static QHash<QString, QString> rowViews(const QStringList &triggers);

    Store &m_store;
    QStringList m_triggers;   // their CREATE statements
};

} // namespace citylab
