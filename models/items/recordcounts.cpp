// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcounts.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

std::optional<RecordCounts> RecordCounts::load(const Store &store, Include include, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    RecordCounts counts;
    const bool everything = include == Include::Everything;
    if (q.exec(everything ? QStringLiteral("SELECT (SELECT count(*) FROM experiments), (SELECT count(*) FROM zones),"
                                           " (SELECT count(*) FROM organizations), (SELECT count(*) FROM measurements)")
                          : QStringLiteral("SELECT (SELECT count(*) FROM experiments), (SELECT count(*) FROM zones)"))
        && q.next()) {
        counts.experiments = q.value(0).toLongLong();
        counts.zones = q.value(1).toLongLong();
        if (everything) {
            counts.organizations = q.value(2).toLongLong();
            counts.measurements = q.value(3).toLongLong();
        }
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return counts;
}

std::optional<qint64> RecordCounts::measurementsInZone(const Store &store, qint64 zoneId, QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM measurements WHERE zone_id = :id"));
    q.bindValue(QStringLiteral(":id"), zoneId);
    const qint64 count = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    q.finish();   // callers go on to write
    return count;
}

} // namespace citylab
