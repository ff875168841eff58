// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

namespace citylab {

// Every metric definition, with how many measurements and targets use it, for the metrics
// manager.
class MetricTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Unit, Direction, Measurements, Targets, Description, ColumnCount };

    explicit MetricTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;
};

} // namespace citylab
