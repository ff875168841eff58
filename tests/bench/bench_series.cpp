// SPDX-License-Identifier: GPL-3.0-or-later
// The read side of measurements: one experiment's metric with a year of minute data (525,600
// rows, imported by the importer into a copy of the demo store) read and aggregated by local
// hour, as the series explorer draws "Hourly mean". Median of 15 runs after one warm-up; the
// goal is 50 ms. Prints "ratio series_year_minutes_ms_per_50ms VALUE" (goal <= 1), with the
// read and the aggregation apart.
#include "benchsupport.h"
#include "outcomes/aggregation.h"
#include "outcomes/measurementcsvreader.h"
#include "outcomes/measurementimporter.h"
#include "outcomes/seriesquery.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace citylab;
using benchsupport::median;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QDir data(qEnvironmentVariable("CITYLAB_BENCH_DATA", QDir::currentPath()));
    const QString source = data.filePath(QStringLiteral("demo.citylab"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.citylab"));
    if (!dir.isValid() || !QFile::copy(source, path)) {
        out << "bench_series: no " << source << '\n';
        return 1;
    }
    Store store;
    if (!store.open(path, Store::OpenMode::OpenExisting)) {
        out << "bench_series: " << store.errorString() << '\n';
        return 1;
    }
    qint64 experiment = 0, metric = 0;
    QString metricCode;
    {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT min(id) FROM experiments")) || !q.next()) {
            out << "bench_series: no experiment\n";
            return 1;
        }
        experiment = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("SELECT id, code FROM metrics WHERE value_kind = 'real' ORDER BY code LIMIT 1")) || !q.next()) {
            out << "bench_series: no metric\n";
            return 1;
        }
        metric = q.value(0).toLongLong();
        metricCode = q.value(1).toString();
    }
    // a year of readings every minute, as a partner's logger writes them (UTC, ISO)
    constexpr int Rows = 525600;
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
    QByteArray csv = "measured_at,metric,value\n";
    csv.reserve(Rows * 40);
    for (int i = 0; i < Rows; ++i) {
        const double value = 50 + 20 * std::sin(i / 1440.0 * 6.283) + (qint64(i) * 7919 % 1000) / 100.0;
        csv += QDateTime::fromSecsSinceEpoch(start + qint64(i) * 60, QTimeZone::UTC).toString(Qt::ISODate).toLatin1();
        csv += ',';
        csv += metricCode.toLatin1();
        csv += ',';
        csv += QByteArray::number(value, 'f', 2);
        csv += '\n';
    }
    {
        MeasurementCsvReader reader(csv);
        MeasurementImporter importer(store, experiment);
        const MeasurementImportResult result =
            importer.run(reader, MeasurementCsvReader::guessMapping(reader.header()), QStringLiteral("year.csv"), QByteArray("bench"));
        if (!result.ok || result.rows != Rows) {
            out << "bench_series: import failed: " << result.message << '\n';
            return 1;
        }
    }
    const QTimeZone rome("Europe/Rome");
    SeriesQuery query(store);
    QList<double> totals, reads, aggregations;
    qsizetype points = 0, buckets = 0;
    for (int run = 0; run < 16; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<SeriesPoint> series = query.points(experiment, metric);
        const double read = timer.nsecsElapsed() / 1e6;
        const QList<SeriesBucket> hourly = Aggregation::aggregate(series, Aggregation::Hourly, rome);
        const double total = timer.nsecsElapsed() / 1e6;
        points = series.size();
        buckets = hourly.size();
        if (run == 0)
            continue;   // warm-up: the pages come into the cache
        totals << total;
        reads << read;
        aggregations << total - read;
    }
    if (points < Rows) {
        out << "bench_series: read " << points << " points, expected at least " << Rows << '\n';
        return 1;
    }
    out << points << " points into " << buckets << " hourly means: median " << QString::number(median(totals), 'f', 1)
        << " ms (read " << QString::number(median(reads), 'f', 1) << " ms, aggregate "
        << QString::number(median(aggregations), 'f', 1) << " ms)\n";
    out << "ratio series_year_minutes_ms_per_50ms " << QString::number(median(totals) / 50.0, 'f', 3) << '\n';
    return 0;
}
