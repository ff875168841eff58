// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

namespace citylab {

// Every partnership agreement, for the agreements list.
class AgreementTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Kind, Status, Experiment, Parties, Protocol, SignedOn, ValidTo, ColumnCount };

    explicit AgreementTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
};

} // namespace citylab
