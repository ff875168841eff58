// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictcommands.h"

#include "commandline.h"
#include "domain/vocabulary.h"
#include "geo/conflictfinder.h"
#include "geo/eventclashfinder.h"
#include "i18n/dateformat.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QLocale>

namespace citylab {

namespace {

QString period(const ZoneConflict &c)
{
    const QString from = DateFormat::shortDate(QDate::fromString(c.from, Qt::ISODate));
    const QString to = DateFormat::shortDate(QDate::fromString(c.to, Qt::ISODate));
    if (!c.from.isEmpty() && !c.to.isEmpty())
        return ConflictCommands::tr("from %1 to %2").arg(from, to);
    if (!c.from.isEmpty())
        return ConflictCommands::tr("from %1, with no end").arg(from);
    if (!c.to.isEmpty())
        return ConflictCommands::tr("until %1").arg(to);
    return ConflictCommands::tr("at any time");
}

} // namespace

int ConflictCommands::conflicts(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists zone conflicts: zones of different experiments whose areas overlap while both are active, "
           "with the overlap area in square metres and the days they share."));
    CommandLine::addCommonOptions(parser);
    parser.addOption({QStringLiteral("on"), tr("Only zones active on this day (default: any day)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("events"), tr("List instead the zones that clash with city events (a marathon, a market, "
                                                   "a concert) on days of the event.")});
    parser.addOption({QStringLiteral("shared-sites"), tr("List instead the places two experiments use at different times, "
                                                         "who could share set-up (--on does not apply).")});
    CommandLine::addCsvOptions(parser);
    QString db;
    if (const std::optional<int> status = cli.parseVerb(parser, QStringLiteral("conflicts"), &db))
        return *status;
    QDate on;
    if (parser.isSet(QStringLiteral("on"))) {
        on = QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid())
            return cli.usage(tr("conflicts: --on must be a date as YYYY-MM-DD, not '%1'").arg(parser.value(QStringLiteral("on"))));
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return cli.usage(tr("conflicts: --format must be text or csv, not '%1'").arg(format));

    const bool events = parser.isSet(QStringLiteral("events")), shared = parser.isSet(QStringLiteral("shared-sites"));
    if (events && shared)
        return cli.usage(tr("conflicts: give --events or --shared-sites, not both"));

    Store store;
    if (!cli.openForReading(store, db))
        return CommandLine::BadData;
    if (events)
        return eventClashes(cli, parser, store, on);
    if (shared)
        return sharedSites(cli, parser, store);
    QString error;
    const QList<ZoneConflict> conflicts = ConflictFinder::find(store, {on}, &error);
    if (cli.reportDamage(store))
        return CommandLine::BadData;
    if (!error.isEmpty()) {
        cli.err() << tr("conflicts: the zones could not be read: %1").arg(error) << '\n';
        return CommandLine::BadData;
    }

    QTextStream &out = cli.out();
    if (format == QLatin1String("csv")) {
        // Machine-readable: ISO dates (empty = open-ended) and a dot as decimal mark.
        QList<QVariantList> rows;
        for (const ZoneConflict &c : conflicts)
            rows.append({c.a->name, c.b->name, c.a->code, c.b->code, c.overlapM2, c.from, c.to});
        return cli.writeCsv(parser, {QStringLiteral("zone_a"), QStringLiteral("zone_b"), QStringLiteral("experiment_a"),
                                     QStringLiteral("experiment_b"), QStringLiteral("overlap_m2"), QStringLiteral("from"),
                                     QStringLiteral("to")},
                            rows);
    }

    const QLocale locale;
    if (conflicts.isEmpty()) {
        out << (on.isValid() ? tr("No zone conflicts on %1.").arg(DateFormat::shortDate(on)) : tr("No zone conflicts."))
            << '\n';
        return CommandLine::Ok;
    }
    out << (on.isValid() ? tr("Zone conflicts on %1: %2").arg(DateFormat::shortDate(on), locale.toString(conflicts.size()))
                         : tr("Zone conflicts: %1").arg(locale.toString(conflicts.size())))
        << "\n\n";
    for (const ZoneConflict &c : conflicts) {
        out << tr("%1 \"%2\" and %3 \"%4\"").arg(c.a->code, c.a->name, c.b->code, c.b->name) << '\n';
        out << "  " << tr("overlap %1 m², %2").arg(locale.toString(c.overlapM2, 'f', 0), period(c)) << '\n';
    }
    return CommandLine::Ok;
}

int ConflictCommands::eventClashes(CommandLine &cli, const QCommandLineParser &parser, const Store &store, const QDate &on)
{
    QString error;
    const QList<EventClash> clashes = EventClashFinder::find(store, on, &error);
    if (cli.reportDamage(store))
        return CommandLine::BadData;
    if (!error.isEmpty()) {
        cli.err() << tr("conflicts: the city events could not be read: %1").arg(error) << '\n';
        return CommandLine::BadData;
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("csv")) {
        QList<QVariantList> rows;
        for (const EventClash &c : clashes)
            rows.append({c.eventName, c.eventKind, c.zoneName, c.experimentCode, c.overlapM2, c.from, c.to});
        return cli.writeCsv(parser, {QStringLiteral("event"), QStringLiteral("kind"), QStringLiteral("zone"), QStringLiteral("experiment"),
                                     QStringLiteral("overlap_m2"), QStringLiteral("from"), QStringLiteral("to")},
                            rows);
    }
    QTextStream &out = cli.out();
    if (clashes.isEmpty()) {
        out << tr("No zone clashes with a city event.") << '\n';
        return CommandLine::Ok;
    }
    const QLocale locale;
    out << tr("Clashes with city events: %1").arg(locale.toString(clashes.size())) << "\n\n";
    for (const EventClash &c : clashes) {
        out << tr("%1 \"%2\" and %3 \"%4\"").arg(Vocabulary::label(Vocabulary::EventKind, c.eventKind), c.eventName,
                                                    c.experimentCode, c.zoneName)
            << '\n';
        ZoneConflict days;
        days.from = c.from;
        days.to = c.to;
        out << "  " << tr("overlap %1 m², %2").arg(locale.toString(c.overlapM2, 'f', 0), period(days)) << '\n';
    }
    return CommandLine::Ok;
}

int ConflictCommands::sharedSites(CommandLine &cli, const QCommandLineParser &parser, const Store &store)
{
    QString error;
    ConflictScope scope;
    scope.sharedSites = true;
    const QList<ZoneConflict> sites = ConflictFinder::find(store, scope, &error);
    if (cli.reportDamage(store))
        return CommandLine::BadData;
    if (!error.isEmpty()) {
        cli.err() << tr("conflicts: the zones could not be read: %1").arg(error) << '\n';
        return CommandLine::BadData;
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("csv")) {
        QList<QVariantList> rows;
        for (const ZoneConflict &c : sites)
            rows.append({c.a->name, c.b->name, c.a->code, c.b->code, c.overlapM2, c.a->from, c.a->to, c.b->from, c.b->to});
        return cli.writeCsv(parser, {QStringLiteral("zone_a"), QStringLiteral("zone_b"), QStringLiteral("experiment_a"),
                                     QStringLiteral("experiment_b"), QStringLiteral("overlap_m2"), QStringLiteral("from_a"),
                                     QStringLiteral("to_a"), QStringLiteral("from_b"), QStringLiteral("to_b")},
                            rows);
    }
    QTextStream &out = cli.out();
    if (sites.isEmpty()) {
        out << tr("No place is used by two experiments at different times.") << '\n';
        return CommandLine::Ok;
    }
    const QLocale locale;
    out << tr("Places used by two experiments at different times: %1").arg(locale.toString(sites.size())) << "\n\n";
    for (const ZoneConflict &c : sites) {
        ZoneConflict a, b;
        a.from = c.a->from;
        a.to = c.a->to;
        b.from = c.b->from;
        b.to = c.b->to;
        out << tr("%1 \"%2\" (%3) and %4 \"%5\" (%6)").arg(c.a->code, c.a->name, period(a), c.b->code, c.b->name, period(b))
            << '\n';
        out << "  " << tr("shared area %1 m²").arg(locale.toString(c.overlapM2, 'f', 0)) << '\n';
    }
    return CommandLine::Ok;
}

} // namespace citylab
