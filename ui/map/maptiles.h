// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace citylab {

// The tile settings as ZoneMap.qml reads them (MapTiles.useTiles, …): one per QML engine,
// loaded again by MapView before it reloads the map, since the osm plugin reads its
// parameters only when it is made.
class MapTiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool useTiles READ useTiles NOTIFY changed)
    Q_PROPERTY(QString tileHost READ tileHost NOTIFY changed)
    Q_PROPERTY(QString offlineDirectory READ offlineDirectory NOTIFY changed)
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory NOTIFY changed)
    Q_PROPERTY(QString copyright READ copyright NOTIFY changed)
    // The source gave no tile where the map looks: no attribution for tiles not shown.
    Q_PROPERTY(bool unavailable READ unavailable NOTIFY changed)
public:
    explicit MapTiles(QObject *parent = nullptr);

    // Reads TileSettings (QSettings) again.
    void load();

    bool useTiles() const { return m_useTiles; }
    QString tileHost() const { return m_tileHost; }
    QString offlineDirectory() const { return m_offlineDirectory; }
    QString cacheDirectory() const { return m_cacheDirectory; }
    QString copyright() const { return m_copyright; }
    bool unavailable() const { return m_unavailable; }
    void setUnavailable(bool unavailable);

signals:
    void changed();

private:
    bool m_useTiles = false;
    QString m_tileHost;
    QString m_offlineDirectory;
    QString m_cacheDirectory;
    QString m_copyright;
    bool m_unavailable = false;
};

} // namespace citylab
