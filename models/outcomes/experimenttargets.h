// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace citylab {

class Store;

// One target of an experiment, read against the latest weekly mean of its metric (the last
// point of the experiment's weekly chart).
struct TargetStatus
{
    qint64 id = 0;
    qint64 metricId = 0;
    QString code;
    QString name;
    QString unit;
    QString direction;   // higher_is_better or lower_is_better
    double value = 0;
    QDate dueOn;         // invalid when the target has no date
    bool hasMean = false;
    double latestMean = 0;
    QDate meanWeek;      // the Monday of the week the mean is of

    // Whether the latest mean reaches the target in the metric's direction (false without one).
    bool met() const;
};

class ExperimentTargets
{
public:
    // The experiment's targets by metric code and date, weeks counted in `zone`; with `until`
    // (Unix seconds, exclusive) the mean is the latest one before it, as a report of a past
    // period judges it.
    static QList<TargetStatus> load(const Store &store, qint64 experimentId,
                                    const QTimeZone &zone = QTimeZone::systemTimeZone(), qint64 until = 0);
};

} // namespace citylab
