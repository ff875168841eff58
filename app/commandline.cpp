// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "demo/demodatabase.h"
#include "i18n/dateformat.h"
#include "domain/deadlines.h"
#include "backupcommands.h"
#include "blockercommands.h"
#include "footprintcommand.h"
#include "conflictcommands.h"
#include "draftcommand.h"
#include "measurementcommands.h"
#include "reportcommand.h"
#include "servercommands.h"
#include "tilecommands.h"
#include "zonecommands.h"
#include "domain/vocabulary.h"
#include "io/csvwriter.h"
#include "items/recordcounts.h"
#include "i18n/language.h"
#include "store/store.h"
#include "store/sqlerrortext.h"
#include "store/sqliteerrorlog.h"
#include "store/storecheck.h"
#include "sync/teamsync.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QFile>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace citylab {

// Parses the verb's options; handles --help, a missing --db and stray arguments. Returns
// the exit status when the verb is done (help shown or usage error), nothing to go on.
void CommandLine::addCsvOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), tr("text (default) or csv."), tr("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("excel"),
                      tr("With --format csv: for spreadsheets in Italian and other languages with a decimal comma "
                         "(';' between fields, decimal comma, UTF-8 with a byte order mark).")});
}

int CommandLine::writeCsv(const QCommandLineParser &parser, const QStringList &header, const QList<QVariantList> &rows)
{
    const bool excel = parser.isSet(QStringLiteral("excel"));
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return BadData;
    CsvWriter csv(&out, excel ? u';' : u',', excel);
    if (!csv.writeRow(header))
        return BadData;
    for (const QVariantList &row : rows) {
        QStringList fields;
        for (const QVariant &value : row) {
            if (value.typeId() == QMetaType::Double) {
                QString number = QString::number(value.toDouble(), 'f', 1);
                if (excel)
                    number.replace(u'.', u',');
                fields << number;
            } else {
                fields << value.toString();
            }
        }
        if (!csv.writeRow(fields))
            return BadData;
    }
    return Ok;
}

std::optional<int> CommandLine::parseVerb(QCommandLineParser &parser, const QString &verb, QString *path)
{
    if (!parser.parse(QStringList{QStringLiteral("citylab ") + verb} + m_arguments.mid(1)))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << helpText(parser, QStringLiteral("citylab ") + verb);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("%1: unexpected argument '%2'").arg(verb, parser.positionalArguments().first()));
    *path = parser.value(QStringLiteral("db"));
    if (path->isEmpty())
        return usage(tr("%1: --db FILE is required").arg(verb));
    return std::nullopt;
}

QString CommandLine::helpText(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const QString executable = QDir::toNativeSeparators(QCoreApplication::arguments().constFirst());
    const qsizetype at = help.indexOf(executable);
    if (at >= 0)
        help.replace(at, executable.size(), command);
    return help;
}

// Options every verb takes.
void CommandLine::addCommonOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("db"), tr("The CityLab database file."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("Language of messages: it or en."), tr("LANG")});
    parser.addHelpOption();
}

bool CommandLine::isVerbInvocation(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    // `citylab FILE` opens the file in the window, as a double-click in the file manager does
    // (the desktop file's Exec): a verb has no dot nor slash in its name.
    const bool file = first.endsWith(QLatin1String(".citylab"), Qt::CaseInsensitive) || first.contains(u'/')
                      || (first.contains(u'.') && QFileInfo(first).isFile());
    if (file)
        return false;
    return !first.startsWith(u'-') || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v");
}

int CommandLine::run(int argc, char *argv[])
{
    // Verbs that paint (letters as PDF) need fonts, hence a QGuiApplication; headless all the same.
    const bool paints = argc > 1 && qstrcmp(argv[1], "draft") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Reports draw charts with QCustomPlot, a widget library: they need a QApplication.
    const bool widgets = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application(widgets  ? new QApplication(argc, argv)
                                                        : paints ? new QGuiApplication(argc, argv)
                                                                 : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QStringList arguments = app.arguments().mid(1);
    // --lang is honoured before anything is printed, wherever it stands.
    const qsizetype lang = arguments.indexOf(QStringLiteral("--lang"));
    if (!Language::install(lang >= 0 ? arguments.value(lang + 1) : QString()))
        Language::install({});
    CommandLine commandLine(arguments);
    return commandLine.dispatch();
}

CommandLine::CommandLine(const QStringList &arguments)
    : m_arguments(arguments)
    , m_out(stdout)
    , m_err(stderr)
{
}

QString CommandLine::generalHelp() const
{
    return tr("Usage: citylab [--db FILE] [--lang it|en] [--screenshot DIR]\n"
              "       citylab VERB [options]\n\n"
              "Without a verb, citylab opens the window.\n\n"
              "Verbs:\n"
              "  demo    create a demo database of Turin experiments\n"
              "  check   check a database: integrity, references, schema version, row counts\n"
              "  backup  copy a database safely, even while it is in use (or list its automatic backups)\n"
              "  restore put a backup back into a database\n"
              "  deadlines  list overdue and coming deadlines: requests, agreements, follow-ups, conditions, insurance\n"
              "  blockers   list what holds up each experiment not yet live, and the waits per authority\n"
              "  draft   write a regulatory request as a letter: PDF, ODT or PEC draft (.eml)\n"
              "  tiles   download map tiles for offline use (tiles prefetch)\n"
              "  conflicts  list zones of different experiments that overlap while both are active, clashes with\n"
              "             city events (--events) or places used at different times (--shared-sites)\n"
              "  footprint  compare where a test really ran (GPX, GeoJSON, CSV track) with its authorized zones\n"
              "  report  write the portfolio or an experiment report as PDF\n"
              "  import measurements  import a partner's CSV file of measurements into an experiment\n"
              "  import zones  import an experiment's zones from a GeoJSON or KML file\n"
              "  import events  import city events (marathons, markets, concerts) from a GeoJSON or KML file\n"
              "  export zones  export zones as GeoJSON or KML\n"
              "  sync    send a file's changes to its team server and take the team's\n"
              "  server  set up a team server: server init, server add-user, server status\n"
              "  help    show this help\n\n"
              "Run 'citylab VERB --help' for the options of a verb.\n"
              "Exit status: 0 success, 1 bad input or data, 2 wrong usage (footprint: 3 when it finds excursions).\n");
}

int CommandLine::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << "citylab: " << problem << '\n';
    m_err << generalHelp();
    return Usage;
}

// A verb that met a damaged page without noticing must not report success: whatever it
// printed or wrote may be incomplete.
int CommandLine::dispatch()
{
    const quint64 damageBefore = SqliteErrorLog::corruptionReports();
    const int status = runVerb();
    if (status == Ok && SqliteErrorLog::corruptionReports() != damageBefore) {
        const qsizetype db = m_arguments.indexOf(QStringLiteral("--db"));
        m_out.flush();
        m_err << "citylab: " << SqlErrorText::damagedStore(m_arguments.value(db + 1), SqliteErrorLog::lastCorruptionMessage())
              << '\n';
        return BadData;
    }
    return status;
}

int CommandLine::runVerb()
{
    const QString verb = m_arguments.value(0);
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        m_out << "citylab " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (verb == QLatin1String("help") || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_out << generalHelp();
        return Ok;
    }
    if (verb == QLatin1String("demo"))
        return demo();
    if (verb == QLatin1String("check"))
        return check();
    if (verb == QLatin1String("backup"))
        return BackupCommands::backup(*this);
    if (verb == QLatin1String("restore"))
        return BackupCommands::restore(*this);
    if (verb == QLatin1String("deadlines"))
        return deadlines();
    if (verb == QLatin1String("blockers"))
        return BlockerCommands::blockers(*this);
    if (verb == QLatin1String("draft"))
        return DraftCommand::run(*this);
    if (verb == QLatin1String("report"))
        return ReportCommand::run(*this);
    if (verb == QLatin1String("tiles"))
        return TileCommands::run(*this);
    if (verb == QLatin1String("footprint"))
        return FootprintCommand::run(*this);
    if (verb == QLatin1String("conflicts"))
        return ConflictCommands::conflicts(*this);
    if (verb == QLatin1String("server"))
        return ServerCommands::server(*this);
    if (verb == QLatin1String("sync"))
        return ServerCommands::sync(*this);
    if (verb == QLatin1String("import")) {
        // Sub-verbs: measurements (CSV) here; zones are added beside it.
        const QString what = m_arguments.value(1);
        if (what == QLatin1String("measurements"))
            return MeasurementCommands::importMeasurements(*this);
        if (what == QLatin1String("zones"))
            return ZoneCommands::importZones(*this);
        if (what == QLatin1String("events"))
            return ZoneCommands::importEvents(*this);
        return usage(tr("import: say 'measurements', 'zones' or 'events', not '%1'").arg(what));
    }
    if (verb == QLatin1String("export")) {
        if (m_arguments.value(1) == QLatin1String("zones"))
            return ZoneCommands::exportZones(*this);
        return usage(tr("export: say 'zones', not '%1'").arg(m_arguments.value(1)));
    }
    return usage(tr("unknown verb '%1'").arg(verb));
}

int CommandLine::demo()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a realistic, deterministic demo database of Turin experiments."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 1): the same seed gives the same data."), tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("scale"), tr("Size: 60 experiments and about 100 zones per unit (default 1)."), tr("K"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("today"), tr("The day the data is relative to (default today)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
    QString path;
    if (const auto status = parseVerb(parser, QStringLiteral("demo"), &path))
        return *status;
    DemoGenerator::Options options;
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usage(tr("demo: --seed must be a whole number, not '%1'").arg(parser.value(QStringLiteral("seed"))));
    options.scale = parser.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || options.scale < 1 || options.scale > 1000)
        return usage(tr("demo: --scale must be a whole number from 1 to 1000, not '%1'").arg(parser.value(QStringLiteral("scale"))));
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return usage(tr("demo: --today must be a date as YYYY-MM-DD, not '%1'").arg(parser.value(QStringLiteral("today"))));
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DemoDatabase::create(path, options, parser.isSet(QStringLiteral("force")), &error)) {
        m_err << "citylab: " << error << '\n';
        return BadData;
    }
    Store store;
    if (!openForReading(store, path))
        return BadData;
    const std::optional<RecordCounts> counts = RecordCounts::load(store, RecordCounts::Include::Everything, &error);
    if (!counts) {
        m_err << "citylab: " << error << '\n';
        return BadData;
    }
    const QLocale locale;
    m_out << tr("Created %1 in %2 s: %3 experiments, %4 zones, %5 organizations, %6 measurements.")
                 .arg(path, locale.toString(timer.elapsed() / 1000.0, 'f', 1), locale.toString(counts->experiments),
                      locale.toString(counts->zones), locale.toString(counts->organizations),
                      locale.toString(counts->measurements))
          << '\n';
    return Ok;
}

int CommandLine::check()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a CityLab database without changing it."));
    addCommonOptions(parser);
    QString path;
    if (const auto status = parseVerb(parser, QStringLiteral("check"), &path))
        return *status;
    Store store;
    if (!openForReading(store, path))
        return BadData;
    const StoreCheck result = StoreCheck::run(store);
    const QLocale locale;
    m_out << tr("Database: %1").arg(path) << '\n'
          << tr("Schema version: %1 (this CityLab: %2)").arg(result.schemaVersion).arg(result.latestSchemaVersion) << '\n';
    m_out << tr("Rows:") << '\n';
    for (const auto &[table, count] : result.rowCounts)
        m_out << "  " << qSetFieldWidth(24) << Qt::left << table << qSetFieldWidth(0) << locale.toString(count) << '\n';
    if (result.isHealthy()) {
        m_out << tr("Healthy: integrity, references and indexes are all correct.") << '\n';
        return Ok;
    }
    m_out.flush();
    m_err << tr("%n problem(s) found:", nullptr, int(result.problems.size())) << '\n';
    for (const QString &problem : result.problems)
        m_err << "  - " << problem << '\n';
    m_err << tr("What to do:") << '\n';
    for (const QString &action : result.actions)
        m_err << "  - " << action << '\n';
    return BadData;
}

bool CommandLine::openForReading(Store &store, const QString &path)
{
    if (store.open(path, Store::OpenMode::Inspect))
        return true;
    m_err << "citylab: " << store.errorString() << '\n';
    return false;
}

bool CommandLine::openForWriting(Store &store, const QString &path)
{
    // A script would rather wait for a long import than fail; Ctrl+C still stops it.
    store.setWriteWaitLimit(10 * 60 * 1000);
    QObject::connect(&store, &Store::waitingForWriter, &store, [this, path] {
        m_err << "citylab: " << tr("waiting for another program writing to %1…").arg(path) << '\n';
        m_err.flush();
    });
    if (!store.open(path, Store::OpenMode::OpenExisting)) {
        m_err << "citylab: " << store.errorString() << '\n';
        return false;
    }
    // A viewer's file takes no changes from scripts either, as in the window.
    TeamSync::followRole(store);
    return true;
}

bool CommandLine::reportDamage(const Store &store)
{
    if (!store.isDamaged())
        return false;
    m_out.flush();
    m_err << "citylab: " << store.damageMessage() << '\n';
    return true;
}

int CommandLine::deadlines()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists what must be chased, soonest first: regulatory requests overdue or due "
                                        "soon, agreements inside their renewal notice, follow-ups, experiments "
                                        "stuck in a stage, conditions of decisions coming due, test plans' insurance running out, "
                                        "art. 36 final reports owed, and contact-log entries and people kept past the office's "
                                        "retention period (kinds retained_contact, retained_person)."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("on"), tr("The day to count from (default today)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("days"), tr("How far ahead to look, in days (default 30). Overdue items are always listed."),
                      tr("N"), QStringLiteral("30")});
    addCsvOptions(parser);
    parser.addOption({QStringLiteral("stuck-days"), tr("An experiment this many days in one stage before going live is "
                                                       "listed as stuck (default: the database's setting, made in Today)."),
                      tr("N")});
    parser.addOption({QStringLiteral("officer"), tr("Only what concerns the experiments of this officer."), tr("NAME")});
    parser.addOption({QStringLiteral("closed-follow-ups"),
                      tr("Also list follow-ups of rejected or withdrawn experiments (left out by default, as in Today).")});
    QString path;
    if (const auto status = parseVerb(parser, QStringLiteral("deadlines"), &path))
        return *status;
    Deadlines::Options options;
    if (parser.isSet(QStringLiteral("on"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!options.today.isValid())
            return usage(tr("deadlines: --on must be a date as YYYY-MM-DD, not '%1'").arg(parser.value(QStringLiteral("on"))));
    }
    bool ok = false;
    options.horizonDays = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || options.horizonDays < 0)
        return usage(tr("deadlines: --days must be a whole number of days, not '%1'").arg(parser.value(QStringLiteral("days"))));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usage(tr("deadlines: --format must be text or csv, not '%1'").arg(format));

    int stuckDays = -1;
    if (parser.isSet(QStringLiteral("stuck-days"))) {
        stuckDays = parser.value(QStringLiteral("stuck-days")).toInt(&ok);
        if (!ok || stuckDays < Deadlines::minimumStuckAfterDays || stuckDays > Deadlines::maximumStuckAfterDays)
            return usage(tr("deadlines: --stuck-days must be a whole number of days from %1 to %2, not '%3'")
                             .arg(Deadlines::minimumStuckAfterDays).arg(Deadlines::maximumStuckAfterDays)
                             .arg(parser.value(QStringLiteral("stuck-days"))));
    }

    Store store;
    if (!openForReading(store, path))
        return BadData;
    options.stuckAfterDays = stuckDays > 0 ? stuckDays : Deadlines::stuckAfterDays(store);
    options.followUpsOfClosedExperiments = parser.isSet(QStringLiteral("closed-follow-ups"));
    QString error;
    QList<Deadline> list = Deadlines::collect(store, options, &error);
    if (parser.isSet(QStringLiteral("officer"))) {
        const QString officer = parser.value(QStringLiteral("officer"));
        // people past retention belong to the office, not to an officer: always listed
        list.removeIf([&officer](const Deadline &d) {
            return d.kind != Deadline::RetainedPerson && d.officer.compare(officer, Qt::CaseInsensitive) != 0;
        });
    }
    if (reportDamage(store))
        return BadData;
    if (!error.isEmpty()) {
        m_err << "citylab: " << error << '\n';
        return BadData;
    }
    if (format == QLatin1String("csv")) {
        // For scripts: stable keys and ISO dates, whatever the language.
        QList<QVariantList> rows;
        for (const Deadline &d : list)
            rows.append({Deadline::kindKey(d.kind), d.reference, d.title, d.dueOn.toString(Qt::ISODate),
                         QString::number(d.daysLeft), d.status});
        return writeCsv(parser, {QStringLiteral("kind"), QStringLiteral("reference"), QStringLiteral("title"),
                                 QStringLiteral("due_on"), QStringLiteral("days_left"), QStringLiteral("status")},
                        rows);
    }
    if (list.isEmpty())
        m_out << tr("Nothing due within %n day(s).", nullptr, options.horizonDays) << '\n';
    QList<QStringList> rows;
    for (const Deadline &d : list) {
        const QString when = d.daysLeft < 0 ? tr("%n day(s) overdue", nullptr, -d.daysLeft)
                             : d.daysLeft == 0 ? tr("due today")
                                               : tr("in %n day(s)", nullptr, d.daysLeft);
        rows << QStringList{DateFormat::shortDate(d.dueOn), when, Deadlines::kindLabel(d.kind), d.reference,
                            d.title + QStringLiteral(" [") + Deadlines::statusLabel(d) + u']'};
    }
    // Columns as wide as their widest cell, the last one free.
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : std::as_const(rows))
        for (int c = 0; c < 4; ++c)
            widths[c] = qMax(widths[c], row[c].size());
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < 4; ++c)
            m_out << row[c].leftJustified(widths[c] + 2);
        m_out << row[4] << '\n';
    }
    return Ok;
}

} // namespace citylab
