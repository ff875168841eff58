// SPDX-License-Identifier: GPL-3.0-or-later
// Chart responsiveness: a time series of 1,000,000 points (a year of measurements every
// 30 s) in a TimeSeriesChart on screen, panned 30 times along the time axis; the median
// time of a full replot after a pan. Prints "ratio chart_replot_1m_ms_per_30ms VALUE"
// (goal <= 1).
#include "charts/timeserieschart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace citylab;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);

    const int count = 1000000;
    const qint64 start = 1735689600;   // 2025-01-01 UTC
    QList<SeriesPoint> points;
    points.reserve(count);
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i) {
        const double day = i / 2880.0;
        points.append({start + qint64(i) * 30, 100 + 20 * std::sin(day * 6.283) + day * 0.1 + random.bounded(10.0)});
    }
    TimeSeriesChart chart;
    chart.resize(1400, 700);
    chart.addSeries(QStringLiteral("bench"), points, QColor(0x00, 0x72, 0xB2));
    chart.setTarget(150, QStringLiteral("target"));
    chart.show();
    chart.refresh();
    QCoreApplication::processEvents();

    QCustomPlot *plot = chart.plot();
    // Show a quarter of the year, as a user zoomed in, then pan through it.
    const double span = 90 * 86400.0;
    plot->xAxis->setRange(start, start + span);
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QList<double> times;
    for (int i = 0; i < 30; ++i) {
        plot->xAxis->moveRange(span * 0.05 * (i % 10 < 5 ? 1 : -1) + (i == 15 ? span : 0));
        QElapsedTimer timer;
        timer.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        times << timer.nsecsElapsed() / 1e6;
    }
    // And the whole year at once: the worst case for sampling.
    plot->rescaleAxes();
    QElapsedTimer whole;
    whole.start();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const double wholeMs = whole.nsecsElapsed() / 1e6;

    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    out << "chart points " << count << " pans " << times.size() << " median ms " << QString::number(median, 'f', 2)
        << " max ms " << QString::number(times.last(), 'f', 2) << " whole year ms " << QString::number(wholeMs, 'f', 2)
        << '\n';
    out << "ratio chart_replot_1m_ms_per_30ms " << QString::number(median / 30.0, 'f', 3) << '\n';
    return 0;
}
