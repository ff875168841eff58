// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include <QLocale>
#include <qcustomplot.h>

namespace citylab {

BarChart::BarChart(QWidget *parent)
    : ChartView(parent)
{
}

void BarChart::setBars(const QStringList &labels, const QList<double> &values, const QList<QColor> &colours,
                       const QString &valueHeader)
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    QCPAxis *keyAxis = m_horizontal ? p->yAxis : p->xAxis;
    QCPAxis *valueAxis = m_horizontal ? p->xAxis : p->yAxis;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = labels.size();
    double maxValue = 0;
    QList<QStringList> rows;
    const QLocale locale;
    for (int i = 0; i < n; ++i) {
        // A funnel reads top down, so the first stage gets the highest key.
        const double key = m_horizontal ? n - i : i + 1;
        ticker->addTick(key, labels.at(i));
        auto *bar = new QCPBars(keyAxis, valueAxis);
        const QColor colour = colours.value(i, QColor(0x00, 0x72, 0xB2));
        bar->setPen(QPen(colour.darker(120)));
        bar->setBrush(colour);
        bar->setWidth(0.7);
        bar->addData(key, values.at(i));
        maxValue = qMax(maxValue, values.at(i));
        // A label stacked on two lines under its bar ("T1" over "2025") is one cell in the data.
        rows.append({QString(labels.at(i)).replace(u'\n', u' '), locale.toString(values.at(i))});
    }
    keyAxis->setTicker(ticker);
    keyAxis->setRange(0.3, n + 0.7);
    keyAxis->grid()->setVisible(false);
    // Counts are whole numbers: no tick at 0.5.
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1.0);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    valueAxis->setTicker(counts);
    valueAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
    p->legend->setVisible(false);
    setTable({tr("Category"), valueHeader}, rows);
    p->replot();
}

} // namespace citylab
