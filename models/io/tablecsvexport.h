// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QAbstractItemModel;
class QIODevice;

namespace citylab {

// Writes what a table view shows (its rows in order, the given columns, the displayed
// text: labels and dates as the user reads them) as CSV for spreadsheets: UTF-8 with a
// byte-order mark, and ';' as separator where the locale writes decimals with a comma,
// as Excel expects there.
class TableCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TableCsvExport)
public:
    static QChar separatorForLocale();
    static bool write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice *device);
};

} // namespace citylab
