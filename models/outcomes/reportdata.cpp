// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>
#include <QVariant>

namespace citylab {

namespace {

// The rows of a query on one experiment (:id), each made by `row`; with a period, also
// bound to :from and :to (its last day whole, for dates that carry a time).
template<typename Row, typename Make>
std::optional<QList<Row>> rowsOf(const Store &store, const QString &sql, qint64 experimentId, QString *error, Make row,
                                 const ReportData::Period *period = nullptr)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), experimentId);
    if (period) {
        query.bindValue(QStringLiteral(":from"), period->from);
        query.bindValue(QStringLiteral(":to"), QString(period->to + QStringLiteral("T99")));
    }
    QList<Row> rows;
    if (query.exec())
        while (query.next())
            rows.append(row(query));
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return rows;
}

} // namespace

std::optional<ReportData::KeyFigures> ReportData::keyFigures(const Store &store, const Period &period, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM experiments), (SELECT count(*) FROM experiments WHERE stage = 'active'),"
        " (SELECT count(*) FROM experiments WHERE start_on BETWEEN :from1 AND :to1),"
        " (SELECT count(*) FROM agreements WHERE signed_on BETWEEN :from2 AND :to2),"
        " (SELECT count(*) FROM regulatory_requests WHERE decided_on BETWEEN :from3 AND :to3)"));
    for (const char *n : {"1", "2", "3"}) {
        query.bindValue(QStringLiteral(":from") + QLatin1String(n), period.from);
        query.bindValue(QStringLiteral(":to") + QLatin1String(n), period.to);
    }
    KeyFigures figures;
    if (query.exec() && query.next()) {
        figures.experiments = query.value(0).toInt();
        figures.active = query.value(1).toInt();
        figures.started = query.value(2).toInt();
        figures.signedAgreements = query.value(3).toInt();
        figures.decisions = query.value(4).toInt();
    }
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return figures;
}

std::optional<QList<ReportData::DomainRow>> ReportData::domains(const Store &store, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT domain, count(*), sum(stage = 'active'), sum(stage IN ('concluded', 'evaluated')) FROM experiments "
        "GROUP BY domain ORDER BY count(*) DESC"));
    QList<DomainRow> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return rows;
}

std::optional<QList<ReportData::ActiveExperiment>> ReportData::activeExperiments(const Store &store, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT e.code, e.title, e.domain, o.name, e.start_on, e.end_on "
        "FROM experiments e LEFT JOIN organizations o ON o.id = e.lead_organization_id "
        "WHERE e.stage = 'active' ORDER BY e.code"));
    QList<ActiveExperiment> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return rows;
}

std::optional<ReportData::Experiment> ReportData::experiment(const Store &store, const QString &code, QString *error)
{
    QSqlQuery e(store.database());
    e.setForwardOnly(true);
    e.prepare(QStringLiteral(
        "SELECT e.id, e.code, e.title, e.summary, e.domain, e.stage, e.stage_since, o.name, e.officer, e.start_on, "
        "e.end_on, e.trl, e.protocol_number FROM experiments e LEFT JOIN organizations o ON o.id = e.lead_organization_id "
        "WHERE e.code = :code"));
    e.bindValue(QStringLiteral(":code"), code);
    Experiment experiment;
    if (e.exec() && e.next()) {
        experiment.id = e.value(0).toLongLong();
        experiment.code = e.value(1).toString();
        experiment.title = e.value(2).toString();
        experiment.summary = e.value(3).toString();
        experiment.domain = e.value(4).toString();
        experiment.stage = e.value(5).toString();
        experiment.stageSince = e.value(6).toString();
        experiment.lead = e.value(7).toString();
        experiment.officer = e.value(8).toString();
        experiment.startOn = e.value(9).toString();
        experiment.endOn = e.value(10).toString();
        experiment.trl = e.value(11).isNull() ? QString() : e.value(11).toString();
        experiment.protocolNumber = e.value(12).toString();
    }
    if (StoreRead::failed(e, store, error))
        return std::nullopt;
    return experiment;
}

std::optional<QList<ReportData::Partner>> ReportData::partners(const Store &store, qint64 experimentId, QString *error)
{
    return rowsOf<Partner>(store,
                           QStringLiteral("SELECT o.name, p.role FROM experiment_partners p JOIN organizations o "
                                          "ON o.id = p.organization_id WHERE p.experiment_id = :id ORDER BY o.name"),
                           experimentId, error, [](const QSqlQuery &q) {
                               return Partner{q.value(0).toString(), q.value(1).toString()};
                           });
}

std::optional<QList<ReportData::Agreement>> ReportData::agreements(const Store &store, qint64 experimentId, QString *error)
{
    return rowsOf<Agreement>(store,
                             QStringLiteral("SELECT title, kind, status, signed_on, valid_to FROM agreements "
                                            "WHERE experiment_id = :id ORDER BY signed_on"),
                             experimentId, error, [](const QSqlQuery &q) {
                                 return Agreement{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), q.value(4).toString()};
                             });
}

std::optional<QList<ReportData::StatusChange>> ReportData::regulatoryHistory(const Store &store, qint64 experimentId,
                                                                             const Period &period, QString *error)
{
    return rowsOf<StatusChange>(
        store,
        QStringLiteral("SELECT c.on_date, r.reference, a.name, c.from_status, c.to_status, c.note "
                       "FROM request_status_changes c JOIN regulatory_requests r ON r.id = c.request_id "
                       "LEFT JOIN organizations a ON a.id = r.authority_id WHERE r.experiment_id = :id "
                       "AND c.on_date BETWEEN :from AND :to ORDER BY c.on_date, c.id"),
        experimentId, error,
        [](const QSqlQuery &q) {
            return StatusChange{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        },
        &period);
}

std::optional<QList<ReportData::Interaction>> ReportData::interactions(const Store &store, qint64 experimentId,
                                                                       const Period &period, QString *error)
{
    return rowsOf<Interaction>(
        store,
        QStringLiteral("SELECT i.occurred_on, i.kind, o.name, i.summary FROM interactions i LEFT JOIN organizations o "
                       "ON o.id = i.organization_id WHERE i.experiment_id = :id AND i.occurred_on BETWEEN :from AND :to "
                       "ORDER BY i.occurred_on"),
        experimentId, error,
        [](const QSqlQuery &q) {
            return Interaction{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        },
        &period);
}

} // namespace citylab
