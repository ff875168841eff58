// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab import measurements FILE --db DB --experiment CODE: a partner's CSV file into an
// experiment, all or nothing, with the same reader and importer as the window.
class MeasurementCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::MeasurementCommands)
public:
    static int importMeasurements(CommandLine &cli);
};

} // namespace citylab
