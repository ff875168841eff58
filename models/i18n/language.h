// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace citylab {

// Chooses and installs the user-interface language: CityLab's own translations and Qt's
// (standard dialogs), and the matching QLocale for dates and numbers.
class Language
{
public:
    static QStringList available() { return {QStringLiteral("it"), QStringLiteral("en")}; }

    // Italian when the system locale is Italian, English otherwise.
    static QString systemDefault();

    // Installs `code` ("it" or "en"; empty means systemDefault()) on the running application.
    // Returns false when the code is unknown.
    static bool install(const QString &code);
    static QString current();
    // The locale for dates and numbers in `code`: the system's when it speaks that language,
    // otherwise Italy's or Britain's (day-first) conventions.
    static QLocale localeFor(const QString &code);
};

} // namespace citylab
