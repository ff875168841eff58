// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include <QLocale>
#include <qcustomplot.h>

namespace citylab {

namespace {

// Date ticks in the user's locale (QDateTime::toString with a pattern would print English
// month names).
class LocaleDateTicker : public QCPAxisTickerDateTime
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(tick * 1000.0));
        const double span = mRange.size();
        if (span < 2 * 86400)
            return locale.toString(when.time(), QLocale::ShortFormat);
        return locale.toString(when.date(), QLocale::ShortFormat);
    }
    double getTickStep(const QCPRange &range) override
    {
        mRange = range;
        return QCPAxisTickerDateTime::getTickStep(range);
    }

private:
    QCPRange mRange;
};

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LocaleDateTicker));
    p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    p->axisRect()->setRangeDrag(Qt::Horizontal);
    p->axisRect()->setRangeZoom(Qt::Horizontal);
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void TimeSeriesChart::clear()
{
    plot()->clearGraphs();
    plot()->clearItems();
    m_hasTarget = false;
    m_targetLabel = nullptr;
    m_rows.clear();
    setTable({}, {});
}

void TimeSeriesChart::addSeries(const QString &name, const QList<SeriesPoint> &points, const QColor &colour)
{
    QCPGraph *graph = plot()->addGraph();
    graph->setName(name);
    // A cosmetic 1-pixel pen: wider lines make the raster engine stroke every segment slowly.
    graph->setPen(QPen(colour, 1));
    graph->setAdaptiveSampling(true);
    QList<QCPGraphData> data;
    data.reserve(points.size());
    for (const SeriesPoint &point : points)
        data.append(QCPGraphData(double(point.at), point.value));
    graph->data()->set(data, true);
    appendTable(name, points);
}

void TimeSeriesChart::addSeries(const QString &name, const QList<SeriesBucket> &buckets, const QColor &colour)
{
    QList<SeriesPoint> points;
    points.reserve(buckets.size());
    for (const SeriesBucket &bucket : buckets)
        points.append({bucket.start.toSecsSinceEpoch(), bucket.mean});
    QCPGraph *graph = plot()->addGraph();
    graph->setName(name);
    graph->setPen(QPen(colour, 2));
    // Few points: mark each bucket so a lone week between gaps still shows.
    if (buckets.size() < 400)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 4));
    QList<QCPGraphData> data;
    for (const SeriesPoint &point : points)
        data.append(QCPGraphData(double(point.at), point.value));
    graph->data()->set(data, true);
    QList<SeriesPoint> measured;
    for (const SeriesPoint &point : points)
        if (!qIsNaN(point.value))
            measured.append(point);
    appendTable(name, measured);
}

void TimeSeriesChart::appendTable(const QString &name, const QList<SeriesPoint> &points)
{
    const QLocale locale;
    for (const SeriesPoint &point : points)
        m_rows.append({name, QDateTime::fromSecsSinceEpoch(point.at).toString(Qt::ISODate),
                       locale.toString(point.value, 'g', 10)});
    setTable({tr("Series"), tr("Time"), tr("Value")}, m_rows);
}

void TimeSeriesChart::setTarget(double value, const QString &label)
{
    m_hasTarget = true;
    m_target = value;
    auto *line = new QCPItemStraightLine(plot());
    line->point1->setCoords(0, value);
    line->point2->setCoords(1, value);
    line->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1.5, Qt::DashLine));
    auto *text = new QCPItemText(plot());
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setTypeY(QCPItemPosition::ptPlotCoords);
    text->position->setCoords(0.99, value);
    text->setText(label);
    text->setColor(QColor(0xD5, 0x5E, 0x00));
    m_targetLabel = text;
    m_rows.append({label, QString(), QLocale().toString(value, 'g', 10)});
    setTable({tr("Series"), tr("Time"), tr("Value")}, m_rows);
}

void TimeSeriesChart::setValueLabel(const QString &label)
{
    plot()->yAxis->setLabel(label);
}

void TimeSeriesChart::refresh()
{
    QCustomPlot *p = plot();
    p->rescaleAxes();
    if (m_hasTarget) {
        QCPRange range = p->yAxis->range();
        range.expand(m_target);
        p->yAxis->setRange(range);
    }
    p->yAxis->scaleRange(1.1, p->yAxis->range().center());
    // The label sits on the side of the line with room, so the plot's edge never clips it.
    if (m_targetLabel) {
        const bool upperHalf = m_target > p->yAxis->range().center();
        m_targetLabel->setPositionAlignment(Qt::AlignRight | (upperHalf ? Qt::AlignTop : Qt::AlignBottom));
    }
    p->legend->setVisible(p->graphCount() > 0);
    p->replot();
}

} // namespace citylab
