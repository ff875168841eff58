// SPDX-License-Identifier: GPL-3.0-or-later
// Team sync through a real PostgreSQL server (a throwaway cluster): the server's schema and
// roles, `citylab sync` between files, conflicts, and what a viewer may not do.
#include "pgtestserver.h"
#include "testsupport.h"

#include "io/attachments.h"
#include "privacy/personerasure.h"
#include "store/store.h"
#include "sync/pgconnection.h"
#include "sync/serverschema.h"
#include "sync/synccatalog.h"
#include "sync/synccontents.h"
#include "sync/teamsync.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace citylab;
using testsupport::PgTestServer;

class TestTeamSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void serverInitIsIdempotentAndRefusesNewerSchema();
    void filesJoinAndSeeEachOthersEdits();
    void sameFieldEditedTwiceIsAConflictNotAnOverwrite();
    void differentFieldsMerge();
    void recordsOfANewerCityLabAreNotSkipped();
    void editAgainstDeleteIsAConflict();
    void stageMoveRefusedWhenTheOtherMoveWon();
    void repeatedPushAppliesNothingTwice();
    void viewerCannotWriteEvenWithHandWrittenSql();
    void wrongPasswordAndUnreachableServerSayWhy();
    void fileWithRecordsCannotJoinAFilledServer();
    void measurementsTravelWithTheirBatch();
    void serverInitUpgradesAnOlderSchema();
    void tlsVerifyFullWorksAndAnUntrustedCertificateIsRefused();
    void attachmentsTravelOnceByContent();
    void erasureReachesTheServerAndEveryFile();
    void erasedThenDeletedBeforeTheSync();
    void zonesAreAGisLayerWhereThereIsPostgis();

private:
    struct Cli
    {
        int status = -1;
        QString out, err;
    };
    Cli citylab(const QStringList &arguments, const QString &password = {}) const;
    QString passwordFile(const QString &name, const QString &password);
    QString dbUrl(const QString &user) const { return m_server.url(user, m_database); }
    bool syncFile(const QString &path, const QString &user = QStringLiteral("alice"), QString *out = nullptr);
    SyncContents contents(const QString &path);
    SyncContents serverContents(const QString &anyFile);
    static qint64 firstId(Store &store, const QString &table);
    // The bytes of the server's table files of the citylab schema (with their TOAST), after a checkpoint.
    QByteArray serverTableBytes();
    // Alice's demo file filling the server and Bruno's empty file taking it (empty on failure).
    std::pair<QString, QString> joinedPair();

    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_database;
    int m_databases = 0;
};

TestTeamSync::Cli TestTeamSync::citylab(const QStringList &arguments, const QString &password) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password.isEmpty() ? QString::fromLatin1(PgTestServer::superPassword) : password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CITYLAB_BIN), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestTeamSync::passwordFile(const QString &name, const QString &password)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pw"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(password.toUtf8() + '\n');
    return path;
}

bool TestTeamSync::syncFile(const QString &path, const QString &user, QString *out)
{
    const Cli result = citylab({QStringLiteral("sync"), QStringLiteral("--db"), path, QStringLiteral("--pg"), dbUrl(user),
                                QStringLiteral("--password-file"), m_dir.filePath(user + QStringLiteral(".pw"))});
    if (out)
        *out = result.out + result.err;
    if (result.status != 0)
        qWarning("sync of %s failed: %s%s", qPrintable(path), qPrintable(result.out), qPrintable(result.err));
    return result.status == 0;
}

SyncContents TestTeamSync::contents(const QString &path)
{
    Store store;
    if (!store.open(path, Store::OpenMode::OpenExisting))
        qFatal("cannot open %s", qPrintable(path));
    QString error;
    const std::optional<SyncContents> found = SyncContentsReader::local(store, &error);
    if (!found)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    return *found;
}

SyncContents TestTeamSync::serverContents(const QString &anyFile)
{
    Store store;
    store.open(anyFile, Store::OpenMode::OpenExisting);
    PgConnection server;
    if (!server.open(dbUrl(QStringLiteral("alice")), QStringLiteral("alice-pw")))
        qFatal("cannot connect: %s", qPrintable(server.errorString()));
    QString error;
    const std::optional<SyncContents> found = SyncContentsReader::server(server, store, &error);
    if (!found)
        qFatal("cannot read the server: %s", qPrintable(error));
    return *found;
}

std::pair<QString, QString> TestTeamSync::joinedPair()
{
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    const QString b = m_dir.filePath(QStringLiteral("b.citylab"));
    QFile::remove(b);
    {
        Store store;
        if (!store.open(b))
            return {};
    }
    if (!syncFile(a) || !syncFile(b, QStringLiteral("bruno")))
        return {};
    return {a, b};
}

qint64 TestTeamSync::firstId(Store &store, const QString &table)
{
    QSqlQuery query(store.database());
    // By uuid: the same record in every file (ids are each file's own).
    query.exec(QStringLiteral("SELECT id FROM \"%1\" ORDER BY uuid LIMIT 1").arg(table));
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestTeamSync::initTestCase()
{
    testsupport::isolateSettings();
    QString error;
    if (!m_server.start(&error))
        QFAIL(qPrintable(error));
    passwordFile(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    passwordFile(QStringLiteral("bruno"), QStringLiteral("bruno-pw"));
    passwordFile(QStringLiteral("viola"), QStringLiteral("viola-pw"));
}

void TestTeamSync::cleanupTestCase()
{
    m_server.stop();
}

// Each test gets its own database with the schema and three people in it.
void TestTeamSync::init()
{
    m_database = QStringLiteral("team%1").arg(++m_databases);
    m_server.psql(QStringLiteral("CREATE DATABASE %1").arg(m_database));
    const Cli made = citylab({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres"))});
    QVERIFY2(made.status == 0, qPrintable(made.err));
    for (const auto &[user, role] : {std::pair{QStringLiteral("alice"), QStringLiteral("editor")},
                                     std::pair{QStringLiteral("bruno"), QStringLiteral("editor")},
                                     std::pair{QStringLiteral("viola"), QStringLiteral("viewer")}}) {
        const Cli added = citylab({QStringLiteral("server"), QStringLiteral("add-user"), user, QStringLiteral("--role"), role,
                                   QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres")), QStringLiteral("--password-file"),
                                   m_dir.filePath(user + QStringLiteral(".pw"))});
        QVERIFY2(added.status == 0, qPrintable(added.err));
    }
    // The roles are the cluster's: each database lets them in.
    m_server.psql(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO citylab_viewer").arg(m_database));
}

void TestTeamSync::serverInitIsIdempotentAndRefusesNewerSchema()
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

void TestTeamSync::filesJoinAndSeeEachOthersEdits()
{
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    const QString b = m_dir.filePath(QStringLiteral("b.citylab"));
    QFile::remove(b);
    { Store store; QVERIFY(store.open(b)); }

    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("Joined")), qPrintable(out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    const SyncContents server = serverContents(a);
    QVERIFY(server.value(QStringLiteral("experiments")).size() >= 60);
    QCOMPARE(contents(a), server);
    QCOMPARE(contents(b), server);

    // An edit in A (through the Store, as the window makes it) reaches B.
    QString uuid;
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const qint64 id = firstId(store, QStringLiteral("experiments"));
        uuid = store.record(QStringLiteral("experiments"), id).value(QStringLiteral("uuid")).toString();
        QVERIFY(store.update(QStringLiteral("experiments"), id, {{QStringLiteral("title"), QStringLiteral("Droni per le consegne")}}));
        QVERIFY(store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Nuova Srl")},
                                                               {QStringLiteral("kind"), QStringLiteral("company")}}) > 0);
    }
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("Sent 2 changes")), qPrintable(out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("received 2 records")), qPrintable(out));
    QCOMPARE(contents(b).value(QStringLiteral("experiments")).value(uuid).value(QStringLiteral("title")).toString(),
             QStringLiteral("Droni per le consegne"));
    QCOMPARE(contents(b), contents(a));

    // B's change log names who made the change on the server, and it is not sent back.
    {
        Store store;
        QVERIFY(store.open(b, Store::OpenMode::OpenExisting));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT who FROM change_log WHERE table_name = 'experiments' AND row_uuid = '%1' "
                                          "AND action = 'update'").arg(uuid)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("alice"));
        QString error;
        QCOMPARE(TeamSync::waitingChanges(store, &error), std::optional<int>(0));
    }
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("Sent 0 changes, received 0 records")), qPrintable(out));
}

void TestTeamSync::sameFieldEditedTwiceIsAConflictNotAnOverwrite()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());

    const auto editTitle = [](const QString &path, const QString &title) {
        Store store;
        QVERIFY(store.open(path, Store::OpenMode::OpenExisting));
        QVERIFY(store.update(QStringLiteral("experiments"), firstId(store, QStringLiteral("experiments")),
                             {{QStringLiteral("title"), title}}));
    };
    editTitle(a, QStringLiteral("Titolo di Alice"));
    editTitle(b, QStringLiteral("Titolo di Bruno"));
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("0 conflicts")), qPrintable(out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("1 conflicts")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Titolo di Alice")) && out.contains(QLatin1String("Titolo di Bruno"))
                 && out.contains(QLatin1String("by alice")),
             qPrintable(out));
    // The first to arrive stays; Bruno's value is kept in the conflict, not lost.
    QCOMPARE(contents(b), contents(a));
    QCOMPARE(contents(b), serverContents(a));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT field || '|' || (server_value #>> '{}') || '|' || (their_value #>> '{}') || '|' || who "
                                          "FROM citylab.conflicts"), m_database),
             QStringLiteral("title|Titolo di Alice|Titolo di Bruno|bruno"));
}

void TestTeamSync::differentFieldsMerge()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    const auto edit = [](const QString &path, const QString &field, const QString &value) {
        Store store;
        QVERIFY(store.open(path, Store::OpenMode::OpenExisting));
        QVERIFY(store.update(QStringLiteral("organizations"), firstId(store, QStringLiteral("organizations")), {{field, value}}));
    };
    edit(a, QStringLiteral("notes"), QStringLiteral("Incontro fissato"));
    edit(b, QStringLiteral("website"), QStringLiteral("https://example.org"));
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("0 conflicts")), qPrintable(out));
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QCOMPARE(contents(a), contents(b));
    const QJsonObject merged = contents(a).value(QStringLiteral("organizations")).first();
    QCOMPARE(merged.value(QStringLiteral("notes")).toString(), QStringLiteral("Incontro fissato"));
    QCOMPARE(merged.value(QStringLiteral("website")).toString(), QStringLiteral("https://example.org"));
}

// A colleague on a newer CityLab wrote a record of a kind this one does not know and a field
// it does not have: the sync refuses to receive rather than skip them for ever, says why,
// keeps the file as it was and receives once nothing unknown is left. A record without a
// field this CityLab has (an older colleague's) leaves that field as it is.
void TestTeamSync::recordsOfANewerCityLabAreNotSkipped()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    m_server.psql(QStringLiteral("INSERT INTO citylab.records (uuid, table_name, data, seq, changed_by) VALUES"
                                 " ('6f1c1d8e-0000-4000-8000-00000000f001', 'future_things', '{\"name\": \"x\"}',"
                                 " nextval('citylab.change_seq'), 'zoe')"),
                  m_database);
    QString out;
    QVERIFY(!syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("newer CityLab (future_things)")), qPrintable(out));
    m_server.psql(QStringLiteral("DELETE FROM citylab.records WHERE table_name = 'future_things'"), m_database);

    // an organization's notes written by this CityLab, then the record rewritten on the server
    // without that field, as an older CityLab would: the notes stay
    QString uuid;
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const qint64 id = firstId(store, QStringLiteral("organizations"));
        uuid = store.record(QStringLiteral("organizations"), id).value(QStringLiteral("uuid")).toString();
        QVERIFY(store.update(QStringLiteral("organizations"), id, {{QStringLiteral("notes"), QStringLiteral("Nota da tenere")}}));
    }
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(syncFile(b, QStringLiteral("bruno"), &out), qPrintable(out));
    QCOMPARE(contents(b).value(QStringLiteral("organizations")).value(uuid).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Nota da tenere"));
    m_server.psql(QStringLiteral("UPDATE citylab.records SET data = (data - 'notes') || '{\"website\": \"https://old.example\"}',"
                                 " seq = nextval('citylab.change_seq') WHERE uuid = '%1'").arg(uuid),
                  m_database);
    QVERIFY2(syncFile(b, QStringLiteral("bruno"), &out), qPrintable(out));
    const QJsonObject organization = contents(b).value(QStringLiteral("organizations")).value(uuid);
    QCOMPARE(organization.value(QStringLiteral("website")).toString(), QStringLiteral("https://old.example"));
    QCOMPARE(organization.value(QStringLiteral("notes")).toString(), QStringLiteral("Nota da tenere"));

    // contacts as an older CityLab wrote them, without columns added since (one NOT NULL with
    // a default): a new colleague joining gets the defaults, as if typed in today
    m_server.psql(QStringLiteral("UPDATE citylab.records SET data = data - 'follow_up_done' - 'retention_reviewed_on'"
                                 " WHERE table_name = 'interactions'"),
                  m_database);
    const QString c = m_dir.filePath(QStringLiteral("c.citylab"));
    QFile::remove(c);
    {
        Store store;
        QVERIFY(store.open(c));
    }
    QVERIFY2(syncFile(c, QStringLiteral("bruno"), &out), qPrintable(out));
    Store joined;
    QVERIFY(joined.open(c, Store::OpenMode::OpenExisting));
    QSqlQuery q(joined.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(follow_up_done IS NULL), sum(follow_up_done = 0) FROM interactions")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QCOMPARE(q.value(1).toInt(), 0);
    QVERIFY(q.value(2).toInt() > 0);
}

void TestTeamSync::editAgainstDeleteIsAConflict()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    QString zone;
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const qint64 id = firstId(store, QStringLiteral("zones"));
        zone = store.record(QStringLiteral("zones"), id).value(QStringLiteral("uuid")).toString();
        QVERIFY(store.remove(QStringLiteral("zones"), id));
    }
    {
        Store store;
        QVERIFY(store.open(b, Store::OpenMode::OpenExisting));
        QVERIFY(store.update(QStringLiteral("zones"), firstId(store, QStringLiteral("zones")),
                             {{QStringLiteral("notes"), QStringLiteral("Spostare il varco")}}));
    }
    // Delete first, then the edit: the edit is a conflict, the zone stays deleted.
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("was deleted on the server")), qPrintable(out));
    QVERIFY(!contents(b).value(QStringLiteral("zones")).contains(zone));
    QCOMPARE(contents(b), contents(a));

    // Edit first, then the delete: the deletion is a conflict, the zone stays.
    QString other;
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const qint64 id = firstId(store, QStringLiteral("zones"));
        other = store.record(QStringLiteral("zones"), id).value(QStringLiteral("uuid")).toString();
        QVERIFY(store.update(QStringLiteral("zones"), id, {{QStringLiteral("notes"), QStringLiteral("Confermata")}}));
    }
    {
        Store store;
        QVERIFY(store.open(b, Store::OpenMode::OpenExisting));
        QVERIFY(store.remove(QStringLiteral("zones"), firstId(store, QStringLiteral("zones"))));
    }
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("your deletion was not applied")), qPrintable(out));
    QCOMPARE(contents(b).value(QStringLiteral("zones")).value(other).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Confermata"));
    QCOMPARE(contents(b), contents(a));
}

void TestTeamSync::stageMoveRefusedWhenTheOtherMoveWon()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    // The same proposal moved to two different stages on two desktops, each move dated in
    // stage_transitions as the window records it.
    const auto move = [](const QString &path, const QString &to) {
        Store store;
        QVERIFY(store.open(path, Store::OpenMode::OpenExisting));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id, stage FROM experiments WHERE stage = 'proposal' ORDER BY code LIMIT 1")));
        QVERIFY(query.next());
        const qint64 id = query.value(0).toLongLong();
        const QString from = query.value(1).toString();
        query.finish();
        QVERIFY(store.transact([&] {
            return store.update(QStringLiteral("experiments"), id, {{QStringLiteral("stage"), to}})
                && store.insert(QStringLiteral("stage_transitions"), {{QStringLiteral("experiment_id"), id},
                                                                      {QStringLiteral("from_stage"), from},
                                                                      {QStringLiteral("to_stage"), to},
                                                                      {QStringLiteral("on_date"), QStringLiteral("2026-05-11")}}) > 0;
        }));
    };
    move(a, QStringLiteral("screening"));
    move(b, QStringLiteral("rejected"));
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("the move to \"rejected\" was refused")), qPrintable(out));
    QCOMPARE(contents(b), contents(a));
    int rejectedMoves = 0;
    for (const QJsonObject &t : contents(b).value(QStringLiteral("stage_transitions")))
        rejectedMoves += t.value(QStringLiteral("to_stage")).toString() == QLatin1String("rejected")
            && t.value(QStringLiteral("on_date")).toString() == QLatin1String("2026-05-11");
    QCOMPARE(rejectedMoves, 0);
}

void TestTeamSync::repeatedPushAppliesNothingTwice()
{
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    QVERIFY(syncFile(a));
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        QVERIFY(store.update(QStringLiteral("experiments"), firstId(store, QStringLiteral("experiments")),
                             {{QStringLiteral("title"), QStringLiteral("Una volta sola")}}));
    }
    // A copy of the file as it was before its push: as if the sync had been killed after the
    // server committed and before the file recorded it.
    const QString copy = m_dir.filePath(QStringLiteral("a-copy.citylab"));
    QFile::remove(copy);
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
    }
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("Sent 1 changes")), qPrintable(out));
    QVERIFY(syncFile(copy, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("Sent 0 changes")) && out.contains(QLatin1String("1 changes were already")), qPrintable(out));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.changes WHERE action = 'update'"), m_database),
             QStringLiteral("1"));
    QCOMPARE(contents(copy), contents(a));
}

void TestTeamSync::viewerCannotWriteEvenWithHandWrittenSql()
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

void TestTeamSync::wrongPasswordAndUnreachableServerSayWhy()
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

void TestTeamSync::fileWithRecordsCannotJoinAFilledServer()
{
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    const QString other = testsupport::makeDemo(m_dir, QStringLiteral("other.citylab"), 2);
    QVERIFY(syncFile(a));
    QString out;
    QVERIFY(!syncFile(other, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("join from a new, empty file")), qPrintable(out));
    Store store;
    QVERIFY(store.open(other, Store::OpenMode::OpenExisting));
    QVERIFY(TeamSync::joinedServer(store).isEmpty());
}

void TestTeamSync::measurementsTravelWithTheirBatch()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    QVERIFY(!contents(b).value(QStringLiteral("measurements")).isEmpty());   // the demo's came with the clone
    QCOMPARE(contents(b), contents(a));

    // A partner's file imported on A, as the import dialog or the CLI does it.
    QString experiment;
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT code FROM experiments ORDER BY uuid LIMIT 1")) && query.next());
        experiment = query.value(0).toString();
    }
    const QString csv = m_dir.filePath(QStringLiteral("partner.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "date,metric,value\n";
        for (int day = 1; day <= 28; ++day)
            text += QByteArray("2026-02-") + QByteArray::number(day).rightJustified(2, '0') + "T10:00:00Z,UAS_NOISE_DB,"
                + QByteArray::number(50 + day * 0.25) + '\n';
        file.write(text);
    }
    const Cli imported = citylab({QStringLiteral("import"), QStringLiteral("measurements"), csv, QStringLiteral("--db"), a,
                                  QStringLiteral("--experiment"), experiment});
    QVERIFY2(imported.status == 0, qPrintable(imported.err));
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QCOMPARE(contents(b), contents(a));
    QCOMPARE(contents(b), serverContents(a));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.measurements m JOIN citylab.records r ON r.uuid = m.batch "
                                          "WHERE r.data->>'file_name' = 'partner.csv'"), m_database),
             QStringLiteral("28"));

    // Undoing the import on B (the batch deleted) takes its rows away everywhere.
    {
        Store store;
        QVERIFY(store.open(b, Store::OpenMode::OpenExisting));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM measurement_batches WHERE file_name = 'partner.csv'")) && query.next());
        const qint64 batch = query.value(0).toLongLong();
        query.finish();
        QVERIFY(store.remove(QStringLiteral("measurement_batches"), batch));
    }
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QCOMPARE(contents(a), contents(b));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.measurements m JOIN citylab.records r ON r.uuid = m.batch "
                                          "WHERE r.data->>'file_name' = 'partner.csv'"), m_database),
             QStringLiteral("0"));
}

void TestTeamSync::serverInitUpgradesAnOlderSchema()
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

void TestTeamSync::attachmentsTravelOnceByContent()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    const QString letter = m_dir.filePath(QStringLiteral("parere.pdf"));
    {
        QFile file(letter);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("%PDF-1.4\n");
        for (int i = 0; i < 20000; ++i)
            bytes += char(i * 7 % 256);
        file.write(bytes);
    }
    // The same file attached to two experiments on Alice's desktop.
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM experiments ORDER BY uuid LIMIT 2")));
        QList<qint64> experiments;
        while (query.next())
            experiments << query.value(0).toLongLong();
        query.finish();
        QString error;
        for (const qint64 experiment : experiments)
            QVERIFY2(Attachments::add(store, experiment, letter, &error) > 0, qPrintable(error));
    }
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    // the letter once, whatever else the demo keeps (a track's file)
    QFile sent(letter);
    QVERIFY(sent.open(QIODevice::ReadOnly));
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(sent.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.blobs WHERE sha256 = '%1'").arg(sha256), m_database),
             QStringLiteral("1"));
    QCOMPARE(contents(b), contents(a));
    Store store;
    QVERIFY(store.open(b, Store::OpenMode::OpenExisting));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), min(data) = max(data), min(length(data)) FROM attachments "
                                      "WHERE file_name = 'parere.pdf'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(query.value(1).toBool());
    QCOMPARE(query.value(2).toInt(), 20009);
}

// Runs openssl with the arguments; fails the test on error.
QByteArray TestTeamSync::serverTableBytes()
{
    m_server.psql(QStringLiteral("CHECKPOINT"), m_database);
    const QStringList files = m_server.psql(QStringLiteral(
        "SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.relnamespace = 'citylab'::regnamespace AND c.relkind = 'r' "
        "UNION SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c "
        "WHERE c.relnamespace = 'citylab'::regnamespace AND c.reltoastrelid <> 0"), m_database).split(u'\n');
    QByteArray bytes;
    for (const QString &file : files) {
        // a table over 1 GB goes on in .1, .2…
        for (int segment = 0;; ++segment) {
            QFile f(QDir(m_server.dataDir()).filePath(file + (segment ? QStringLiteral(".%1").arg(segment) : QString())));
            if (!f.open(QIODevice::ReadOnly))
                break;
            bytes += f.readAll();
        }
    }
    return bytes;
}

// A person erased in one file (GDPR art. 17) is erased on the server, in its history too, and
// in every other file with its next sync: a colleague's edit made before they heard of it
// does not bring the values back, and nothing of them is left in the files' bytes.
void TestTeamSync::erasureReachesTheServerAndEveryFile()
{
    const QString name = QStringLiteral("Ludovica Trabucchi");
    const QString email = QStringLiteral("l.trabucchi@aurora-mechatronics.example");
    const QString oldEmail = QStringLiteral("ludovica.trabucchi@old-provider.example");
    const QString phone = QStringLiteral("+39 011 5550199");
    const QString lateNote = QStringLiteral("Calls back after five");
    const QStringList personal{name, QStringLiteral("Trabucchi"), email, oldEmail, phone, lateNote};
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    QString person, contact;   // uuids
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const qint64 organization = firstId(store, QStringLiteral("organizations"));
        const qint64 id = store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), name},
                                                                  {QStringLiteral("organization_id"), organization},
                                                                  {QStringLiteral("email"), oldEmail},
                                                                  {QStringLiteral("phone"), phone}});
        QVERIFY(id > 0);
        QVERIFY(store.update(QStringLiteral("people"), id, {{QStringLiteral("email"), email}}));
        const qint64 call = store.insert(QStringLiteral("interactions"),
                                         {{QStringLiteral("kind"), QStringLiteral("call")},
                                          {QStringLiteral("occurred_on"), QStringLiteral("2026-04-02")},
                                          {QStringLiteral("summary"), QStringLiteral("Call with %1 about the flight plan").arg(name)},
                                          {QStringLiteral("organization_id"), organization},
                                          {QStringLiteral("person_id"), id}});
        QVERIFY(call > 0);
        // named in a summary that was edited since: only the history keeps it
        const qint64 visit = store.insert(QStringLiteral("interactions"),
                                          {{QStringLiteral("kind"), QStringLiteral("meeting")},
                                           {QStringLiteral("occurred_on"), QStringLiteral("2026-04-09")},
                                           {QStringLiteral("summary"), QStringLiteral("Site visit, %1 present").arg(name)}});
        QVERIFY(store.update(QStringLiteral("interactions"), visit, {{QStringLiteral("summary"), QStringLiteral("Site visit")}}));
        person = store.record(QStringLiteral("people"), id).value(QStringLiteral("uuid")).toString();
        contact = store.record(QStringLiteral("interactions"), call).value(QStringLiteral("uuid")).toString();
    }
    QVERIFY(syncFile(a) && syncFile(b, QStringLiteral("bruno")));
    // Bruno adds a note about her while offline, and edits something else too.
    const QString otherTitle = QStringLiteral("Titolo di Bruno");
    {
        Store store;
        QVERIFY(store.open(b, Store::OpenMode::OpenExisting));
        QVERIFY(store.update(QStringLiteral("people"), SyncRecordCodec::localId(store, QStringLiteral("people"), person),
                             {{QStringLiteral("notes"), lateNote}}));
        QVERIFY(store.update(QStringLiteral("experiments"), firstId(store, QStringLiteral("experiments")),
                             {{QStringLiteral("title"), otherTitle}}));
    }
    // Before: the server's tables hold her data (so the checks below can fail).
    for (const QString &value : {name, email, oldEmail, phone})
        QVERIFY2(serverTableBytes().contains(value.toUtf8()), qPrintable(value));

    // Alice erases her, as the person's dialog does, and syncs.
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        store.setUserName(QStringLiteral("alice"));
        QString error;
        const std::optional<PersonErasure::Plan> plan
            = PersonErasure::plan(store, SyncRecordCodec::localId(store, QStringLiteral("people"), person), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->mentions.size(), 1);   // the call's summary
        QVERIFY2(PersonErasure::erase(store, *plan, plan->mentions, &error), qPrintable(error));
    }
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("Erased personal data of 2 records on the server")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("VACUUM")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("in this file")), qPrintable(out));   // its own erasure, pulled back, is held already
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QVERIFY2(out.contains(QLatin1String("Erased personal data of 2 records in this file")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("Conflict")), qPrintable(out));   // her note is dropped, not kept as a conflict
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));

    // Both files agree with the server: she is "Erased person", the call no longer names her,
    // Bruno's other edit went through.
    QCOMPARE(contents(b), contents(a));
    QCOMPARE(serverContents(a), contents(a));
    for (const QString &file : {a, b}) {
        Store store;
        QVERIFY(store.open(file, Store::OpenMode::OpenExisting));
        const QVariantMap her = store.record(QStringLiteral("people"), SyncRecordCodec::localId(store, QStringLiteral("people"), person));
        QCOMPARE(her.value(QStringLiteral("full_name")).toString(), PersonErasure::erasedName());
        QVERIFY(her.value(QStringLiteral("email")).isNull() && her.value(QStringLiteral("notes")).isNull());
        QCOMPARE(store.record(QStringLiteral("interactions"), SyncRecordCodec::localId(store, QStringLiteral("interactions"), contact))
                     .value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Call with %1 about the flight plan").arg(PersonErasure::erasedText()));
        QCOMPARE(store.record(QStringLiteral("experiments"), firstId(store, QStringLiteral("experiments")))
                     .value(QStringLiteral("title")).toString(), otherTitle);
    }
    // Nothing of her is left: not in either file's bytes, not in the server's tables (their
    // history included) and not in their files.
    const QByteArray aBytes = testsupport::fileBytes(a), bBytes = testsupport::fileBytes(b), server = serverTableBytes();
    QVERIFY(aBytes.size() > 100000 && bBytes.size() > 100000 && server.size() > 100000);
    for (const QString &value : personal) {
        QVERIFY2(!aBytes.contains(value.toUtf8()), qPrintable(QStringLiteral("a: ") + value));
        QVERIFY2(!bBytes.contains(value.toUtf8()), qPrintable(QStringLiteral("b: ") + value));
        QVERIFY2(!server.contains(value.toUtf8()), qPrintable(QStringLiteral("server: ") + value));
    }
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.changes WHERE row_uuid = '%1' AND action = 'erase'").arg(person),
                           m_database), QStringLiteral("1"));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT who FROM citylab.erasures WHERE row_uuid = '%1'").arg(person), m_database),
             QStringLiteral("alice"));
    // one dated note of the erasure in each file's history of her record
    for (const QString &file : {a, b}) {
        Store store;
        QVERIFY(store.open(file, Store::OpenMode::OpenExisting));
        QSqlQuery notes(store.database());
        QVERIFY(notes.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE row_uuid = '%1' AND action = 'erase'").arg(person))
                && notes.next());
        QCOMPARE(notes.value(0).toInt(), 1);
    }
}

// A person erased and then deleted before the file syncs: the erasure still carries the
// erased values (not nothing, which the record's NOT NULL name would refuse on the other
// desktops), and a colleague's file takes the erasure and the deletion without a trace of her.
void TestTeamSync::erasedThenDeletedBeforeTheSync()
{
    const QString name = QStringLiteral("Ottavia Bergamaschi");
    const QString email = QStringLiteral("o.bergamaschi@example.org");
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    QString person;
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const qint64 id = store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), name},
                                                                  {QStringLiteral("organization_id"), firstId(store, QStringLiteral("organizations"))},
                                                                  {QStringLiteral("email"), email}});
        QVERIFY(id > 0);
        person = store.record(QStringLiteral("people"), id).value(QStringLiteral("uuid")).toString();
    }
    QVERIFY(syncFile(a) && syncFile(b, QStringLiteral("bruno")));
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const qint64 id = SyncRecordCodec::localId(store, QStringLiteral("people"), person);
        QString error;
        const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(store, id, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY2(PersonErasure::erase(store, *plan, plan->mentions, &error), qPrintable(error));
        QVERIFY(store.remove(QStringLiteral("people"), id));
    }
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("Erased personal data of 1 records on the server")), qPrintable(out));
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QCOMPARE(contents(b), contents(a));
    QCOMPARE(serverContents(a), contents(a));
    for (const QString &file : {a, b}) {
        const QByteArray bytes = testsupport::fileBytes(file);
        QVERIFY2(!bytes.contains(name.toUtf8()) && !bytes.contains(email.toUtf8()), qPrintable(file));
    }
    QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.changes WHERE before::text LIKE '%Bergamaschi%' "
                                          "OR after::text LIKE '%Bergamaschi%'"), m_database), QStringLiteral("0"));
    QCOMPARE(m_server.psql(QStringLiteral("SELECT data->>'full_name' IS NOT NULL FROM citylab.records WHERE uuid = '%1'").arg(person),
                           m_database), QStringLiteral("t"));
}

// With PostGIS on the server, `server init` makes citylab.zones_geo: every live zone as a
// MultiPolygon in EPSG:4326 with its experiment's code and stage, where QGIS can read it (a
// viewer login is enough), following the team's edits.
void TestTeamSync::zonesAreAGisLayerWhereThereIsPostgis()
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

void TestTeamSync::tlsVerifyFullWorksAndAnUntrustedCertificateIsRefused()
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

QTEST_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
