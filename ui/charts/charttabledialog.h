// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace citylab {

class ChartView;

// A chart's text alternative: the data it draws as a table, for whoever cannot see the
// chart or wants the figures (EN 301 549, 9.1.1.1), with the chart's title as its name.
class ChartTableDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartTableDialog(const ChartView &chart, QWidget *parent = nullptr);
};

} // namespace citylab
