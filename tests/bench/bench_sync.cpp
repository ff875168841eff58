// SPDX-License-Identifier: GPL-3.0-or-later
// Team sync against a throwaway PostgreSQL cluster, each figure against a baseline measured
// in the same run:
//   ratio sync_push_10k_vs_copy            pushing 10,000 field changes / psql \copy of the
//                                          same rows into an equivalent table: the keys of
//                                          the server's change table (goal <= 3)
//   ratio sync_push_10k_vs_bare_copy       the same against a table without keys
//   ratio clone_scale100_vs_pgdump         a first clone of a scale-100 store from the server /
//                                          pg_dump of the citylab schema (goal <= 2)
//   ratio sync_30_clients_p95_ms_per_1000ms  30 client processes syncing 10 changes in a
//                                          loop: p95 round trip / 1 s (goal <= 1)
// CITYLAB_BENCH_SCALE sets the clone's demo scale (100).
#include "../pgtestserver.h"

#include "demo/demodatabase.h"
#include "store/store.h"
#include "sync/pgconnection.h"
#include "sync/serverschema.h"
#include "sync/synccatalog.h"
#include "sync/teamsync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace citylab;
using testsupport::PgTestServer;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message)
{
    out << "bench_sync: " << message << Qt::endl;
    std::exit(1);
}

QList<qint64> ids(Store &store, const QString &table)
{
    QList<qint64> found;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    while (query.next())
        found << query.value(0).toLongLong();
    return found;
}

// `count` field changes spread over the file's organizations, zones and contacts.
void editMany(Store &store, int count, const QString &tag)
{
    QList<std::pair<QString, qint64>> records;
    for (const QString &table : {QStringLiteral("organizations"), QStringLiteral("zones"), QStringLiteral("interactions")})
        for (const qint64 id : ids(store, table))
            records << std::pair{table, id};
    const bool ok = store.transact([&] {
        for (int i = 0; i < count; ++i) {
            const auto &[table, id] = records.at(i % records.size());
            const QString field = table == QLatin1String("interactions") ? QStringLiteral("details") : QStringLiteral("notes");
            if (!store.update(table, id, {{field, QStringLiteral("%1 change %2").arg(tag).arg(i)}}))
                return false;
        }
        return true;
    });
    if (!ok)
        die(store.errorString());
}

std::optional<SyncOutcome> syncOnce(const QString &file, const QString &url, const QString &password, QString *error)
{
    Store store;
    if (!store.open(file)) {
        *error = store.errorString();
        return std::nullopt;
    }
    PgConnection server;
    if (!server.open(url, password)) {
        *error = server.errorString();
        return std::nullopt;
    }
    TeamSync sync(store, server);
    return sync.run(error);
}

// Runs one of PostgreSQL's programs as the superuser; how long it took, in milliseconds.
double timedPgTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(PgTestServer::superPassword));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(PgTestServer::binDir() + u'/' + tool, arguments);
    process.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (process.exitCode() != 0)
        die(QString::fromUtf8(process.readAllStandardError()));
    return ms;
}

QString makeDemo(const QString &path, int scale)
{
    DemoGenerator::Options options;
    options.scale = scale;
    options.today = QDate(2026, 5, 10);
    QString error;
    if (!DemoDatabase::create(path, options, true, &error))
        die(error);
    return path;
}

// One of the 30 clients: joins (takes the server's few records), then syncs 10 changes at a
// time and prints each round trip in milliseconds.
int client(const QStringList &arguments)
{
    const QString file = arguments.value(0), url = arguments.value(1), password = arguments.value(2);
    const int rounds = arguments.value(3).toInt();
    QString error;
    QFile::remove(file);
    if (!syncOnce(file, url, password, &error))
        die(error);
    Store store;
    if (!store.open(file))
        die(store.errorString());
    PgConnection server;
    if (!server.open(url, password))
        die(server.errorString());
    for (int round = 0; round < rounds; ++round) {
        editMany(store, 10, QStringLiteral("client %1 round %2").arg(QCoreApplication::applicationPid()).arg(round));
        QElapsedTimer timer;
        timer.start();
        TeamSync sync(store, server);
        if (!sync.run(&error))
            die(error);
        out << "round-trip " << timer.nsecsElapsed() / 1e6 << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--client"))
        return client(app.arguments().mid(2));

    PgTestServer cluster;
    QString error;
    if (!cluster.start(&error))
        die(error);
    QTemporaryDir dir;
    const QString password = QStringLiteral("bench-pw");
    const auto prepare = [&](const QString &database) {
        cluster.psql(QStringLiteral("CREATE DATABASE %1").arg(database));
        PgConnection admin;
        if (!admin.open(cluster.url(QString::fromLatin1(PgTestServer::superuser), database), QString::fromLatin1(PgTestServer::superPassword)))
            die(admin.errorString());
        Store schema;
        if (!schema.open(dir.filePath(QStringLiteral("schema-%1.citylab").arg(database))))
            die(schema.errorString());
        const std::optional<SyncCatalog> catalog = SyncCatalog::read(schema, &error);
        if (!catalog || !ServerSchema::init(admin, *catalog, &error)
            || !ServerSchema::addUser(admin, QStringLiteral("bench"), ServerSchema::Role::Editor, password, &error))
            die(error);
        return cluster.url(QStringLiteral("bench"), database);
    };

    // 1. Pushing 10,000 field changes, against psql's \copy of the same rows.
    {
        const QString url = prepare(QStringLiteral("push"));
        const QString file = makeDemo(dir.filePath(QStringLiteral("push.citylab")), 1);
        if (!syncOnce(file, url, password, &error))
            die(error);
        Store store;
        if (!store.open(file))
            die(store.errorString());
        editMany(store, 10000, QStringLiteral("push"));
        // The same rows as a COPY file: change uuid, table, record, action, before, after, when, who.
        QByteArray rows;
        {
            QSqlQuery log(store.database());
            log.exec(QStringLiteral("SELECT uuid, table_name, row_uuid, action, before_json, after_json, at, who FROM change_log "
                                    "WHERE server_seq IS NULL ORDER BY id DESC LIMIT 10000"));
            while (log.next()) {
                QStringList fields;
                for (int i = 0; i < 8; ++i)
                    fields << log.value(i).toString().replace(QLatin1String("\\"), QLatin1String("\\\\"));
                rows += fields.join(u'\t').toUtf8() + '\n';
            }
        }
        QFile copyFile(dir.filePath(QStringLiteral("changes.tsv")));
        copyFile.open(QIODevice::WriteOnly);
        copyFile.write(rows);
        copyFile.close();
        // Two baselines: a bare table, and one with the keys of the server's own change table
        // (its sequence number, the change's uuid, the record's history) — the equivalent table.
        cluster.psql(QStringLiteral("CREATE TABLE bench_bare (uuid uuid, table_name text, row_uuid uuid, action text, "
                                    "before jsonb, after jsonb, at text, who text); "
                                    "CREATE TABLE bench_keyed (seq bigserial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, "
                                    "table_name text NOT NULL, row_uuid uuid NOT NULL, action text NOT NULL, before jsonb, "
                                    "after jsonb, at text, who text); CREATE INDEX ON bench_keyed (row_uuid, seq)"),
                     QStringLiteral("push"));
        PgConnection server;
        if (!server.open(url, password))
            die(server.errorString());
        // the median of three pushes, each of 10,000 new edits
        QList<double> pushes;
        for (int round = 0; round < 3; ++round) {
            if (round > 0)
                editMany(store, 10000, QStringLiteral("push %1").arg(round));
            QElapsedTimer timer;
            timer.start();
            TeamSync sync(store, server);
            const std::optional<SyncOutcome> pushed = sync.run(&error);
            pushes << timer.nsecsElapsed() / 1e6;
            if (!pushed || pushed->pushed != 10000)
                die(pushed ? QStringLiteral("pushed %1 changes, not 10000").arg(pushed->pushed) : error);
        }
        std::sort(pushes.begin(), pushes.end());
        const double pushMs = pushes.at(1);
        const auto copyInto = [&](const QString &table) {
            return timedPgTool(QStringLiteral("psql"),
                               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                                cluster.url(QString::fromLatin1(PgTestServer::superuser), QStringLiteral("push")), QStringLiteral("-c"),
                                QStringLiteral("\\copy %1 (uuid, table_name, row_uuid, action, before, after, at, who) FROM '%2'")
                                    .arg(table, copyFile.fileName())});
        };
        // the median of three of each, interleaved, each into an empty table
        QList<double> bare, keyed;
        for (int run = 0; run < 3; ++run) {
            cluster.psql(QStringLiteral("TRUNCATE bench_bare, bench_keyed"), QStringLiteral("push"));
            bare << copyInto(QStringLiteral("bench_bare"));
            keyed << copyInto(QStringLiteral("bench_keyed"));
        }
        std::sort(bare.begin(), bare.end());
        std::sort(keyed.begin(), keyed.end());
        const double bareMs = bare.at(1), copyMs = keyed.at(1);
        out << "psql \\copy ranges: keyed " << keyed.first() << "-" << keyed.last() << " ms, bare " << bare.first() << "-"
            << bare.last() << " ms" << Qt::endl;
        out << "push of 10,000 field changes: " << pushMs << " ms (" << pushes.first() << "-" << pushes.last() << "); psql \\copy of the same rows into a table keyed as the "
            << "server's changes: " << copyMs << " ms, into a bare table: " << bareMs << " ms" << Qt::endl;
        out << "ratio sync_push_10k_vs_bare_copy " << QString::number(pushMs / bareMs, 'f', 3) << Qt::endl;
        out << "ratio sync_push_10k_vs_copy " << QString::number(pushMs / copyMs, 'f', 3) << Qt::endl;
    }

    // 2. The first clone of a large store, against pg_dump of the schema.
    {
        const int scale = qEnvironmentVariableIntValue("CITYLAB_BENCH_SCALE") > 0 ? qEnvironmentVariableIntValue("CITYLAB_BENCH_SCALE") : 100;
        const QString url = prepare(QStringLiteral("clone"));
        const QString source = makeDemo(dir.filePath(QStringLiteral("source.citylab")), scale);
        QElapsedTimer timer;
        timer.start();
        if (!syncOnce(source, url, password, &error))
            die(error);
        out << "scale " << scale << ": first push of the whole store " << timer.elapsed() << " ms" << Qt::endl;
        const QString clone = dir.filePath(QStringLiteral("clone.citylab"));
        { Store store; store.open(clone); }
        timer.restart();
        const std::optional<SyncOutcome> cloned = syncOnce(clone, url, password, &error);
        const double cloneMs = timer.nsecsElapsed() / 1e6;
        if (!cloned)
            die(error);
        const double dumpMs = timedPgTool(QStringLiteral("pg_dump"),
                                          {QStringLiteral("-n"), QStringLiteral("citylab"), QStringLiteral("-f"), QStringLiteral("/dev/null"),
                                           QStringLiteral("-d"), cluster.url(QString::fromLatin1(PgTestServer::superuser), QStringLiteral("clone"))});
        out << "clone of scale " << scale << " (" << cloned->pulled << " records): " << cloneMs << " ms; pg_dump of the schema: "
            << dumpMs << " ms" << Qt::endl;
        out << "ratio clone_scale" << scale << "_vs_pgdump " << QString::number(cloneMs / dumpMs, 'f', 3) << Qt::endl;
    }

    // 3. Thirty desktops syncing at once.
    {
        const QString url = prepare(QStringLiteral("many"));
        const QString seed = makeDemo(dir.filePath(QStringLiteral("seed.citylab")), 1);
        if (!syncOnce(seed, url, password, &error))
            die(error);
        QList<QProcess *> clients;
        for (int i = 0; i < 30; ++i) {
            auto *process = new QProcess;
            process->start(QCoreApplication::applicationFilePath(),
                           {QStringLiteral("--client"), dir.filePath(QStringLiteral("client%1.citylab").arg(i)), url, password,
                            QStringLiteral("10")});
            clients << process;
        }
        QList<double> trips;
        for (QProcess *process : std::as_const(clients)) {
            process->waitForFinished(-1);
            if (process->exitCode() != 0)
                die(QString::fromUtf8(process->readAllStandardOutput()));
            for (const QByteArray &line : process->readAllStandardOutput().split('\n'))
                if (line.startsWith("round-trip "))
                    trips << line.mid(11).toDouble();
            delete process;
        }
        std::sort(trips.begin(), trips.end());
        const double p95 = trips.value(int(trips.size() * 0.95));
        out << trips.size() << " round trips of 30 clients (10 changes each): median " << trips.value(trips.size() / 2)
            << " ms, p95 " << p95 << " ms, max " << trips.last() << " ms" << Qt::endl;
        out << "ratio sync_30_clients_p95_ms_per_1000ms " << QString::number(p95 / 1000.0, 'f', 3) << Qt::endl;
    }
    return 0;
}
