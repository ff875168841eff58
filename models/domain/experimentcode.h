// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

class Store;

// Experiment codes as the office writes them: TCL-<year>-<number in the year>, e.g.
// TCL-2026-014.
class ExperimentCode
{
public:
    static QString next(const Store &store, int year);
};

} // namespace citylab
