// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include <QLocale>
#include <qcustomplot.h>

namespace citylab {

namespace {

// Date ticks in the plot's locale (QDateTime::toString with a pattern would print English
// month names): times within two days, "12 mar" within a quarter, "mar 2026" beyond.
class LocaleDateTicker : public QCPAxisTickerDateTime
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(tick * 1000.0));
        const double span = mRange.size();
        if (span < 2 * 86400)
            return locale.toString(when.time(), QLocale::ShortFormat);
        if (span < 100 * 86400)
            return locale.toString(when.date(), QStringLiteral("d MMM"));
        return locale.toString(when.date(), QStringLiteral("MMM yyyy"));
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
    enableKeyboardNavigation();
    p->legend->setVisible(true);
    // Lines stay readable under the legend.
    p->legend->setBrush(QColor(255, 255, 255, 210));
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    connect(p, &QCustomPlot::mouseDoubleClick, this, [this] { refresh(); });
}

void TimeSeriesChart::clear()
{
    plot()->clearGraphs();
    plot()->clearItems();
    m_targets.clear();
    m_from = m_to = 0;
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
    // Few points: mark each bucket so a lone week between gaps still shows (a year of daily
    // means in three colours would be a band of dots).
    if (buckets.size() <= 120)
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
    const QColor colour(0xD5, 0x5E, 0x00);
    addTarget(value, label, colour);
    auto *text = new QCPItemText(plot());
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setTypeY(QCPItemPosition::ptPlotCoords);
    text->position->setCoords(0.99, value);
    text->setText(label);
    text->setColor(colour);
    // Readable where the series runs through it near the right edge.
    text->setBrush(QColor(255, 255, 255, 220));
    text->setPadding(QMargins(3, 1, 3, 1));
    m_targets.last().label = text;
}

void TimeSeriesChart::addTarget(double value, const QString &label, const QColor &colour)
{
    auto *line = new QCPItemStraightLine(plot());
    line->point1->setCoords(0, value);
    line->point2->setCoords(1, value);
    line->setPen(QPen(colour, 1.5, Qt::DashLine));
    m_targets.append({value, nullptr});
    m_rows.append({label, QString(), QLocale().toString(value, 'g', 10)});
    setTable({tr("Series"), tr("Time"), tr("Value")}, m_rows);
}

void TimeSeriesChart::setValueLabel(const QString &label)
{
    plot()->yAxis->setLabel(label);
}

void TimeSeriesChart::setTimeRange(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
}

void TimeSeriesChart::refresh()
{
    QCustomPlot *p = plot();
    p->rescaleAxes();
    if (m_to > m_from)
        p->xAxis->setRange(double(m_from), double(m_to));
    if (!m_targets.isEmpty()) {
        QCPRange range = p->yAxis->range();
        // Without data the range is the default 0..5; the targets alone then set it.
        if (p->graphCount() == 0 || !p->graph(0)->dataCount())
            range = QCPRange(m_targets.first().value, m_targets.first().value);
        for (const Target &target : std::as_const(m_targets))
            range.expand(target.value);
        if (range.size() <= 0)
            range = QCPRange(range.lower - 1, range.upper + 1);
        p->yAxis->setRange(range);
    }
    p->yAxis->scaleRange(1.1, p->yAxis->range().center());
    // Each label sits on the side of its line with room, so the plot's edge never clips it.
    for (const Target &target : std::as_const(m_targets)) {
        if (!target.label)
            continue;
        const bool upperHalf = target.value > p->yAxis->range().center();
        target.label->setPositionAlignment(Qt::AlignRight | (upperHalf ? Qt::AlignTop : Qt::AlignBottom));
    }
    p->legend->setVisible(p->graphCount() > 0);
    p->replot();
}

} // namespace citylab
