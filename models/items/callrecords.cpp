// SPDX-License-Identifier: GPL-3.0-or-later
#include "callrecords.h"

#include "store/store.h"

#include <QHash>
#include <QSqlQuery>

namespace citylab {

QVariant CallRecords::onlyOpenCall(const Store &store, const QDate &day)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM calls WHERE opened_on <= :day AND (closed_on IS NULL OR closed_on >= :day) LIMIT 2"));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return {};
    const QVariant id = q.value(0);
    return q.next() ? QVariant() : id;
}

bool CallRecords::isCommitteeMember(const Store &store, qint64 callId, qint64 personId, qint64 exceptMemberId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT 1 FROM committee_members WHERE call_id = ? AND person_id = ? AND id <> ?"));
    q.addBindValue(callId);
    q.addBindValue(personId);
    q.addBindValue(exceptMemberId);
    return q.exec() && q.next();
}

int CallRecords::uses(const Store &store, const QString &table, qint64 id)
{
    static const QHash<QString, QString> usedBy = {
        {QStringLiteral("call_checklist_items"), QStringLiteral("SELECT count(*) FROM admissibility_checks WHERE item_id = :id")},
        {QStringLiteral("call_criteria"), QStringLiteral("SELECT count(*) FROM scores WHERE criterion_id = :id")},
        {QStringLiteral("committee_members"), QStringLiteral("SELECT (SELECT count(*) FROM scores WHERE member_id = :id)"
                                                             " + (SELECT count(*) FROM conflicts_of_interest WHERE member_id = :id)")}};
    if (!usedBy.contains(table))
        return 0;
    QSqlQuery q(store.database());
    q.prepare(usedBy.value(table));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int CallRecords::nextPosition(const Store &store, const QString &table, qint64 callId)
{
    if (table != QLatin1String("call_checklist_items") && table != QLatin1String("call_criteria"))
        return 0;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM %1 WHERE call_id = ?").arg(table));
    q.addBindValue(callId);
    return q.exec() && q.next() ? q.value(0).toInt() : 1;
}

} // namespace citylab
