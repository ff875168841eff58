// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/aggregation.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace citylab {

// A metric measured for an experiment, with its target if one is set.
struct MetricRef
{
    qint64 id = 0;
    QString code;
    QString name;
    QString unit;
    bool hasTarget = false;
    double target = 0;
};

class Store;

// An experiment as the outcome pickers list it.
struct ExperimentRef
{
    qint64 id = 0;
    QString code;
    QString title;
};

// A zone of an experiment, for comparing its series.
struct ZoneRef
{
    qint64 id = 0;
    QString name;
};

// Reads measurement series from the store along the measurements' primary key
// (experiment, metric, measured_at, …; 0006), so a year of one series is one range read.
class SeriesQuery
{
public:
    explicit SeriesQuery(const Store &store) : m_store(store) {}

    // The metrics that have measurements or a target for the experiment, by name.
    QList<MetricRef> metrics(qint64 experimentId) const;
    // Raw points in [from, to) (Unix seconds; 0/0 = everything), any zone when zoneId is 0.
    QList<SeriesPoint> points(qint64 experimentId, qint64 metricId, qint64 from = 0, qint64 to = 0,
                              qint64 zoneId = 0) const;

    // The reads below give std::nullopt, and *error, when the store could not be read.
    // The experiments with something to draw (a target or at least one measurement), by code.
    std::optional<QList<ExperimentRef>> experiments(QString *error = nullptr) const;
    // The experiment's zones, by name.
    std::optional<QList<ZoneRef>> zones(qint64 experimentId, QString *error = nullptr) const;
    // The other experiments that measure the metric or set a target for it, by code.
    std::optional<QList<ExperimentRef>> experimentsSharing(qint64 experimentId, qint64 metricId,
                                                           QString *error = nullptr) const;
    // The first and last time (Unix seconds) the experiment measured the metric; 0 and 0 when never.
    std::optional<QPair<qint64, qint64>> measuredSpan(qint64 experimentId, qint64 metricId, QString *error = nullptr) const;

private:
    const Store &m_store;
};

} // namespace citylab
