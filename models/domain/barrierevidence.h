// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/experimentincidents.h"
#include "outcomes/experimenttargets.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citylab {

class Store;

// Everything known about a rule under test that supports keeping or changing it: the rule,
// the experiments that test it, their outcomes against the targets of the metrics that
// measure its effect, their incidents, where their tests ran outside what was authorized,
// and how long the authorities took to decide the requests that ask to set it aside. The
// barrier's page, its evidence report and the final reports read it.
class BarrierEvidence
{
    Q_DECLARE_TR_FUNCTIONS(citylab::BarrierEvidence)
public:
    struct Experiment
    {
        qint64 id = -1;
        QString code, title, stage;
        QDate startOn, endOn;
    };
    struct Outcome
    {
        QString experimentCode;
        TargetStatus target;
    };
    struct Footprint
    {
        QString experimentCode;
        int tracks = 0;
        qint64 points = 0;
        int excursions = 0;
        int outside = 0;   // of which outside every zone
    };
    struct Request
    {
        qint64 id = -1;
        QString reference, subject, authority, status;
        QDate submittedOn, decidedOn;
        int days = -1;   // submitted to decided, or waited so far when pending; -1 when not submitted
    };

    qint64 id = -1;
    QString reference, title, authority, status, summary, derogation, notes;
    QString area;   // of law: a Vocabulary::BarrierArea key, empty when not set
    QStringList metrics;   // "code — name" of the metrics that measure its effect
    QList<qint64> metricIds;
    QList<Experiment> experiments;
    QList<Outcome> outcomes;
    QList<Incident> incidents;
    QList<Footprint> footprints;
    QList<Request> requests;

    // What the evidence says, one finding a line, in the current language.
    QStringList findings() const;

    static std::optional<BarrierEvidence> load(const Store &store, qint64 barrierId, QDate today = QDate::currentDate(),
                                               QString *error = nullptr);
    // The id of the row of `table` (barrier_experiments, barrier_requests, barrier_metrics)
    // linking the barrier to another record, or -1.
    static qint64 linkRow(const Store &store, const QString &table, qint64 barrierId, qint64 otherId);
    // The barriers an experiment tests: id and "reference — title".
    static std::optional<QList<std::pair<qint64, QString>>> ofExperiment(const Store &store, qint64 experimentId,
                                                                          QString *error = nullptr);
};

} // namespace citylab
