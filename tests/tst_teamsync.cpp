// SPDX-License-Identifier: GPL-3.0-or-later
// Team sync through a real PostgreSQL server (a throwaway cluster): `citylab sync` between
// files, what they exchange (records, measurements, attachments) and conflicts.
#include "teamserverfixture.h"

#include "io/attachments.h"
#include "search/searchindex.h"
#include "store/storecheck.h"
#include "sync/teamsync.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace citylab;
using testsupport::PgTestServer;
using testsupport::TeamServerFixture;

class TestTeamSync : public QObject, private TeamServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init() { makeDatabase(); }

    void filesJoinAndSeeEachOthersEdits();
    void sameFieldEditedTwiceIsAConflictNotAnOverwrite();
    void differentFieldsMerge();
    void quotesAndControlCharactersTravelIntact();
    void recordsOfANewerCityLabAreNotSkipped();
    void editAgainstDeleteIsAConflict();
    void stageMoveRefusedWhenTheOtherMoveWon();
    void repeatedPushAppliesNothingTwice();
    void aRecordsHistoryKeepsTheOrderOfItsEdits();
    void fileWithRecordsCannotJoinAFilledServer();
    void codeRenamedThenReusedInOnePush();
    void measurementsTravelWithTheirBatch();
    void attachmentsTravelOnceByContent();
};

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
    // The clone's search index, filled once at its end, is the one its records make: B finds
    // what A finds, an experiment by its partners' and acts' words too, and passes its check.
    {
        Store original, clone;
        QVERIFY(original.open(a, Store::OpenMode::OpenExisting));
        QVERIFY(clone.open(b, Store::OpenMode::OpenExisting));
        const StoreCheck check = StoreCheck::run(clone);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
        const auto found = [](const Store &store, const QString &words) {
            QStringList titles;
            for (const SearchHit &hit : SearchIndex::query(store, words, 1000))
                titles << hit.table + u':' + hit.title;
            titles.sort();
            return titles;
        };
        // a partner's name, an act's subject, a contact's summary
        QStringList texts;
        QSqlQuery query(original.database());
        for (const char *sql : {"SELECT o.name FROM experiment_partners p JOIN organizations o ON o.id = p.organization_id LIMIT 1",
                                "SELECT subject FROM acts WHERE subject <> '' LIMIT 1", "SELECT summary FROM interactions LIMIT 1"}) {
            QVERIFY2(query.exec(QLatin1String(sql)) && query.next(), sql);
            texts << query.value(0).toString();
        }
        query.finish();
        for (const QString &words : std::as_const(texts)) {
            const QStringList expected = found(original, words);
            QVERIFY2(!expected.isEmpty(), qPrintable(words));
            QCOMPARE(found(clone, words), expected);
        }
    }

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

// A push is written as JSON text by hand: quotes, backslashes, line breaks, a control
// character and letters beyond ASCII, in a value and in the author's name, arrive as typed.
void TestTeamSync::quotesAndControlCharactersTravelIntact()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    const QString author = QStringLiteral("Anna \"la legale\" Rossì \\ ufficio\t2 \u0001 ✓");
    const QString notes = QStringLiteral("Riga 1\nRiga \"2\"\t\\ fine \u0001 — città ✓ 😀");
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        store.setUserName(author);
        QVERIFY(store.update(QStringLiteral("organizations"), firstId(store, QStringLiteral("organizations")),
                             {{QStringLiteral("notes"), notes}}));
    }
    QString out;
    QVERIFY2(syncFile(a, QStringLiteral("alice"), &out), qPrintable(out));
    QVERIFY2(syncFile(b, QStringLiteral("bruno"), &out), qPrintable(out));
    QCOMPARE(contents(b), contents(a));
    Store store;
    QVERIFY(store.open(b, Store::OpenMode::OpenExisting));
    QCOMPARE(store.record(QStringLiteral("organizations"), firstId(store, QStringLiteral("organizations")))
                 .value(QStringLiteral("notes")).toString(),
             notes);
    QCOMPARE(m_server.psql(QStringLiteral("SELECT made_by FROM citylab.changes WHERE action = 'update' ORDER BY seq DESC LIMIT 1"),
                           m_database),
             author);
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

// Each organization's notes rewritten four times, round after round, between two syncs: the
// server numbers the edits of each record in the order they were made, so its history reads
// as it happened (the edits applied together were once numbered in a sort by record).
void TestTeamSync::aRecordsHistoryKeepsTheOrderOfItsEdits()
{
    const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
    QVERIFY(syncFile(a));
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        QSqlQuery ids(store.database());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM organizations ORDER BY id")));
        QList<qint64> organizations;
        while (ids.next())
            organizations << ids.value(0).toLongLong();
        QVERIFY(organizations.size() >= 10);
        QVERIFY(store.transact([&] {
            for (int round = 1; round <= 4; ++round)
                for (const qint64 id : std::as_const(organizations))
                    if (!store.update(QStringLiteral("organizations"), id, {{QStringLiteral("notes"), QStringLiteral("round %1").arg(round)}}))
                        return false;
            return true;
        }));
    }
    QString out;
    QVERIFY2(syncFile(a, QStringLiteral("alice"), &out), qPrintable(out));
    const QString outOfOrder = m_server.psql(
        QStringLiteral("SELECT count(*) FROM (SELECT after->>'notes' AS notes, "
                       "lag(after->>'notes') OVER (PARTITION BY row_uuid ORDER BY seq) AS previous "
                       "FROM citylab.changes WHERE table_name = 'organizations' AND action = 'update') h "
                       "WHERE previous > notes"),
        m_database);
    QCOMPARE(outOfOrder, QStringLiteral("0"));
    QVERIFY(m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.changes WHERE table_name = 'organizations' "
                                         "AND action = 'update'"), m_database).toInt() >= 40);
}

// Between two syncs a code is given, renamed, then given to another new experiment: one push
// holds all three, and the server takes them as they were made (new records inserted together
// must not take the code before the rename frees it).
void TestTeamSync::codeRenamedThenReusedInOnePush()
{
    const auto [a, b] = joinedPair();
    QVERIFY(!a.isEmpty());
    QString first, second;
    {
        Store store;
        QVERIFY(store.open(a, Store::OpenMode::OpenExisting));
        const auto experiment = [&store](const QString &code) {
            return store.insert(QStringLiteral("experiments"),
                                {{QStringLiteral("code"), code}, {QStringLiteral("title"), QString(QStringLiteral("Prova ") + code)},
                                 {QStringLiteral("domain"), QStringLiteral("drones")}, {QStringLiteral("stage"), QStringLiteral("proposal")},
                                 {QStringLiteral("stage_since"), QStringLiteral("2026-12-01")}});
        };
        const qint64 renamed = experiment(QStringLiteral("TCL-2099-001"));
        QVERIFY(renamed > 0);
        QVERIFY(store.update(QStringLiteral("experiments"), renamed, {{QStringLiteral("code"), QStringLiteral("TCL-2099-901")}}));
        const qint64 reused = experiment(QStringLiteral("TCL-2099-001"));
        QVERIFY(reused > 0);
        first = store.record(QStringLiteral("experiments"), renamed).value(QStringLiteral("uuid")).toString();
        second = store.record(QStringLiteral("experiments"), reused).value(QStringLiteral("uuid")).toString();
    }
    QString out;
    QVERIFY(syncFile(a, QStringLiteral("alice"), &out));
    QVERIFY2(out.contains(QLatin1String("0 conflicts")), qPrintable(out));
    const SyncContents server = serverContents(a);
    QCOMPARE(server.value(QStringLiteral("experiments")).value(first).value(QStringLiteral("code")).toString(),
             QStringLiteral("TCL-2099-901"));
    QCOMPARE(server.value(QStringLiteral("experiments")).value(second).value(QStringLiteral("code")).toString(),
             QStringLiteral("TCL-2099-001"));
    QCOMPARE(contents(a), server);
    QVERIFY(syncFile(b, QStringLiteral("bruno"), &out));
    QCOMPARE(contents(b), server);
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

QTEST_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
