// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartview.h"
#include "outcomes/aggregation.h"

#include <QColor>

class QCPItemText;

namespace citylab {

// Values over time, several series overlaid (zones or experiments), with a dashed target
// line; the time axis pans with the mouse and zooms with the wheel.
class TimeSeriesChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void clear();
    // Raw points, drawn as a line only so a series of a million points stays fast.
    void addSeries(const QString &name, const QList<SeriesPoint> &points, const QColor &colour);
    void addSeries(const QString &name, const QList<SeriesBucket> &buckets, const QColor &colour);
    void setTarget(double value, const QString &label);
    void setValueLabel(const QString &label);
    // Rescales both axes to the data and redraws.
    void refresh();

private:
    void appendTable(const QString &name, const QList<SeriesPoint> &points);

    bool m_hasTarget = false;
    double m_target = 0;
    QCPItemText *m_targetLabel = nullptr;
    QList<QStringList> m_rows;
};

} // namespace citylab
