// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab footprint FILE: compares where a test really ran (GPX, GeoJSON or CSV track) with
// the experiment's authorized zones, their dates, hours and heights, and lists every
// excursion. Exit 0 with none, 3 when there are excursions, 1 on a file or store it cannot
// read. With --record the file and the result are kept with the experiment, as the window
// does.
class FootprintCommand
{
    Q_DECLARE_TR_FUNCTIONS(citylab::FootprintCommand)
public:
    static constexpr int ExcursionsFound = 3;
    static int run(CommandLine &cli);
};

} // namespace citylab
