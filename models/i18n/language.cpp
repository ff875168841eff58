// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "scopedlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace citylab {

namespace {
QString g_current;
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en");
}

bool Language::install(const QString &requested)
{
    const QString code = requested.isEmpty() ? systemDefault() : requested;
    if (!available().contains(code))
        return false;
    auto *app = QCoreApplication::instance();
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&own, &qt}) {
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/citylab_%1.qm").arg(code)))
        app->installTranslator(own);
    qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    g_current = code;
    // Asked before the translators above, so a report can speak another language.
    ScopedLanguage::installHook();
    return true;
}

QLocale Language::localeFor(const QString &code)
{
    // Dates and numbers follow the language; an English user keeps their own region's
    // conventions when the system is English, otherwise gets British (day-first) ones.
    QLocale locale = QLocale::system();
    if (locale.language() != (code == QLatin1String("it") ? QLocale::Italian : QLocale::English))
        locale = QLocale(code == QLatin1String("it") ? QStringLiteral("it_IT") : QStringLiteral("en_GB"));
    return locale;
}

QString Language::current()
{
    return g_current.isEmpty() ? systemDefault() : g_current;
}

} // namespace citylab
