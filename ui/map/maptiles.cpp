// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptiles.h"

#include "tilesettings.h"

namespace citylab {

MapTiles::MapTiles(QObject *parent)
    : QObject(parent)
{
    load();
}

void MapTiles::load()
{
    const TileSettings tiles = TileSettings::load();
    m_useTiles = tiles.source != TileSettings::NoTiles && !tiles.tileHost().isEmpty();
    m_tileHost = tiles.tileHost();
    m_offlineDirectory = tiles.offlineDirectory();
    m_cacheDirectory = TileSettings::cacheDirectory();
    m_copyright = tiles.source == TileSettings::OpenStreetMap ? tr("OpenStreetMap contributors") : QString();
    m_unavailable = false;
    emit changed();
}

void MapTiles::setUnavailable(bool unavailable)
{
    if (m_unavailable == unavailable)
        return;
    m_unavailable = unavailable;
    emit changed();
}

} // namespace citylab
