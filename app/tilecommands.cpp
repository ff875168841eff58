// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilecommands.h"

#include "commandline.h"
#include "geo/tileprefetch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

namespace citylab {

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
    parser.addOption({QStringLiteral("force"), tr("Download even more than %1 tiles.").arg(TilePrefetch::defaultTileLimit)});
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

    const QRectF area(QPointF(edges[1], edges[0]), QPointF(edges[3], edges[2]));
    if (TilePrefetch::countFor(area, minZoom, maxZoom) > TilePrefetch::defaultTileLimit && !parser.isSet(QStringLiteral("force"))) {
        cli.err() << tr("tiles prefetch: the area needs more than %1 tiles; narrow --bbox or --zoom, or add --force")
                         .arg(TilePrefetch::defaultTileLimit)
                  << '\n';
        return CommandLine::BadData;
    }
    const QList<TilePrefetch::Tile> tiles = TilePrefetch::tilesFor(area, minZoom, maxZoom);
    TilePrefetch prefetch;
    QEventLoop loop;
    QString error;
    bool done = false;
    QObject::connect(&prefetch, &TilePrefetch::progressed, &prefetch, [&cli, &prefetch](int done, int total) {
        if (prefetch.fetched() > 0)
            cli.err() << '\r' << tr("tiles prefetch: %1 of %2").arg(done).arg(total) << Qt::flush;
    });
    QObject::connect(&prefetch, &TilePrefetch::finished, &loop, [&loop, &error, &done](const QString &problem) {
        error = problem;
        done = true;
        loop.quit();
    });
    prefetch.start(url, tiles, out);
    if (!done)   // every tile already there: finished before the loop began
        loop.exec();
    const int fetched = prefetch.fetched(), kept = prefetch.kept();
    if (!error.isEmpty()) {
        cli.err() << '\n' << tr("tiles prefetch: %1").arg(error) << '\n';
        return CommandLine::BadData;
    }
    if (fetched > 0)
        cli.err() << '\n';
    cli.out() << tr("%1 tiles fetched, %2 already there, in %3").arg(fetched).arg(kept).arg(QDir(out).absolutePath())
              << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
