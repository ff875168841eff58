// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilecommands.h"

#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>
#include <QtMath>

#include <cmath>

namespace citylab {

namespace {

// Beyond this many tiles a prefetch is probably a typo in --bbox or --zoom, and would
// hammer a tile server that is usually run by volunteers.
constexpr qint64 defaultTileLimit = 5000;

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

struct Tile
{
    int z, x, y;
};

} // namespace

int TileCommands::run(CommandLine &cli)
{
    const QString sub = cli.arguments().value(1);
    if (sub == QLatin1String("prefetch"))
        return prefetch(cli);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        (sub.isEmpty() ? cli.err() : cli.out())
            << tr("Usage: citylab tiles prefetch --url TEMPLATE --bbox S,W,N,E --zoom MIN-MAX --out DIR [--force]\n");
        return sub.isEmpty() ? CommandLine::Usage : CommandLine::Ok;
    }
    return cli.usage(tr("tiles: unknown action '%1'").arg(sub));
}

int TileCommands::prefetch(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Downloads map tiles into DIR/{z}/{x}/{y}.png for offline use; tiles already there are kept."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("url"), tr("Tile URL with {z}, {x} and {y}, e.g. https://tile.example.org/{z}/{x}/{y}.png."), tr("TEMPLATE")});
    parser.addOption({QStringLiteral("bbox"), tr("Area in degrees: south,west,north,east."), tr("S,W,N,E")});
    parser.addOption({QStringLiteral("zoom"), tr("Zoom levels, e.g. 10-15."), tr("MIN-MAX")});
    parser.addOption({QStringLiteral("out"), tr("Folder to fill."), tr("DIR")});
    parser.addOption({QStringLiteral("force"), tr("Download even more than %1 tiles.").arg(defaultTileLimit)});
    // no database here, but the language every verb takes
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("citylab::CommandLine", "Language of messages: it or en."),
                      QCoreApplication::translate("citylab::CommandLine", "LANG")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("citylab tiles prefetch")} + cli.arguments().mid(2)))
        return cli.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << CommandLine::helpText(parser, QStringLiteral("citylab tiles prefetch"));
        return CommandLine::Ok;
    }
    const QString url = parser.value(QStringLiteral("url"));
    const QString out = parser.value(QStringLiteral("out"));
    if (url.isEmpty() || out.isEmpty() || !parser.isSet(QStringLiteral("bbox")) || !parser.isSet(QStringLiteral("zoom")))
        return cli.usage(tr("tiles prefetch: --url, --bbox, --zoom and --out are required"));
    if (!url.contains(u"{z}") || !url.contains(u"{x}") || !url.contains(u"{y}"))
        return cli.usage(tr("tiles prefetch: --url must contain {z}, {x} and {y}, not '%1'").arg(url));

    const QStringList box = parser.value(QStringLiteral("bbox")).split(u',');
    QList<double> edges;
    for (const QString &part : box) {
        bool ok = false;
        edges << part.trimmed().toDouble(&ok);
        if (!ok)
            edges.clear();
    }
    if (box.size() != 4 || edges.size() != 4 || edges[0] >= edges[2] || edges[1] >= edges[3] || edges[0] < -90
        || edges[2] > 90 || edges[1] < -180 || edges[3] > 180)
        return cli.usage(tr("tiles prefetch: --bbox must be south,west,north,east in degrees with south < north and "
                            "west < east, not '%1'")
                             .arg(parser.value(QStringLiteral("bbox"))));
    const QStringList zooms = parser.value(QStringLiteral("zoom")).split(u'-');
    bool okMin = false, okMax = false;
    const int minZoom = zooms.value(0).toInt(&okMin);
    const int maxZoom = zooms.size() == 1 ? minZoom : zooms.value(1).toInt(&okMax);
    if (!okMin || (zooms.size() == 2 && !okMax) || zooms.size() > 2 || minZoom < 0 || maxZoom > 19 || minZoom > maxZoom)
        return cli.usage(tr("tiles prefetch: --zoom must be MIN-MAX between 0 and 19, not '%1'")
                             .arg(parser.value(QStringLiteral("zoom"))));

    QList<Tile> tiles;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const qint64 columns = tileX(edges[3], z) - tileX(edges[1], z) + 1;
        const qint64 rows = tileY(edges[0], z) - tileY(edges[2], z) + 1;
        if (tiles.size() + columns * rows > defaultTileLimit && !parser.isSet(QStringLiteral("force"))) {
            cli.err() << tr("tiles prefetch: the area needs more than %1 tiles; narrow --bbox or --zoom, or add --force")
                             .arg(defaultTileLimit)
                      << '\n';
            return CommandLine::BadData;
        }
        for (int x = tileX(edges[1], z); x <= tileX(edges[3], z); ++x)
            for (int y = tileY(edges[2], z); y <= tileY(edges[0], z); ++y)
                tiles.append({z, x, y});
    }

    QNetworkAccessManager network;
    int fetched = 0, kept = 0;
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const Tile &tile = tiles.at(i);
        const QString name = QStringLiteral("%1/%2/%3.png").arg(tile.z).arg(tile.x).arg(tile.y);
        const QString path = QDir(out).filePath(name);
        if (QFileInfo(path).size() > 0) {
            ++kept;   // resume: a tile already there is not fetched again
            continue;
        }
        QString address = url;
        address.replace(QLatin1String("{z}"), QString::number(tile.z))
            .replace(QLatin1String("{x}"), QString::number(tile.x))
            .replace(QLatin1String("{y}"), QString::number(tile.y));
        QNetworkRequest request{QUrl(address)};
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CityLab tile prefetch"));
        request.setTransferTimeout(30000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || (status != 0 && status != 200)) {
            cli.err() << '\n'
                      << tr("tiles prefetch: tile %1 from %2: %3").arg(name, address, reply->errorString()) << '\n';
            return CommandLine::BadData;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0 || !file.commit()) {
            cli.err() << '\n' << tr("tiles prefetch: cannot write %1: %2").arg(path, file.errorString()) << '\n';
            return CommandLine::BadData;
        }
        ++fetched;
        cli.err() << '\r' << tr("tiles prefetch: %1 of %2").arg(i + 1).arg(tiles.size()) << Qt::flush;
    }
    if (fetched > 0)
        cli.err() << '\n';
    cli.out() << tr("%1 tiles fetched, %2 already there, in %3").arg(fetched).arg(kept).arg(QDir(out).absolutePath())
              << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
