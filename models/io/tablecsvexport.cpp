// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecsvexport.h"

#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace citylab {

QChar TableCsvExport::separatorForLocale()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? u';' : u',';
}

bool TableCsvExport::write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice *device)
{
    CsvWriter csv(device, separatorForLocale(), true);
    QStringList header;
    for (const int column : columns)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    if (!csv.writeRow(header))
        return false;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (const int column : columns)
            fields << model.index(row, column).data(Qt::DisplayRole).toString();
        if (!csv.writeRow(fields))
            return false;
    }
    return true;
}

} // namespace citylab
