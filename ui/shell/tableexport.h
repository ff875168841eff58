// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

// A view that shows a table and can write it as CSV for spreadsheets (File → Export Table
// as CSV…): what it shows, in the order shown, UTF-8 with a byte-order mark and dates as
// the locale writes them.
class TableExport
{
public:
    virtual ~TableExport() = default;

    // False with *error naming the file and the reason; an existing file is replaced only
    // once the new one is complete.
    virtual bool exportCsv(const QString &path, QString *error) const = 0;
    // A file name for the export, e.g. "experiments.csv".
    virtual QString exportName() const = 0;
    // How many rows the export writes, for the status bar.
    virtual int visibleCount() const = 0;
};

} // namespace citylab
