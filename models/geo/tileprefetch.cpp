// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileprefetch.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QtMath>

#include <cmath>
#include <utility>

namespace citylab {

namespace {

int tileX(double lon, int zoom)
{
    const int n = 1 << zoom;
    return qBound(0, int(std::floor((lon + 180.0) / 360.0 * n)), n - 1);
}

int tileY(double lat, int zoom)
{
    const int n = 1 << zoom;
    const double rad = qDegreesToRadians(qBound(-85.0511, lat, 85.0511));
    return qBound(0, int(std::floor((1.0 - std::asinh(std::tan(rad)) / M_PI) / 2.0 * n)), n - 1);
}

} // namespace

QString TilePrefetch::Tile::path() const
{
    return QStringLiteral("%1/%2/%3.png").arg(z).arg(x).arg(y);
}

TilePrefetch::TilePrefetch(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

TilePrefetch::~TilePrefetch()
{
    cancel();
}

QList<TilePrefetch::Tile> TilePrefetch::tilesFor(const QRectF &area, int minZoom, int maxZoom)
{
    QList<Tile> tiles;
    const QRectF box = area.normalized();
    for (int z = minZoom; z <= maxZoom; ++z)
        for (int x = tileX(box.left(), z); x <= tileX(box.right(), z); ++x)
            for (int y = tileY(box.bottom(), z); y <= tileY(box.top(), z); ++y)
                tiles.append({z, x, y});
    return tiles;
}

qint64 TilePrefetch::countFor(const QRectF &area, int minZoom, int maxZoom)
{
    const QRectF box = area.normalized();
    qint64 count = 0;
    for (int z = minZoom; z <= maxZoom; ++z)
        count += qint64(tileX(box.right(), z) - tileX(box.left(), z) + 1) * (tileY(box.top(), z) - tileY(box.bottom(), z) + 1);
    return count;
}

QString TilePrefetch::urlOf(const QString &urlTemplate, const Tile &tile)
{
    return QString(urlTemplate)
        .replace(QLatin1String("{z}"), QString::number(tile.z))
        .replace(QLatin1String("{x}"), QString::number(tile.x))
        .replace(QLatin1String("{y}"), QString::number(tile.y));
}

void TilePrefetch::start(const QString &urlTemplate, const QList<Tile> &tiles, const QString &folder)
{
    cancel();
    m_template = urlTemplate;
    m_tiles = tiles;
    m_folder = folder;
    m_index = 0;
    m_fetched = 0;
    m_kept = 0;
    next();
}

void TilePrefetch::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    emit finished(tr("Cancelled after %n tile(s).", nullptr, int(m_index)));
}

void TilePrefetch::next()
{
    while (m_index < m_tiles.size() && QFileInfo(QDir(m_folder).filePath(m_tiles.at(m_index).path())).size() > 0) {
        ++m_kept;   // resume: a tile already there is not fetched again
        ++m_index;
    }
    if (m_index >= m_tiles.size()) {
        emit progressed(int(m_tiles.size()), int(m_tiles.size()));
        emit finished({});
        return;
    }
    QNetworkRequest request{QUrl(urlOf(m_template, m_tiles.at(m_index)))};
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CityLab tile prefetch"));
    request.setTransferTimeout(30000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &TilePrefetch::replyFinished);
}

void TilePrefetch::replyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const Tile tile = m_tiles.at(m_index);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || (status != 0 && status != 200)) {
        emit finished(tr("tile %1 from %2: %3").arg(tile.path(), reply->url().toString(), reply->errorString()));
        return;
    }
    const QString path = QDir(m_folder).filePath(tile.path());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0 || !file.commit()) {
        emit finished(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    ++m_fetched;
    ++m_index;
    emit progressed(int(m_index), int(m_tiles.size()));
    next();
}

} // namespace citylab
