// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

// Where the map's background tiles come from, kept in QSettings under "map/tiles/".
struct TileSettings
{
    enum Source {
        OpenStreetMap,   // online, with a disk cache
        CustomUrl,       // a tile server of the user's, {z}/{x}/{y}.png under a prefix
        OfflineFolder,   // a folder of {z}/{x}/{y}.png, e.g. filled by "citylab tiles prefetch"
        NoTiles,         // a plain background and the scale bar
    };

    Source source = OpenStreetMap;
    QString customUrl;
    QString offlineFolder;

    static TileSettings load();
    void save() const;

    // The prefix the osm plugin's custom host takes ("https://host/path/"), or empty.
    QString tileHost() const;
    QString offlineDirectory() const;
    static QString cacheDirectory();
    // A template such as https://a.b/{z}/{x}/{y}.png reduced to its prefix; empty when
    // the template does not end in {z}/{x}/{y}.png.
    static QString prefixOfTemplate(const QString &urlTemplate);
};

} // namespace citylab
