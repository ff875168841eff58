// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "commandline.h"
#include "reports/reportgenerator.h"
#include "store/store.h"

#include <QCommandLineParser>

namespace citylab {

int ReportCommand::run(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a report as PDF: 'portfolio' (key figures, pipeline, deadlines, active experiments), "
           "'experiment CODE' (summary, partners, agreements, regulatory history, metrics against targets) or "
           "'final CODE' (the plan against what happened, footprint compliance, outcomes against targets, conditions, "
           "incidents, the rules it tested and what the evidence says)."));
    CommandLine::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("kind"), tr("portfolio, or experiment or final followed by the experiment code."));
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("from"), tr("First day of the period."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the period (default today)."), tr("YYYY-MM-DD")});
    if (!parser.parse(QStringList{QStringLiteral("citylab report")} + cli.arguments().mid(1)))
        return cli.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << CommandLine::helpText(parser, QStringLiteral("citylab report"));
        return CommandLine::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    if (kind != QLatin1String("portfolio") && kind != QLatin1String("experiment") && kind != QLatin1String("final"))
        return cli.usage(tr("report: say 'portfolio', 'experiment CODE' or 'final CODE'"));
    if (kind != QLatin1String("portfolio") && positional.size() != 2)
        return cli.usage(tr("report %1: the experiment code is required").arg(kind));
    if (kind == QLatin1String("portfolio") && positional.size() != 1)
        return cli.usage(tr("report: unexpected argument '%1'").arg(positional.value(1)));
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        return cli.usage(tr("report: --db FILE is required"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(tr("report: --out FILE is required"));
    ReportGenerator::Options options;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(name))
            continue;
        const QDate day = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!day.isValid())
            return cli.usage(tr("report: --%1 must be a date as YYYY-MM-DD, not '%2'").arg(name, parser.value(name)));
        (name == QLatin1String("from") ? options.from : options.to) = day;
    }
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return cli.usage(tr("report: --from is after --to"));

    Store store;
    if (!cli.openForReading(store, db))
        return CommandLine::BadData;
    const ReportGenerator generator(store);
    QString error;
    const bool ok = kind == QLatin1String("portfolio")    ? generator.writePortfolio(out, options, &error)
                    : kind == QLatin1String("experiment") ? generator.writeExperiment(out, positional.at(1), options, &error)
                                                          : generator.writeFinal(out, positional.at(1), options, &error);
    if (!ok) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    cli.out() << tr("Report written to %1").arg(out) << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
