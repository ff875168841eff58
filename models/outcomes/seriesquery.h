// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/aggregation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

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

// Reads measurement series from the store along the measurements_series index
// (experiment, metric, measured_at), so a year of one series is a range scan.
class SeriesQuery
{
public:
    explicit SeriesQuery(QSqlDatabase db) : m_db(db) {}

    // The metrics that have measurements or a target for the experiment, by name.
    QList<MetricRef> metrics(qint64 experimentId) const;
    // Raw points in [from, to) (Unix seconds; 0/0 = everything), any zone when zoneId is 0.
    QList<SeriesPoint> points(qint64 experimentId, qint64 metricId, qint64 from = 0, qint64 to = 0,
                              qint64 zoneId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace citylab
