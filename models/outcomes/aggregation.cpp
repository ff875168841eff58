// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregation.h"

#include <QMap>
#include <limits>

namespace citylab {

QDate Aggregation::bucketDate(QDate date, Granularity granularity)
{
    switch (granularity) {
    case Daily:
        return date;
    case Weekly:
        return date.addDays(1 - date.dayOfWeek());   // Qt counts Monday as 1, as ISO does
    case Monthly:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate Aggregation::nextBucketDate(QDate bucketStart, Granularity granularity)
{
    switch (granularity) {
    case Daily:
        return bucketStart.addDays(1);
    case Weekly:
        return bucketStart.addDays(7);
    case Monthly:
        return bucketStart.addMonths(1);
    }
    return bucketStart.addDays(1);
}

QList<SeriesBucket> Aggregation::aggregate(const QList<SeriesPoint> &points, Granularity granularity,
                                           const QTimeZone &zone)
{
    struct Sum { double total = 0; int count = 0; };
    // Buckets are keyed by local date so a 23- or 25-hour day around a DST change stays one day.
    QMap<QDate, Sum> sums;
    for (const SeriesPoint &point : points) {
        const QDate local = QDateTime::fromSecsSinceEpoch(point.at, zone).date();
        Sum &sum = sums[bucketDate(local, granularity)];
        sum.total += point.value;
        ++sum.count;
    }
    QList<SeriesBucket> buckets;
    if (sums.isEmpty())
        return buckets;
    const QDate last = sums.lastKey();
    for (QDate day = sums.firstKey(); day <= last; day = nextBucketDate(day, granularity)) {
        SeriesBucket bucket;
        bucket.start = QDateTime(day, QTime(0, 0), zone);
        const auto it = sums.constFind(day);
        if (it == sums.cend()) {
            bucket.mean = std::numeric_limits<double>::quiet_NaN();
        } else {
            bucket.count = it->count;
            bucket.mean = it->total / it->count;
        }
        buckets.append(bucket);
    }
    return buckets;
}

} // namespace citylab
