// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

namespace citylab {

// Every regulatory request, for the legal staff's list.
class RequestTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Subject, Authority, Experiment, Kind, Status, SubmittedOn, DueOn, DecidedOn, ColumnCount };

    explicit RequestTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
};

} // namespace citylab
