// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

// The names people read for the store's columns ("determina_number" is "Manager's act
// (determina)"), for forms, error messages and change histories.
class FieldLabels
{
public:
    static QString label(const QString &column);
    // Whether the column has a name of its own (translated) rather than its words.
    static bool isNamed(const QString &column);
};

} // namespace citylab
