// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// One phase of a test plan: its dates and the scale it runs at.
struct PlanPhase
{
    QString name;
    QDate startsOn, endsOn;
    std::optional<int> vehicles, drones, robots, users;

    friend bool operator==(const PlanPhase &, const PlanPhase &) = default;
};

// The plan an experiment's tests run under: phases with dates and scale, the safeguards
// (insurance with policy number and expiry, a safety operator, geofence, emergency stop),
// the data the partner shares and under which licence. What it commits to monitor are the
// experiment's targets. Each save is a numbered revision of the whole plan (TestPlanRevisions).
class TestPlan
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TestPlan)
public:
    QString insurer, policyNumber;
    QDate insuranceExpiresOn;
    QString safetyOperator;
    bool geofence = false, emergencyStop = false;
    QString sharedData, dataLicence, notes;
    QList<PlanPhase> phases;

    friend bool operator==(const TestPlan &, const TestPlan &) = default;

    bool isEmpty() const { return *this == TestPlan(); }
    QDate firstDay() const;   // of the first phase; null without phases
    QDate lastDay() const;

    QJsonObject toJson() const;
    static TestPlan fromJson(const QJsonObject &json);
    // One fact per line in the current language: what the revisions compare.
    QString toText() const;

    // What keeps the plan from being saved, each naming its place: phase (0-based, -1 for the
    // plan itself) and field (a column name).
    struct Problem
    {
        int phase = -1;
        QString field;
        QString message;
    };
    QList<Problem> problems() const;

    // The experiment's plan; an empty plan when it has none. Nothing, with *error, when the
    // store cannot be read.
    static std::optional<TestPlan> load(const Store &store, qint64 experimentId, QString *error = nullptr);
    // Writes the plan and its phases and adds a revision, in one transaction; returns the
    // revision's number, or 0 with *error (nothing written). Saving the plan unchanged is
    // refused: it would only add noise to the revisions.
    static int save(Store &store, qint64 experimentId, const TestPlan &plan, const QString &note, QString *error);
};

} // namespace citylab
