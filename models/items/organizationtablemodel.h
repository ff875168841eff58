// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

namespace citylab {

// Every organization of the store with what links to it, for the organizations list.
class OrganizationTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, City, Pec, AnswerDays, People, LedExperiments, ColumnCount };

    explicit OrganizationTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;
};

} // namespace citylab
