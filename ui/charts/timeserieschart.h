// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartview.h"
#include "outcomes/aggregation.h"

#include <QColor>

class QCPItemText;

namespace citylab {

// Values over time, several series overlaid (zones or experiments), with a dashed target
// line; the time axis pans with the mouse and zooms with the wheel, or with the
// arrow keys and + and -.
class TimeSeriesChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void clear();
    // Raw points, drawn as a line only so a series of a million points stays fast.
    void addSeries(const QString &name, const QList<SeriesPoint> &points, const QColor &colour);
    void addSeries(const QString &name, const QList<SeriesBucket> &buckets, const QColor &colour);
    // A dashed target line labelled on the chart.
    void setTarget(double value, const QString &label);
    // A dashed target line in a series' colour, when experiments are compared: the series'
    // legend entry names the value, the label goes to the CSV only (labels on the chart
    // would overprint one another).
    void addTarget(double value, const QString &label, const QColor &colour);
    void setValueLabel(const QString &label);
    // The time axis spans this period (Unix seconds) instead of the data's extent.
    void setTimeRange(qint64 from, qint64 to);
    // Rescales both axes to the data and redraws; a double click does the same after zooming.
    void refresh();

protected:
    void resetView() override { refresh(); }

private:
    void appendTable(const QString &name, const QList<SeriesPoint> &points);

    struct Target
    {
        double value = 0;
        QCPItemText *label = nullptr;
    };
    QList<Target> m_targets;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QList<QStringList> m_rows;
};

} // namespace citylab
