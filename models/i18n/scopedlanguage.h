// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace citylab {

// Texts, dates and numbers in another language for the life of this object, e.g. a report
// in English written from an Italian window. No translator is installed or removed while
// it lives, so the window gets no LanguageChange and nothing in it is retranslated: a
// translator installed once by Language::install answers first while a scope is open.
// Meant for synchronous work on the GUI thread (no event loop in between).
class ScopedLanguage
{
public:
    // Does nothing when `code` is already the current language.
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    // Puts the scope's translator in front of the others; Language::install calls it last.
    static void installHook();

private:
    bool m_active = false;
    QLocale m_previousLocale;
};

} // namespace citylab
