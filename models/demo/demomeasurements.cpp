// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's outcomes: metrics' targets and the measurements partners send.
#include "demogenerator.h"

#include "demodata.h"
#include "geo/zone.h"
#include "store/bulkinsert.h"
#include "store/store.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>


namespace citylab {

bool DemoGenerator::addMeasurements(const std::function<bool(int)> &progress)
{
    BulkInsert targets(m_store, QStringLiteral("targets"),
                       {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("metric_id"),
                        QStringLiteral("value"), QStringLiteral("due_on"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")});
    BulkInsert batches(m_store, QStringLiteral("measurement_batches"),
                       {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("source"),
                        QStringLiteral("file_name"), QStringLiteral("row_count"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")});
    BulkInsert measurements(m_store, QStringLiteral("measurements"),
                            {QStringLiteral("batch_id"), QStringLiteral("experiment_id"), QStringLiteral("metric_id"),
                             QStringLiteral("zone_id"), QStringLiteral("measured_at"), QStringLiteral("value"),
                             QStringLiteral("seq")});
    const QDate today = m_options.today;
    int done = 0;
    for (const Experiment &e : std::as_const(m_experiments)) {
        ++done;
        if (!atLeast(e.stage, QStringLiteral("active")) || !e.startOn.isValid())
            continue;
        QList<const demodata::MetricDefinition *> candidates;
        for (const auto &m : demodata::metrics())
            if (e.domain == QLatin1String(m.domain))
                candidates << &m;
        const QDate first = e.startOn;
        const QDate last = qMin(e.endOn, today.addDays(-1));
        const QString created = stamp(last);
        const qint64 batch = batches.add({uuid(), e.id, m_organizationNames.value(e.leadId),
                                          QStringLiteral("%1-dati.csv").arg(e.code),
                                          int(qMax<qint64>(0, first.daysTo(last) + 1) * candidates.size() * e.zoneIds.size()), created, created});
        if (batch < 0)
            return false;
        qint64 seq = 0;   // each row's place in its batch
        for (const auto *metric : std::as_const(candidates)) {
            const qint64 metricId = m_metrics.value(QString::fromLatin1(metric->code));
            // rounded as an office would write a target: 60.5, not 60.313562448271064
            const double drawn = metric->target * uniform(0.85, 1.15);
            const double perUnit = drawn >= 100 ? 1 : drawn >= 10 ? 2 : drawn >= 1 ? 10 : 100;
            const double target = std::round(drawn * perUnit) / perUnit;
            if (targets.add({uuid(), e.id, metricId, target, iso(e.endOn), created, created}) < 0)
                return false;
            // A series that moves from its baseline towards (not always reaching) the target,
            // with a weekly rhythm and noise: what a real partner's data looks like.
            const double start = metric->baseline * uniform(0.9, 1.1);
            const double reach = uniform(0.5, 1.1);
            const qint64 days = qMax<qint64>(1, e.startOn.daysTo(e.endOn));
            const bool integer = QLatin1String(metric->valueKind) == QLatin1String("integer");
            // One series per zone: partners report what each site measured.
            for (const qint64 zoneId : e.zoneIds) {
            const QVariant zone(zoneId);
            for (QDate day = first; day <= last; day = day.addDays(1)) {
                const double progress01 = double(e.startOn.daysTo(day)) / double(days);
                const double weekly = day.dayOfWeek() >= 6 ? 0.85 : 1.0;
                double value = (start + (target - start) * reach * progress01) * weekly * uniform(0.92, 1.08);
                if (integer)
                    value = std::round(qMax(0.0, value));
                const qint64 at = QDateTime(day, QTime(12, 0), QTimeZone::UTC).toSecsSinceEpoch();
                if (measurements.add({batch, e.id, metricId, zone, at, value, seq++}) < 0)
                    return false;
            }
            }
        }
        if (progress && done % 50 == 0 && !progress(int(100LL * done / m_experiments.size())))
            return m_store.fail(QCoreApplication::translate("citylab::DemoGenerator", "Cancelled."));
    }
    return targets.finish(QStringLiteral("demo")) && batches.finish(QStringLiteral("demo"))
        && measurements.finish(QStringLiteral("demo"));
}

} // namespace citylab
