// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab tiles prefetch: fills a folder of {z}/{x}/{y}.png map tiles for offline use,
// the folder the map's "Tile folder on this computer" setting reads.
class TileCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TileCommands)
public:
    static int run(CommandLine &cli);

private:
    static int prefetch(CommandLine &cli);
};

} // namespace citylab
