// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab blockers: what holds up every experiment not yet live — pending authorizations,
// unmet conditions, missing signatures and acts —, longest waiting first, with the waits per
// authority, as text or as CSV.
class BlockerCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::BlockerCommands)
public:
    static int blockers(CommandLine &cli);
};

} // namespace citylab
