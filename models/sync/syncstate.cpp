// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstate.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

QString SyncState::read(const Store &store, const QString &key)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool SyncState::write(Store &store, const QString &key, const QString &value)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (query.exec())
        return true;
    return store.fail(tr("Cannot record the sync state in %1: %2").arg(store.path(), query.lastError().text()));
}

} // namespace citylab
