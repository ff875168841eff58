// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrictablemodel.h"

#include "domain/vocabulary.h"

#include <QLocale>

namespace citylab {

MetricTableModel::MetricTableModel(Store &store, QObject *parent)
    : SqlTableModel(store, parent)
{
    reload();
}

int MetricTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MetricTableModel::query() const
{
    // the measurements column is filled from setMeasurementCounts()
    return QStringLiteral(
        "SELECT m.id, m.code, m.name, m.unit, m.direction, NULL, coalesce(t.n, 0), m.description"
        " FROM metrics m"
        " LEFT JOIN (SELECT metric_id, count(*) AS n FROM targets GROUP BY metric_id) t ON t.metric_id = m.id"
        " ORDER BY m.code");
}

QStringList MetricTableModel::tables() const
{
    return {QStringLiteral("metrics"), QStringLiteral("targets")};
}

QVariant MetricTableModel::data(const QModelIndex &index, int role) const
{
    if (index.column() != Measurements || (role != Qt::DisplayRole && role != SortRole))
        return SqlTableModel::data(index, role);
    if (!m_counted)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    const qint64 count = m_counts.value(idAt(index.row()));
    return role == Qt::DisplayRole ? QVariant(QLocale().toString(count)) : QVariant(count);
}

void MetricTableModel::setMeasurementCounts(const QHash<qint64, qint64> &counts)
{
    m_counts = counts;
    m_counted = true;
    if (rowCount() > 0)
        emit dataChanged(index(0, Measurements), index(rowCount() - 1, Measurements));
}

void MetricTableModel::clearMeasurementCounts()
{
    m_counted = false;
    if (rowCount() > 0)
        emit dataChanged(index(0, Measurements), index(rowCount() - 1, Measurements));
}

QString MetricTableModel::headerText(int column) const
{
    switch (column) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Unit: return tr("Unit");
    case Direction: return tr("Direction");
    case Measurements: return tr("Measurements");
    case Targets: return tr("Targets");
    case Description: return tr("Description");
    }
    return {};
}

QVariant MetricTableModel::display(int column, const QVariant &raw) const
{
    if (column == Direction)
        return Vocabulary::label(Vocabulary::MetricDirection, raw.toString());
    if (column == Description)   // one line in the table; the form shows it whole
        return raw.toString().section(u'\n', 0, 0);
    return SqlTableModel::display(column, raw);
}

Qt::Alignment MetricTableModel::alignment(int column) const
{
    return column == Measurements || column == Targets ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace citylab
