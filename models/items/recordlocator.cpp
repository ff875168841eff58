// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlocator.h"

#include "store/store.h"

#include <QSqlQuery>

namespace citylab {

RecordLocator::Place RecordLocator::placeOf(const Store &store, const QString &table, qint64 id)
{
    if (table == QLatin1String("experiments") || table == QLatin1String("organizations")
        || table == QLatin1String("regulatory_requests") || table == QLatin1String("agreements"))
        return {table, id};
    // For each kind: its experiment column, then the organization column to fall back on.
    QString sql;
    if (table == QLatin1String("people"))
        sql = QStringLiteral("SELECT NULL, organization_id FROM people WHERE id = ?");
    else if (table == QLatin1String("regulatory_requests"))
        sql = QStringLiteral("SELECT experiment_id, authority_id FROM regulatory_requests WHERE id = ?");
    else if (table == QLatin1String("agreements"))
        sql = QStringLiteral("SELECT experiment_id, (SELECT min(organization_id) FROM agreement_parties"
                             " WHERE agreement_id = agreements.id) FROM agreements WHERE id = ?");
    else if (table == QLatin1String("interactions"))
        sql = QStringLiteral("SELECT experiment_id, organization_id FROM interactions WHERE id = ?");
    else if (table == QLatin1String("zones"))
        sql = QStringLiteral("SELECT experiment_id, NULL FROM zones WHERE id = ?");
    else if (table == QLatin1String("conditions"))
        sql = QStringLiteral("SELECT experiment_id, NULL FROM conditions WHERE id = ?");
    else if (table == QLatin1String("acts"))
        sql = QStringLiteral("SELECT experiment_id, NULL FROM acts WHERE id = ?");
    else
        return {};
    QSqlQuery q(store.database());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    if (!q.value(0).isNull())
        return {QStringLiteral("experiments"), q.value(0).toLongLong()};
    if (!q.value(1).isNull())
        return {QStringLiteral("organizations"), q.value(1).toLongLong()};
    return {};
}

} // namespace citylab
