// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab conflicts: zones of different experiments that overlap in space while both are
// active, as readable text or as CSV for a spreadsheet.
class ConflictCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ConflictCommands)
public:
    static int conflicts(CommandLine &cli);
};

} // namespace citylab
