// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

namespace citylab {

// Every rule under test, for the Barriers list: reference, title, authority, status, and how
// many experiments test it and incidents they had.
class BarrierTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Title, Authority, Status, Experiments, Incidents, ColumnCount };

    explicit BarrierTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;
};

} // namespace citylab
