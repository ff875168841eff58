// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab draft: writes a regulatory request as the letter to send (PDF, ODT or .eml).
class DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(citylab::DraftCommand)
public:
    static int run(CommandLine &cli);
};

} // namespace citylab
