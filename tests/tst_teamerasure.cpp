// SPDX-License-Identifier: GPL-3.0-or-later
// A person's erasure (GDPR art. 17) in a file that syncs with a team server: it reaches the
// server, its history and every colleague's file, through `citylab sync` and a real PostgreSQL.
#include "teamserverfixture.h"

#include "privacy/personerasure.h"
#include "sync/syncrecordcodec.h"

using namespace citylab;
using testsupport::PgTestServer;
using testsupport::TeamServerFixture;

class TestTeamErasure : public QObject, private TeamServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }
    void init() { makeDatabase(); }

    void erasureReachesTheServerAndEveryFile();
    void erasedThenDeletedBeforeTheSync();
};

// A person erased in one file (GDPR art. 17) is erased on the server, in its history too, and
// in every other file with its next sync: a colleague's edit made before they heard of it
// does not bring the values back, and nothing of them is left in the files' bytes.
void TestTeamErasure::erasureReachesTheServerAndEveryFile()
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
void TestTeamErasure::erasedThenDeletedBeforeTheSync()
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

QTEST_MAIN(TestTeamErasure)
#include "tst_teamerasure.moc"
