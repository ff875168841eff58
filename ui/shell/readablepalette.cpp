// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablepalette.h"

#include <QApplication>
#include <QEvent>
#include <QColor>
#include <QPalette>
#include <QRegularExpression>
#include <QString>

#include <cmath>

namespace citylab {

namespace ReadablePalette {

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

constexpr double minimum = 4.5;

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &text, const QColor &background)
{
    QColor colour = text;
    const bool lighten = luminance(background) < 0.18;
    for (int step = 0; step < 60 && contrast(colour, background) < minimum; ++step)
        colour = lighten ? colour.lighter(112) : colour.darker(112);
    // a hue that cannot get there (pure blue on black tops out below 4.5:1) gives way to grey
    if (contrast(colour, background) < minimum)
        colour = lighten ? QColor(Qt::white) : QColor(Qt::black);
    return colour;
}

QString readableHtml(const QString &html, const QColor &background, const QColor &text)
{
    // style attributes inside tags only: a user's text may itself say style='…'
    static const QRegularExpression style(QStringLiteral("<[^<>]*?\\bstyle\\s*=\\s*(['\"])([^'\"<>]*)\\1"));
    static const QRegularExpression fore(QStringLiteral("(?<![-\\w])color:\\s*(#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3}))\\b"));
    static const QRegularExpression back(QStringLiteral("background(?:-color)?:\\s*(#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3}))\\b"));
    QString result;
    result.reserve(html.size());
    qsizetype last = 0;
    for (auto it = style.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString rules = m.captured(2);
        const QRegularExpressionMatch f = fore.match(rules);
        const QRegularExpressionMatch b = back.match(rules);
        if (f.hasMatch() && !b.hasMatch()) {
            const QColor written = QColor::fromString(f.captured(1));
            if (const QColor adapted = readableOn(written, background); adapted != written)
                rules.replace(f.capturedStart(1), f.capturedLength(1), adapted.name());
        } else if (b.hasMatch() && !f.hasMatch()) {
            const QColor box = QColor::fromString(b.captured(1));
            if (contrast(text, box) < minimum)
                rules += QStringLiteral(";color:") + (luminance(box) < 0.18 ? QStringLiteral("#ffffff") : QStringLiteral("#000000"));
        }
        result += QStringView(html).mid(last, m.capturedStart(2) - last);
        result += rules;
        last = m.capturedEnd(2);
    }
    result += QStringView(html).mid(last);
    return result;
}

namespace {

class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // apply() changes the palette only when a pair does not read, so its own change ends here
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying) {
            m_applying = true;
            apply();
            m_applying = false;
        }
        return false;
    }

private:
    bool m_applying = false;
};

} // namespace

void applyAndFollow()
{
    apply();
    static PaletteFollower *follower = nullptr;
    if (!follower) {
        follower = new PaletteFollower(qApp);
        qApp->installEventFilter(follower);
    }
}

void apply()
{
    QPalette palette = QApplication::palette();
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
        {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
        {QPalette::ButtonText, QPalette::Button}, {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase}};
    bool changed = false;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto &[text, background] : pairs) {
            const QColor fore = palette.color(group, text);
            QColor back = palette.color(group, background);
            // away from the text: a darker background under light text, a lighter one under dark
            const bool darken = luminance(fore) > luminance(back);
            for (int step = 0; step < 40 && contrast(fore, back) < minimum; ++step)
                back = darken ? back.darker(108) : back.lighter(108);
            if (back != palette.color(group, background)) {
                palette.setColor(group, background, back);
                changed = true;
            }
        }
        // Links keep the page's background and change their own colour: a theme that makes the
        // page dark but leaves links pure blue (2.2:1 on black) would hide them.
        for (const QPalette::ColorRole link : {QPalette::Link, QPalette::LinkVisited}) {
            const QColor readable = readableOn(palette.color(group, link), palette.color(group, QPalette::Base));
            if (readable != palette.color(group, link)) {
                palette.setColor(group, link, readable);
                changed = true;
            }
        }
    }
    if (changed)
        QApplication::setPalette(palette);
}

} // namespace ReadablePalette

} // namespace citylab
