// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartview.h"

class QCPTextElement;

namespace citylab {

// Distributions per category as box plots (quartiles, median, whiskers at min and max),
// e.g. regulatory lead times per authority.
class BoxPlotChart : public ChartView
{
    Q_OBJECT
public:
    explicit BoxPlotChart(QWidget *parent = nullptr);

    void setBoxes(const QStringList &labels, const QList<QList<double>> &samples, const QString &valueLabel);
    QString keyText() const;   // what the parts of a box stand for, shown under the plot

private:
    QCPTextElement *m_key;
};

} // namespace citylab
