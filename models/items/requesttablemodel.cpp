// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesttablemodel.h"

#include "domain/deadlineexplanation.h"
#include "domain/vocabulary.h"

#include <QColor>

namespace citylab {

RequestTableModel::RequestTableModel(Store &store, QObject *parent)
    : SqlTableModel(store, parent)
{
    reload();
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestTableModel::query() const
{
    return QStringLiteral(
        "SELECT r.id, r.reference, r.subject, coalesce(o.short_name, o.name), e.code, r.kind, r.status,"
        " r.submitted_on, r.due_on, r.decided_on,"
        " CASE WHEN r.status IN ('submitted', 'resubmitted') AND r.due_on IS NOT NULL"
        " THEN CAST(julianday(r.due_on) - julianday(date('now', 'localtime')) AS INTEGER) END"
        " FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id"
        " LEFT JOIN experiments e ON e.id = r.experiment_id ORDER BY r.reference");
}

QStringList RequestTableModel::tables() const
{
    return {QStringLiteral("regulatory_requests"), QStringLiteral("organizations"), QStringLiteral("experiments")};
}

QString RequestTableModel::headerText(int column) const
{
    switch (column) {
    case Reference: return tr("Reference");
    case Subject: return tr("Subject");
    case Authority: return tr("Authority");
    case Experiment: return tr("Experiment");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case SubmittedOn: return tr("Submitted");
    case DueOn: return tr("Due on");
    case DecidedOn: return tr("Decided");
    case Term: return tr("Term");
    }
    return {};
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == Term && (role == Qt::ForegroundRole || role == KeyRole)) {
        const QVariant days = raw(index.row(), Term);
        const bool overdue = !days.isNull() && days.toInt() < 0;
        if (role == KeyRole)
            return overdue ? QStringLiteral("overdue") : QString();
        return overdue ? QVariant(QColor(0xa4, 0x00, 0x00)) : QVariant();
    }
    return SqlTableModel::data(index, role);
}

QVariant RequestTableModel::display(int column, const QVariant &raw) const
{
    if (column == Term)
        return raw.isNull() ? QVariant() : QVariant(DeadlineExplanation::distance(raw.toInt()));
    if (column == Kind)
        return Vocabulary::label(Vocabulary::RequestKind, raw.toString());
    if (column == Status)
        return Vocabulary::label(Vocabulary::RequestStatus, raw.toString());
    return SqlTableModel::display(column, raw);
}

} // namespace citylab
