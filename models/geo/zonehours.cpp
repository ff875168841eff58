// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonehours.h"

#include <QRegularExpression>

namespace citylab {

std::optional<ZoneHours> ZoneHours::parse(const QString &text, QString *error)
{
    ZoneHours hours;
    static const QRegularExpression range(QStringLiteral(R"(^\s*(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*$)"));
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    bool daysGiven = false;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const QString words = part.trimmed().toLower();
        static const QStringList weekdays = {QStringLiteral("weekdays"), QStringLiteral("feriali"), QStringLiteral("giorni feriali"),
                                             QStringLiteral("lun-ven"), QStringLiteral("mon-fri"), QStringLiteral("lunedì-venerdì"),
                                             QStringLiteral("monday-friday")};
        static const QStringList weekends = {QStringLiteral("weekends"), QStringLiteral("weekend"), QStringLiteral("festivi"),
                                             QStringLiteral("sab-dom"), QStringLiteral("sat-sun"), QStringLiteral("sabato-domenica"),
                                             QStringLiteral("saturday-sunday")};
        static const QStringList everyDayWords = {QStringLiteral("every day"), QStringLiteral("daily"), QStringLiteral("tutti i giorni")};
        const bool dayWord = weekdays.contains(words) || weekends.contains(words) || everyDayWords.contains(words);
        if (dayWord && daysGiven) {
            // days for some ranges and other days for others cannot be told apart here
            if (error)
                *error = tr("'%1': give the days once for all the hours").arg(text.trimmed());
            return std::nullopt;
        }
        if (dayWord) {
            daysGiven = true;
            hours.m_days = weekdays.contains(words) ? 0x1f : weekends.contains(words) ? 0x60 : everyDay;
            continue;
        }
        const QRegularExpressionMatch m = range.match(part);
        const auto seconds = [&m](int hourGroup) {
            const int h = m.captured(hourGroup).toInt(), mi = m.captured(hourGroup + 1).toInt();
            return (h > 24 || mi > 59 || (h == 24 && mi > 0)) ? -1 : h * 3600 + mi * 60;
        };
        const int from = m.hasMatch() ? seconds(1) : -1, to = m.hasMatch() ? seconds(3) : -1;
        if (from < 0 || to < 0 || from == to) {
            if (error)
                *error = tr("'%1' is not a range of hours such as 08:00-20:00, nor days such as weekdays").arg(part.trimmed());
            return std::nullopt;
        }
        if (from < to) {
            hours.m_ranges.append({from, to});
        } else {   // over midnight
            hours.m_ranges.append({from, 24 * 3600});
            hours.m_ranges.append({0, to});
        }
    }
    return hours;
}

bool ZoneHours::contains(int dayOfWeek, int secondOfDay) const
{
    if (!(m_days & (1 << (dayOfWeek - 1))))
        return false;
    if (m_ranges.isEmpty())
        return true;
    for (const auto &[from, to] : m_ranges)
        if (from <= secondOfDay && secondOfDay <= to)
            return true;
    return false;
}

} // namespace citylab
