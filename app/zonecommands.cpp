// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecommands.h"

#include "commandline.h"
#include "domain/recordcode.h"
#include "domain/vocabulary.h"
#include "geo/cityevents.h"
#include "geo/zoneexporter.h"
#include "geo/zonefilereader.h"
#include "geo/zoneimporter.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QCommandLineParser>

namespace citylab {

namespace {

// The experiment's id, or -1 with the reason printed.
qint64 experimentId(CommandLine &cli, Store &store, const QString &code)
{
    QString error;
    const std::optional<qint64> id = RecordCode::experimentId(store, code, &error);
    if (id && *id > 0)
        return *id;
    cli.err() << "citylab: " << (id ? ZoneCommands::tr("no experiment with code '%1'").arg(code) : error) << '\n';
    return -1;
}

// Says what is wrong with a zone or event file, feature by feature, and that nothing was
// imported; the exit status of bad data.
int refuseFile(CommandLine &cli, const QString &fileName, const QList<ZoneFileProblem> &problems, const QString &message = {})
{
    for (const ZoneFileProblem &problem : problems)
        cli.err() << fileName << ": " << problem.describe() << '\n';
    if (!message.isEmpty())
        cli.err() << fileName << ": " << message << '\n';
    cli.err() << "citylab: " << ZoneCommands::tr("nothing imported") << '\n';
    return CommandLine::BadData;
}

// Parses a sub-verb's options; the exit status when done (help or usage), else nothing.
std::optional<int> parse(CommandLine &cli, QCommandLineParser &parser, const QString &verb)
{
    if (!parser.parse(QStringList{QStringLiteral("citylab ") + verb} + cli.arguments().mid(2)))
        return cli.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << CommandLine::helpText(parser, QStringLiteral("citylab ") + verb);
        return CommandLine::Ok;
    }
    if (parser.value(QStringLiteral("db")).isEmpty())
        return cli.usage(ZoneCommands::tr("%1: --db FILE is required").arg(verb));
    return std::nullopt;
}

} // namespace

int ZoneCommands::importZones(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the zones of a GeoJSON or KML file into an experiment: polygons and multipolygons (holes kept), "
           "points with a radius_m property as circles, lines with a width_m property as corridors; name, active "
           "window and constraints from the properties. Every feature is checked and nothing is imported when any "
           "is wrong."));
    CommandLine::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .geojson or .kml file."));
    parser.addOption({QStringLiteral("experiment"), tr("The experiment's code."), tr("CODE")});
    const QString verb = QStringLiteral("import zones");
    if (const auto status = parse(cli, parser, verb))
        return *status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cli.usage(tr("import zones: give exactly one GeoJSON or KML file"));
    const QString code = parser.value(QStringLiteral("experiment"));
    if (code.isEmpty())
        return cli.usage(tr("import zones: --experiment CODE is required"));
    const QString fileName = positional.first();

    // The file is read and checked before the store is even opened: bad data cannot touch it.
    const ZoneFileContent content = ZoneFileReader::readFile(fileName);
    if (!content.isValid())
        return refuseFile(cli, fileName, content.problems);
    Store store;
    if (!cli.openForWriting(store, parser.value(QStringLiteral("db"))))
        return CommandLine::BadData;
    const qint64 id = experimentId(cli, store, code);
    if (id < 0)
        return CommandLine::BadData;
    const ZoneImportResult result = ZoneImporter(store, id).import(content, fileName);
    if (!result.ok)
        return refuseFile(cli, fileName, {}, result.message);
    cli.out() << tr("%n zone(s) imported from %1 into %2", nullptr, result.zones).arg(fileName, code) << '\n';
    return CommandLine::Ok;
}

int ZoneCommands::importEvents(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports city events (a marathon, a market, a concert) from a GeoJSON or KML file: each feature is the "
           "place the event takes, with its name and its first and last day (properties active_from and active_to, or "
           "dal and al). Experiment zones there on those days clash with it. Every feature is checked and nothing is "
           "imported when any is wrong."));
    CommandLine::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .geojson or .kml file."));
    parser.addOption({QStringLiteral("kind"),
                      tr("The kind of the events: %1 (default other).").arg(Vocabulary::keys(Vocabulary::EventKind).join(QStringLiteral(", "))),
                      tr("KIND"), QStringLiteral("other")});
    const QString verb = QStringLiteral("import events");
    if (const auto status = parse(cli, parser, verb))
        return *status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cli.usage(tr("import events: give exactly one GeoJSON or KML file"));
    const QString kind = parser.value(QStringLiteral("kind"));
    if (!Vocabulary::keys(Vocabulary::EventKind).contains(kind))
        return cli.usage(tr("import events: --kind must be one of %1, not '%2'")
                             .arg(Vocabulary::keys(Vocabulary::EventKind).join(QStringLiteral(", ")), kind));
    const QString fileName = positional.first();
    const ZoneFileContent content = ZoneFileReader::readFile(fileName);
    if (!content.problems.isEmpty())
        return refuseFile(cli, fileName, content.problems);
    Store store;
    if (!cli.openForWriting(store, parser.value(QStringLiteral("db"))))
        return CommandLine::BadData;
    const ZoneImportResult result = CityEvents::import(store, content, fileName, kind);
    if (!result.ok)
        return refuseFile(cli, fileName, result.problems, result.message);
    cli.out() << tr("%n city event(s) imported from %1", nullptr, result.zones).arg(fileName) << '\n';
    return CommandLine::Ok;
}

int ZoneCommands::exportZones(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports zones as a GeoJSON FeatureCollection (.geojson) or a KML document (.kml), with their name, "
           "experiment, active window and constraints. Every zone is written as its polygon, which any GIS reads "
           "as an area; circles and corridors also carry their centre and radius_m, or route and width_m, so that "
           "CityLab reads them back as shapes to edit."));
    CommandLine::addCommonOptions(parser);
    parser.addOption({QStringLiteral("experiment"), tr("Only this experiment's zones (default: every zone)."), tr("CODE")});
    parser.addOption({QStringLiteral("out"), tr("The file to write: .geojson or .kml."), tr("FILE")});
    const QString verb = QStringLiteral("export zones");
    if (const auto status = parse(cli, parser, verb))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return cli.usage(tr("export zones: unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(tr("export zones: --out FILE.geojson or FILE.kml is required"));
    if (ZoneFileReader::formatOf(out) == ZoneFileReader::Format::Unknown)
        return cli.usage(tr("export zones: --out must end in .geojson or .kml, not '%1'").arg(out));

    Store store;
    if (!cli.openForReading(store, parser.value(QStringLiteral("db"))))
        return CommandLine::BadData;
    qint64 id = -1;
    if (parser.isSet(QStringLiteral("experiment"))) {
        id = experimentId(cli, store, parser.value(QStringLiteral("experiment")));
        if (id < 0)
            return CommandLine::BadData;
    }
    ZoneExporter exporter(store);
    const bool written = exporter.write(out, id);
    if (cli.reportDamage(store))
        return CommandLine::BadData;
    if (!written) {
        cli.err() << "citylab: " << exporter.errorString() << '\n';
        return CommandLine::BadData;
    }
    cli.out() << tr("%n zone(s) exported to %1", nullptr, exporter.count()).arg(out) << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
