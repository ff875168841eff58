// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictcommands.h"

#include "commandline.h"
#include "geo/conflictfinder.h"
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

    Store store;
    if (!cli.openForReading(store, db))
        return CommandLine::BadData;
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
            rows.append({c.nameA, c.nameB, c.experimentA, c.experimentB, c.overlapM2, c.from, c.to});
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
        out << tr("%1 \"%2\" and %3 \"%4\"").arg(c.experimentA, c.nameA, c.experimentB, c.nameB) << '\n';
        out << "  " << tr("overlap %1 m², %2").arg(locale.toString(c.overlapM2, 'f', 0), period(c)) << '\n';
    }
    return CommandLine::Ok;
}

} // namespace citylab
