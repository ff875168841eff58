// SPDX-License-Identifier: GPL-3.0-or-later
#include "admissibility.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

std::optional<Admissibility> Admissibility::load(const Store &store, qint64 experimentId, QString *error)
{
    Admissibility result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.text, coalesce(a.outcome, ''), coalesce(a.id, -1), coalesce(a.note, '')"
                             " FROM experiments e JOIN call_checklist_items i ON i.call_id = e.call_id"
                             " LEFT JOIN admissibility_checks a ON a.item_id = i.id AND a.experiment_id = e.id"
                             " WHERE e.id = ? ORDER BY i.position, i.id"));
    q.addBindValue(experimentId);
    q.exec();
    while (q.next())
        result.items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                             q.value(4).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return result;
}

int Admissibility::unchecked() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const Item &i) { return i.outcome.isEmpty(); }));
}

QStringList Admissibility::notMet() const
{
    QStringList result;
    for (const Item &i : items)
        if (i.outcome == QLatin1String("not_met"))
            result << i.text;
    return result;
}

} // namespace citylab
