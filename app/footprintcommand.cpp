// SPDX-License-Identifier: GPL-3.0-or-later
#include "footprintcommand.h"

#include "commandline.h"
#include "domain/recordcode.h"
#include "geo/trackrecorder.h"
#include "i18n/dateformat.h"
#include "io/attachments.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace citylab {

int FootprintCommand::run(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares where a test really ran (a GPX, GeoJSON or CSV track with times) with the experiment's "
           "authorized zones: every stretch outside all of them, outside a zone's dates or hours (Rome time) or "
           "above its maximum height, with its time span and how far outside. Exit status: 0 no excursion, "
           "3 excursions found, 1 bad input, 2 wrong usage."));
    CommandLine::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The track: .gpx, .geojson or .csv."));
    parser.addOption({QStringLiteral("experiment"), tr("The experiment's code."), tr("CODE")});
    parser.addOption({QStringLiteral("ground-elevation"),
                      tr("The ground's height above sea level in metres, for altitudes above sea level "
                         "(GPX, GeoJSON); default: the first point's altitude."),
                      tr("METRES")});
    parser.addOption({QStringLiteral("record"), tr("Keep the file and the result with the experiment, as the window does.")});
    CommandLine::addCsvOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("citylab footprint")} + cli.arguments().mid(1)))
        return cli.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << CommandLine::helpText(parser, QStringLiteral("citylab footprint"));
        return CommandLine::Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return cli.usage(tr("footprint: give exactly one track file"));
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        return cli.usage(tr("footprint: --db FILE is required"));
    const QString code = parser.value(QStringLiteral("experiment"));
    if (code.isEmpty())
        return cli.usage(tr("footprint: --experiment CODE is required"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return cli.usage(tr("footprint: --format must be text or csv, not '%1'").arg(format));
    std::optional<double> ground;
    if (parser.isSet(QStringLiteral("ground-elevation"))) {
        bool ok = false;
        ground = parser.value(QStringLiteral("ground-elevation")).toDouble(&ok);
        if (!ok)
            return cli.usage(tr("footprint: --ground-elevation must be a number of metres, not '%1'")
                                 .arg(parser.value(QStringLiteral("ground-elevation"))));
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.err() << "citylab: " << tr("%1: cannot read: %2").arg(path, file.errorString()) << '\n';
        return CommandLine::BadData;
    }
    if (file.size() > Attachments::maximumSize) {
        cli.err() << "citylab: " << tr("%1: too large to read as a track (%2; at most %3)")
                                        .arg(path, QLocale().formattedDataSize(file.size()),
                                             QLocale().formattedDataSize(Attachments::maximumSize))
                  << '\n';
        return CommandLine::BadData;
    }
    const QByteArray data = file.readAll();

    const bool record = parser.isSet(QStringLiteral("record"));
    Store store;
    if (!(record ? cli.openForWriting(store, db) : cli.openForReading(store, db)))
        return CommandLine::BadData;
    QString error;
    const std::optional<qint64> experimentId = RecordCode::experimentId(store, code, &error);
    if (!experimentId || *experimentId == 0) {
        cli.err() << "citylab: " << (!experimentId ? error : tr("no experiment with code '%1'").arg(code)) << '\n';
        return CommandLine::BadData;
    }
    const TrackRecorder::Result result = record
        ? TrackRecorder::import(store, *experimentId, data, QFileInfo(path).fileName(), ground)
        : TrackRecorder::check(store, *experimentId, data, QFileInfo(path).fileName(), ground);
    if (cli.reportDamage(store))
        return CommandLine::BadData;
    if (!result.ok) {
        cli.err() << "citylab: " << result.error << '\n';
        return CommandLine::BadData;
    }
    for (const QString &warning : result.check.warnings)
        cli.err() << "citylab: " << tr("warning: %1").arg(warning) << '\n';
    const QList<TrackExcursion> &excursions = result.check.excursions;
    const int status = excursions.isEmpty() ? CommandLine::Ok : ExcursionsFound;

    if (format == QLatin1String("csv")) {
        QList<QVariantList> rows;
        for (const TrackExcursion &e : excursions)
            rows.append({TrackRecorder::isoTime(e.from), TrackRecorder::isoTime(e.to), TrackExcursion::kindName(e.kind),
                         e.zoneName, e.maxDistanceM ? QVariant(*e.maxDistanceM) : QVariant(QString()), QString::number(e.points)});
        const int written = cli.writeCsv(parser, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
                                                  QStringLiteral("zone"), QStringLiteral("max_distance_m"), QStringLiteral("points")},
                                         rows);
        return written == CommandLine::Ok ? status : written;
    }
    QTextStream &out = cli.out();
    const QLocale locale;
    const Track &track = result.track;
    out << tr("%1: %n point(s) from %2 to %3", nullptr, int(track.points.size()))
               .arg(QFileInfo(path).fileName(), DateFormat::romeTime(track.points.constFirst().time),
                    DateFormat::romeTime(track.points.constLast().time))
        << '\n';
    if (result.check.groundElevationM)
        out << tr("Heights measured from a ground elevation of %1 m above sea level.")
                   .arg(locale.toString(*result.check.groundElevationM, 'f', 1))
            << '\n';
    else if (track.altitude == Track::Altitude::None)
        out << tr("The track has no altitudes: heights are not checked.") << '\n';
    if (excursions.isEmpty()) {
        out << tr("No excursion: every point is inside an authorized zone, on its dates and hours.") << '\n';
    } else {
        out << tr("%n excursion(s):", nullptr, int(excursions.size())) << '\n';
        for (const TrackExcursion &e : excursions) {
            QString measure;
            if (e.maxDistanceM)
                measure = e.kind == TrackExcursion::Kind::Height
                    ? tr("up to %1 m above").arg(locale.toString(*e.maxDistanceM, 'f', 1))
                    : tr("up to %1 m outside").arg(locale.toString(*e.maxDistanceM, 'f', 1));
            out << "  " << DateFormat::romeTime(e.from) << " – " << DateFormat::romeTime(e.to) << "  " << e.kindLabel();
            if (!e.zoneName.isEmpty())
                out << " (" << (e.kind == TrackExcursion::Kind::Outside ? tr("nearest zone %1").arg(e.zoneName)
                                                                         : tr("zone %1").arg(e.zoneName))
                    << ")";
            if (!measure.isEmpty())
                out << ", " << measure;
            out << ", " << tr("%n point(s)", nullptr, e.points) << '\n';
        }
    }
    if (record)
        out << tr("Recorded with experiment %1.").arg(code) << '\n';
    return status;
}

} // namespace citylab
