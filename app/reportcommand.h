// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab report portfolio|experiment CODE: writes the portfolio or an experiment report as
// PDF, the same document the window's Report dialog previews.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ReportCommand)
public:
    static int run(CommandLine &cli);
};

} // namespace citylab
