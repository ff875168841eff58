// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesettings.h"

#include "sqlerrortext.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

std::optional<QString> StoreSettings::value(const Store &store, const QString &key)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool StoreSettings::setValue(Store &store, const QString &key, const QString &value)
{
    return store.transact([&] {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id, value FROM settings WHERE key = :key"));
        q.bindValue(QStringLiteral(":key"), key);
        if (!q.exec())
            return store.fail(tr("The settings cannot be read: %1.").arg(SqlErrorText::describe(q.lastError())), QStringLiteral("settings"));
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const bool same = q.value(1).toString() == value;
            q.finish();
            return same || store.update(QStringLiteral("settings"), id, {{QStringLiteral("value"), value}});
        }
        return value.isEmpty()
            || store.insert(QStringLiteral("settings"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}) >= 0;
    });
}

} // namespace citylab
