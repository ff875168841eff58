// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace citylab {

// The colours that stand for a domain or a stage wherever experiments are drawn (pipeline
// cards, map zones, legends), so a colour means the same thing in every view.
namespace RecordColours {

// The seven domains, told apart also by colour-blind users (Okabe-Ito).
QColor domain(const QString &key);
// The stages: grey before agreement, blues while being authorized, green when active,
// purple once over, warm for the ones that stopped.
QColor stage(const QString &key);

} // namespace RecordColours

} // namespace citylab
