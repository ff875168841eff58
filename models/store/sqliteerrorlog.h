// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

// SQLite's own error log, for the whole process. A query that meets a damaged page fails
// like any other, and code that reads results in a loop may take that for the end of its
// rows; SQLite reports every such event here, so a Store can learn that its file is
// damaged even where the caller did not look at the error.
class SqliteErrorLog
{
public:
    // Installs the log; must run before SQLite opens its first connection (Store does).
    static void install();

    // Grows by one each time SQLite reports a damaged or foreign file.
    static quint64 corruptionReports();
    static QString lastCorruptionMessage();
};

} // namespace citylab
