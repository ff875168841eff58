// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackedbarchart.h"

#include <QLocale>
#include <qcustomplot.h>

namespace citylab {

StackedBarChart::StackedBarChart(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    // Beside the bars rather than over them (the tallest year would hide under it), at the
    // top of a column whose empty lower part takes the spare height.
    auto *side = new QCPLayoutGrid;
    p->plotLayout()->addElement(0, 1, side);
    p->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, p->legend);
    side->addElement(1, 0, new QCPLayoutElement(p));
    side->setRowStretchFactor(0, 0.001);
    side->setRowStretchFactor(1, 1);
    p->legend->setFillOrder(QCPLegend::foRowsFirst);
    p->legend->setBorderPen(Qt::NoPen);
}

void StackedBarChart::setStacks(const QStringList &categories, const QStringList &parts,
                                const QList<QList<double>> &values, const QList<QColor> &colours,
                                const QString &categoryHeader, const QString &valueLabel)
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < categories.size(); ++i)
        ticker->addTick(i + 1, categories.at(i));
    QList<double> totals(categories.size(), 0.0);
    QCPBars *below = nullptr;
    for (int part = 0; part < parts.size(); ++part) {
        auto *bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setName(parts.at(part));
        const QColor colour = colours.value(part, QColor(0x00, 0x72, 0xB2));
        // A white edge tells two neighbouring parts apart even where their colours are close.
        bars->setPen(QPen(Qt::white, 1));
        bars->setBrush(colour);
        bars->setWidth(0.7);
        bars->setStackingGap(0);
        for (int i = 0; i < categories.size(); ++i) {
            const double value = values.value(part).value(i);
            bars->addData(i + 1, value);
            totals[i] += value;
        }
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    // The legend lists the parts top down as they are stacked, the last on top.
    p->legend->clearItems();
    for (int i = p->plottableCount() - 1; i >= 0; --i)
        p->legend->addItem(new QCPPlottableLegendItem(p->legend, p->plottable(i)));
    double top = 0;
    for (double total : std::as_const(totals))
        top = qMax(top, total);
    p->xAxis->setTicker(ticker);
    p->xAxis->setRange(0.3, categories.size() + 0.7);
    p->xAxis->grid()->setVisible(false);
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1.0);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->yAxis->setTicker(counts);
    p->yAxis->setLabel(valueLabel);
    p->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    p->legend->setVisible(!parts.isEmpty());

    const QLocale locale;
    QList<QStringList> rows;
    for (int i = 0; i < categories.size(); ++i) {
        QStringList row{categories.at(i)};
        for (int part = 0; part < parts.size(); ++part)
            row.append(locale.toString(values.value(part).value(i)));
        row.append(locale.toString(totals.at(i)));
        rows.append(row);
    }
    setTable(QStringList{categoryHeader} + parts + QStringList{tr("Total")}, rows);
    p->replot();
}

} // namespace citylab
