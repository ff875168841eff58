// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxplotchart.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>

namespace citylab {

namespace {

// Linear interpolation between order statistics (the usual spreadsheet definition).
double quantile(const QList<double> &sorted, double q)
{
    const double position = q * (sorted.size() - 1);
    const auto lower = qsizetype(position);
    const double fraction = position - lower;
    return lower + 1 < sorted.size() ? sorted.at(lower) * (1 - fraction) + sorted.at(lower + 1) * fraction
                                     : sorted.at(lower);
}

} // namespace

BoxPlotChart::BoxPlotChart(QWidget *parent)
    : ChartView(parent)
{
    // A key under the plot: not every reader knows what a box plot's parts stand for.
    QCustomPlot *p = plot();
    m_key = new QCPTextElement(p);
    m_key->setObjectName(QStringLiteral("boxPlotKey"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_key->setFont(small);
    m_key->setTextColor(QColor(0x44, 0x44, 0x44));
    m_key->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    p->plotLayout()->addElement(p->plotLayout()->rowCount(), 0, m_key);
}

QString BoxPlotChart::keyText() const
{
    return m_key->text();
}

void BoxPlotChart::setBoxes(const QStringList &labels, const QList<QList<double>> &samples, const QString &valueLabel)
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    // Boxes lie horizontally: authority names are long and read better on the left.
    auto *boxes = new QCPStatisticalBox(p->yAxis, p->xAxis);
    boxes->setBrush(QColor(0x56, 0xB4, 0xE9, 140));
    boxes->setPen(QPen(QColor(0x00, 0x72, 0xB2)));
    // The median is an item of its own: QCPStatisticalBox draws it clipped to the box, and
    // that clip hid it in the reports' PDF.
    boxes->setMedianPen(Qt::NoPen);
    const QPen medianPen(QColor(0xD5, 0x5E, 0x00), 2);
    boxes->setOutlierStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x72, 0xB2), 5));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QList<QStringList> rows;
    const QLocale locale;
    double top = 0;
    for (int i = 0; i < labels.size(); ++i) {
        QList<double> sorted = samples.value(i);
        if (sorted.isEmpty())
            continue;
        std::sort(sorted.begin(), sorted.end());
        const double q1 = quantile(sorted, 0.25), median = quantile(sorted, 0.5), q3 = quantile(sorted, 0.75);
        boxes->setWidth(0.6);
        // Read top down in the order given (authorities A to Z), as a list is read.
        const double key = labels.size() - i;
        // With fewer than five decisions a box says little: each one shows as a dot too.
        boxes->addData(key, sorted.first(), q1, median, q3, sorted.last(),
                       sorted.size() < 5 ? QList<double>(sorted) : QList<double>());
        auto *medianLine = new QCPItemLine(p);
        medianLine->setPen(medianPen);
        medianLine->setClipToAxisRect(true);
        medianLine->start->setAxes(p->xAxis, p->yAxis);
        medianLine->end->setAxes(p->xAxis, p->yAxis);
        medianLine->start->setCoords(median, key - 0.3);
        medianLine->end->setCoords(median, key + 0.3);
        const QString label = labels.at(i).size() > 30 ? labels.at(i).left(29) + QChar(0x2026) : labels.at(i);
        ticker->addTick(key, label);
        top = qMax(top, sorted.last());
        rows.append({labels.at(i), locale.toString(sorted.size()), locale.toString(sorted.first()),
                     locale.toString(q1, 'f', 1), locale.toString(median, 'f', 1), locale.toString(q3, 'f', 1),
                     locale.toString(sorted.last())});
    }
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(0.4, labels.size() + 0.6);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setLabel(valueLabel);
    m_key->setText(tr("Box: the middle half of the values (first to third quartile); orange line: median\n"
                      "Whiskers: lowest and highest value; dots: each value, where there are fewer than five"));
    p->xAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    setTable({tr("Category"), tr("Count"), tr("Minimum"), tr("First quartile"), tr("Median"), tr("Third quartile"),
              tr("Maximum")},
             rows);
    p->replot();
}

} // namespace citylab
