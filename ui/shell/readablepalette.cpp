// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablepalette.h"

#include <QApplication>
#include <QColor>
#include <QPalette>

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
    }
    if (changed)
        QApplication::setPalette(palette);
}

} // namespace ReadablePalette

} // namespace citylab
