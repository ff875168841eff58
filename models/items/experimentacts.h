// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// Every formal act of an experiment, in date order: the manager's act approving it
// (determina), its agreements' protocols, its requests' protocols and authorization
// numbers, and the acts recorded on their own (notices, committee minutes, amendments).
// Each is a kind, a number and a date, and names the record it lives on.
struct ExperimentAct
{
    QString kind;      // in words: "Determina", "Agreement protocol", "Authorization", a notice's kind…
    QString number;
    QDate date;        // invalid when the act has no date yet
    QString subject;   // what it is about: the agreement's title, the request's reference…
    QString table;     // where it is recorded: experiments, agreements, regulatory_requests or acts
    qint64 id = -1;
};

class ExperimentActs
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ExperimentActs)
public:
    // Undated acts last. Nothing, with *error set, when the store cannot be read.
    static std::optional<QList<ExperimentAct>> load(const Store &store, qint64 experimentId, QString *error = nullptr);
};

} // namespace citylab
