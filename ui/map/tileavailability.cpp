// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileavailability.h"

#include "geo/tileprefetch.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace citylab {

TileAvailability::TileAvailability(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void TileAvailability::check(const TileSettings &settings, QPointF lonLat, int zoom)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    const QString host = settings.tileHost();
    if (settings.source == TileSettings::NoTiles || host.isEmpty()) {
        emit checked({});
        return;
    }
    const QList<TilePrefetch::Tile> tiles = TilePrefetch::tilesFor(QRectF(lonLat, QSizeF(0, 0)), zoom, zoom);
    const QString url = TilePrefetch::urlOf(host + QStringLiteral("{z}/{x}/{y}.png"), tiles.value(0));
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CityLab"));
    request.setTransferTimeout(8000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, [this, settings, host] {
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && (status == 0 || status == 200)) {
            emit checked({});
            return;
        }
        if (settings.source == TileSettings::OfflineFolder) {
            emit checked(tr("The tile folder %1 has no tiles for this area at this zoom: the zones are drawn on a plain "
                            "background. Tiles… can download the area on screen into it.")
                             .arg(QDir::toNativeSeparators(settings.offlineDirectory())));
            return;
        }
        emit checked(tr("Map tiles cannot be loaded from %1 (%2): the zones are drawn on a plain background. "
                        "Tiles… can download an area for offline use, or point the map at a folder of tiles.")
                         .arg(QUrl(host).host(), reply->errorString()));
    });
}

} // namespace citylab
