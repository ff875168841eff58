// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace citylab {

// Dates as the user's locale writes them, always with four-digit years: "25/11/2026" in
// Italian, so that deadlines are never ambiguous and spreadsheets read exports right.
class DateFormat
{
public:
    static QString shortDate(const QDate &date);
    // An ISO date ("2026-11-25") the same way, or `none` when there is none (an open end).
    static QString shortDate(const QString &iso, const QString &none);
    static QString pattern();   // the locale's short pattern with a four-digit year
    // A moment as local time in Rome, to the second: "25/11/2026 14:03:07".
    static QString romeTime(qint64 unixSeconds);
};

} // namespace citylab
