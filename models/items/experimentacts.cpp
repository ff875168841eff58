// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentacts.h"

#include "domain/vocabulary.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

#include <algorithm>

namespace citylab {

std::optional<QList<ExperimentAct>> ExperimentActs::load(const Store &store, qint64 experimentId, QString *error)
{
    // One row per act: a code for its kind, number, date, subject, table, id.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT 'determina', determina_number, approved_on, title, 'experiments', id FROM experiments"
        " WHERE id = :id AND trim(coalesce(determina_number, '')) <> ''"
        " UNION ALL SELECT 'agreement', protocol_number, signed_on, title, 'agreements', id FROM agreements"
        " WHERE experiment_id = :id AND trim(coalesce(protocol_number, '')) <> ''"
        " UNION ALL SELECT 'request', protocol_number, submitted_on, reference || ' — ' || subject, 'regulatory_requests', id"
        " FROM regulatory_requests WHERE experiment_id = :id AND trim(coalesce(protocol_number, '')) <> ''"
        " UNION ALL SELECT 'decision', decision_number, decided_on, reference || ' — ' || subject, 'regulatory_requests', id"
        " FROM regulatory_requests WHERE experiment_id = :id AND trim(coalesce(decision_number, '')) <> ''"
        " UNION ALL SELECT kind, number, issued_on, subject, 'acts', id FROM acts WHERE experiment_id = :id"));
    q.bindValue(QStringLiteral(":id"), experimentId);
    q.exec();
    QList<ExperimentAct> acts;
    while (q.next()) {
        const QString code = q.value(0).toString();
        ExperimentAct act;
        act.kind = code == QLatin1String("determina")   ? tr("Manager's act (determina)")
                   : code == QLatin1String("agreement") ? tr("Agreement protocol")
                   : code == QLatin1String("request")   ? tr("Request protocol")
                   : code == QLatin1String("decision")  ? tr("Authorization")
                                                        : Vocabulary::label(Vocabulary::ActKind, code);
        act.number = q.value(1).toString();
        act.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        act.subject = q.value(3).toString();
        act.table = q.value(4).toString();
        act.id = q.value(5).toLongLong();
        acts << act;
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    std::stable_sort(acts.begin(), acts.end(), [](const ExperimentAct &a, const ExperimentAct &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        return a.date < b.date;
    });
    return acts;
}

} // namespace citylab
