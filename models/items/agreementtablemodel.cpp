// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementtablemodel.h"

#include "domain/vocabulary.h"

namespace citylab {

AgreementTableModel::AgreementTableModel(Store &store, QObject *parent)
    : SqlTableModel(store, parent)
{
    reload();
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgreementTableModel::query() const
{
    return QStringLiteral(
        "SELECT a.id, a.title, a.kind, a.status, e.code,"
        " (SELECT group_concat(coalesce(o.short_name, o.name), ', ') FROM agreement_parties p"
        "  JOIN organizations o ON o.id = p.organization_id WHERE p.agreement_id = a.id),"
        " a.protocol_number, a.signed_on, a.valid_to"
        " FROM agreements a LEFT JOIN experiments e ON e.id = a.experiment_id ORDER BY a.valid_to DESC");
}

QStringList AgreementTableModel::tables() const
{
    return {QStringLiteral("agreements"), QStringLiteral("agreement_parties"), QStringLiteral("experiments"),
            QStringLiteral("organizations")};
}

QString AgreementTableModel::headerText(int column) const
{
    switch (column) {
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Experiment: return tr("Experiment");
    case Parties: return tr("Parties");
    case Protocol: return tr("Protocol");
    case SignedOn: return tr("Signed on");
    case ValidTo: return tr("Valid until");
    }
    return {};
}

QVariant AgreementTableModel::display(int column, const QVariant &raw) const
{
    if (column == Kind)
        return Vocabulary::label(Vocabulary::AgreementKind, raw.toString());
    if (column == Status)
        return Vocabulary::label(Vocabulary::AgreementStatus, raw.toString());
    return SqlTableModel::display(column, raw);
}

} // namespace citylab
