// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlQuery;

namespace citylab {

class Store;

// Tells a failed read from an empty answer. A query that could not run, or whose rows
// stopped at a damaged page (the loop of next() ends there as at the last row), has
// lastError() set; an answer with no rows has not.
class StoreRead
{
    Q_DECLARE_TR_FUNCTIONS(citylab::StoreRead)
public:
    // Whether the query failed; if so *error (when given) says why in the user's words and
    // names the store's file.
    static bool failed(const QSqlQuery &query, const Store &store, QString *error);
};

} // namespace citylab
