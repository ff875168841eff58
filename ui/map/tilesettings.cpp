// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilesettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace citylab {

TileSettings TileSettings::load()
{
    QSettings settings;
    TileSettings tiles;
    tiles.source = Source(qBound(0, settings.value(QStringLiteral("map/tiles/source"), 0).toInt(), int(NoTiles)));
    tiles.customUrl = settings.value(QStringLiteral("map/tiles/customUrl")).toString();
    tiles.offlineFolder = settings.value(QStringLiteral("map/tiles/offlineFolder")).toString();
    return tiles;
}

void TileSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("map/tiles/source"), int(source));
    settings.setValue(QStringLiteral("map/tiles/customUrl"), customUrl);
    settings.setValue(QStringLiteral("map/tiles/offlineFolder"), offlineFolder);
}

QString TileSettings::prefixOfTemplate(const QString &urlTemplate)
{
    static const QString suffix = QStringLiteral("{z}/{x}/{y}.png");
    const QString trimmed = urlTemplate.trimmed();
    if (!trimmed.endsWith(suffix))
        return {};
    return trimmed.left(trimmed.size() - suffix.size());
}

QString TileSettings::tileHost() const
{
    switch (source) {
    case OpenStreetMap:
        return QStringLiteral("https://tile.openstreetmap.org/");
    case CustomUrl:
        return prefixOfTemplate(customUrl);
    case OfflineFolder:
        // The folder is read through the plugin's offline directory; the host is never
        // reached for tiles found there, and a file:// host serves the ones it lacks.
        return QUrl::fromLocalFile(QDir(offlineFolder).absolutePath() + u'/').toString();
    case NoTiles:
        break;
    }
    return {};
}

QString TileSettings::offlineDirectory() const
{
    return source == OfflineFolder ? QDir(offlineFolder).absolutePath() : QString();
}

QString TileSettings::cacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

} // namespace citylab
