// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tilesettings.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace citylab {

// Whether the map's tile source gives tiles where the map looks: asks it for the tile under
// the centre. The map plugin itself reports failures only on the terminal, so without this
// a user offline saw an empty grey map, captioned "© OpenStreetMap contributors".
class TileAvailability : public QObject
{
    Q_OBJECT
public:
    explicit TileAvailability(QObject *parent = nullptr);

    void check(const TileSettings &settings, QPointF lonLat, int zoom);

signals:
    // What went wrong, in words for the user; empty when the tile came.
    void checked(const QString &problem);

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace citylab
