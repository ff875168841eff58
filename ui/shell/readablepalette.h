// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QColor;

namespace citylab {

// The window's colours read at 4.5:1 at least (EN 301 549, 9.1.4.3). A desktop theme that
// already does, high-contrast ones included, is left as it is; where a pair falls short (the
// Fusion style's white on light blue for a selection is 3.7:1), its background is darkened
// or lightened, in its own hue, until it reads.
namespace ReadablePalette {

// Adjusts the application's palette; call once the QApplication exists.
void apply();

// The contrast ratio of two colours, as WCAG 2 defines it (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace ReadablePalette

} // namespace citylab
