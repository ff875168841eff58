// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentcharts.h"

#include "charts/timeserieschart.h"
#include "outcomes/seriesexplorer.h"
#include "outcomes/seriesquery.h"
#include "store/store.h"

#include <QLocale>
#include <QTextDocument>
#include <QUrl>
#include <qcustomplot.h>

namespace citylab {

QString ExperimentCharts::html(const Store &store, qint64 experimentId, QTextDocument *document, Cache *cache)
{
    const QLocale locale;
    // As wide as the page is now (it is a side panel of any width), less its margins, so the
    // chart neither overflows it behind a scroll bar nor leaves it half empty.
    const qreal pageWidth = document->textWidth();
    const int width = pageWidth > 0 ? qBound(300, int(pageWidth) - 2 * int(document->documentMargin()) - 12, 760) : 460;
    const int height = qBound(170, width * 2 / 5, 260);
    const QString key = QStringLiteral("%1/%2x%3/%4").arg(experimentId).arg(width).arg(height).arg(locale.name());
    QList<Cache::Chart> charts;
    if (cache && cache->charts.contains(key)) {
        charts = cache->charts.value(key);
    } else {
        const SeriesQuery query(store);
        for (const MetricRef &metric : query.metrics(experimentId)) {
            const QList<SeriesPoint> points = query.points(experimentId, metric.id);
            if (points.isEmpty())
                continue;
            TimeSeriesChart chart;
            const QString name = TimeSeriesChart::tr("%1, weekly mean").arg(metric.name);
            chart.addSeries(name, Aggregation::aggregate(points, Aggregation::Weekly), QColor(0x00, 0x72, 0xB2));
            if (metric.hasTarget)
                chart.setTarget(metric.target, TimeSeriesChart::tr("Target %1").arg(locale.toString(metric.target, 'g', 4)));
            chart.setValueLabel(metric.unit);
            chart.refresh();
            // Named above the picture: in a chart this small a legend covers the target's label.
            chart.plot()->legend->setVisible(false);
            charts.append({metric.id, name, chart.plot()->toPixmap(width, height).toImage()});
        }
        // One page's charts at a time: a panel that shows experiment after experiment keeps
        // the last one's images, not every one it has shown (a third of a megabyte each).
        if (cache) {
            cache->charts.clear();
            cache->charts.insert(key, charts);
        }
    }
    QString result;
    for (const Cache::Chart &chart : std::as_const(charts)) {
        const QUrl url(QStringLiteral("chart:experiment/%1/metric/%2").arg(experimentId).arg(chart.metricId));
        document->addResource(QTextDocument::ImageResource, url, chart.image);
        // The image is static: the link opens the series in the Outcomes explorer, where it
        // zooms and pans.
        const QString link = SeriesExplorer::link(experimentId, chart.metricId).toString();
        result += QStringLiteral("<p><b>%6</b><br><a href='%1'><img src='%2' width='%4' height='%5'></a><br>"
                                 "<a href='%1'>%3</a></p>")
                      .arg(link, url.toString(),
                           ExperimentCharts::tr("Open in the Outcomes explorer to zoom, compare and export").toHtmlEscaped(),
                           QString::number(width), QString::number(height), chart.name.toHtmlEscaped());
    }
    return result;
}

} // namespace citylab
