// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredsearchindex.h"

#include "searchindex.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

bool DeferredSearchIndex::run(const QString &sql)
{
    QSqlQuery query(m_store.database());
    if (query.exec(sql))
        return true;
    return m_store.fail(tr("Cannot update the search index of %1: %2").arg(m_store.path(), query.lastError().text()));
}

bool DeferredSearchIndex::suspend()
{
    QSqlQuery query(m_store.database());
    QStringList names;
    query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                              "AND sql LIKE '%INSERT INTO search_index%' ORDER BY name"));
    while (query.next()) {
        names << query.value(0).toString();
        m_triggers << query.value(1).toString();
    }
    QString error;
    if (StoreRead::failed(query, m_store, &error))
        return m_store.fail(error);
    query.finish();
    for (const QString &name : std::as_const(names))
        if (!run(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
            return false;
    return true;
}

bool DeferredSearchIndex::resume()
{
    for (const QString &sql : std::as_const(m_triggers))
        if (!run(sql))
            return false;
    m_triggers.clear();
    // An update of each indexed record runs its trigger, which indexes it with what its
    // children add (an experiment's acts and partners): once per record, with the schema's
    // own rules rather than a copy of them. Not of the id: that would have the foreign keys
    // of every table that refers to the record checked.
    if (!run(QStringLiteral("DELETE FROM search_index")))
        return false;
    for (const QString &table : SearchIndex::tables())
        if (!run(QStringLiteral("UPDATE \"%1\" SET updated_at = updated_at").arg(table)))
            return false;
    return true;
}

} // namespace citylab
