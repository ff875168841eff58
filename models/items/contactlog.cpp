// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlog.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

std::optional<QList<ContactLog::Entry>> ContactLog::load(const Store &store, const QString &ownerColumn, qint64 ownerId,
                                                         QString *error)
{
    QList<Entry> entries;
    // the column is checked against the schema before it is named in the query
    if (!store.columns(QStringLiteral("interactions")).contains(ownerColumn))
        return entries;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, occurred_on, kind, summary, follow_up_on, follow_up_done FROM interactions"
                             " WHERE \"%1\" = :owner ORDER BY occurred_on DESC, id DESC").arg(ownerColumn));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    if (q.exec())
        while (q.next())
            entries.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                            q.value(2).toString(), q.value(3).toString(),
                            QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toBool()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return entries;
}

} // namespace citylab
