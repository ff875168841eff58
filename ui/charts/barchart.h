// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartview.h"

#include <QColor>

namespace citylab {

// Counts per category (stages of the funnel, quarters), one bar each with its own colour.
class BarChart : public ChartView
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);

    // Bars lie horizontally for a funnel (first category at the top).
    void setHorizontal(bool horizontal) { m_horizontal = horizontal; }
    void setBars(const QStringList &labels, const QList<double> &values, const QList<QColor> &colours,
                 const QString &valueHeader);

private:
    bool m_horizontal = false;
};

} // namespace citylab
