// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentconditions.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

std::optional<QList<ExperimentCondition>> ExperimentConditions::load(const Store &store, qint64 experimentId, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.text, a.title, r.reference, c.blocking, c.due_on, c.responsible, f.file_name,"
                             " c.evidence_id, c.met_on, c.met_by,"
                             // the date of the act that imposed it; the day it was recorded
                             // when that act has none yet (an agreement still unsigned)
                             " coalesce(CASE WHEN c.agreement_id IS NOT NULL THEN a.signed_on"
                             "               WHEN c.request_id IS NOT NULL THEN r.decided_on ELSE e.approved_on END,"
                             "          substr(c.created_at, 1, 10))"
                             " FROM conditions c JOIN experiments e ON e.id = c.experiment_id"
                             " LEFT JOIN agreements a ON a.id = c.agreement_id"
                             " LEFT JOIN regulatory_requests r ON r.id = c.request_id"
                             " LEFT JOIN attachments f ON f.id = c.evidence_id"
                             " WHERE c.experiment_id = ?"
                             " ORDER BY c.met_on IS NOT NULL, c.due_on IS NULL, c.due_on, c.id"));
    q.addBindValue(experimentId);
    q.exec();
    QList<ExperimentCondition> conditions;
    while (q.next()) {
        ExperimentCondition c;
        c.id = q.value(0).toLongLong();
        c.text = q.value(1).toString();
        c.imposedBy = !q.value(2).isNull() ? tr("agreement “%1”").arg(q.value(2).toString())
                      : !q.value(3).isNull() ? tr("authorization %1").arg(q.value(3).toString())
                                             : tr("the approval");
        c.blocking = q.value(4).toBool();
        c.dueOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        c.responsible = q.value(6).toString();
        c.evidence = q.value(7).toString();
        c.evidenceId = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        c.metOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        c.metBy = q.value(10).toString();
        c.imposedOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        conditions << c;
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return conditions;
}

std::optional<QStringList> ExperimentConditions::citingEvidence(const Store &store, qint64 attachmentId, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT text FROM conditions WHERE evidence_id = ? ORDER BY id"));
    q.addBindValue(attachmentId);
    q.exec();
    QStringList texts;
    while (q.next())
        texts << q.value(0).toString();
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return texts;
}

} // namespace citylab
