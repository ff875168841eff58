// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierevidence.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSet>
#include <QSqlQuery>

namespace citylab {

QStringList BarrierEvidence::findings() const
{
    QStringList out;
    if (experiments.isEmpty())
        out << tr("No experiment tests the rule yet.");
    else
        out << tr("%n experiment(s) tested the rule.", nullptr, int(experiments.size()));
    int measured = 0, met = 0;
    for (const Outcome &o : outcomes) {
        if (!o.target.hasMean)
            continue;
        ++measured;
        met += o.target.met() ? 1 : 0;
    }
    if (outcomes.isEmpty())
        out << tr("No target set on the metrics that measure its effect.");
    else if (measured == 0)
        out << tr("No target measured yet (%n set).", nullptr, int(outcomes.size()));
    else
        out << tr("%1 of %n measured target(s) met.", nullptr, measured).arg(met);
    int serious = 0;
    for (const Incident &i : incidents)
        serious += ExperimentIncidents::severityRank(i.severity) >= 2 ? 1 : 0;
    if (incidents.isEmpty())
        out << tr("No incident recorded.");
    else
        out << tr("%n incident(s), %1 serious or critical.", nullptr, int(incidents.size())).arg(serious);
    int tracks = 0, excursions = 0;
    for (const Footprint &f : footprints) {
        tracks += f.tracks;
        excursions += f.excursions;
    }
    if (tracks == 0)
        out << tr("No track of where the tests ran.");
    else if (excursions == 0)
        out << tr("Every one of %n recorded track(s) stayed within what was authorized.", nullptr, tracks);
    else
        out << tr("%n excursion(s) outside what was authorized", nullptr, excursions) + u' '
                + tr("in %n recorded track(s).", nullptr, tracks);
    int decided = 0, totalDays = 0, pending = 0;
    for (const Request &r : requests) {
        if (r.decidedOn.isValid() && r.days >= 0) {
            ++decided;
            totalDays += r.days;
        } else if (r.submittedOn.isValid()) {
            ++pending;
        }
    }
    if (requests.isEmpty())
        out << tr("No regulatory request linked.");
    else if (decided > 0)
        out << tr("Requests decided in %n day(s) on average", nullptr, (totalDays + decided / 2) / decided)
                   + (pending > 0 ? tr("; %n still pending.", nullptr, pending) : QStringLiteral("."));
    else
        out << tr("%n request(s) still pending.", nullptr, pending);
    return out;
}

std::optional<BarrierEvidence> BarrierEvidence::load(const Store &store, qint64 barrierId, QDate today, QString *error)
{
    BarrierEvidence e;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    const auto failed = [&]() { return StoreRead::failed(q, store, error); };
    q.prepare(QStringLiteral("SELECT b.id, b.reference, b.title, o.name, b.status, b.summary, b.derogation, b.notes, b.area"
                             " FROM barriers b LEFT JOIN organizations o ON o.id = b.authority_id WHERE b.id = ?"));
    q.addBindValue(barrierId);
    if (q.exec() && q.next()) {
        e.id = q.value(0).toLongLong();
        e.reference = q.value(1).toString();
        e.title = q.value(2).toString();
        e.authority = q.value(3).toString();
        e.status = q.value(4).toString();
        e.summary = q.value(5).toString();
        e.derogation = q.value(6).toString();
        e.notes = q.value(7).toString();
        e.area = q.value(8).toString();
    }
    if (failed())
        return std::nullopt;
    if (e.id < 0) {
        if (error)
            *error = tr("The barrier no longer exists.");
        return std::nullopt;
    }

    q.prepare(QStringLiteral("SELECT m.id, m.code || ' — ' || m.name FROM barrier_metrics x JOIN metrics m ON m.id = x.metric_id"
                             " WHERE x.barrier_id = ? ORDER BY m.code"));
    q.addBindValue(barrierId);
    QSet<qint64> metricIds;
    if (q.exec())
        while (q.next()) {
            metricIds << q.value(0).toLongLong();
            e.metricIds << q.value(0).toLongLong();
            e.metrics << q.value(1).toString();
        }
    if (failed())
        return std::nullopt;

    q.prepare(QStringLiteral("SELECT e.id, e.code, e.title, e.stage, e.start_on, e.end_on FROM barrier_experiments x"
                             " JOIN experiments e ON e.id = x.experiment_id WHERE x.barrier_id = ? ORDER BY e.code"));
    q.addBindValue(barrierId);
    if (q.exec())
        while (q.next())
            e.experiments << Experiment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                        QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                        QDate::fromString(q.value(5).toString(), Qt::ISODate)};
    if (failed())
        return std::nullopt;

    q.prepare(QStringLiteral("SELECT t.experiment_id, count(*), sum(t.point_count),"
                             " (SELECT count(*) FROM track_excursions x JOIN tracks u ON u.id = x.track_id WHERE u.experiment_id = t.experiment_id),"
                             " (SELECT count(*) FROM track_excursions x JOIN tracks u ON u.id = x.track_id"
                             "   WHERE u.experiment_id = t.experiment_id AND x.kind = 'outside')"
                             " FROM tracks t WHERE t.experiment_id IN (SELECT experiment_id FROM barrier_experiments WHERE barrier_id = ?)"
                             " GROUP BY t.experiment_id"));
    q.addBindValue(barrierId);
    QHash<qint64, Footprint> footprints;
    if (q.exec())
        while (q.next())
            footprints.insert(q.value(0).toLongLong(), Footprint{QString(), q.value(1).toInt(), q.value(2).toLongLong(),
                                                                 q.value(3).toInt(), q.value(4).toInt()});
    if (failed())
        return std::nullopt;

    q.prepare(QStringLiteral("SELECT r.id, r.reference, r.subject, o.name, r.status, r.submitted_on, r.decided_on"
                             " FROM barrier_requests x JOIN regulatory_requests r ON r.id = x.request_id"
                             " LEFT JOIN organizations o ON o.id = r.authority_id WHERE x.barrier_id = ? ORDER BY r.submitted_on, r.reference"));
    q.addBindValue(barrierId);
    if (q.exec()) {
        while (q.next()) {
            Request r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate),
                      QDate::fromString(q.value(6).toString(), Qt::ISODate)};
            if (r.submittedOn.isValid())
                r.days = int(r.submittedOn.daysTo(r.decidedOn.isValid() ? r.decidedOn : today));
            e.requests << r;
        }
    }
    if (failed())
        return std::nullopt;
    q.finish();

    for (const Experiment &x : std::as_const(e.experiments)) {
        for (const TargetStatus &t : ExperimentTargets::load(store, x.id))
            if (metricIds.contains(t.metricId))
                e.outcomes << Outcome{x.code, t};
        if (footprints.contains(x.id)) {
            Footprint f = footprints.value(x.id);
            f.experimentCode = x.code;
            e.footprints << f;
        }
    }
    const std::optional<QList<Incident>> incidents = ExperimentIncidents::ofBarrier(store, barrierId, error);
    if (!incidents)
        return std::nullopt;
    e.incidents = *incidents;
    return e;
}

qint64 BarrierEvidence::linkRow(const Store &store, const QString &table, qint64 barrierId, qint64 otherId)
{
    static const QHash<QString, QString> columns = {{QStringLiteral("barrier_experiments"), QStringLiteral("experiment_id")},
                                                    {QStringLiteral("barrier_requests"), QStringLiteral("request_id")},
                                                    {QStringLiteral("barrier_metrics"), QStringLiteral("metric_id")}};
    if (!columns.contains(table))
        return -1;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE barrier_id = ? AND %2 = ?").arg(table, columns.value(table)));
    q.addBindValue(barrierId);
    q.addBindValue(otherId);
    const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    return StoreRead::failed(q, store, nullptr) ? -1 : id;
}

std::optional<QList<std::pair<qint64, QString>>> BarrierEvidence::ofExperiment(const Store &store, qint64 experimentId, QString *error)
{
    QList<std::pair<qint64, QString>> barriers;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.id, b.reference || ' — ' || b.title FROM barrier_experiments x JOIN barriers b ON b.id = x.barrier_id"
                             " WHERE x.experiment_id = ? ORDER BY b.reference"));
    q.addBindValue(experimentId);
    if (q.exec())
        while (q.next())
            barriers.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return barriers;
}

} // namespace citylab
