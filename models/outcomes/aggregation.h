// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace citylab {

// One measured value: when (Unix seconds, UTC, as the store keeps it) and how much.
struct SeriesPoint
{
    qint64 at = 0;
    double value = 0;
};

// One bucket of an aggregated series: the local start of the hour, day, ISO week or month, the
// mean of its values and how many there were (0 for a gap, mean then NaN so a chart breaks
// the line instead of drawing through days without data).
struct SeriesBucket
{
    QDateTime start;
    double mean = 0;
    int count = 0;
};

// Means per calendar bucket in a time zone (the user's local time by default), because an
// officer reads "Monday" and "March" on the wall clock, not in UTC.
class Aggregation
{
public:
    enum Granularity { Daily, Weekly, Monthly, Hourly };

    // Points need not be sorted (in time order they are read fastest). Empty buckets between
    // the first and the last are kept. Hours are local hours: the hour repeated when summer
    // time ends is two buckets, one per offset.
    static QList<SeriesBucket> aggregate(const QList<SeriesPoint> &points, Granularity granularity,
                                         const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The local start of the bucket holding a date: the day itself, the Monday of its ISO
    // week, or the first of its month.
    static QDate bucketDate(QDate date, Granularity granularity);
    static QDate nextBucketDate(QDate bucketStart, Granularity granularity);
};

} // namespace citylab
