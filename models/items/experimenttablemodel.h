// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqltablemodel.h"

namespace citylab {

// Every experiment of the store, one row each, for the case manager's list.
class ExperimentTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Title, Domain, Stage, StageSince, Lead, Officer, StartOn, EndOn, Zones, Partners, ColumnCount };
    // Partners' names in the raw value (KeyRole) are joined by this character, which no name has.
    static constexpr char16_t partnerSeparator = u'\x1f';

    explicit ExperimentTableModel(Store &store, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QString query() const override;
    QStringList tables() const override;
    QString headerText(int column) const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;
};

} // namespace citylab
