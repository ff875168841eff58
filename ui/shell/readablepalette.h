// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QColor;
class QString;

namespace citylab {

// The window's colours read at 4.5:1 at least (EN 301 549, 9.1.4.3). A desktop theme that
// already does, high-contrast ones included, is left as it is; where a pair falls short (the
// Fusion style's white on light blue for a selection is 3.7:1), its background is darkened
// or lightened, in its own hue, until it reads.
namespace ReadablePalette {

// Adjusts the application's palette (links included); call once the QApplication exists.
void apply();
// apply() now and again whenever the desktop changes the application's palette (a switch to a
// dark or high-contrast theme while CityLab runs).
void applyAndFollow();

// The contrast ratio of two colours, as WCAG 2 defines it (1 to 21).
double contrast(const QColor &a, const QColor &b);

// `text` when it reads on `background`, else the same hue made lighter (on a dark background)
// or darker until it does.
QColor readableOn(const QColor &text, const QColor &background);

// A page's HTML as it reads on `background` with `text` as the default colour. The pages are
// written for white paper, and a dark or high-contrast theme puts them on black: a text colour
// of its own (style "color:#…") is made readable on the page, and a box with a background of
// its own but no text colour gets one that reads on that box. On white it changes nothing.
QString readableHtml(const QString &html, const QColor &background, const QColor &text);

} // namespace ReadablePalette

} // namespace citylab
