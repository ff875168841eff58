// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QList>
#include <QRectF>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace citylab {

// Downloads map tiles of an area into a folder as {z}/{x}/{y}.png for offline use, one
// request at a time (tile servers are often run by volunteers); tiles already there are
// kept, so a run that stopped resumes. Used by `citylab tiles prefetch` and by Map → Tiles….
class TilePrefetch : public QObject
{
    Q_OBJECT
public:
    struct Tile
    {
        int z, x, y;
        QString path() const;   // "z/x/y.png"
    };

    // Beyond this many tiles a download is probably a slip of the area or zooms.
    static constexpr qint64 defaultTileLimit = 5000;

    explicit TilePrefetch(QObject *parent = nullptr);
    ~TilePrefetch() override;

    // The tiles covering `area` (x = longitude, y = latitude) at each zoom.
    static QList<Tile> tilesFor(const QRectF &area, int minZoom, int maxZoom);
    static qint64 countFor(const QRectF &area, int minZoom, int maxZoom);
    static QString urlOf(const QString &urlTemplate, const Tile &tile);

    void start(const QString &urlTemplate, const QList<Tile> &tiles, const QString &folder);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    int fetched() const { return m_fetched; }
    int kept() const { return m_kept; }

signals:
    void progressed(int done, int total);
    // Empty error when every tile is in the folder; otherwise which tile and why, or that
    // it was cancelled. The tiles saved so far stay.
    void finished(const QString &error);

private:
    void next();
    void replyFinished();

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QString m_template;
    QString m_folder;
    QList<Tile> m_tiles;
    qsizetype m_index = 0;
    int m_fetched = 0;
    int m_kept = 0;
};

} // namespace citylab
