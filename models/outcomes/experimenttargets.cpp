// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimenttargets.h"

#include "outcomes/aggregation.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>

#include <limits>

namespace citylab {

bool TargetStatus::met() const
{
    if (!hasMean)
        return false;
    return direction == QLatin1String("lower_is_better") ? latestMean <= value : latestMean >= value;
}

namespace {

struct WeeklyMean
{
    bool found = false;
    double mean = 0;
    QDate week;
};

// The mean over the local calendar week of the latest measurement, found along the
// measurements_series index (two range scans, whatever the series' length).
WeeklyMean latestWeeklyMean(const Store &store, qint64 experimentId, qint64 metricId, const QTimeZone &zone,
                            qint64 until)
{
    if (until <= 0)
        until = std::numeric_limits<qint64>::max();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT max(measured_at) FROM measurements WHERE experiment_id = :experiment AND metric_id = :metric"
                             " AND measured_at < :until"));
    q.bindValue(QStringLiteral(":experiment"), experimentId);
    q.bindValue(QStringLiteral(":metric"), metricId);
    q.bindValue(QStringLiteral(":until"), until);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    const QDate last = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
    const QDate week = Aggregation::bucketDate(last, Aggregation::Weekly);
    const qint64 from = QDateTime(week, QTime(0, 0), zone).toSecsSinceEpoch();
    q.prepare(QStringLiteral("SELECT avg(value) FROM measurements WHERE experiment_id = :experiment AND metric_id = :metric"
                             " AND measured_at >= :from AND measured_at < :until"));
    q.bindValue(QStringLiteral(":experiment"), experimentId);
    q.bindValue(QStringLiteral(":metric"), metricId);
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":until"), until);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return {true, q.value(0).toDouble(), week};
}

} // namespace

QList<TargetStatus> ExperimentTargets::load(const Store &store, qint64 experimentId, const QTimeZone &zone, qint64 until)
{
    QList<TargetStatus> targets;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.id, m.id, m.code, m.name, coalesce(m.unit, ''), m.direction, t.value, t.due_on"
                             " FROM targets t JOIN metrics m ON m.id = t.metric_id WHERE t.experiment_id = :experiment"
                             " ORDER BY m.code, t.due_on IS NULL, t.due_on, t.id"));
    q.bindValue(QStringLiteral(":experiment"), experimentId);
    if (!q.exec())
        return targets;
    while (q.next()) {
        TargetStatus t;
        t.id = q.value(0).toLongLong();
        t.metricId = q.value(1).toLongLong();
        t.code = q.value(2).toString();
        t.name = q.value(3).toString();
        t.unit = q.value(4).toString();
        t.direction = q.value(5).toString();
        t.value = q.value(6).toDouble();
        t.dueOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        targets.append(t);
    }
    QHash<qint64, WeeklyMean> means;   // several targets of one metric share its mean
    for (TargetStatus &t : targets) {
        if (!means.contains(t.metricId))
            means.insert(t.metricId, latestWeeklyMean(store, experimentId, t.metricId, zone, until));
        const WeeklyMean &m = means[t.metricId];
        t.hasMean = m.found;
        t.latestMean = m.mean;
        t.meanWeek = m.week;
    }
    return targets;
}

} // namespace citylab
