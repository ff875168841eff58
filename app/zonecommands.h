// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace citylab {

class CommandLine;

// citylab import zones FILE --db DB --experiment CODE and
// citylab export zones --db DB [--experiment CODE] --out FILE.geojson|.kml: zones in and
// out as GeoJSON or KML, with the same reader, importer and exporter as the window.
class ZoneCommands
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneCommands)

public:
    static int importZones(CommandLine &cli);
    static int importEvents(CommandLine &cli);
    static int exportZones(CommandLine &cli);
};

} // namespace citylab
