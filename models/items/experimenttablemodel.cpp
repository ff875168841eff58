// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimenttablemodel.h"

#include "domain/vocabulary.h"

namespace citylab {

ExperimentTableModel::ExperimentTableModel(Store &store, QObject *parent)
    : SqlTableModel(store, parent)
{
    reload();
}

int ExperimentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExperimentTableModel::query() const
{
    return QStringLiteral(
        "SELECT e.id, e.code, e.title, e.domain, e.stage, e.stage_since, o.name, e.officer, e.start_on, e.end_on,"
        " (SELECT count(*) FROM zones z WHERE z.experiment_id = e.id),"
        " (SELECT group_concat(name, char(31)) FROM (SELECT po.name FROM experiment_partners p"
        "   JOIN organizations po ON po.id = p.organization_id WHERE p.experiment_id = e.id ORDER BY po.name))"
        " FROM experiments e LEFT JOIN organizations o ON o.id = e.lead_organization_id"
        " ORDER BY e.code");
}

QStringList ExperimentTableModel::tables() const
{
    return {QStringLiteral("experiments"), QStringLiteral("organizations"), QStringLiteral("zones"),
            QStringLiteral("experiment_partners")};
}

QString ExperimentTableModel::headerText(int column) const
{
    switch (column) {
    case Code: return tr("Code");
    case Title: return tr("Title");
    case Domain: return tr("Domain");
    case Stage: return tr("Stage");
    case StageSince: return tr("In stage since");
    case Lead: return tr("Lead organization");
    case Officer: return tr("Officer");
    case StartOn: return tr("Start");
    case EndOn: return tr("End");
    case Zones: return tr("Zones");
    case Partners: return tr("Partners");
    }
    return {};
}

QVariant ExperimentTableModel::display(int column, const QVariant &raw) const
{
    if (column == Domain)
        return Vocabulary::label(Vocabulary::Domain, raw.toString());
    if (column == Stage)
        return Vocabulary::label(Vocabulary::Stage, raw.toString());
    if (column == Partners)
        return raw.toString().replace(QChar(partnerSeparator), QStringLiteral(", "));
    return SqlTableModel::display(column, raw);
}

Qt::Alignment ExperimentTableModel::alignment(int column) const
{
    return column == Zones ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace citylab
