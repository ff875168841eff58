// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

#include <QHash>

namespace citylab {

// Every metric definition, with how many measurements and targets use it, for the metrics
// manager. Counting measurements can take a second on a large store, so the counts are given
// by whoever counted them elsewhere (setMeasurementCounts) and show as "…" until then.
class MetricTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Unit, Direction, Measurements, Targets, Description, ColumnCount };

    explicit MetricTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Measurements per metric id; metrics missing from a non-empty count have none.
    void setMeasurementCounts(const QHash<qint64, qint64> &counts);
    void clearMeasurementCounts();   // counts are stale: show them as pending

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;

private:
    QHash<qint64, qint64> m_counts;
    bool m_counted = false;
};

} // namespace citylab
