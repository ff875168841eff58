// SPDX-License-Identifier: GPL-3.0-or-later
// The team server itself (a throwaway PostgreSQL cluster): `citylab server init` and its
// upgrades, what a viewer may not do, logins and TLS, and the GIS view of the zones.
#include "teamserverfixture.h"

#include "sync/serverschema.h"
#include "sync/synccatalog.h"
#include "sync/teamsync.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace citylab;
using testsupport::PgTestServer;
using testsupport::TeamServerFixture;

class TestTeamServer : public QObject, private TeamServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init() { makeDatabase(); }

    void serverInitIsIdempotentAndRefusesNewerSchema();
    void serverInitUpgradesAnOlderSchema();
    void viewerCannotWriteEvenWithHandWrittenSql();
    void wrongPasswordAndUnreachableServerSayWhy();
    void tlsVerifyFullWorksAndAnUntrustedCertificateIsRefused();
    void zonesAreAGisLayerWhereThereIsPostgis();
};

void TestTeamServer::serverInitIsIdempotentAndRefusesNewerSchema()
{
    const Cli again = citylab({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres"))});
    QCOMPARE(again.status, 0);
    QVERIFY2(again.out.contains(QStringLiteral("up to date (version %1)").arg(ServerSchema::latestVersion())), qPrintable(again.out));

    const Cli status = citylab({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres"))});
    QCOMPARE(status.status, 0);
    QVERIFY2(status.out.contains(QStringLiteral("Schema version: %1").arg(ServerSchema::latestVersion())), qPrintable(status.out));
    QVERIFY2(status.out.contains(QLatin1String("alice (editor)")) && status.out.contains(QLatin1String("viola (viewer)")),
             qPrintable(status.out));

    m_server.psql(QStringLiteral("UPDATE citylab.schema_info SET version = 99"), m_database);
    const Cli newer = citylab({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres"))});
    QCOMPARE(newer.status, 1);
    QVERIFY2(newer.err.contains(QLatin1String("newer than this CityLab")), qPrintable(newer.err));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT version FROM citylab.schema_info"), m_database), QStringLiteral("99"));

    const QString file = m_dir.filePath(QStringLiteral("newer.citylab"));
    { Store store; QVERIFY(store.open(file)); }
    QString out;
    QVERIFY(!syncFile(file, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("update CityLab")), qPrintable(out));
}

void TestTeamServer::serverInitUpgradesAnOlderSchema()
{
    const QString database = m_database + QStringLiteral("old");
    m_server.psql(QStringLiteral("CREATE DATABASE %1").arg(database));
    {
        PgConnection admin;
        QVERIFY(admin.open(m_server.url(QString::fromLatin1(PgTestServer::superuser), database),
                           QString::fromLatin1(PgTestServer::superPassword)));
        Store schema;
        QVERIFY(schema.open(m_dir.filePath(QStringLiteral("schema.citylab"))));
        QString error;
        const std::optional<SyncCatalog> catalog = SyncCatalog::read(schema, &error);
        QVERIFY(catalog);
        QCOMPARE(ServerSchema::init(admin, *catalog, &error, 1), std::optional<int>(0));
    }
    QCOMPARE(m_server.psql(QStringLiteral("SELECT version FROM citylab.schema_info"), database), QStringLiteral("1"));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT to_regclass('citylab.measurements') IS NULL"), database), QStringLiteral("t"));
    const Cli upgraded = citylab({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"),
                                  m_server.url(QString::fromLatin1(PgTestServer::superuser), database)});
    QCOMPARE(upgraded.status, 0);
    QVERIFY2(upgraded.out.contains(QStringLiteral("from version 1 to %1").arg(ServerSchema::latestVersion())), qPrintable(upgraded.out));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT to_regclass('citylab.measurements') IS NULL"), database), QStringLiteral("f"));
}

void TestTeamServer::viewerCannotWriteEvenWithHandWrittenSql()
{
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    QVERIFY(syncFile(a));
    const QString v = m_dir.filePath(QStringLiteral("v.citylab"));
    QFile::remove(v);
    { Store store; QVERIFY(store.open(v)); }
    QString out;
    QVERIFY2(syncFile(v, QStringLiteral("viola"), &out), qPrintable(out));   // a viewer reads everything
    QCOMPARE(contents(v), contents(a));
    {
        Store store;
        QVERIFY(store.open(v, Store::OpenMode::OpenExisting));
        QVERIFY(store.update(QStringLiteral("experiments"), firstId(store, QStringLiteral("experiments")),
                             {{QStringLiteral("title"), QStringLiteral("Non dovrebbe passare")}}));
    }
    QVERIFY(!syncFile(v, QStringLiteral("viola"), &out));
    QVERIFY2(out.contains(QLatin1String("viola may read the team's records but not change them")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("stay waiting")), qPrintable(out));
    {
        Store store;
        QVERIFY(store.open(v, Store::OpenMode::OpenExisting));
        QString error;
        QCOMPARE(TeamSync::waitingChanges(store, &error), std::optional<int>(1));
    }

    PgConnection viewer;
    QVERIFY2(viewer.open(dbUrl(QStringLiteral("viola")), QStringLiteral("viola-pw")), qPrintable(viewer.errorString()));
    const QString some = m_server.psql(QStringLiteral("SELECT uuid FROM citylab.records LIMIT 1"), m_database);
    for (const QString &sql : {QStringLiteral("UPDATE citylab.records SET data = '{}' WHERE uuid = '%1'").arg(some),
                               QStringLiteral("DELETE FROM citylab.records"),
                               QStringLiteral("INSERT INTO citylab.changes (seq, uuid, table_name, row_uuid, action, outcome) "
                                              "VALUES (999, gen_random_uuid(), 'experiments', gen_random_uuid(), 'delete', 'applied')"),
                               QStringLiteral("SELECT citylab.push(gen_random_uuid(), 0, '[]')"),
                               QStringLiteral("SELECT citylab.apply_delete(1, gen_random_uuid(), 0, '{}')"),
                               QStringLiteral("SELECT citylab.apply_erase(1, gen_random_uuid(), 0, '{}', '{}', '')"),
                               QStringLiteral("SELECT citylab.push_changes(gen_random_uuid(), 0, '[]')"),
                               QStringLiteral("UPDATE citylab.replicas SET last_seq = 0")}) {
        const bool done = viewer.exec(sql);
        if (sql.startsWith(QLatin1String("UPDATE citylab.replicas"))) {
            // Row-level security: the statement runs and touches none of the others' rows.
            QVERIFY2(done, qPrintable(viewer.errorString()));
            continue;
        }
        QVERIFY2(!done, qPrintable(sql));
        QVERIFY2(viewer.lastErrorIsPermission(), qPrintable(viewer.errorCode() + QLatin1Char(' ') + viewer.errorString()));
    }
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.replicas WHERE last_seq = 0 AND role_name <> 'viola'"), m_database), QStringLiteral("0"));
    QCOMPARE(serverContents(a), contents(a));
}

void TestTeamServer::wrongPasswordAndUnreachableServerSayWhy()
{
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    const QByteArray before = testsupport::fileHash(a);
    passwordFile(QStringLiteral("wrong"), QStringLiteral("not-her-password"));
    const Cli wrong = citylab({QStringLiteral("sync"), QStringLiteral("--db"), a, QStringLiteral("--pg"), dbUrl(QStringLiteral("alice")),
                               QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("wrong.pw"))});
    QCOMPARE(wrong.status, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("password authentication failed for user \"alice\"")), qPrintable(wrong.err));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const Cli unreachable = citylab({QStringLiteral("sync"), QStringLiteral("--db"), a, QStringLiteral("--pg"),
                                     QStringLiteral("postgresql://alice@127.0.0.1:%1/x").arg(port), QStringLiteral("--password-file"),
                                     m_dir.filePath(QStringLiteral("alice.pw"))});
    QCOMPARE(unreachable.status, 1);
    QVERIFY2(unreachable.err.contains(QLatin1String("Cannot connect to the team server")), qPrintable(unreachable.err));
    QCOMPARE(testsupport::fileHash(a), before);
}

// With PostGIS on the server, `server init` makes citylab.zones_geo: every live zone as a
// MultiPolygon in EPSG:4326 with its experiment's code and stage, where QGIS can read it (a
// viewer login is enough), following the team's edits.
void TestTeamServer::zonesAreAGisLayerWhereThereIsPostgis()
{
    if (m_server.psql(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")) != u"1")
        QSKIP("PostGIS is not installed with this PostgreSQL (postgresql-17-postgis-3)");
    const Cli init = citylab({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres"))});
    QVERIFY2(init.status == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(QLatin1String("citylab.zones_geo")) && init.out.contains(QLatin1String("EPSG:4326")), qPrintable(init.out));
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    QVERIFY(syncFile(a));

    Store store;
    QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
    QSqlQuery zones(store.database());
    QVERIFY(zones.exec(QStringLiteral("SELECT z.uuid, z.min_lon, z.max_lon, z.min_lat, z.max_lat, e.code, e.stage "
                                      "FROM zones z JOIN experiments e ON e.id = z.experiment_id")));
    struct Local { double minLon, maxLon, minLat, maxLat; QString code, stage; };
    QHash<QString, Local> local;
    while (zones.next())
        local.insert(zones.value(0).toString(), {zones.value(1).toDouble(), zones.value(2).toDouble(), zones.value(3).toDouble(),
                                                 zones.value(4).toDouble(), zones.value(5).toString(), zones.value(6).toString()});
    zones.finish();
    QVERIFY(local.size() > 50);

    // As QGIS reads it: a viewer's login, one row per zone, its outline where CityLab has it.
    PgConnection viewer;
    QVERIFY2(viewer.open(dbUrl(QStringLiteral("viola")), QStringLiteral("viola-pw")), qPrintable(viewer.errorString()));
    const std::optional<PgRows> rows = viewer.query(QStringLiteral(
        "SELECT uuid, experiment_code, stage, ST_SRID(geom), GeometryType(geom), ST_IsValid(geom), "
        "ST_XMin(geom), ST_XMax(geom), ST_YMin(geom), ST_YMax(geom) FROM citylab.zones_geo"));
    QVERIFY2(rows, qPrintable(viewer.errorString()));
    QCOMPARE(rows->rows.size(), local.size());
    int invalid = 0;
    for (const QVariantList &row : rows->rows) {
        const QString uuid = row.value(0).toString();
        QVERIFY2(local.contains(uuid), qPrintable(uuid));
        const Local &zone = local.value(uuid);
        QCOMPARE(row.value(1).toString(), zone.code);
        QCOMPARE(row.value(2).toString(), zone.stage);
        QCOMPARE(row.value(3).toInt(), 4326);
        QCOMPARE(row.value(4).toString(), QStringLiteral("MULTIPOLYGON"));
        invalid += row.value(5).toString() == u"t" ? 0 : 1;
        // longitude as x, latitude as y: the box CityLab computed for the zone
        QVERIFY2(qAbs(row.value(6).toDouble() - zone.minLon) < 1e-9 && qAbs(row.value(7).toDouble() - zone.maxLon) < 1e-9
                     && qAbs(row.value(8).toDouble() - zone.minLat) < 1e-9 && qAbs(row.value(9).toDouble() - zone.maxLat) < 1e-9,
                 qPrintable(uuid));
    }
    QCOMPARE(invalid, 0);
    // what a GIS client asks first: the layer's kind and projection
    QCOMPARE(m_server.psql(QStringLiteral("SELECT type || ' ' || srid FROM geometry_columns "
                                          "WHERE f_table_schema = 'citylab' AND f_table_name = 'zones_geo'"), m_database),
             QStringLiteral("MULTIPOLYGON 4326"));

    // The team's edits show at once: a zone renamed, one deleted.
    const qint64 renamed = firstId(store, QStringLiteral("zones"));
    const QString renamedUuid = store.record(QStringLiteral("zones"), renamed).value(QStringLiteral("uuid")).toString();
    QVERIFY(store.update(QStringLiteral("zones"), renamed, {{QStringLiteral("name"), QStringLiteral("Piazza Castello, lato nord")}}));
    QSqlQuery last(store.database());
    QVERIFY(last.exec(QStringLiteral("SELECT id, uuid FROM zones ORDER BY uuid DESC LIMIT 1")) && last.next());
    const qint64 removed = last.value(0).toLongLong();
    const QString removedUuid = last.value(1).toString();
    last.finish();
    QVERIFY(store.remove(QStringLiteral("zones"), removed));
    store.close();
    QVERIFY(syncFile(a));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT name FROM citylab.zones_geo WHERE uuid = '%1'").arg(renamedUuid), m_database),
             QStringLiteral("Piazza Castello, lato nord"));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.zones_geo WHERE uuid = '%1'").arg(removedUuid), m_database),
             QStringLiteral("0"));
    // An outline PostGIS cannot read leaves the zone listed without a shape, not the layer broken.
    m_server.psql(QStringLiteral("UPDATE citylab.records SET data = jsonb_set(data, '{geometry}', '\"{\\\"type\\\": \\\"Polygon\\\"}\"') "
                                 "WHERE uuid = '%1'").arg(renamedUuid), m_database);
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.zones_geo WHERE geom IS NULL"), m_database), QStringLiteral("1"));

    const Cli status = citylab({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres"))});
    QVERIFY2(status.status == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(QLatin1String("GIS view: citylab.zones_geo (PostGIS")), qPrintable(status.out));
}

// Runs openssl with the arguments in the folder; false on error.
static bool openssl(const QStringList &arguments, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAll().constData());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void TestTeamServer::tlsVerifyFullWorksAndAnUntrustedCertificateIsRefused()
{
    // A certificate authority of the test's own, and the server's certificate for localhost.
    const QString folder = m_server.folder();
    const auto certificate = [&](const QString &ca) {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=CityLab test CA %1").arg(ca), QStringLiteral("-keyout"), ca + QStringLiteral(".key"),
                        QStringLiteral("-out"), ca + QStringLiteral(".crt")},
                       folder);
    };
    QVERIFY(certificate(QStringLiteral("ca")));
    QVERIFY(certificate(QStringLiteral("other-ca")));
    QFile extensions(QDir(folder).filePath(QStringLiteral("server.ext")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    extensions.close();
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                     QStringLiteral("-out"), QStringLiteral("server.csr")},
                    folder));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                     QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.crt")},
                    folder));
    // The server reads its key as its own user, and only a key no one else can read.
    for (const QString &name : {QStringLiteral("server.key"), QStringLiteral("server.crt")}) {
        const QByteArray path = QFile::encodeName(QDir(folder).filePath(name));
        QCOMPARE(::chmod(path.constData(), 0600), 0);
        if (::geteuid() == 0)
            QCOMPARE(::chown(path.constData(), 65534, 65534), 0);
    }
    m_server.psql(QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'").arg(QDir(folder).filePath(QStringLiteral("server.crt"))));
    m_server.psql(QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'").arg(QDir(folder).filePath(QStringLiteral("server.key"))));
    m_server.psql(QStringLiteral("ALTER SYSTEM SET ssl = on"));
    m_server.psql(QStringLiteral("SELECT pg_reload_conf()"));
    QTRY_COMPARE(m_server.psql(QStringLiteral("SHOW ssl")), QStringLiteral("on"));

    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("tls.citylab"));
    const auto url = [&](const QString &ca) {
        return QStringLiteral("postgresql://alice@localhost:%1/%2?sslmode=verify-full&sslrootcert=%3")
            .arg(m_server.port()).arg(m_database, QDir(folder).filePath(ca));
    };
    const Cli trusted = citylab({QStringLiteral("sync"), QStringLiteral("--db"), a, QStringLiteral("--pg"), url(QStringLiteral("ca.crt")),
                                 QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("alice.pw"))});
    QVERIFY2(trusted.status == 0, qPrintable(trusted.err));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_ssl WHERE ssl"), m_database).toInt() >= 1, true);

    const Cli untrusted = citylab({QStringLiteral("sync"), QStringLiteral("--db"), a, QStringLiteral("--pg"),
                                   url(QStringLiteral("other-ca.crt")), QStringLiteral("--password-file"),
                                   m_dir.filePath(QStringLiteral("alice.pw"))});
    QCOMPARE(untrusted.status, 1);
    QVERIFY2(untrusted.err.contains(QLatin1String("Cannot connect to the team server"))
                 && untrusted.err.contains(QLatin1String("certificate verify failed")),
             qPrintable(untrusted.err));
    m_server.psql(QStringLiteral("ALTER SYSTEM SET ssl = off"));
    m_server.psql(QStringLiteral("SELECT pg_reload_conf()"));
}

QTEST_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
