// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredsearchindex.h"

#include "searchindex.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QRegularExpression>
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
    const QHash<QString, QString> views = rowViews(m_triggers);
    for (const QString &sql : std::as_const(m_triggers))
        if (!run(sql))
            return false;
    m_triggers.clear();
    // Each record indexed once, with the schema's own rules rather than a copy of them. A kind
    // whose insert trigger takes its row from a view (an experiment with its partners and
    // acts) is indexed from the view in one statement; each experiment's update indexed its
    // agreements again too (2.2 of a scale-100 clone's 4 s of indexing). The others through an
    // update of each record, which runs its trigger; not of the id: that would have the
    // foreign keys of every table that refers to the record checked.
    if (!run(QStringLiteral("DELETE FROM search_index")))
        return false;
    for (const QString &table : SearchIndex::tables()) {
        const QString view = views.value(table);
        if (!run(view.isEmpty() ? QStringLiteral("UPDATE \"%1\" SET updated_at = updated_at").arg(table)
                                : QStringLiteral("INSERT INTO search_index(rowid, kind, record_id, title, body) "
                                                 "SELECT row_key, kind, record_id, title, body FROM \"%1\"").arg(view)))
            return false;
    }
    return true;
}

QHash<QString, QString> DeferredSearchIndex::rowViews(const QStringList &triggers)
{
    static const QRegularExpression insertTrigger(
        QStringLiteral("^CREATE TRIGGER \\w+ AFTER INSERT ON (\\w+) BEGIN\\s+INSERT INTO search_index\\(rowid, kind, record_id, "
                       "title, body\\)\\s+SELECT row_key, kind, record_id, title, body FROM (search_\\w+_rows) "
                       "WHERE record_id = new\\.id;\\s+END$"));
    QHash<QString, QString> views;
    for (const QString &sql : triggers)
        if (const QRegularExpressionMatch match = insertTrigger.match(sql); match.hasMatch())
            views.insert(match.captured(1), match.captured(2));
    return views;
}

} // namespace citylab
