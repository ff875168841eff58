// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace citylab {

// The numbered schema steps in :/citylab/migrations (0001_initial.sql, ...). Step N takes a
// database from user_version N-1 to N; each runs in its own transaction.
class Migrations
{
public:
    static int latestVersion();
    static QString stepSql(int version);

    // Applies the steps after `from` up to `to`. On failure the database stays at the last
    // completed step and *error says which step failed and why.
    static bool migrate(sqlite3 *db, int from, int to, QString *error);
};

} // namespace citylab
