// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopedlanguage.h"

#include "language.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace citylab {

namespace {

// Silent (a null answer lets the next translator speak) until a scope opens; then it
// answers every text, with the English source where the scope's language has no entry,
// so nothing of the window's language leaks into the scope.
class ScopeTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (!m_active)
            return {};
        const QString text = m_inner.isEmpty() ? QString() : m_inner.translate(context, source, disambiguation, n);
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    }
    bool isEmpty() const override { return false; }

    bool open(const QString &code)
    {
        m_inner.load(QStringLiteral(":/i18n/citylab_%1.qm").arg(code));
        m_active = true;
        return true;
    }
    void close() { m_active = false; }

private:
    QTranslator m_inner;
    bool m_active = false;
};

QPointer<ScopeTranslator> g_translator;

} // namespace

void ScopedLanguage::installHook()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    if (!g_translator)
        g_translator = new ScopeTranslator(app);
    QCoreApplication::removeTranslator(g_translator);
    QCoreApplication::installTranslator(g_translator);
}

ScopedLanguage::ScopedLanguage(const QString &code)
{
    if (code == Language::current() || !Language::available().contains(code))
        return;
    if (!g_translator)
        installHook();   // only when Language::install never ran (a test): the app has no window yet
    if (!g_translator)
        return;
    m_active = g_translator->open(code);
    m_previousLocale = QLocale();
    QLocale::setDefault(Language::localeFor(code));
}

ScopedLanguage::~ScopedLanguage()
{
    if (!m_active)
        return;
    g_translator->close();
    QLocale::setDefault(m_previousLocale);
}

} // namespace citylab
