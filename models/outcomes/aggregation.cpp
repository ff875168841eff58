// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregation.h"

#include <QMap>
#include <limits>

namespace citylab {

QDate Aggregation::bucketDate(QDate date, Granularity granularity)
{
    switch (granularity) {
    case Hourly:
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
    case Hourly:
    case Daily:
        return bucketStart.addDays(1);
    case Weekly:
        return bucketStart.addDays(7);
    case Monthly:
        return bucketStart.addMonths(1);
    }
    return bucketStart.addDays(1);
}

namespace {

// The zone's offset from UTC at a time, remembered until the zone's next transition: a year of
// minute data crosses two, and asking QTimeZone for each of 525,600 points cost most of the time.
class LocalOffset
{
public:
    explicit LocalOffset(const QTimeZone &zone) : m_zone(zone) {}

    int at(qint64 utc)
    {
        if (utc < m_from || utc >= m_until) {
            const QDateTime when = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::UTC);
            m_offset = m_zone.offsetFromUtc(when);
            const QTimeZone::OffsetData previous = m_zone.previousTransition(when.addSecs(1));
            const QTimeZone::OffsetData next = m_zone.nextTransition(when);
            m_from = previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
            m_until = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        return m_offset;
    }

private:
    QTimeZone m_zone;
    int m_offset = 0;
    qint64 m_from = 1, m_until = 0;   // empty: the first call asks
};

} // namespace

QList<SeriesBucket> Aggregation::aggregate(const QList<SeriesPoint> &points, Granularity granularity,
                                           const QTimeZone &zone)
{
    struct Sum { double total = 0; int count = 0; };
    // Buckets are keyed by their start: the UTC second a local hour starts, or the local date
    // of a day, week or month (so that a 23- or 25-hour day around a DST change stays one day).
    QMap<qint64, Sum> sums;
    LocalOffset offsets(zone);
    auto last = sums.end();
    qint64 lastKey = 0;
    for (const SeriesPoint &point : points) {
        const int offset = offsets.at(point.at);
        const qint64 local = point.at + offset;
        qint64 key;
        if (granularity == Hourly) {
            key = local - ((local % 3600) + 3600) % 3600 - offset;
        } else {
            const qint64 day = (local >= 0 ? local : local - 86399) / 86400;   // days since 1970-01-01, local
            key = bucketDate(QDate::fromJulianDay(day + 2440588), granularity).toJulianDay();
        }
        if (last == sums.end() || key != lastKey) {
            last = sums.find(key);
            if (last == sums.end())
                last = sums.insert(key, {});
            lastKey = key;
        }
        last->total += point.value;
        ++last->count;
    }
    QList<SeriesBucket> buckets;
    if (sums.isEmpty())
        return buckets;
    const auto add = [&](const QDateTime &start, qint64 key) {
        SeriesBucket bucket;
        bucket.start = start;
        const auto it = sums.constFind(key);
        if (it == sums.cend()) {
            bucket.mean = std::numeric_limits<double>::quiet_NaN();
        } else {
            bucket.count = it->count;
            bucket.mean = it->total / it->count;
        }
        buckets.append(bucket);
    };
    if (granularity == Hourly) {
        // every local hour between the first and the last: each UTC hour, shifted by the
        // zone's offset when it is not whole hours
        const qint64 first = sums.firstKey(), end = sums.lastKey();
        buckets.reserve(int((end - first) / 3600 + 1));
        for (qint64 utc = first; utc <= end;) {
            add(QDateTime::fromSecsSinceEpoch(utc, zone), utc);
            const qint64 next = utc + 3600;
            const int offset = offsets.at(next);
            const qint64 local = next + offset;
            utc = local - ((local % 3600) + 3600) % 3600 - offset;
            if (utc <= next - 3600)   // an offset change went back: the next whole local hour
                utc += 3600;
        }
        return buckets;
    }
    const QDate lastDay = QDate::fromJulianDay(sums.lastKey());
    for (QDate day = QDate::fromJulianDay(sums.firstKey()); day <= lastDay; day = nextBucketDate(day, granularity))
        add(QDateTime(day, QTime(0, 0), zone), day.toJulianDay());
    return buckets;
}

} // namespace citylab
