// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace citylab {

class Store;

// The health of an open store: SQLite's integrity and foreign-key checks, the R*Tree and
// search index against their tables, the schema version, and row counts.
struct StoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(citylab::StoreCheck)
public:
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QList<std::pair<QString, qint64>> rowCounts;
    QStringList problems;
    QStringList actions;   // what to do about the problems, once per kind of problem

    bool isHealthy() const { return problems.isEmpty(); }
    static StoreCheck run(const Store &store);
};

} // namespace citylab
