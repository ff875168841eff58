// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace citylab
