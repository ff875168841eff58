// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartview.h"

#include <QColor>

namespace citylab {

// Counts per category split into parts stacked in one bar (e.g. experiments per year, by
// domain), each part with its colour and legend entry.
class StackedBarChart : public ChartView
{
    Q_OBJECT
public:
    explicit StackedBarChart(QWidget *parent = nullptr);

    // values[part][category]; the CSV has one row per category and one column per part.
    void setStacks(const QStringList &categories, const QStringList &parts, const QList<QList<double>> &values,
                   const QList<QColor> &colours, const QString &categoryHeader, const QString &valueLabel);
};

} // namespace citylab
