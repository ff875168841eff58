// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's change feed: what this window wrote, and what another window, the CLI or a
// worker wrote, read from change_log when SQLite's data_version says the file changed.
#include "store.h"

#include "sqlerrortext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <sqlite3.h>

namespace citylab {

void Store::announce(const ChangeSet &changes)
{
    emit changed(changes);
    emit recordsChanged(changes.everything ? QStringList() : changes.tableNames());
}

void Store::rememberLogPosition()
{
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, uuid FROM change_log ORDER BY id DESC LIMIT 1")) && query.next()) {
        m_lastLogId = query.value(0).toLongLong();
        m_lastLogUuid = query.value(1).toString();
    } else {
        m_lastLogId = 0;
        m_lastLogUuid.clear();
    }
    m_ownLogIds.clear();
}

// The change_log entries written by other connections since the last look. Rows inserted
// or updated are found again by uuid for their ids; a file replaced as a whole (its entry
// at the last position is another one, or gone) changes everything.
ChangeSet Store::readExternalChanges()
{
    ChangeSet changes;
    changes.origin = ChangeSet::Origin::External;
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    if (m_lastLogId > 0) {
        query.prepare(QStringLiteral("SELECT uuid FROM change_log WHERE id = ?"));
        query.addBindValue(m_lastLogId);
        if (!query.exec() || !query.next() || query.value(0).toString() != m_lastLogUuid) {
            changes.everything = true;
            query.finish();
            rememberLogPosition();
            return changes;
        }
    }
    query.prepare(QStringLiteral("SELECT id, uuid, table_name, row_uuid, action, after_json FROM change_log"
                                 " WHERE id > ? ORDER BY id LIMIT 20001"));
    query.addBindValue(m_lastLogId);
    struct Entry { qint64 id; QString table, rowUuid, action; QByteArray after; };
    QList<Entry> entries;
    QString lastUuid = m_lastLogUuid;
    qint64 lastId = m_lastLogId;
    if (query.exec()) {
        while (query.next()) {
            lastId = query.value(0).toLongLong();
            lastUuid = query.value(1).toString();
            if (!m_ownLogIds.contains(lastId))
                entries.append({lastId, query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                                query.value(5).toByteArray()});
        }
    }
    if (query.lastError().isValid() || entries.size() > 20000) {
        changes.everything = true;   // too much, or unreadable: every view reloads
        query.finish();
        rememberLogPosition();
        return changes;
    }
    query.finish();
    m_lastLogId = lastId;
    m_lastLogUuid = lastUuid;
    m_ownLogIds.clear();
    for (const Entry &entry : std::as_const(entries)) {
        ChangeSet::TableChanges &table = changes.tables[entry.table];
        if (entry.action == QLatin1String("import")) {
            table.imports << QJsonDocument::fromJson(entry.after).object().toVariantMap();
            continue;
        }
        table.uuids.insert(entry.rowUuid);
        changes.erased = changes.erased || entry.action == QLatin1String("erase");
        if (entry.action == QLatin1String("delete"))
            continue;   // its id is gone with it; the uuid says which
        QSqlQuery row(*m_db);
        row.setForwardOnly(true);
        if (!m_columns.value(entry.table).contains(QLatin1String("uuid")))
            continue;
        row.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = ?").arg(entry.table));
        row.addBindValue(entry.rowUuid);
        if (row.exec() && row.next())
            (entry.action == QLatin1String("insert") ? table.inserted : table.updated).insert(row.value(0).toLongLong());
    }
    for (auto it = changes.tables.begin(); it != changes.tables.end(); ++it)
        it->updated -= it->inserted;
    return changes;
}

void Store::watchExternalChanges(int intervalMs)
{
    m_dataVersionTimer.start(intervalMs);
}

void Store::pollDataVersion()
{
    if (!isOpen())
        return;
    if (m_transactionDepth == 0 && !m_damageAnnounced && isDamaged()) {
        m_damageAnnounced = true;
        emit damageFound(damageMessage());
    }
    QSqlQuery query(*m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    const bool changedElsewhere = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (m_transactionDepth > 0)
        return;
    if (!changedElsewhere) {
        // Nobody else wrote since the last look: every entry after it is this store's own.
        if (!m_ownLogIds.isEmpty()) {
            const qint64 last = *std::max_element(m_ownLogIds.cbegin(), m_ownLogIds.cend());
            QSqlQuery entry(*m_db);
            entry.prepare(QStringLiteral("SELECT uuid FROM change_log WHERE id = ?"));
            entry.addBindValue(last);
            if (entry.exec() && entry.next()) {
                m_lastLogId = last;
                m_lastLogUuid = entry.value(0).toString();
                m_ownLogIds.clear();
            }
        }
        return;
    }
    const ChangeSet changes = readExternalChanges();
    if (!changes.isEmpty())
        announce(changes);
}

} // namespace citylab
