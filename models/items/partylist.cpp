// SPDX-License-Identifier: GPL-3.0-or-later
#include "partylist.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

QString PartyList::table(Of of)
{
    return of == Of::Agreement ? QStringLiteral("agreement_parties") : QStringLiteral("experiment_partners");
}

QString PartyList::ownerColumn(Of of)
{
    return of == Of::Agreement ? QStringLiteral("agreement_id") : QStringLiteral("experiment_id");
}

std::optional<QList<PartyList::Party>> PartyList::load(const Store &store, Of of, qint64 ownerId, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, o.id, o.name, coalesce(p.role, '') FROM %1 p JOIN organizations o"
                             " ON o.id = p.organization_id WHERE p.%2 = :owner ORDER BY o.name")
                  .arg(table(of), ownerColumn(of)));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    QList<Party> parties;
    if (q.exec())
        while (q.next())
            parties.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return parties;
}

std::optional<bool> PartyList::includes(const Store &store, Of of, qint64 ownerId, const QVariant &organizationId,
                                        qint64 exceptPartyId, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = :owner AND organization_id = :organization AND id <> :party")
                  .arg(table(of), ownerColumn(of)));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    q.bindValue(QStringLiteral(":organization"), organizationId);
    q.bindValue(QStringLiteral(":party"), exceptPartyId);
    const bool found = q.exec() && q.next();
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return found;
}

std::optional<QString> PartyList::organizationName(const Store &store, Of of, qint64 partyId, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.name FROM %1 p JOIN organizations o ON o.id = p.organization_id WHERE p.id = :id")
                  .arg(table(of)));
    q.bindValue(QStringLiteral(":id"), partyId);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : QString();
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    q.finish(); // a removal follows: a read left open would keep another program's write from being waited for
    return name;
}

} // namespace citylab
