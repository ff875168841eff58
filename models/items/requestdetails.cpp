// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestdetails.h"

#include "domain/requestworkflow.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

RequestDetails RequestDetails::load(const Store &store, qint64 id)
{
    RequestDetails d;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.reference, r.subject, r.kind, r.status, r.legal_basis, r.protocol_number, r.decision_notes, r.body,"
        " o.name, o.pec, e.code, e.title, r.submitted_on, r.due_on, r.suspended_on, r.decided_on,"
        " %1, r.days_elapsed_before_suspension, r.required_for_activation,"
        " (SELECT count(*) FROM request_revisions v WHERE v.request_id = r.id), o.clock_restarts, r.decision_number"
        " FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id"
        " LEFT JOIN experiments e ON e.id = r.experiment_id WHERE r.id = ?").arg(RequestWorkflow::statutoryDaysSql()));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return d;
    const auto date = [&](int i) { return QDate::fromString(q.value(i).toString(), Qt::ISODate); };
    d.id = id;
    d.reference = q.value(0).toString();
    d.subject = q.value(1).toString();
    d.kind = q.value(2).toString();
    d.status = q.value(3).toString();
    d.legalBasis = q.value(4).toString();
    d.protocolNumber = q.value(5).toString();
    d.decisionNotes = q.value(6).toString();
    d.body = q.value(7).toString();
    d.authority = q.value(8).toString();
    d.authorityPec = q.value(9).toString();
    d.experimentCode = q.value(10).toString();
    d.experimentTitle = q.value(11).toString();
    d.submittedOn = date(12);
    d.dueOn = date(13);
    d.suspendedOn = date(14);
    d.decidedOn = date(15);
    d.statutoryDays = q.value(16).toInt();
    d.daysUsedBeforeSuspension = q.value(17).toInt();
    d.requiredForActivation = q.value(18).toBool();
    d.revisionCount = q.value(19).toInt();
    const bool restarts = q.value(20).toBool();
    d.decisionNumber = q.value(21).toString();
    q.prepare(QStringLiteral("SELECT on_date, to_status, note FROM request_status_changes WHERE request_id = ? ORDER BY on_date, id"));
    q.addBindValue(id);
    if (!q.exec())
        return {};
    while (q.next())
        d.steps.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString()});
    if (q.lastError().isValid())
        return {};   // a half-read procedure would explain a wrong deadline
    QList<RegulatoryClock::Event> history;
    for (const Step &step : std::as_const(d.steps))
        history.append({step.on, step.status});
    d.clock = RegulatoryClock(d.statutoryDays, restarts).evaluate(history, QDate::currentDate());
    return d;
}

} // namespace citylab
