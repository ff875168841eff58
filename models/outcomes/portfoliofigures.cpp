// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliofigures.h"

#include "domain/vocabulary.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace citylab {

QList<QPair<QString, int>> PortfolioFigures::stageCounts() const
{
    QHash<QString, int> counts;
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT stage, count(*) FROM experiments GROUP BY stage"))) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    QList<QPair<QString, int>> result;
    for (const QString &stage : Vocabulary::pipelineStages())
        result.append({stage, counts.value(stage)});
    return result;
}

QList<QPair<QString, int>> PortfolioFigures::agreementsPerQuarter(QDate from, QDate to) const
{
    const auto quarterOf = [](QDate day) { return QStringLiteral("%1 Q%2").arg(day.year()).arg((day.month() + 2) / 3); };
    QList<QPair<QString, int>> result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // "2025 Q1" sorts as text in time order (four-digit years).
    query.prepare(QStringLiteral(
        "SELECT substr(signed_on, 1, 4) || ' Q' || ((CAST(substr(signed_on, 6, 2) AS INTEGER) + 2) / 3) AS q, "
        "count(*) FROM agreements WHERE signed_on IS NOT NULL AND signed_on <> '' "
        "AND substr(signed_on, 1, 10) BETWEEN :from AND :to GROUP BY q ORDER BY q"));
    query.bindValue(QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    query.bindValue(QStringLiteral(":to"), to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt()});
    if (!from.isValid() || !to.isValid() || from > to)
        return result;
    // A bar chart of categories would close up a missing quarter: in a period, every one.
    QHash<QString, int> counts;
    for (const auto &[quarter, count] : std::as_const(result))
        counts.insert(quarter, count);
    result.clear();
    for (QDate start(from.year(), (from.month() - 1) / 3 * 3 + 1, 1); start <= to; start = start.addMonths(3))
        result.append({quarterOf(start), counts.value(quarterOf(start))});
    return result;
}

QList<QPair<QString, QList<double>>> PortfolioFigures::leadTimes(QDate from, QDate to) const
{
    QList<QPair<QString, QList<double>>> result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        // short names where authorities have one (AGCOM, MIMIT): a chart's axis has room for those
        "SELECT coalesce(nullif(trim(o.short_name), ''), o.name) AS authority,"
        " julianday(r.decided_on) - julianday(r.submitted_on) FROM regulatory_requests r "
        "JOIN organizations o ON o.id = r.authority_id "
        "WHERE r.submitted_on IS NOT NULL AND r.decided_on IS NOT NULL AND r.decided_on >= r.submitted_on "
        "AND substr(r.decided_on, 1, 10) BETWEEN :from AND :to ORDER BY authority, 2"));
    query.bindValue(QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    query.bindValue(QStringLiteral(":to"), to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    if (!query.exec())
        return result;
    while (query.next()) {
        const QString authority = query.value(0).toString();
        if (result.isEmpty() || result.last().first != authority)
            result.append({authority, {}});
        result.last().second.append(query.value(1).toDouble());
    }
    return result;
}

DomainYearCounts PortfolioFigures::domainsPerYear(int fromYear, int toYear) const
{
    QHash<QString, QHash<int, int>> byDomain;
    int first = 0;
    int last = 0;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT domain, CAST(substr(coalesce(nullif(proposed_on, ''), nullif(start_on, ''), created_at), 1, 4) "
            "AS INTEGER) AS year, count(*) FROM experiments GROUP BY domain, year"))) {
        while (query.next()) {
            const int year = query.value(1).toInt();
            if (year <= 0 || (fromYear && year < fromYear) || (toYear && year > toYear))
                continue;
            byDomain[query.value(0).toString()][year] += query.value(2).toInt();
            first = first ? qMin(first, year) : year;
            last = qMax(last, year);
        }
    }
    DomainYearCounts result;
    if (!first)
        return result;
    for (int year = first; year <= last; ++year)
        result.years.append(year);
    for (const QString &domain : Vocabulary::keys(Vocabulary::Domain)) {
        const auto it = byDomain.constFind(domain);
        if (it == byDomain.cend())
            continue;
        result.domains.append(domain);
        QList<int> counts;
        for (int year : std::as_const(result.years))
            counts.append(it->value(year));
        result.counts.append(counts);
    }
    return result;
}

} // namespace citylab
