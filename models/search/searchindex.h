// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace citylab {

class Store;

struct SearchHit
{
    QString table;     // experiments, organizations, people, agreements, ...
    qint64 id = -1;
    QString title;
    QString snippet;   // where the words were found, with [ ] around them
};

// Global search over every record kind (the FTS5 index kept by the schema's triggers):
// accents and case folded, each word matched as a prefix as the user types, best first.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(citylab::SearchIndex)
public:
    // The tables in the index, in the order results are grouped.
    static QStringList tables();
    static QString kindLabel(const QString &table, int count);

    // Words shorter than this are not looked for (a one-letter prefix matches half the index).
    static constexpr int minimumWordLength = 2;
    // From this many matches on, a query is "broad": ranked by recency, not by bm25.
    static constexpr int broadMatchCount = 2000;

    // The FTS5 expression for what a user typed; empty when there is nothing to look for.
    static QString matchExpression(const QString &text);
    // True when something was typed but every word is shorter than minimumWordLength.
    static bool isTooShort(const QString &text);

    // Folds case and accents the way the index does: "Città" and "CITTA" both become "citta".
    static QString fold(const QString &text);

    // The best matches of each kind, at most limitPerKind of each, grouped in tables() order.
    // *broad is set when the words match so many records (broadMatchCount or more) that
    // each kind shows its title matches and newest records rather than a full ranking.
    static QList<SearchHit> query(const Store &store, const QString &text, int limitPerKind = 20, bool *broad = nullptr);
};

} // namespace citylab
