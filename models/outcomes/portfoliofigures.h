// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace citylab {

class Store;

// Experiments per domain and per year, the year an experiment entered the pipeline (its
// proposal; its start or creation when no proposal date was recorded).
struct DomainYearCounts
{
    QList<int> years;            // every year from the first to the last, gaps included
    QStringList domains;         // domain keys with at least one experiment, in vocabulary order
    QList<QList<int>> counts;    // counts[domain][year index]
};

// The counts behind the portfolio charts, computed in SQL so they match what a query on
// the store gives.
class PortfolioFigures
{
public:
    explicit PortfolioFigures(const Store &store) : m_store(store) {}

    // Experiments per pipeline stage, every stage of Vocabulary::pipelineStages() in order
    // (zero where none).
    QList<QPair<QString, int>> stageCounts() const;
    // Agreements signed per quarter, labelled "2025 Q1", in time order: every quarter with a
    // signature, or, when from and to are valid, the signatures in [from, to] in every
    // quarter the period touches, zero included, so that a quiet quarter shows as one.
    QList<QPair<QString, int>> agreementsPerQuarter(QDate from = {}, QDate to = {}) const;
    // Regulatory lead time, submission to decision in days, per authority (by name), for
    // the requests decided so far, or decided in [from, to] when they are valid.
    QList<QPair<QString, QList<double>>> leadTimes(QDate from = {}, QDate to = {}) const;
    // Limited to [fromYear, toYear] when they are not 0.
    DomainYearCounts domainsPerYear(int fromYear = 0, int toYear = 0) const;

private:
    const Store &m_store;
};

} // namespace citylab
