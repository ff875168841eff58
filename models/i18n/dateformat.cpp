// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
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

QString DateFormat::shortDate(const QString &iso, const QString &none)
{
    return iso.isEmpty() ? none : shortDate(QDate::fromString(iso, Qt::ISODate));
}

QString DateFormat::romeTime(qint64 unixSeconds)
{
    static const QTimeZone rome("Europe/Rome");
    const QDateTime local = QDateTime::fromSecsSinceEpoch(unixSeconds, rome);
    return shortDate(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace citylab
