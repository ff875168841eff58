// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// Something that went wrong during a test, as the experiment's page, a barrier's evidence
// and the final report list it.
struct Incident
{
    qint64 id = -1;
    qint64 experimentId = -1;
    QString experimentCode;
    QDate occurredOn;
    QString severity;   // minor, moderate, serious, critical
    QString zone;       // its name, when the incident names one
    QString description, actions;
};

class ExperimentIncidents
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ExperimentIncidents)
public:
    // Newest first. Nothing, with *error set, when the store cannot be read.
    static std::optional<QList<Incident>> load(const Store &store, qint64 experimentId, QString *error = nullptr);
    // Of every experiment testing a barrier.
    static std::optional<QList<Incident>> ofBarrier(const Store &store, qint64 barrierId, QString *error = nullptr);
    static int severityRank(const QString &severity);   // 0 minor … 3 critical

private:
    static std::optional<QList<Incident>> read(const Store &store, const QString &where, qint64 id, QString *error);
};

} // namespace citylab
