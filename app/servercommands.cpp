// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommands.h"

#include "commandline.h"
#include "store/store.h"
#include "sync/pgconnection.h"
#include "sync/servergisview.h"
#include "sync/serverschema.h"
#include "sync/synccatalog.h"
#include "sync/teamsync.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

namespace citylab {

namespace {

void addServerOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("pg"),
                      ServerCommands::tr("The team server, as a PostgreSQL URI or connection string "
                                         "(postgresql://user@host:5432/citylab?sslmode=verify-full)."),
                      ServerCommands::tr("URL")});
    parser.addOption({QStringLiteral("lang"), ServerCommands::tr("Language of messages: it or en."), ServerCommands::tr("LANG")});
    parser.addHelpOption();
}

// Parses a sub-verb's options; the exit status when it is done (help or usage error).
std::optional<int> parse(CommandLine &cli, QCommandLineParser &parser, const QString &command, int skip,
                         int positional)
{
    if (!parser.parse(QStringList{QStringLiteral("citylab ") + command} + cli.arguments().mid(skip)))
        return cli.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << CommandLine::helpText(parser, QStringLiteral("citylab ") + command);
        return CommandLine::Ok;
    }
    if (parser.positionalArguments().size() > positional)
        return cli.usage(ServerCommands::tr("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().value(positional)));
    if (parser.positionalArguments().size() < positional)
        return cli.usage(ServerCommands::tr("%1: say which user").arg(command));
    if (parser.value(QStringLiteral("pg")).isEmpty())
        return cli.usage(ServerCommands::tr("%1: --pg URL is required").arg(command));
    return std::nullopt;
}

// The first line of a password file; an error when it cannot be read.
std::optional<QString> readPassword(CommandLine &cli, const QString &path)
{
    if (path.isEmpty())
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.err() << "citylab: " << ServerCommands::tr("Cannot read the password file %1: %2").arg(path, file.errorString()) << '\n';
        return std::nullopt;
    }
    const QString password = QString::fromUtf8(file.readLine()).trimmed();
    if (password.isEmpty()) {
        cli.err() << "citylab: " << ServerCommands::tr("The password file %1 is empty.").arg(path) << '\n';
        return std::nullopt;
    }
    return password;
}

bool connect(CommandLine &cli, PgConnection &server, const QString &url, const QString &password)
{
    if (server.open(url, password))
        return true;
    cli.err() << "citylab: " << server.errorString() << '\n';
    return false;
}

QString conflictText(const SyncConflict &c)
{
    const auto value = &SyncConflict::text;
    const QString where = c.field.isEmpty() ? QStringLiteral("%1 %2").arg(c.table, c.row)
                                            : QStringLiteral("%1 %2 %3").arg(c.table, c.row, c.field);
    if (c.kind == QLatin1String("edited"))
        return ServerCommands::tr("%1: changed on the server first (by %2) to \"%3\"; yours, \"%4\", was not applied")
            .arg(where, c.serverWho, value(c.server), value(c.theirs));
    if (c.kind == QLatin1String("deleted"))
        return ServerCommands::tr("%1: the record was deleted on the server (by %2); your change \"%3\" was not applied")
            .arg(where, c.serverWho, value(c.theirs));
    if (c.kind == QLatin1String("delete_edited"))
        return ServerCommands::tr("%1: changed on the server (by %2) since you last synced; your deletion was not applied")
            .arg(where, c.serverWho);
    if (c.kind == QLatin1String("parent_deleted"))
        return ServerCommands::tr("%1: refers to a record deleted on the server; not applied").arg(where);
    if (c.kind == QLatin1String("renamed"))
        return ServerCommands::tr("%1: \"%2\" was already taken on the server; yours is now \"%3\"")
            .arg(where, value(c.theirs), value(c.server));
    if (c.kind == QLatin1String("duplicate"))
        return ServerCommands::tr("%1: the same record already exists on the server; yours was not added").arg(where);
    if (c.kind == QLatin1String("move_refused"))
        return ServerCommands::tr("%1: the move to \"%2\" was refused: on the server it is now \"%3\" (by %4)")
            .arg(where, value(c.theirs), value(c.server), c.serverWho);
    return ServerCommands::tr("%1: %2").arg(where, c.kind);
}

} // namespace

int ServerCommands::server(CommandLine &cli)
{
    const QString what = cli.arguments().value(1);
    if (what == QLatin1String("init"))
        return init(cli);
    if (what == QLatin1String("add-user"))
        return addUser(cli);
    if (what == QLatin1String("status"))
        return status(cli);
    return cli.usage(tr("server: say 'init', 'add-user' or 'status', not '%1'").arg(what));
}

int ServerCommands::init(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates or upgrades the citylab schema on a PostgreSQL server (15 or newer) and the group roles "
           "citylab_viewer, citylab_editor and citylab_admin. Connect as the server's administrator; running it "
           "again is harmless."));
    addServerOptions(parser);
    if (const auto status = parse(cli, parser, QStringLiteral("server init"), 2, 0))
        return *status;
    // The catalog of synced tables comes from this program's own store schema.
    QTemporaryDir folder;
    Store schema;
    if (!folder.isValid() || !schema.open(folder.filePath(QStringLiteral("schema.citylab")))) {
        cli.err() << "citylab: " << schema.errorString() << '\n';
        return CommandLine::BadData;
    }
    QString error;
    const std::optional<SyncCatalog> catalog = SyncCatalog::read(schema, &error);
    PgConnection server;
    if (!catalog || !connect(cli, server, parser.value(QStringLiteral("pg")), {})) {
        if (!catalog)
            cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    const std::optional<int> before = ServerSchema::init(server, *catalog, &error);
    if (!before) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    if (*before == 0)
        cli.out() << tr("Created the citylab schema (version %1) on %2.").arg(ServerSchema::latestVersion()).arg(server.serverDescription()) << '\n';
    else if (*before < ServerSchema::latestVersion())
        cli.out() << tr("Upgraded the citylab schema on %1 from version %2 to %3.")
                         .arg(server.serverDescription()).arg(*before).arg(ServerSchema::latestVersion()) << '\n';
    else
        cli.out() << tr("The citylab schema on %1 is up to date (version %2).").arg(server.serverDescription()).arg(*before) << '\n';
    const std::optional<ServerGisView::Result> gis = ServerGisView::make(server, &error);
    if (!gis) {
        cli.err() << "citylab: " << tr("The GIS view citylab.zones_geo could not be made: %1").arg(error) << '\n';
        return CommandLine::BadData;
    }
    cli.out() << ServerGisView::describe(*gis) << '\n';
    return CommandLine::Ok;
}

int ServerCommands::addUser(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes NAME a login on the team server in a role: viewer (reads everything, changes nothing), editor "
           "(changes records) or admin. Run again to change a user's role or password."));
    addServerOptions(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user's login name."));
    parser.addOption({QStringLiteral("role"), tr("viewer, editor or admin."), tr("ROLE")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("A file whose first line is the new user's password (without it the user has none and "
                         "logs in as the server's authentication rules allow)."), tr("FILE")});
    if (const auto status = parse(cli, parser, QStringLiteral("server add-user"), 2, 1))
        return *status;
    const std::optional<ServerSchema::Role> role = ServerSchema::roleFromName(parser.value(QStringLiteral("role")));
    if (!role)
        return cli.usage(tr("server add-user: --role must be viewer, editor or admin, not '%1'").arg(parser.value(QStringLiteral("role"))));
    const std::optional<QString> password = readPassword(cli, parser.value(QStringLiteral("password-file")));
    if (!password)
        return CommandLine::BadData;
    PgConnection server;
    if (!connect(cli, server, parser.value(QStringLiteral("pg")), {}))
        return CommandLine::BadData;
    QString error;
    const QString name = parser.positionalArguments().first();
    if (!ServerSchema::checkUsable(server, &error) || !ServerSchema::addUser(server, name, *role, *password, &error)) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    cli.out() << tr("%1 is a CityLab %2 on %3.").arg(name, ServerSchema::roleName(*role), server.serverDescription()) << '\n';
    return CommandLine::Ok;
}

int ServerCommands::status(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the team server's schema version, its users, the desktops that sync "
                                        "with it and the last changes."));
    addServerOptions(parser);
    parser.addOption({QStringLiteral("password-file"), tr("A file whose first line is your password."), tr("FILE")});
    if (const auto status = parse(cli, parser, QStringLiteral("server status"), 2, 0))
        return *status;
    const std::optional<QString> password = readPassword(cli, parser.value(QStringLiteral("password-file")));
    PgConnection server;
    if (!password || !connect(cli, server, parser.value(QStringLiteral("pg")), *password))
        return CommandLine::BadData;
    QString error;
    const std::optional<ServerSchema::Status> status = ServerSchema::status(server, &error);
    if (!status) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    const QLocale locale;
    QTextStream &out = cli.out();
    out << tr("Server: %1").arg(server.serverDescription()) << '\n'
        << tr("Schema version: %1").arg(status->version) << '\n'
        << tr("Records: %1; open conflicts: %2").arg(locale.toString(status->records), locale.toString(status->openConflicts)) << '\n';
    const std::optional<QString> gis = ServerGisView::present(server, &error);
    if (!gis) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    if (!gis->isEmpty())
        out << tr("GIS view: citylab.zones_geo (PostGIS %1)").arg(*gis) << '\n';
    else
        out << tr("GIS view: none (a server with PostGIS gets citylab.zones_geo from `citylab server init`)") << '\n';
    out << tr("Users (%1):").arg(status->users.size()) << '\n';
    for (const ServerSchema::User &user : status->users)
        out << "  " << user.name << " (" << user.role << ")\n";
    out << tr("Desktops (%1):").arg(status->replicas.size()) << '\n';
    for (const ServerSchema::Replica &replica : status->replicas)
        out << "  " << tr("%1, %2: last synced %3 (up to change %4)")
                           .arg(replica.user, replica.name, locale.toString(replica.lastSync.toLocalTime(), QLocale::ShortFormat))
                           .arg(replica.lastSeq) << '\n';
    out << tr("Last changes:") << '\n';
    for (const ServerSchema::Change &change : status->lastChanges)
        out << "  " << change.seq << "  " << locale.toString(change.at.toLocalTime(), QLocale::ShortFormat) << "  "
            << change.who << "  " << change.action << ' ' << change.table
            << (change.outcome == QLatin1String("conflict") ? QStringLiteral(" (%1)").arg(tr("conflict")) : QString()) << '\n';
    return CommandLine::Ok;
}

int ServerCommands::sync(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends the file's changes to its team server and takes the team's, once. A file joins the server on its "
           "first sync: an empty file takes the team's records, a file with records fills an empty server. Exit "
           "status 0 when done (conflicts are listed), 1 when the server cannot be reached or refuses the changes: "
           "nothing is lost, they stay waiting in the file."));
    addServerOptions(parser);
    parser.addOption({QStringLiteral("db"), tr("The CityLab database file."), tr("FILE")});
    parser.addOption({QStringLiteral("password-file"), tr("A file whose first line is your password."), tr("FILE")});
    if (const auto status = parse(cli, parser, QStringLiteral("sync"), 1, 0))
        return *status;
    if (parser.value(QStringLiteral("db")).isEmpty())
        return cli.usage(tr("sync: --db FILE is required"));
    const std::optional<QString> password = readPassword(cli, parser.value(QStringLiteral("password-file")));
    if (!password)
        return CommandLine::BadData;
    Store store;
    if (!cli.openForWriting(store, parser.value(QStringLiteral("db"))))
        return CommandLine::BadData;
    store.setReadOnlyReason({});   // a viewer's file too takes what the server sends
    PgConnection server;
    if (!connect(cli, server, parser.value(QStringLiteral("pg")), *password))
        return CommandLine::BadData;
    store.setUserName(server.userName());
    TeamSync sync(store, server);
    QString error;
    const std::optional<SyncOutcome> outcome = sync.run(&error);
    if (!outcome) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    const QLocale locale;
    if (outcome->joined)
        cli.out() << tr("Joined %1.").arg(server.serverDescription()) << '\n';
    cli.out() << tr("Sent %1 changes, received %2 records; %3 conflicts.")
                     .arg(locale.toString(outcome->pushed), locale.toString(outcome->pulled),
                          locale.toString(outcome->conflicts.size())) << '\n';
    if (outcome->repeated > 0)
        cli.out() << tr("%1 changes were already on the server (sent again after an interruption) and were not applied twice.")
                         .arg(locale.toString(outcome->repeated)) << '\n';
    if (outcome->erased > 0)
        cli.out() << tr("Erased personal data of %1 records on the server, in its history too.")
                         .arg(locale.toString(outcome->erased)) << '\n';
    if (outcome->erasedHere > 0)
        cli.out() << tr("Erased personal data of %1 records in this file, as a colleague erased them on the server.")
                         .arg(locale.toString(outcome->erasedHere)) << '\n';
    if (!outcome->notice.isEmpty())
        cli.err() << outcome->notice << '\n';
    for (const SyncConflict &conflict : outcome->conflicts)
        cli.out() << tr("Conflict: %1").arg(conflictText(conflict)) << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
