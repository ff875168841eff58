// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationtablemodel.h"

#include "domain/vocabulary.h"

namespace citylab {

OrganizationTableModel::OrganizationTableModel(Store &store, QObject *parent)
    : SqlTableModel(store, parent)
{
    reload();
}

int OrganizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrganizationTableModel::query() const
{
    return QStringLiteral(
        "SELECT o.id, o.name, o.kind, o.city, o.pec, o.answer_days,"
        " (SELECT count(*) FROM people p WHERE p.organization_id = o.id),"
        " (SELECT count(*) FROM experiments e WHERE e.lead_organization_id = o.id)"
        " FROM organizations o ORDER BY o.name");
}

QStringList OrganizationTableModel::tables() const
{
    return {QStringLiteral("organizations"), QStringLiteral("people"), QStringLiteral("experiments")};
}

QString OrganizationTableModel::headerText(int column) const
{
    switch (column) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case City: return tr("City");
    case Pec: return tr("PEC address");
    case AnswerDays: return tr("Answer days");
    case People: return tr("Contacts");
    case LedExperiments: return tr("Experiments led");
    }
    return {};
}

QVariant OrganizationTableModel::display(int column, const QVariant &raw) const
{
    if (column == Kind)
        return Vocabulary::label(Vocabulary::OrganizationKind, raw.toString());
    return SqlTableModel::display(column, raw);
}

Qt::Alignment OrganizationTableModel::alignment(int column) const
{
    return column >= AnswerDays ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace citylab
