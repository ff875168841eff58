// SPDX-License-Identifier: GPL-3.0-or-later
// Convergence of team sync: four desktops make seeded random edits while offline (the same
// field on two desktops, edit against delete, organization merges, stage moves, request
// steps, zone edits), then sync in random orders until nothing moves. Every desktop must end
// equal to the server, and every local change must either be what the server kept or be
// listed as a conflict: no silent overwrite. CITYLAB_SYNC_SEEDS sets how many seeds (CI: 50;
// `packaging/dev.sh reliability`: 500); a failure names its seed.
#include "pgtestserver.h"
#include "testsupport.h"

#include "domain/experimentpipeline.h"
#include "domain/organizationmerge.h"
#include "domain/requestworkflow.h"
#include "domain/stagemove.h"
#include "geo/zone.h"
#include "io/attachments.h"
#include "privacy/personerasure.h"
#include "outcomes/measurementcsvreader.h"
#include "outcomes/measurementimporter.h"
#include "geo/zonegeometry.h"
#include "store/store.h"
#include "sync/pgconnection.h"
#include "sync/serverschema.h"
#include "sync/synccatalog.h"
#include "sync/synccontents.h"
#include "sync/teamsync.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace citylab;
using testsupport::PgTestServer;

namespace {

constexpr int replicaCount = 4;
constexpr int rounds = 2;
constexpr int editsPerRound = 8;

QString password(int replica)
{
    return QStringLiteral("pw-%1").arg(replica);
}

QString user(int replica)
{
    return QStringLiteral("desk%1").arg(replica);
}

QList<qint64> ids(Store &store, const QString &sql)
{
    QList<qint64> found;
    QSqlQuery query(store.database());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next())
        found << query.value(0).toLongLong();
    return found;
}

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void converges_data();
    void converges();
    void cleanup();

private:
    struct Replica
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<PgConnection> server;
        QUndoStack undo;
        int number = 0;
    };
    bool edit(Replica &replica, QRandomGenerator &random, int round, QString *what);
    bool syncUntilQuiet(std::array<Replica, replicaCount> &replicas, QRandomGenerator &random, QString *error);

    PgTestServer m_server;
    QTemporaryDir m_dir;
    QStringList m_templates;
    int m_conflicts = 0;       // over all seeds: the scenario must make some
    int m_changesChecked = 0;
    int m_seedsRun = 0;
    int m_seedsFailed = 0;
};

void TestSyncConvergence::cleanup()
{
    ++m_seedsRun;
    m_seedsFailed += QTest::currentTestFailed() ? 1 : 0;
}

void TestSyncConvergence::initTestCase()
{
    testsupport::isolateSettings();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_server.psql(QStringLiteral("CREATE DATABASE base"));
    {
        PgConnection admin;
        QVERIFY2(admin.open(m_server.url(QString::fromLatin1(PgTestServer::superuser), QStringLiteral("base")),
                            QString::fromLatin1(PgTestServer::superPassword)), qPrintable(admin.errorString()));
        Store schema;
        QVERIFY(schema.open(m_dir.filePath(QStringLiteral("schema.citylab"))));
        const std::optional<SyncCatalog> catalog = SyncCatalog::read(schema, &error);
        QVERIFY2(catalog, qPrintable(error));
        QVERIFY2(ServerSchema::init(admin, *catalog, &error), qPrintable(error));
        for (int r = 0; r < replicaCount; ++r)
            QVERIFY2(ServerSchema::addUser(admin, user(r), ServerSchema::Role::Editor, password(r), &error), qPrintable(error));
    }
    // Desktop 0 fills the server with the demo; the others join empty and take it.
    for (int r = 0; r < replicaCount; ++r) {
        const QString name = QStringLiteral("template-%1.citylab").arg(r);
        const QString path = r == 0 ? testsupport::makeDemo(m_dir, name) : m_dir.filePath(name);
        m_templates << path;
        Store store;
        QVERIFY(store.open(path));
        store.setUserName(user(r));
        PgConnection server;
        QVERIFY2(server.open(m_server.url(user(r), QStringLiteral("base")), password(r)), qPrintable(server.errorString()));
        TeamSync sync(store, server);
        QVERIFY2(sync.run(&error), qPrintable(error));
        QSqlQuery checkpoint(store.database());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
}

void TestSyncConvergence::cleanupTestCase()
{
    qInfo("%d local changes checked, %d conflicts listed", m_changesChecked, m_conflicts);
    // The line `packaging/dev.sh reliability` sums up.
    qInfo("probe sync-convergence trials %d failures %d", m_seedsRun, m_seedsFailed);
    QVERIFY(m_changesChecked > 0);
    QVERIFY(m_conflicts > 0);
    m_server.stop();
}

void TestSyncConvergence::converges_data()
{
    QTest::addColumn<quint32>("seed");
    const int seeds = qEnvironmentVariableIntValue("CITYLAB_SYNC_SEEDS") > 0 ? qEnvironmentVariableIntValue("CITYLAB_SYNC_SEEDS") : 50;
    for (int seed = 1; seed <= seeds; ++seed)
        QTest::addRow("seed %d", seed) << quint32(seed);
}

// One random change through the same classes the window uses.
bool TestSyncConvergence::edit(Replica &replica, QRandomGenerator &random, int round, QString *what)
{
    Store &store = *replica.store;
    // A small pool of records, the same on every desktop, so that edits collide.
    const auto pick = [&](const QString &sql) -> qint64 {
        const QList<qint64> found = ids(store, sql);
        return found.isEmpty() ? -1 : found.at(random.bounded(int(found.size())));
    };
    const QString value = QStringLiteral("d%1 r%2 n%3").arg(replica.number).arg(round).arg(random.bounded(1000));
    switch (random.bounded(13)) {
    case 12: {
        // A person erased (an erasure request), now and then: their record and the texts that name them.
        const qint64 id = pick(QStringLiteral("SELECT id FROM people ORDER BY uuid LIMIT 6"));
        if (id < 0 || random.bounded(2) != 0)
            return true;
        *what = QStringLiteral("erase person %1").arg(id);
        QString error;
        const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(store, id, &error);
        return plan && PersonErasure::erase(store, *plan, plan->mentions, &error);
    }
    case 11: {
        // A document attached; two desktops often attach the same content.
        const qint64 experiment = pick(QStringLiteral("SELECT id FROM experiments ORDER BY uuid LIMIT 4"));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("verbale.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("%PDF-1.4 verbale " + QByteArray::number(random.bounded(3)));
        file.close();
        *what = QStringLiteral("attach a document to experiment %1").arg(experiment);
        QString error;
        return Attachments::add(store, experiment, path, &error) > 0;
    }
    case 10: {
        // A partner's file, imported as the import dialog does it.
        const qint64 experiment = pick(QStringLiteral("SELECT id FROM experiments ORDER BY uuid LIMIT 4"));
        QByteArray csv = "date,metric,value\n";
        const int rows = 5 + random.bounded(20);
        for (int i = 0; i < rows; ++i)
            csv += QDateTime(testsupport::referenceDay().addDays(-i), QTime(9, replica.number * 10 + round), QTimeZone::UTC)
                       .toString(Qt::ISODate).toLatin1()
                + ",UAS_NOISE_DB," + QByteArray::number(40 + random.bounded(300) / 10.0) + '\n';
        MeasurementCsvReader reader(csv);
        MeasurementImporter importer(store, experiment);
        importer.setAllowDuplicate(true);
        *what = QStringLiteral("import %1 measurements into experiment %2").arg(rows).arg(experiment);
        const MeasurementImportResult result = importer.run(reader, MeasurementCsvReader::guessMapping(reader.header()),
                                                            QStringLiteral("partner.csv"),
                                                            QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
        return result.ok;
    }
    case 0:
    case 1: {
        const qint64 id = pick(QStringLiteral("SELECT id FROM experiments ORDER BY uuid LIMIT 4"));
        const QString field = random.bounded(2) ? QStringLiteral("title") : QStringLiteral("notes");
        *what = QStringLiteral("experiment %1 %2").arg(id).arg(field);
        return store.update(QStringLiteral("experiments"), id, {{field, value}});
    }
    case 2: {
        const qint64 id = pick(QStringLiteral("SELECT id FROM organizations ORDER BY uuid LIMIT 4"));
        const QString field = QStringList{QStringLiteral("notes"), QStringLiteral("website"), QStringLiteral("city")}.at(random.bounded(3));
        *what = QStringLiteral("organization %1 %2").arg(id).arg(field);
        return store.update(QStringLiteral("organizations"), id, {{field, value}});
    }
    case 3: {
        const qint64 id = pick(QStringLiteral("SELECT id FROM zones ORDER BY uuid LIMIT 5"));
        if (id < 0)
            return true;
        if (random.bounded(3) == 0) {
            *what = QStringLiteral("delete zone %1").arg(id);
            return store.remove(QStringLiteral("zones"), id);
        }
        *what = QStringLiteral("zone %1 notes").arg(id);
        return store.update(QStringLiteral("zones"), id, {{QStringLiteral("notes"), value}});
    }
    case 4: {
        const qint64 id = pick(QStringLiteral("SELECT id FROM zones ORDER BY uuid LIMIT 5"));
        if (id < 0)
            return true;
        *what = QStringLiteral("zone %1 geometry").arg(id);
        const ZoneGeometry circle = ZoneGeometry::circle({7.68 + random.bounded(100) / 10000.0, 45.07}, 50 + random.bounded(200));
        return store.update(QStringLiteral("zones"), id, Zone::geometryColumns(circle));
    }
    case 5: {
        const qint64 id = pick(QStringLiteral("SELECT id FROM experiments WHERE stage NOT IN ('evaluated', 'rejected', 'withdrawn') "
                                              "ORDER BY uuid LIMIT 4"));
        if (id < 0)
            return true;
        const QString stage = store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString();
        const QStringList next = ExperimentPipeline::nextStages(stage);
        if (next.isEmpty())
            return true;
        const QString to = next.at(random.bounded(int(next.size())));
        *what = QStringLiteral("move experiment %1 to %2").arg(id).arg(to);
        QString refused;
        StageMove::move(store, replica.undo, id, to, testsupport::referenceDay().addDays(round), &refused);
        return true;   // a move the rules refuse is no change
    }
    case 6: {
        const qint64 id = pick(QStringLiteral("SELECT id FROM regulatory_requests WHERE status NOT IN ('granted', 'granted_with_conditions', "
                                              "'denied', 'withdrawn') ORDER BY uuid LIMIT 4"));
        if (id < 0)
            return true;
        const QString status = store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("status")).toString();
        const QStringList next = RequestWorkflow::nextStatuses(status);
        if (next.isEmpty())
            return true;
        const QString to = next.at(random.bounded(int(next.size())));
        *what = QStringLiteral("request %1 to %2").arg(id).arg(to);
        RequestWorkflow workflow(store);
        workflow.change(id, to, testsupport::referenceDay().addDays(round));
        return true;
    }
    case 7: {
        const QList<qint64> orgs = ids(store, QStringLiteral("SELECT id FROM organizations WHERE kind = 'company' ORDER BY uuid LIMIT 4"));
        if (orgs.size() < 2 || random.bounded(3) != 0)
            return true;
        const qint64 survivor = orgs.at(random.bounded(int(orgs.size())));
        qint64 duplicate = orgs.at(random.bounded(int(orgs.size())));
        if (duplicate == survivor)
            return true;
        *what = QStringLiteral("merge organization %1 into %2").arg(duplicate).arg(survivor);
        return OrganizationMerge::merge(store, survivor, duplicate) >= 0;
    }
    case 8: {
        const qint64 org = pick(QStringLiteral("SELECT id FROM organizations ORDER BY uuid LIMIT 4"));
        *what = QStringLiteral("log a contact with %1").arg(org);
        return store.insert(QStringLiteral("interactions"), {{QStringLiteral("kind"), QStringLiteral("call")},
                                                             {QStringLiteral("organization_id"), org},
                                                             {QStringLiteral("occurred_on"), testsupport::referenceDay().toString(Qt::ISODate)},
                                                             {QStringLiteral("summary"), value}}) > 0;
    }
    default: {
        const qint64 id = pick(QStringLiteral("SELECT id FROM interactions ORDER BY uuid LIMIT 4"));
        if (id < 0)
            return true;
        *what = QStringLiteral("delete contact %1").arg(id);
        return store.remove(QStringLiteral("interactions"), id);
    }
    }
}

bool TestSyncConvergence::syncUntilQuiet(std::array<Replica, replicaCount> &replicas, QRandomGenerator &random, QString *error)
{
    for (int pass = 0; pass < 10; ++pass) {
        std::array<int, replicaCount> order{0, 1, 2, 3};
        std::shuffle(order.begin(), order.end(), std::mt19937(random.generate()));
        bool moved = false;
        for (int r : order) {
            TeamSync sync(*replicas[r].store, *replicas[r].server);
            const std::optional<SyncOutcome> outcome = sync.run(error);
            if (!outcome) {
                *error = QStringLiteral("desktop %1: %2").arg(r).arg(*error);
                return false;
            }
            if (qEnvironmentVariableIsSet("CITYLAB_SYNC_DEBUG"))
                qInfo("desktop %d: pushed %d repeated %d pulled %d conflicts %d seq %lld", r, outcome->pushed, outcome->repeated,
                      outcome->pulled, int(outcome->conflicts.size()), outcome->serverSeq);
            moved = moved || outcome->pushed > 0 || outcome->pulled > 0 || !outcome->conflicts.isEmpty();
        }
        if (!moved)
            return true;
    }
    *error = QStringLiteral("still moving after 10 passes");
    return false;
}

void TestSyncConvergence::converges()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QString database = QStringLiteral("seed%1").arg(seed);
    m_server.psql(QStringLiteral("CREATE DATABASE %1 TEMPLATE base STRATEGY FILE_COPY").arg(database));
    QTemporaryDir dir;
    std::array<Replica, replicaCount> replicas;
    for (int r = 0; r < replicaCount; ++r) {
        const QString path = dir.filePath(QStringLiteral("desk%1.citylab").arg(r));
        QVERIFY(QFile::copy(m_templates.at(r), path));
        replicas[r].number = r;
        replicas[r].store = std::make_unique<Store>();
        QVERIFY(replicas[r].store->open(path, Store::OpenMode::OpenExisting));
        replicas[r].store->setUserName(user(r));
        replicas[r].server = std::make_unique<PgConnection>();
        QVERIFY2(replicas[r].server->open(m_server.url(user(r), database), password(r)), qPrintable(replicas[r].server->errorString()));
    }

    for (int round = 1; round <= rounds; ++round) {
        // Offline: each desktop changes things; remember where its log stood.
        std::array<qint64, replicaCount> logStart{};
        for (int r = 0; r < replicaCount; ++r) {
            logStart[r] = ids(*replicas[r].store, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).value(0);
            for (int e = 0; e < editsPerRound; ++e) {
                QString what;
                const bool done = edit(replicas[r], random, round, &what);
                if (qEnvironmentVariableIsSet("CITYLAB_SYNC_DEBUG"))
                    qInfo("desktop %d: %s", r, qPrintable(what));
                QVERIFY2(done,
                         qPrintable(QStringLiteral("seed %1, desktop %2, %3: %4").arg(seed).arg(r).arg(what, replicas[r].store->errorString())));
            }
        }
        const qint64 conflictsBefore = m_server.psql(QStringLiteral("SELECT count(*) FROM citylab.conflicts"), database).toLongLong();
        const qint64 seqBefore = m_server.psql(QStringLiteral("SELECT coalesce(max(seq), 0) FROM citylab.changes"), database).toLongLong();
        QString error;
        QVERIFY2(syncUntilQuiet(replicas, random, &error), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(error)));

        // Every desktop equals the server.
        const std::optional<SyncContents> server = SyncContentsReader::server(*replicas[0].server, *replicas[0].store, &error);
        QVERIFY2(server, qPrintable(error));
        for (int r = 0; r < replicaCount; ++r) {
            const std::optional<SyncContents> local = SyncContentsReader::local(*replicas[r].store, &error);
            QVERIFY2(local, qPrintable(error));
            if (*local != *server) {
                for (auto table = server->cbegin(); table != server->cend(); ++table)
                    for (auto it = table->cbegin(); it != table->cend(); ++it)
                        if (local->value(table.key()).value(it.key()) != it.value())
                            qWarning("%s %s: desktop %d has %s, the server %s", qPrintable(table.key()), qPrintable(it.key()), r,
                                     QJsonDocument(local->value(table.key()).value(it.key())).toJson(QJsonDocument::Compact).constData(),
                                     QJsonDocument(it.value()).toJson(QJsonDocument::Compact).constData());
                QFAIL(qPrintable(QStringLiteral("seed %1, round %2: desktop %3 differs from the server").arg(seed).arg(round).arg(r)));
            }
        }

        // No silent overwrite: each field a desktop changed this round holds its value on the
        // server, or the change is listed as a conflict (on that field, or on its record).
        QSet<QString> listed;
        const QStringList rows = m_server.psql(QStringLiteral("SELECT row_uuid || '/' || coalesce(field, '*') FROM citylab.conflicts "
                                                              "ORDER BY id OFFSET %1").arg(conflictsBefore), database)
                                     .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &row : rows)
            listed.insert(row);
        m_conflicts += int(rows.size());
        // A value another desktop changed again, from that very value, was built upon, not lost:
        // two desktops made the same step and one went a step further.
        QSet<QString> builtUpon;
        for (const QString &line : m_server.psql(QStringLiteral(
                 "SELECT row_uuid || '/' || b.key || '/' || b.value::text FROM citylab.changes c, jsonb_each(c.before) b "
                 "WHERE c.seq > %1 AND c.action = 'update' AND c.outcome = 'applied'").arg(seqBefore), database)
                 .split(u'\n', Qt::SkipEmptyParts))
            builtUpon.insert(line);
        for (int r = 0; r < replicaCount; ++r) {
            Store &store = *replicas[r].store;
            std::optional<SyncCatalog> catalog = SyncCatalog::read(store, &error);
            QSqlQuery log(store.database());
            QVERIFY(log.exec(QStringLiteral("SELECT table_name, row_uuid, action, after_json FROM change_log "
                                            "WHERE id > %1 AND server_seq IS NULL ORDER BY id").arg(logStart[r])));
            QHash<QString, QJsonValue> lastValue;   // table/row/field -> value (references compared by presence only)
            QHash<QString, QString> lastAction;     // table/row -> insert or delete
            while (log.next()) {
                const QString table = log.value(0).toString();
                const SyncedTable *synced = catalog->table(table);
                if (!synced)
                    continue;
                const QString key = table + QLatin1Char('/') + log.value(1).toString();
                const QString action = log.value(2).toString();
                if (action == QLatin1String("erase"))
                    continue;   // what it wrote is checked by the files' equality with the server
                if (action != QLatin1String("update")) {
                    lastAction[key] = action;
                    continue;
                }
                const QJsonObject after = QJsonDocument::fromJson(log.value(3).toString().toUtf8()).object();
                for (auto it = after.begin(); it != after.end(); ++it)
                    if (synced->columns.contains(it.key()) && !synced->references.contains(it.key()))
                        lastValue[key + QLatin1Char('/') + it.key()] = it.value();
            }
            for (auto it = lastAction.cbegin(); it != lastAction.cend(); ++it) {
                const QString table = it.key().section(u'/', 0, 0), row = it.key().section(u'/', 1, 1);
                const bool present = server->value(table).contains(row);
                if (present == (it.value() == QLatin1String("insert")))
                    continue;
                bool conflict = false;
                for (const QString &c : std::as_const(listed))
                    conflict = conflict || c.startsWith(row + QLatin1Char('/'));
                QVERIFY2(conflict, qPrintable(QStringLiteral("seed %1, round %2: desktop %3's %4 of %5 was undone without a conflict")
                                                  .arg(seed).arg(round).arg(r).arg(it.value(), it.key())));
            }
            m_changesChecked += int(lastValue.size() + lastAction.size());
            for (auto it = lastValue.cbegin(); it != lastValue.cend(); ++it) {
                const QString table = it.key().section(u'/', 0, 0), row = it.key().section(u'/', 1, 1),
                              field = it.key().section(u'/', 2, 2);
                const QJsonObject kept = server->value(table).value(row);
                if (!kept.isEmpty() && kept.value(field) == it.value())
                    continue;
                if (listed.contains(row + QLatin1Char('/') + field) || listed.contains(row + QStringLiteral("/*")))
                    continue;
                const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                if (builtUpon.contains(row + QLatin1Char('/') + field + QLatin1Char('/') + json))
                    continue;
                if (kept.isEmpty()) {
                    // The record went away: deleted by another desktop (listed on the record), or
                    // by this one later in the round.
                    if (lastAction.value(table + QLatin1Char('/') + row) == QLatin1String("delete"))
                        continue;
                    bool conflict = false;
                    for (const QString &c : std::as_const(listed))
                        conflict = conflict || c.startsWith(row + QLatin1Char('/'));
                    if (conflict)
                        continue;
                }
                QFAIL(qPrintable(QStringLiteral("seed %1, round %2: desktop %3 set %4 to %5; the server has %6 and lists no conflict")
                                     .arg(seed).arg(round).arg(r).arg(it.key(),
                                          QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                                          QString::fromUtf8(QJsonDocument(QJsonArray{kept.value(field)}).toJson(QJsonDocument::Compact)))));
            }
        }
    }
    for (Replica &replica : replicas)
        replica.server->close();
    m_server.psql(QStringLiteral("DROP DATABASE %1").arg(database));
}

QTEST_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
