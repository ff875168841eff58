// SPDX-License-Identifier: GPL-3.0-or-later
#include "testplan.h"

#include "i18n/dateformat.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace citylab {

namespace {

const QString plansTable = QStringLiteral("test_plans");
const QString phasesTable = QStringLiteral("plan_phases");
const QString revisionsTable = QStringLiteral("plan_revisions");

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariant countOrNull(const std::optional<int> &count)
{
    return count ? QVariant(*count) : QVariant();
}

std::optional<int> countFrom(const QVariant &value)
{
    return value.isNull() || !value.isValid() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariantMap planColumns(const TestPlan &plan)
{
    return {{QStringLiteral("insurer"), textOrNull(plan.insurer)},
            {QStringLiteral("policy_number"), textOrNull(plan.policyNumber)},
            {QStringLiteral("insurance_expires_on"), dateOrNull(plan.insuranceExpiresOn)},
            {QStringLiteral("safety_operator"), textOrNull(plan.safetyOperator)},
            {QStringLiteral("geofence"), plan.geofence ? 1 : 0},
            {QStringLiteral("emergency_stop"), plan.emergencyStop ? 1 : 0},
            {QStringLiteral("shared_data"), textOrNull(plan.sharedData)},
            {QStringLiteral("data_licence"), textOrNull(plan.dataLicence)},
            {QStringLiteral("notes"), textOrNull(plan.notes)}};
}

QVariantMap phaseColumns(const PlanPhase &phase, int position)
{
    return {{QStringLiteral("position"), position},
            {QStringLiteral("name"), phase.name.trimmed()},
            {QStringLiteral("starts_on"), dateOrNull(phase.startsOn)},
            {QStringLiteral("ends_on"), dateOrNull(phase.endsOn)},
            {QStringLiteral("vehicles"), countOrNull(phase.vehicles)},
            {QStringLiteral("drones"), countOrNull(phase.drones)},
            {QStringLiteral("robots"), countOrNull(phase.robots)},
            {QStringLiteral("users"), countOrNull(phase.users)}};
}

// The ids a query gives, every row read and the query finished (a write may follow).
bool readIds(QSqlQuery &q, const Store &store, QList<qint64> *ids, QString *error)
{
    if (q.exec())
        while (q.next())
            *ids << q.value(0).toLongLong();
    const bool failed = StoreRead::failed(q, store, error);
    q.finish();
    return !failed;
}

} // namespace

QDate TestPlan::firstDay() const
{
    QDate first;
    for (const PlanPhase &p : phases)
        if (p.startsOn.isValid() && (!first.isValid() || p.startsOn < first))
            first = p.startsOn;
    return first;
}

QDate TestPlan::lastDay() const
{
    QDate last;
    for (const PlanPhase &p : phases)
        if (p.endsOn.isValid() && (!last.isValid() || p.endsOn > last))
            last = p.endsOn;
    return last;
}

QJsonObject TestPlan::toJson() const
{
    QJsonArray phaseArray;
    for (const PlanPhase &p : phases) {
        QJsonObject phase{{QStringLiteral("name"), p.name},
                          {QStringLiteral("starts_on"), p.startsOn.toString(Qt::ISODate)},
                          {QStringLiteral("ends_on"), p.endsOn.toString(Qt::ISODate)}};
        for (const auto &[key, count] : {std::pair{"vehicles", p.vehicles}, std::pair{"drones", p.drones},
                                         std::pair{"robots", p.robots}, std::pair{"users", p.users}})
            if (count)
                phase.insert(QLatin1String(key), *count);
        phaseArray.append(phase);
    }
    return {{QStringLiteral("insurer"), insurer},
            {QStringLiteral("policy_number"), policyNumber},
            {QStringLiteral("insurance_expires_on"), insuranceExpiresOn.toString(Qt::ISODate)},
            {QStringLiteral("safety_operator"), safetyOperator},
            {QStringLiteral("geofence"), geofence},
            {QStringLiteral("emergency_stop"), emergencyStop},
            {QStringLiteral("shared_data"), sharedData},
            {QStringLiteral("data_licence"), dataLicence},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("phases"), phaseArray}};
}

TestPlan TestPlan::fromJson(const QJsonObject &json)
{
    TestPlan plan;
    plan.insurer = json.value(QLatin1String("insurer")).toString();
    plan.policyNumber = json.value(QLatin1String("policy_number")).toString();
    plan.insuranceExpiresOn = QDate::fromString(json.value(QLatin1String("insurance_expires_on")).toString(), Qt::ISODate);
    plan.safetyOperator = json.value(QLatin1String("safety_operator")).toString();
    plan.geofence = json.value(QLatin1String("geofence")).toBool();
    plan.emergencyStop = json.value(QLatin1String("emergency_stop")).toBool();
    plan.sharedData = json.value(QLatin1String("shared_data")).toString();
    plan.dataLicence = json.value(QLatin1String("data_licence")).toString();
    plan.notes = json.value(QLatin1String("notes")).toString();
    const QJsonArray phaseArray = json.value(QLatin1String("phases")).toArray();
    for (const QJsonValue &value : phaseArray) {
        const QJsonObject o = value.toObject();
        PlanPhase p;
        p.name = o.value(QLatin1String("name")).toString();
        p.startsOn = QDate::fromString(o.value(QLatin1String("starts_on")).toString(), Qt::ISODate);
        p.endsOn = QDate::fromString(o.value(QLatin1String("ends_on")).toString(), Qt::ISODate);
        const auto count = [&o](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
        };
        p.vehicles = count("vehicles");
        p.drones = count("drones");
        p.robots = count("robots");
        p.users = count("users");
        plan.phases << p;
    }
    return plan;
}

QString TestPlan::toText() const
{
    const auto yesNo = [](bool on) { return on ? tr("yes") : tr("no"); };
    QStringList lines;
    lines << tr("Insurance: %1, policy %2, expires on %3")
                 .arg(insurer.isEmpty() ? QStringLiteral("—") : insurer, policyNumber.isEmpty() ? QStringLiteral("—") : policyNumber,
                      insuranceExpiresOn.isValid() ? DateFormat::shortDate(insuranceExpiresOn) : QStringLiteral("—"));
    lines << tr("Safety operator: %1").arg(safetyOperator.isEmpty() ? QStringLiteral("—") : safetyOperator);
    lines << tr("Geofence: %1").arg(yesNo(geofence));
    lines << tr("Emergency stop: %1").arg(yesNo(emergencyStop));
    for (int i = 0; i < phases.size(); ++i) {
        const PlanPhase &p = phases.at(i);
        QStringList scale;
        for (const auto &[label, count] : {std::pair{tr("vehicles"), p.vehicles}, std::pair{tr("drones"), p.drones},
                                           std::pair{tr("robots"), p.robots}, std::pair{tr("users"), p.users}})
            if (count)
                scale << QStringLiteral("%1 %2").arg(*count).arg(label);
        lines << tr("Phase %1: %2, %3 to %4; %5")
                     .arg(i + 1)
                     .arg(p.name, DateFormat::shortDate(p.startsOn), DateFormat::shortDate(p.endsOn),
                          scale.isEmpty() ? tr("no scale given") : scale.join(QStringLiteral(", ")));
    }
    lines << tr("Data shared: %1").arg(sharedData.isEmpty() ? QStringLiteral("—") : sharedData);
    lines << tr("Licence: %1").arg(dataLicence.isEmpty() ? QStringLiteral("—") : dataLicence);
    if (!notes.isEmpty())
        lines << tr("Notes: %1").arg(notes);
    return lines.join(u'\n');
}

QList<TestPlan::Problem> TestPlan::problems() const
{
    QList<Problem> out;
    for (int i = 0; i < phases.size(); ++i) {
        const PlanPhase &p = phases.at(i);
        const QString which = p.name.trimmed().isEmpty() ? tr("Phase %1").arg(i + 1)
                                                         : tr("Phase %1 (%2)").arg(i + 1).arg(p.name.trimmed());
        if (p.name.trimmed().isEmpty())
            out << Problem{i, QStringLiteral("name"), tr("%1: give it a name.").arg(which)};
        if (!p.startsOn.isValid())
            out << Problem{i, QStringLiteral("starts_on"), tr("%1: give the day it starts.").arg(which)};
        if (!p.endsOn.isValid())
            out << Problem{i, QStringLiteral("ends_on"), tr("%1: give the day it ends.").arg(which)};
        if (p.startsOn.isValid() && p.endsOn.isValid() && p.endsOn < p.startsOn)
            out << Problem{i, QStringLiteral("ends_on"),
                           tr("%1: it ends on %2, before it starts on %3.")
                               .arg(which, DateFormat::shortDate(p.endsOn), DateFormat::shortDate(p.startsOn))};
        for (const auto &[field, count] : {std::pair{"vehicles", p.vehicles}, std::pair{"drones", p.drones},
                                           std::pair{"robots", p.robots}, std::pair{"users", p.users}})
            if (count && *count < 0)
                out << Problem{i, QLatin1String(field), tr("%1: a scale cannot be negative.").arg(which)};
    }
    return out;
}

std::optional<TestPlan> TestPlan::load(const Store &store, qint64 experimentId, QString *error)
{
    TestPlan plan;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, insurer, policy_number, insurance_expires_on, safety_operator, geofence, emergency_stop,"
                             " shared_data, data_licence, notes FROM test_plans WHERE experiment_id = ?"));
    q.addBindValue(experimentId);
    qint64 planId = -1;
    if (q.exec() && q.next()) {
        planId = q.value(0).toLongLong();
        plan.insurer = q.value(1).toString();
        plan.policyNumber = q.value(2).toString();
        plan.insuranceExpiresOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        plan.safetyOperator = q.value(4).toString();
        plan.geofence = q.value(5).toInt() != 0;
        plan.emergencyStop = q.value(6).toInt() != 0;
        plan.sharedData = q.value(7).toString();
        plan.dataLicence = q.value(8).toString();
        plan.notes = q.value(9).toString();
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    if (planId < 0)
        return plan;
    QSqlQuery phases(store.database());
    phases.setForwardOnly(true);
    phases.prepare(QStringLiteral("SELECT name, starts_on, ends_on, vehicles, drones, robots, users FROM plan_phases"
                                  " WHERE plan_id = ? ORDER BY position, id"));
    phases.addBindValue(planId);
    if (phases.exec()) {
        while (phases.next()) {
            PlanPhase p;
            p.name = phases.value(0).toString();
            p.startsOn = QDate::fromString(phases.value(1).toString(), Qt::ISODate);
            p.endsOn = QDate::fromString(phases.value(2).toString(), Qt::ISODate);
            p.vehicles = countFrom(phases.value(3));
            p.drones = countFrom(phases.value(4));
            p.robots = countFrom(phases.value(5));
            p.users = countFrom(phases.value(6));
            plan.phases << p;
        }
    }
    if (StoreRead::failed(phases, store, error))
        return std::nullopt;
    return plan;
}

int TestPlan::save(Store &store, qint64 experimentId, const TestPlan &plan, const QString &note, QString *error)
{
    if (const QList<Problem> problems = plan.problems(); !problems.isEmpty()) {
        *error = problems.first().message;
        return 0;
    }
    // what is written, trimmed as the columns are: the revision is the plan as stored
    TestPlan stored = plan;
    for (QString *text : {&stored.insurer, &stored.policyNumber, &stored.safetyOperator, &stored.sharedData,
                          &stored.dataLicence, &stored.notes})
        *text = text->trimmed();
    for (PlanPhase &p : stored.phases)
        p.name = p.name.trimmed();
    int number = 0;
    const bool ok = store.transact([&] {
        QString readError;
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM test_plans WHERE experiment_id = ?"));
        q.addBindValue(experimentId);
        QList<qint64> planIds;
        if (!readIds(q, store, &planIds, &readError))
            return store.fail(readError, plansTable);
        qint64 planId = planIds.value(0, -1);
        if (planId < 0) {
            QVariantMap values = planColumns(plan);
            values.insert(QStringLiteral("experiment_id"), experimentId);
            planId = store.insert(plansTable, values);
            if (planId < 0)
                return false;
        } else if (!store.update(plansTable, planId, planColumns(plan))) {
            return false;
        }
        // phases updated in place where they were, so each keeps its identity in the history
        q.prepare(QStringLiteral("SELECT id FROM plan_phases WHERE plan_id = ? ORDER BY position, id"));
        q.addBindValue(planId);
        QList<qint64> phaseIds;
        if (!readIds(q, store, &phaseIds, &readError))
            return store.fail(readError, phasesTable);
        for (int i = 0; i < plan.phases.size(); ++i) {
            QVariantMap values = phaseColumns(plan.phases.at(i), i);
            if (i < phaseIds.size()) {
                if (!store.update(phasesTable, phaseIds.at(i), values))
                    return false;
            } else {
                values.insert(QStringLiteral("plan_id"), planId);
                if (store.insert(phasesTable, values) < 0)
                    return false;
            }
        }
        for (qsizetype i = plan.phases.size(); i < phaseIds.size(); ++i)
            if (!store.remove(phasesTable, phaseIds.at(i)))
                return false;

        const QString snapshot = QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
        q.prepare(QStringLiteral("SELECT revision, snapshot FROM plan_revisions WHERE plan_id = ? ORDER BY revision DESC LIMIT 1"));
        q.addBindValue(planId);
        int last = 0;
        QString lastSnapshot;
        if (q.exec() && q.next()) {
            last = q.value(0).toInt();
            lastSnapshot = q.value(1).toString();
        }
        if (StoreRead::failed(q, store, &readError))
            return store.fail(readError, revisionsTable);
        q.finish();
        if (last > 0 && lastSnapshot == snapshot)
            return store.fail(tr("The plan has not changed since revision %1.").arg(last), revisionsTable);
        number = last + 1;
        return store.insert(revisionsTable, {{QStringLiteral("plan_id"), planId},
                                             {QStringLiteral("revision"), number},
                                             {QStringLiteral("snapshot"), snapshot},
                                             {QStringLiteral("author"), textOrNull(store.userName())},
                                             {QStringLiteral("note"), textOrNull(note)}})
            >= 0;
    });
    if (!ok) {
        *error = store.errorString();
        return 0;
    }
    return number;
}

} // namespace citylab
