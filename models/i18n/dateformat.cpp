// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace citylab {

QString DateFormat::pattern()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return format;
}

QString DateFormat::shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, pattern()) : QString();
}

} // namespace citylab
