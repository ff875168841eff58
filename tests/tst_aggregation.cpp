// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/aggregation.h"

#include <QTest>

using namespace citylab;

// Means per local day, ISO week and month, in Europe/Rome, across the DST changes of 2025
// (30 March, 26 October) and month ends.
class TestAggregation : public QObject
{
    Q_OBJECT
private slots:
    void buckets_data();
    void buckets();
    void bucketDate_data();
    void bucketDate();
    void emptyInput();
    void hourlyAcrossTheDstChanges();
    void hourlyOfAYearOfMinutes();
};

namespace {

const QTimeZone rome("Europe/Rome");

qint64 at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), rome).toSecsSinceEpoch();
}

} // namespace

using Points = QList<SeriesPoint>;
using Starts = QList<QDate>;
using Means = QList<double>;
using Counts = QList<int>;

void TestAggregation::buckets_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<Starts>("starts");
    QTest::addColumn<Means>("means");
    QTest::addColumn<Counts>("counts");

    // 30 March 2025 lasts 23 hours: 00:30 and 23:30 local are the same day, not two.
    QTest::newRow("daily, spring DST day") << Points{{at(2025, 3, 30, 0, 30), 2}, {at(2025, 3, 30, 23, 30), 4},
                                                      {at(2025, 3, 31, 0, 10), 10}}
                                            << int(Aggregation::Daily) << Starts{QDate(2025, 3, 30), QDate(2025, 3, 31)}
                                            << Means{3, 10} << Counts{2, 1};
    // 26 October 2025 lasts 25 hours; 23:59 local is still the 26th (UTC 22:59).
    QTest::newRow("daily, autumn DST day") << Points{{at(2025, 10, 26, 1), 1}, {at(2025, 10, 26, 23, 59), 3}}
                                            << int(Aggregation::Daily) << Starts{QDate(2025, 10, 26)} << Means{2}
                                            << Counts{2};
    // Local midnight is 22:00 or 23:00 UTC the day before: the bucket follows the wall clock.
    QTest::newRow("daily, just after local midnight") << Points{{at(2025, 7, 1, 0, 5), 6}, {at(2025, 6, 30, 23, 55), 2}}
                                                       << int(Aggregation::Daily)
                                                       << Starts{QDate(2025, 6, 30), QDate(2025, 7, 1)} << Means{2, 6}
                                                       << Counts{1, 1};
    QTest::newRow("daily, empty day kept as a gap") << Points{{at(2025, 5, 1, 12), 1}, {at(2025, 5, 3, 12), 5}}
                                                     << int(Aggregation::Daily)
                                                     << Starts{QDate(2025, 5, 1), QDate(2025, 5, 2), QDate(2025, 5, 3)}
                                                     << Means{1, qQNaN(), 5} << Counts{1, 0, 1};
    // Sunday 30 March belongs to the week of Monday 24 March; Monday 31 starts the next one.
    QTest::newRow("weekly, ISO, Monday first") << Points{{at(2025, 3, 24, 8), 1}, {at(2025, 3, 30, 23), 3},
                                                          {at(2025, 3, 31, 0, 30), 8}}
                                                << int(Aggregation::Weekly) << Starts{QDate(2025, 3, 24), QDate(2025, 3, 31)}
                                                << Means{2, 8} << Counts{2, 1};
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    QTest::newRow("weekly, across the year end") << Points{{at(2025, 12, 31, 12), 4}, {at(2026, 1, 4, 12), 6}}
                                                  << int(Aggregation::Weekly) << Starts{QDate(2025, 12, 29)} << Means{5}
                                                  << Counts{2};
    QTest::newRow("weekly, empty week") << Points{{at(2025, 9, 1, 12), 1}, {at(2025, 9, 15, 12), 3}}
                                         << int(Aggregation::Weekly)
                                         << Starts{QDate(2025, 9, 1), QDate(2025, 9, 8), QDate(2025, 9, 15)}
                                         << Means{1, qQNaN(), 3} << Counts{1, 0, 1};
    // 31 January 23:30 local is already February in UTC: it stays in January.
    QTest::newRow("monthly, month end") << Points{{at(2025, 1, 31, 23, 30), 10}, {at(2025, 1, 1, 0, 0), 20},
                                                   {at(2025, 2, 1, 0, 30), 1}}
                                         << int(Aggregation::Monthly) << Starts{QDate(2025, 1, 1), QDate(2025, 2, 1)}
                                         << Means{15, 1} << Counts{2, 1};
    QTest::newRow("monthly, leap February and empty month")
        << Points{{at(2024, 2, 29, 12), 7}, {at(2024, 4, 30, 23), 9}} << int(Aggregation::Monthly)
        << Starts{QDate(2024, 2, 1), QDate(2024, 3, 1), QDate(2024, 4, 1)} << Means{7, qQNaN(), 9}
        << Counts{1, 0, 1};
    QTest::newRow("monthly, across both DST changes")
        << Points{{at(2025, 3, 1, 0, 30), 1}, {at(2025, 3, 31, 23, 30), 3}, {at(2025, 10, 31, 23, 30), 5}}
        << int(Aggregation::Monthly)
        << Starts{QDate(2025, 3, 1), QDate(2025, 4, 1), QDate(2025, 5, 1), QDate(2025, 6, 1), QDate(2025, 7, 1),
                  QDate(2025, 8, 1), QDate(2025, 9, 1), QDate(2025, 10, 1)}
        << Means{2, qQNaN(), qQNaN(), qQNaN(), qQNaN(), qQNaN(), qQNaN(), 5} << Counts{2, 0, 0, 0, 0, 0, 0, 1};
}

void TestAggregation::buckets()
{
    QFETCH(Points, points);
    QFETCH(int, granularity);
    QFETCH(Starts, starts);
    QFETCH(Means, means);
    QFETCH(Counts, counts);

    const QList<SeriesBucket> buckets =
        Aggregation::aggregate(points, Aggregation::Granularity(granularity), rome);
    QCOMPARE(buckets.size(), starts.size());
    for (int i = 0; i < buckets.size(); ++i) {
        QCOMPARE(buckets.at(i).start, QDateTime(starts.at(i), QTime(0, 0), rome));
        QCOMPARE(buckets.at(i).count, counts.at(i));
        if (qIsNaN(means.at(i)))
            QVERIFY2(qIsNaN(buckets.at(i).mean), qPrintable(QString::number(i)));
        else
            QCOMPARE(buckets.at(i).mean, means.at(i));
    }
}

void TestAggregation::bucketDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QDate>("start");
    QTest::newRow("Sunday to Monday") << QDate(2025, 6, 8) << int(Aggregation::Weekly) << QDate(2025, 6, 2);
    QTest::newRow("Monday stays") << QDate(2025, 6, 9) << int(Aggregation::Weekly) << QDate(2025, 6, 9);
    QTest::newRow("31st to the 1st") << QDate(2025, 12, 31) << int(Aggregation::Monthly) << QDate(2025, 12, 1);
    QTest::newRow("day stays") << QDate(2025, 12, 31) << int(Aggregation::Daily) << QDate(2025, 12, 31);
}

void TestAggregation::bucketDate()
{
    QFETCH(QDate, date);
    QFETCH(int, granularity);
    QFETCH(QDate, start);
    QCOMPARE(Aggregation::bucketDate(date, Aggregation::Granularity(granularity)), start);
}

void TestAggregation::emptyInput()
{
    QVERIFY(Aggregation::aggregate({}, Aggregation::Weekly, rome).isEmpty());
}

// Local hours on the days the clocks change in Rome: on 30 March 2025 the hour 02:00 does not
// exist (01:00 is followed by 03:00), on 26 October 2025 the hour 02:00 comes twice, once
// in summer time and once in winter time, and each is its own bucket.
void TestAggregation::hourlyAcrossTheDstChanges()
{
    const qint64 utc0130Spring = QDateTime(QDate(2025, 3, 30), QTime(0, 30), QTimeZone::UTC).toSecsSinceEpoch();   // 01:30 local
    const QList<SeriesBucket> spring = Aggregation::aggregate(
        {{utc0130Spring, 1}, {utc0130Spring + 600, 3}, {utc0130Spring + 3600, 10}}, Aggregation::Hourly, rome);
    QCOMPARE(spring.size(), 2);
    QCOMPARE(spring.at(0).start, QDateTime(QDate(2025, 3, 30), QTime(1, 0), rome));
    QCOMPARE(spring.at(0).mean, 2.0);
    QCOMPARE(spring.at(1).start, QDateTime(QDate(2025, 3, 30), QTime(3, 0), rome));   // 02:00 never was
    QCOMPARE(spring.at(1).mean, 10.0);

    // 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time
    const qint64 utc0030Autumn = QDateTime(QDate(2025, 10, 26), QTime(0, 30), QTimeZone::UTC).toSecsSinceEpoch();
    const QList<SeriesBucket> autumn = Aggregation::aggregate(
        {{utc0030Autumn + 3600, 8}, {utc0030Autumn, 4}, {utc0030Autumn + 2 * 3600, 6}}, Aggregation::Hourly, rome);
    QCOMPARE(autumn.size(), 3);
    QCOMPARE(autumn.at(0).start.toSecsSinceEpoch(), utc0030Autumn - 1800);
    QCOMPARE(autumn.at(0).start.toTimeZone(rome).time(), QTime(2, 0));
    QCOMPARE(autumn.at(1).start.toTimeZone(rome).time(), QTime(2, 0));
    QCOMPARE(autumn.at(1).start.toSecsSinceEpoch() - autumn.at(0).start.toSecsSinceEpoch(), 3600);
    QCOMPARE(autumn.at(2).start.toTimeZone(rome).time(), QTime(3, 0));
    QCOMPARE((QList<double>{autumn.at(0).mean, autumn.at(1).mean, autumn.at(2).mean}), (QList<double>{4, 8, 6}));
}

// A year of readings every minute: 60 per local hour, none lost or counted twice, the gap of
// an hour without readings kept.
void TestAggregation::hourlyOfAYearOfMinutes()
{
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), rome).toSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2026, 1, 1), QTime(0, 0), rome).toSecsSinceEpoch();
    QList<SeriesPoint> points;
    const qint64 gap = QDateTime(QDate(2025, 6, 1), QTime(12, 0), rome).toSecsSinceEpoch();
    for (qint64 t = start; t < end; t += 60)
        if (t < gap || t >= gap + 3600)
            points.append({t, double(t % 7)});
    const QList<SeriesBucket> hourly = Aggregation::aggregate(points, Aggregation::Hourly, rome);
    QCOMPARE(hourly.size(), 8760);   // 365 days of 24 hours: the hour lost in March comes back in October
    int gaps = 0;
    qint64 counted = 0;
    for (const SeriesBucket &bucket : hourly) {
        counted += bucket.count;
        if (bucket.count == 0) {
            ++gaps;
            QCOMPARE(bucket.start.toSecsSinceEpoch(), gap);
        } else {
            QCOMPARE(bucket.count, 60);
        }
    }
    QCOMPARE(gaps, 1);
    QCOMPARE(counted, qint64(points.size()));
}

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
