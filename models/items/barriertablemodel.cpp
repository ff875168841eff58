// SPDX-License-Identifier: GPL-3.0-or-later
#include "barriertablemodel.h"

#include "domain/vocabulary.h"

namespace citylab {

BarrierTableModel::BarrierTableModel(Store &store, QObject *parent)
    : SqlTableModel(store, parent)
{
    reload();
}

int BarrierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BarrierTableModel::query() const
{
    return QStringLiteral(
        "SELECT b.id, b.reference, b.title, o.name, b.status,"
        " (SELECT count(*) FROM barrier_experiments x WHERE x.barrier_id = b.id),"
        " (SELECT count(*) FROM incidents i JOIN barrier_experiments x ON x.experiment_id = i.experiment_id"
        "   WHERE x.barrier_id = b.id)"
        " FROM barriers b LEFT JOIN organizations o ON o.id = b.authority_id ORDER BY b.reference");
}

QStringList BarrierTableModel::tables() const
{
    return {QStringLiteral("barriers"), QStringLiteral("barrier_experiments"), QStringLiteral("incidents"),
            QStringLiteral("organizations")};
}

QString BarrierTableModel::headerText(int column) const
{
    switch (column) {
    case Reference: return tr("Rule");
    case Title: return tr("Barrier");
    case Authority: return tr("Authority");
    case Status: return tr("Status");
    case Experiments: return tr("Experiments");
    case Incidents: return tr("Incidents");
    }
    return {};
}

QVariant BarrierTableModel::display(int column, const QVariant &raw) const
{
    if (column == Status)
        return Vocabulary::label(Vocabulary::BarrierStatus, raw.toString());
    return SqlTableModel::display(column, raw);
}

Qt::Alignment BarrierTableModel::alignment(int column) const
{
    return column == Experiments || column == Incidents ? Qt::AlignRight | Qt::AlignVCenter : SqlTableModel::alignment(column);
}

} // namespace citylab
