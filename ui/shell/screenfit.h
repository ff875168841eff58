// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace citylab {

// Windows open at the size they are best used at, but never larger than the screen they
// open on: on a 1366 × 768 laptop the report dialog's Save as… was below the screen's edge.
namespace ScreenFit {

// Resizes `window` to `wanted`, bounded by its screen's free area (less room for the title
// bar and frame), and never below what its layout needs.
void resize(QWidget *window, QSize wanted);

} // namespace ScreenFit

} // namespace citylab
