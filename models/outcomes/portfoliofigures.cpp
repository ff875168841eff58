// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliofigures.h"

#include "domain/vocabulary.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace citylab {

QList<QPair<QString, int>> PortfolioFigures::stageCounts() const
{
    QHash<QString, int> counts;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT stage, count(*) FROM experiments GROUP BY stage"))) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    QList<QPair<QString, int>> result;
    for (const QString &stage : Vocabulary::pipelineStages())
        result.append({stage, counts.value(stage)});
    return result;
}

QList<QPair<QString, int>> PortfolioFigures::agreementsPerQuarter() const
{
    QList<QPair<QString, int>> result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT substr(signed_on, 1, 4) || ' Q' || ((CAST(substr(signed_on, 6, 2) AS INTEGER) + 2) / 3) AS q, "
            "count(*) FROM agreements WHERE signed_on IS NOT NULL AND signed_on <> '' "
            "GROUP BY q ORDER BY q")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt()});
    return result;
}

} // namespace citylab
