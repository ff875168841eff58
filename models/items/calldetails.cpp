// SPDX-License-Identifier: GPL-3.0-or-later
#include "calldetails.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

double CallDetails::totalWeight() const
{
    double total = 0;
    for (const Criterion &c : criteria)
        total += c.weight;
    return total;
}

std::optional<CallDetails> CallDetails::load(const Store &store, qint64 callId, QString *error)
{
    CallDetails d;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, coalesce(notes, ''), opened_on, closed_on FROM calls WHERE id = ?"));
    q.addBindValue(callId);
    q.exec();
    const bool found = q.next();
    if (found) {
        d.id = callId;
        d.name = q.value(0).toString();
        d.notes = q.value(1).toString();
        d.openedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        d.closedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    if (!found)
        return d;
    q.prepare(QStringLiteral("SELECT id, text FROM call_checklist_items WHERE call_id = ? ORDER BY position, id"));
    q.addBindValue(callId);
    q.exec();
    while (q.next())
        d.checklist.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    q.prepare(QStringLiteral("SELECT id, name, weight FROM call_criteria WHERE call_id = ? ORDER BY position, id"));
    q.addBindValue(callId);
    q.exec();
    while (q.next())
        d.criteria.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    q.prepare(QStringLiteral("SELECT m.id, p.full_name, coalesce(o.name, ''), coalesce(m.role, '') FROM committee_members m"
                             " JOIN people p ON p.id = m.person_id LEFT JOIN organizations o ON o.id = p.organization_id"
                             " WHERE m.call_id = ? ORDER BY p.full_name COLLATE NOCASE, m.id"));
    q.addBindValue(callId);
    q.exec();
    while (q.next())
        d.committee.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return d;
}

} // namespace citylab
