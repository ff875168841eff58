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

QString ExperimentCharts::html(const Store &store, qint64 experimentId, QTextDocument *document)
{
    const SeriesQuery query(store.database());
    QString result;
    const QLocale locale;
    for (const MetricRef &metric : query.metrics(experimentId)) {
        const QList<SeriesPoint> points = query.points(experimentId, metric.id);
        if (points.isEmpty())
            continue;
        TimeSeriesChart chart;
        chart.addSeries(TimeSeriesChart::tr("%1, weekly mean").arg(metric.name),
                        Aggregation::aggregate(points, Aggregation::Weekly), QColor(0x00, 0x72, 0xB2));
        if (metric.hasTarget)
            chart.setTarget(metric.target, TimeSeriesChart::tr("Target %1").arg(locale.toString(metric.target, 'g', 4)));
        chart.setValueLabel(metric.unit);
        chart.refresh();
        const QUrl url(QStringLiteral("chart:experiment/%1/metric/%2").arg(experimentId).arg(metric.id));
        document->addResource(QTextDocument::ImageResource, url, chart.plot()->toPixmap(460, 190).toImage());
        // The image is static: the link opens the series in the Outcomes explorer, where it
        // zooms and pans.
        const QString link = SeriesExplorer::link(experimentId, metric.id).toString();
        result += QStringLiteral("<p><a href='%1'><img src='%2' width='460' height='190'></a><br>"
                                 "<a href='%1'>%3</a></p>")
                      .arg(link, url.toString(),
                           ExperimentCharts::tr("Open in the Outcomes explorer to zoom, compare and export").toHtmlEscaped());
    }
    return result;
}

} // namespace citylab
