// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's test plan: the running drone test whose track the demo keeps runs under a
// plan of three phases, insured by a policy that runs out within the month (Today lists it),
// saved twice (the second revision raised the last phase's scale).
#include "demogenerator.h"

#include "domain/testplan.h"
#include "store/bulkinsert.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

bool DemoGenerator::addTestPlan()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT t.experiment_id, e.officer FROM tracks t JOIN experiments e ON e.id = t.experiment_id"
                               " ORDER BY t.id LIMIT 1")))
        return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("tracks"));
    const bool found = q.next();
    const qint64 experimentId = found ? q.value(0).toLongLong() : -1;
    const QString officer = found ? q.value(1).toString() : QString();
    q.finish();
    const Experiment *experiment = nullptr;
    for (const Experiment &e : std::as_const(m_experiments))
        if (e.id == experimentId)
            experiment = &e;
    if (!experiment || !experiment->startOn.isValid() || !experiment->endOn.isValid())
        return true;   // no track, no plan to show it against

    const QDate start = experiment->startOn, end = experiment->endOn;
    TestPlan plan;
    plan.insurer = QStringLiteral("Reale Mutua");
    plan.policyNumber = QStringLiteral("RCT-UAS-2025-118734");
    plan.insuranceExpiresOn = m_options.today.addDays(20);
    plan.safetyOperator = QStringLiteral("Pilota remoto abilitato ENAC (attestato A2), presente a ogni volo");
    plan.geofence = true;
    plan.emergencyStop = true;
    plan.sharedData = QStringLiteral("Tracce GPS di ogni volo, livelli di rumore misurati a terra, consegne effettuate e annullate");
    plan.dataLicence = QStringLiteral("CC BY 4.0");
    const QDate pilotEnd = qMin(end, start.addDays(60));
    plan.phases = {{QStringLiteral("Voli di prova in area delimitata"), start, pilotEnd, std::nullopt, 2, std::nullopt, 0},
                   {QStringLiteral("Consegne pilota ai residenti aderenti"), qMin(end, pilotEnd.addDays(1)),
                    qMin(end, start.addDays(240)), std::nullopt, 4, std::nullopt, 120},
                   {QStringLiteral("Servizio esteso al quartiere"), qMin(end, start.addDays(241)), end, std::nullopt, 6,
                    std::nullopt, 600}};
    TestPlan first = plan;
    first.phases[2].drones = 4;
    first.phases[2].users = 300;

    const QString firstSaved = stamp(start.addDays(-30)), secondSaved = stamp(start.addDays(-10));
    BulkInsert plans(m_store, QStringLiteral("test_plans"),
                     {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("insurer"),
                      QStringLiteral("policy_number"), QStringLiteral("insurance_expires_on"), QStringLiteral("safety_operator"),
                      QStringLiteral("geofence"), QStringLiteral("emergency_stop"), QStringLiteral("shared_data"),
                      QStringLiteral("data_licence"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const qint64 planId = plans.add({uuid(), experimentId, plan.insurer, plan.policyNumber, iso(plan.insuranceExpiresOn),
                                     plan.safetyOperator, 1, 1, plan.sharedData, plan.dataLicence, firstSaved, secondSaved});
    if (planId < 0 || !plans.finish(QStringLiteral("demo")))
        return false;
    BulkInsert phases(m_store, QStringLiteral("plan_phases"),
                      {QStringLiteral("uuid"), QStringLiteral("plan_id"), QStringLiteral("position"), QStringLiteral("name"),
                       QStringLiteral("starts_on"), QStringLiteral("ends_on"), QStringLiteral("drones"), QStringLiteral("users"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (int i = 0; i < plan.phases.size(); ++i) {
        const PlanPhase &p = plan.phases.at(i);
        if (phases.add({uuid(), planId, i, p.name, iso(p.startsOn), iso(p.endsOn), *p.drones, *p.users, firstSaved, secondSaved}) < 0)
            return false;
    }
    if (!phases.finish(QStringLiteral("demo")))
        return false;
    BulkInsert revisions(m_store, QStringLiteral("plan_revisions"),
                         {QStringLiteral("uuid"), QStringLiteral("plan_id"), QStringLiteral("revision"), QStringLiteral("snapshot"),
                          QStringLiteral("author"), QStringLiteral("note"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const auto snapshot = [](const TestPlan &p) {
        return QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
    };
    return revisions.add({uuid(), planId, 1, snapshot(first), officer, QStringLiteral("Prima versione concordata con il partner"),
                          firstSaved, firstSaved}) >= 0
        && revisions.add({uuid(), planId, 2, snapshot(plan), officer,
                          QStringLiteral("Scala della terza fase aumentata dopo il parere favorevole di ENAC"), secondSaved, secondSaved}) >= 0
        && revisions.finish(QStringLiteral("demo"));
}

} // namespace citylab
