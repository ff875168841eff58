// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

namespace citylab {

// Every regulatory request, for the legal staff's list.
class RequestTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    // Term: days left while the clock runs (negative when overdue), shown as "overdue by
    // 3 days" in red; its KeyRole is "overdue" for those, for the list's filter.
    enum Column { Reference, Subject, Authority, Experiment, Kind, Status, SubmittedOn, DueOn, DecidedOn, Term, ColumnCount };

    explicit RequestTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
};

} // namespace citylab
