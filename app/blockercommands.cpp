// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockercommands.h"

#include "commandline.h"
#include "domain/experimentblockers.h"
#include "domain/vocabulary.h"
#include "i18n/dateformat.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QLocale>

namespace citylab {

int BlockerCommands::blockers(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists what holds up each experiment not yet live: pending authorizations (days waited against the "
           "statutory days), unmet blocking conditions, missing signatures and acts, longest waiting first, "
           "then the waits per authority."));
    CommandLine::addCommonOptions(parser);
    parser.addOption({QStringLiteral("on"), tr("The day to count from (default today)."), tr("YYYY-MM-DD")});
    CommandLine::addCsvOptions(parser);
    QString db;
    if (const std::optional<int> status = cli.parseVerb(parser, QStringLiteral("blockers"), &db))
        return *status;
    QDate on = QDate::currentDate();
    if (parser.isSet(QStringLiteral("on"))) {
        on = QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid())
            return cli.usage(tr("blockers: --on must be a date as YYYY-MM-DD, not '%1'").arg(parser.value(QStringLiteral("on"))));
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return cli.usage(tr("blockers: --format must be text or csv, not '%1'").arg(format));

    Store store;
    if (!cli.openForReading(store, db))
        return CommandLine::BadData;
    QString error;
    const std::optional<QList<Blocker>> blockers = ExperimentBlockers::all(store, on, &error);
    if (cli.reportDamage(store))
        return CommandLine::BadData;
    if (!blockers) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }

    if (format == QLatin1String("csv")) {
        // For scripts: stable keys, ISO dates, whatever the language.
        QList<QVariantList> rows;
        for (const Blocker &b : *blockers)
            rows.append({b.experimentCode, b.stage, Blocker::kindKey(b.kind), b.text, b.authority,
                         b.since.toString(Qt::ISODate), QString::number(b.daysWaiting),
                         b.statutoryDays > 0 ? QString::number(b.statutoryDays) : QString()});
        return cli.writeCsv(parser, {QStringLiteral("experiment"), QStringLiteral("stage"), QStringLiteral("blocker_kind"),
                                     QStringLiteral("blocker"), QStringLiteral("authority"), QStringLiteral("since"),
                                     QStringLiteral("days_waiting"), QStringLiteral("statutory_days")},
                            rows);
    }

    QTextStream &out = cli.out();
    const QLocale locale;
    if (blockers->isEmpty()) {
        out << tr("Nothing holds up the experiments not yet live.") << '\n';
        return CommandLine::Ok;
    }
    for (const Blocker &b : *blockers) {
        QString wait = tr("%n day(s)", nullptr, b.daysWaiting);
        if (b.statutoryDays > 0)
            wait = tr("%1 of %2").arg(wait, tr("%n day(s)", nullptr, b.statutoryDays));
        out << b.experimentCode << "  " << Vocabulary::label(Vocabulary::Stage, b.stage) << "  "
            << Blocker::kindLabel(b.kind) << "  " << tr("waiting %1 since %2").arg(wait, DateFormat::shortDate(b.since)) << '\n'
            << "    " << b.text << '\n';
    }
    const QList<ExperimentBlockers::AuthorityWait> waits = ExperimentBlockers::byAuthority(*blockers);
    if (!waits.isEmpty()) {
        out << '\n' << tr("Pending authorizations per authority:") << '\n';
        for (const ExperimentBlockers::AuthorityWait &w : waits)
            out << "  " << w.authority << ": "
                << tr("%n pending, average wait %1 days, worst %2 days", nullptr, w.pending)
                       .arg(locale.toString(w.averageDays, 'f', 0), locale.toString(w.worstDays))
                << '\n';
    }
    return CommandLine::Ok;
}

} // namespace citylab
