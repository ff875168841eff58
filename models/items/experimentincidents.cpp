// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentincidents.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

std::optional<QList<Incident>> ExperimentIncidents::load(const Store &store, qint64 experimentId, QString *error)
{
    return read(store, QStringLiteral("i.experiment_id = ?"), experimentId, error);
}

std::optional<QList<Incident>> ExperimentIncidents::ofBarrier(const Store &store, qint64 barrierId, QString *error)
{
    return read(store, QStringLiteral("i.experiment_id IN (SELECT experiment_id FROM barrier_experiments WHERE barrier_id = ?)"),
                barrierId, error);
}

int ExperimentIncidents::severityRank(const QString &severity)
{
    static const QStringList order = {QStringLiteral("minor"), QStringLiteral("moderate"), QStringLiteral("serious"),
                                      QStringLiteral("critical")};
    return int(order.indexOf(severity));
}

std::optional<QList<Incident>> ExperimentIncidents::read(const Store &store, const QString &where, qint64 id, QString *error)
{
    QList<Incident> incidents;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.experiment_id, e.code, i.occurred_on, i.severity, z.name, i.description, i.actions"
                             " FROM incidents i JOIN experiments e ON e.id = i.experiment_id"
                             " LEFT JOIN zones z ON z.id = i.zone_id WHERE %1 ORDER BY i.occurred_on DESC, i.id DESC")
                  .arg(where));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            incidents << Incident{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                  QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                                  q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return incidents;
}

} // namespace citylab
