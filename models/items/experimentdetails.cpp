// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentdetails.h"

#include "store/store.h"

#include <QSqlQuery>

namespace citylab {

namespace {

QSqlQuery select(const Store &store, const QString &sql, qint64 id)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(id);
    query.exec();
    return query;
}

QDate date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

ExperimentDetails ExperimentDetails::load(const Store &store, qint64 id, int interactionLimit)
{
    ExperimentDetails d;
    QSqlQuery q = select(store, QStringLiteral(
        "SELECT e.code, e.title, e.summary, e.domain, e.stage, e.officer, e.protocol_number, e.determina_number,"
        " o.name, e.stage_since, e.proposed_on, e.start_on, e.end_on, e.trl, e.approved_on"
        " FROM experiments e LEFT JOIN organizations o ON o.id = e.lead_organization_id WHERE e.id = ?"), id);
    if (!q.next())
        return d;
    d.id = id;
    d.code = q.value(0).toString();
    d.title = q.value(1).toString();
    d.summary = q.value(2).toString();
    d.domain = q.value(3).toString();
    d.stage = q.value(4).toString();
    d.officer = q.value(5).toString();
    d.protocolNumber = q.value(6).toString();
    d.determinaNumber = q.value(7).toString();
    d.lead = q.value(8).toString();
    d.stageSince = date(q.value(9));
    d.proposedOn = date(q.value(10));
    d.startOn = date(q.value(11));
    d.endOn = date(q.value(12));
    d.trl = q.value(13).toInt();
    d.approvedOn = date(q.value(14));

    q = select(store, QStringLiteral("SELECT o.name, p.role FROM experiment_partners p"
                                     " JOIN organizations o ON o.id = p.organization_id"
                                     " WHERE p.experiment_id = ? ORDER BY o.name"), id);
    while (q.next())
        d.partners.append({q.value(0).toString(), q.value(1).toString()});

    q = select(store, QStringLiteral("SELECT on_date, from_stage, to_stage, by_user, note FROM stage_transitions"
                                     " WHERE experiment_id = ? ORDER BY on_date, id"), id);
    while (q.next())
        d.history.append({date(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString()});
    // The history starts with the stage the experiment began in. Experiments made in the
    // window or by the CLI have no move into it, only the record (the demo logs one): the
    // first stage is then the one it was created in, on the day it was proposed, by
    // whoever created it.
    if (d.history.isEmpty() || !d.history.first().fromStage.isEmpty()) {
        const QString first = d.history.isEmpty() ? d.stage : d.history.first().fromStage;
        const QDate since = d.history.isEmpty() ? d.stageSince : d.proposedOn;
        q = select(store, QStringLiteral("SELECT c.who FROM change_log c JOIN experiments e ON e.uuid = c.row_uuid"
                                         " WHERE c.table_name = 'experiments' AND c.action = 'insert' AND e.id = ?"
                                         " ORDER BY c.id LIMIT 1"), id);
        d.history.prepend({since.isValid() ? since : d.proposedOn, QString(), first, q.next() ? q.value(0).toString() : QString()});
    }

    q = select(store, QStringLiteral("SELECT id, title, kind, status, valid_to FROM agreements"
                                     " WHERE experiment_id = ? ORDER BY signed_on, id"), id);
    while (q.next())
        d.agreements.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             date(q.value(4))});

    q = select(store, QStringLiteral("SELECT r.id, r.reference, o.name, r.subject, r.status, r.due_on"
                                     " FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id"
                                     " WHERE r.experiment_id = ? ORDER BY r.reference"), id);
    while (q.next())
        d.requests.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), date(q.value(5))});

    q = select(store, QStringLiteral("SELECT count(*), min(active_from), max(active_to) FROM zones"
                                     " WHERE experiment_id = ?"), id);
    if (q.next()) {
        d.zoneCount = q.value(0).toInt();
        d.zonesFrom = date(q.value(1));
        d.zonesTo = date(q.value(2));
    }
    q = select(store, QStringLiteral("SELECT i.id, i.occurred_on, i.kind, i.summary, coalesce(p.full_name, o.name, ''),"
                                     " i.follow_up_on, i.follow_up_done FROM interactions i"
                                     " LEFT JOIN people p ON p.id = i.person_id LEFT JOIN organizations o ON o.id = i.organization_id"
                                     " WHERE i.experiment_id = ? ORDER BY i.occurred_on DESC, i.id DESC LIMIT ")
                           + QString::number(interactionLimit < 0 ? -1 : interactionLimit), id);
    while (q.next())
        d.interactions.append({q.value(0).toLongLong(), date(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), date(q.value(5)), q.value(6).toBool()});
    // Each metric measured or targeted: how many values, the latest (averaged over zones on
    // the last day) and the target.
    q = select(store, QStringLiteral(
        "SELECT m.code, m.name, coalesce(m.unit, ''), m.direction,"
        " (SELECT count(*) FROM measurements x WHERE x.experiment_id = e.id AND x.metric_id = m.id),"
        " (SELECT avg(value) FROM measurements x WHERE x.experiment_id = e.id AND x.metric_id = m.id"
        "   AND x.measured_at = (SELECT max(measured_at) FROM measurements y WHERE y.experiment_id = e.id AND y.metric_id = m.id)),"
        " (SELECT value FROM targets t WHERE t.experiment_id = e.id AND t.metric_id = m.id ORDER BY due_on DESC LIMIT 1)"
        " FROM experiments e JOIN metrics m ON m.id IN (SELECT metric_id FROM targets WHERE experiment_id = e.id"
        "  UNION SELECT DISTINCT metric_id FROM measurements WHERE experiment_id = e.id)"
        " WHERE e.id = ? ORDER BY m.code"), id);
    while (q.next())
        d.metrics.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toInt(), q.value(5).toDouble(), q.value(6).toDouble(), !q.value(6).isNull()});
    q = select(store, QStringLiteral("SELECT id, file_name, size, created_at FROM attachments WHERE experiment_id = ?"
                                     " ORDER BY created_at DESC, id DESC"), id);
    while (q.next())
        d.attachments.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    q = select(store, QStringLiteral("SELECT count(*), max(occurred_on) FROM interactions WHERE experiment_id = ?"), id);
    if (q.next()) {
        d.interactionCount = q.value(0).toInt();
        d.lastInteraction = date(q.value(1));
    }
    return d;
}

} // namespace citylab
