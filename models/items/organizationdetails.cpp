// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationdetails.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace citylab {

OrganizationDetails OrganizationDetails::load(const Store &store, qint64 id)
{
    OrganizationDetails d;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec();
    };
    if (!run(QStringLiteral("SELECT name, short_name, kind, city, website, email, pec, vat_number, notes,"
                            " answer_days, clock_restarts FROM organizations WHERE id = ?")) || !q.next())
        return d;
    d.id = id;
    d.name = q.value(0).toString();
    d.shortName = q.value(1).toString();
    d.kind = q.value(2).toString();
    d.city = q.value(3).toString();
    d.website = q.value(4).toString();
    d.email = q.value(5).toString();
    d.pec = q.value(6).toString();
    d.vatNumber = q.value(7).toString();
    d.notes = q.value(8).toString();
    d.answerDays = q.value(9).toInt();
    d.clockRestarts = q.value(10).toBool();

    if (run(QStringLiteral("SELECT full_name, role, email, phone, id FROM people WHERE organization_id = ? ORDER BY full_name")))
        while (q.next())
            d.people.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toLongLong()});

    // Led, joined, or ruled on: an authority takes part through the requests it received
    // (its page said "not involved in any experiment").
    const QString lead = QCoreApplication::translate("citylab::OrganizationDetails", "Lead");
    const QString authority = QCoreApplication::translate("citylab::OrganizationDetails", "Authority asked (%1)");
    q.prepare(QStringLiteral("SELECT code, title, stage, NULL, id, 0 FROM experiments WHERE lead_organization_id = :id"
                             " UNION ALL SELECT e.code, e.title, e.stage, p.role, e.id, 0 FROM experiment_partners p"
                             " JOIN experiments e ON e.id = p.experiment_id WHERE p.organization_id = :id"
                             " UNION ALL SELECT e.code, e.title, e.stage, group_concat(r.reference, ', '), e.id, 1"
                             " FROM regulatory_requests r JOIN experiments e ON e.id = r.experiment_id"
                             " WHERE r.authority_id = :id GROUP BY e.id"
                             " ORDER BY 1"));
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec())
        while (q.next()) {
            const QString role = q.value(5).toBool() ? authority.arg(q.value(3).toString())
                                 : q.value(3).isNull()  ? lead
                                                        : q.value(3).toString();
            d.experiments.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), role,
                                  q.value(4).toLongLong()});
        }

    if (run(QStringLiteral("SELECT count(*) FROM agreement_parties WHERE organization_id = ?")) && q.next())
        d.agreementCount = q.value(0).toInt();
    if (run(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE authority_id = ?")) && q.next())
        d.requestCount = q.value(0).toInt();
    return d;
}

} // namespace citylab
