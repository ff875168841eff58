// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"
#include "domain/barrierevidence.h"
#include "domain/testplan.h"
#include "geo/trackrecorder.h"
#include "store/store.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace citylab;

// Every older schema version opens and is upgraded to the newest, keeping its data.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A CityLab file left at schema version `version`, as an older CityLab would have made it.
    static bool makeFileAtVersion(const QString &path, int version)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            return false;
        const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(Store::applicationId) + ";";
        bool ok = sqlite3_exec(db, setId.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        QString error;
        ok = ok && Migrations::migrate(db, 0, version, &error);
        if (ok && version >= 1) {
            // A record that must survive every later step.
            ok = sqlite3_exec(db,
                              "INSERT INTO organizations (uuid, name, kind, created_at, updated_at) VALUES "
                              "('6f1c1d8e-0000-4000-8000-000000000001', 'Città di Torino', 'public_body',"
                              " '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');",
                              nullptr, nullptr, nullptr) == SQLITE_OK;
        }
        sqlite3_close(db);
        return ok;
    }

private slots:
    void stepsAreNumberedFromOne()
    {
        QVERIFY(Migrations::latestVersion() >= 1);
        for (int version = 1; version <= Migrations::latestVersion(); ++version)
            QVERIFY2(!Migrations::stepSql(version).isEmpty(), qPrintable(QString::number(version)));
        QVERIFY(Migrations::stepSql(Migrations::latestVersion() + 1).isEmpty());
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        const QString path = m_dir.filePath(QStringLiteral("v%1.citylab").arg(from));
        QVERIFY(makeFileAtVersion(path, from));

        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(store.database());
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM organizations WHERE uuid = '6f1c1d8e-0000-4000-8000-000000000001'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Città di Torino"));
            // the file as it was is kept beside the upgraded one
            QVERIFY(QFile::exists(path + QStringLiteral(".schema-v%1.bak").arg(from)));
        }
        // the search index is refilled when it is remade (0003): the old record is found
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH '\"citta\"*'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), from >= 1 ? 1 : 0);
        // agreements keep their own documents (0003)
        QVERIFY(store.columns(QStringLiteral("attachments")).contains(QStringLiteral("agreement_id")));
        // the newest schema is complete: every entity of the design is there
        for (const char *table : {"organizations", "people", "experiments", "experiment_partners", "zones",
                                  "agreements", "regulatory_requests", "request_revisions", "interactions",
                                  "metrics", "targets", "measurements", "attachments", "change_log", "settings",
                                  "search_index", "zone_bounds"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), table);
        }
    }

    // 0011 adds the barrier register and incidents. On a store made at version 10 with an
    // experiment and its test plan, both stay, and a barrier linked to the experiment and an
    // incident give the barrier its evidence.
    // 0012 rebuilds regulatory_requests and request_templates to admit the art. 36 kind. On
    // a store made at version 11, a request keeps its revision, steps, condition, attachment,
    // linked barrier and contact; every other object of the schema, the rebuilt tables'
    // indexes and triggers included, is unchanged; the search still finds it; foreign keys
    // are on again and cascade into the rebuilt table.
    void art36ArrivesOnAStoreMadeAtVersion11()
    {
        const QString path = m_dir.filePath(QStringLiteral("art36-v11.citylab"));
        QVERIFY(makeFileAtVersion(path, 11));
        const auto schemaOf = [](QSqlDatabase db, QStringList *objects) {
            QSqlQuery q(db);
            // every object but the tables whose definition changes (rebuilt here, or given a
            // column by a later version) and the tables added later; the rebuilt tables'
            // indexes and triggers must come back as they were
            if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE NOT (type = 'table' AND name IN"
                                       " ('regulatory_requests', 'request_templates', 'barriers', 'interactions', 'people'))"
                                       " AND tbl_name NOT IN ('art36_applications', 'city_events')"
                                       " ORDER BY type, name")))
                return false;
            while (q.next())
                *objects << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
            return true;
        };
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const auto cleanup = qScopeGuard([db] { sqlite3_close(db); });
            const char *sql =
                "PRAGMA foreign_keys = ON;"
                "INSERT INTO experiments (id, uuid, code, title, domain, stage, stage_since, created_at, updated_at) VALUES"
                " (1, 'e1', 'TCL-1', 'Navetta', 'autonomous_mobility', 'authorization', '2026-01-01', '2026-01-01', '2026-01-01');"
                "INSERT INTO regulatory_requests (id, uuid, reference, experiment_id, authority_id, kind, subject, status,"
                " submitted_on, body, created_at, updated_at, decision_number) VALUES"
                " (7, 'r7', 'REQ-2026-007', 1, 1, 'derogation', 'Deroga supervisore', 'submitted', '2026-02-01', '<p>Testo</p>',"
                " '2026-01-01', '2026-01-01', 'D-12');"
                "INSERT INTO request_revisions (uuid, request_id, revision, body, created_at, updated_at) VALUES"
                " ('rv1', 7, 1, '<p>Testo</p>', '2026-01-01', '2026-01-01');"
                "INSERT INTO request_status_changes (uuid, request_id, from_status, to_status, on_date, created_at, updated_at) VALUES"
                " ('s1', 7, 'draft', 'submitted', '2026-02-01', '2026-02-01', '2026-02-01');"
                "INSERT INTO conditions (uuid, experiment_id, request_id, text, created_at, updated_at) VALUES"
                " ('c1', 1, 7, 'Operatore a bordo', '2026-01-01', '2026-01-01');"
                "INSERT INTO attachments (uuid, file_name, size, sha256, data, request_id, created_at, updated_at) VALUES"
                " ('a1', 'rischi.pdf', 1, '0000000000000000000000000000000000000000000000000000000000000000', x'00', 7,"
                " '2026-01-01', '2026-01-01');"
                "INSERT INTO interactions (uuid, kind, occurred_on, summary, request_id, created_at, updated_at) VALUES"
                " ('i1', 'pec', '2026-02-01', 'Invio istanza', 7, '2026-02-01', '2026-02-01');"
                "INSERT INTO barriers (id, uuid, reference, title, created_at, updated_at) VALUES"
                " (1, 'b1', 'DM 28/02/2018, art. 9', 'Supervisore a bordo', '2026-01-01', '2026-01-01');"
                "INSERT INTO barrier_requests (uuid, barrier_id, request_id, created_at, updated_at) VALUES"
                " ('br1', 1, 7, '2026-01-01', '2026-01-01');"
                "INSERT INTO request_templates (uuid, name, kind, body, created_at, updated_at) VALUES"
                " ('t1', 'Nostra deroga', 'derogation', '<p>{{request.subject}}</p>', '2026-01-01', '2026-01-01');";
            char *message = nullptr;
            QVERIFY2(sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK, message);
        }
        QStringList schemaBefore;
        {
            Store store;
            QVERIFY(store.open(path, Store::OpenMode::Inspect));
            QVERIFY(schemaOf(store.database(), &schemaBefore));
        }
        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QStringList schemaAfter;
        QVERIFY(schemaOf(store.database(), &schemaAfter));
        QCOMPARE(schemaAfter, schemaBefore);

        QSqlQuery q(store.database());
        const auto count = [&q](const char *sql) {
            const int value = q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
            q.finish();
            return value;
        };
        QCOMPARE(count("PRAGMA foreign_keys"), 1);
        QCOMPARE(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
        const QVariantMap request = store.record(QStringLiteral("regulatory_requests"), 7);
        QCOMPARE(request.value(QStringLiteral("reference")).toString(), QStringLiteral("REQ-2026-007"));
        QCOMPARE(request.value(QStringLiteral("decision_number")).toString(), QStringLiteral("D-12"));
        QCOMPARE(request.value(QStringLiteral("body")).toString(), QStringLiteral("<p>Testo</p>"));
        QCOMPARE(count("SELECT count(*) FROM request_templates WHERE name = 'Nostra deroga'"), 1);
        // the search triggers are back: a changed subject is found
        QVERIFY(store.update(QStringLiteral("regulatory_requests"), 7, {{QStringLiteral("subject"), QStringLiteral("Deroga navetta Mirafiori")}}));
        QCOMPARE(count("SELECT count(*) FROM search_index WHERE search_index MATCH 'Mirafiori'"), 1);
        // the new kind is accepted, an unknown one still refused
        QVERIFY2(store.update(QStringLiteral("regulatory_requests"), 7, {{QStringLiteral("kind"), QStringLiteral("art36")}}),
                 qPrintable(store.errorString()));
        QVERIFY(!store.update(QStringLiteral("regulatory_requests"), 7, {{QStringLiteral("kind"), QStringLiteral("wish")}}));
        QVERIFY(store.insert(QStringLiteral("art36_applications"), {{QStringLiteral("request_id"), 7}, {QStringLiteral("duration_months"), 12}}) > 0);
        QCOMPARE(store.insert(QStringLiteral("art36_applications"), {{QStringLiteral("request_id"), 7}}), -1);   // one per request
        // every child still points at the request, and removing it cascades as before
        QCOMPARE(count("SELECT (SELECT count(*) FROM request_revisions WHERE request_id = 7)"
                       " + (SELECT count(*) FROM request_status_changes WHERE request_id = 7)"
                       " + (SELECT count(*) FROM conditions WHERE request_id = 7)"
                       " + (SELECT count(*) FROM attachments WHERE request_id = 7)"
                       " + (SELECT count(*) FROM barrier_requests WHERE request_id = 7)"
                       " + (SELECT count(*) FROM interactions WHERE request_id = 7)"
                       " + (SELECT count(*) FROM art36_applications WHERE request_id = 7)"), 7);
        QVERIFY2(store.remove(QStringLiteral("regulatory_requests"), 7), qPrintable(store.errorString()));
        QCOMPARE(count("SELECT (SELECT count(*) FROM request_revisions) + (SELECT count(*) FROM request_status_changes)"
                       " + (SELECT count(*) FROM conditions) + (SELECT count(*) FROM attachments)"
                       " + (SELECT count(*) FROM barrier_requests) + (SELECT count(*) FROM art36_applications)"), 0);
        QCOMPARE(count("SELECT count(*) FROM interactions WHERE request_id IS NULL"), 1);
    }

    // A rebuild that fails half-way (here a leftover table stands in the way) is rolled back
    // whole: the file stays at version 11 with every request and its revisions, and says why.
    void failedRebuildLeavesTheStoreAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("rebuild-fails-v11.citylab"));
        QVERIFY(makeFileAtVersion(path, 11));
        const auto exec = [&path](const char *sql) {
            sqlite3 *db = nullptr;
            if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
                return false;
            const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
            sqlite3_close(db);
            return ok;
        };
        QVERIFY(exec("INSERT INTO regulatory_requests (id, uuid, reference, authority_id, kind, subject, status, created_at, updated_at)"
                     " VALUES (3, 'r3', 'REQ-3', 1, 'derogation', 'Deroga', 'draft', '2026-01-01', '2026-01-01');"
                     "INSERT INTO request_revisions (uuid, request_id, revision, body, created_at, updated_at)"
                     " VALUES ('v3', 3, 1, '<p>x</p>', '2026-01-01', '2026-01-01');"
                     "CREATE TABLE regulatory_requests_rebuilt (leftover INTEGER);"));
        {
            Store store;
            QVERIFY(!store.open(path, Store::OpenMode::OpenExisting));
            QVERIFY2(store.errorString().contains(QStringLiteral("schema version 12")), qPrintable(store.errorString()));
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const auto cleanup = qScopeGuard([db] { sqlite3_close(db); });
        const auto value = [db](const char *sql) {
            sqlite3_stmt *statement = nullptr;
            int result = -1;
            if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
                result = sqlite3_column_int(statement, 0);
            sqlite3_finalize(statement);
            return result;
        };
        QCOMPARE(value("PRAGMA user_version"), 11);
        QCOMPARE(value("SELECT count(*) FROM regulatory_requests"), 1);
        QCOMPARE(value("SELECT count(*) FROM request_revisions WHERE request_id = 3"), 1);
        QCOMPARE(value("SELECT count(*) FROM sqlite_schema WHERE name = 'art36_applications'"), 0);
    }

    // An orphan left by an older importer (a measurement whose metric is gone) does not stop
    // the upgrades that rebuild tables (0006 makes measurements a table without row ids): it
    // was broken before and is broken after, nothing new.
    void oldOrphansDoNotBlockAnUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("orphan-v5.citylab"));
        QVERIFY(makeFileAtVersion(path, 5));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const auto cleanup = qScopeGuard([db] { sqlite3_close(db); });
            const char *sql =
                "INSERT INTO experiments (id, uuid, code, title, domain, stage, stage_since, created_at, updated_at) VALUES"
                " (1, 'e1', 'TCL-1', 'Droni', 'drones', 'active', '2026-01-01', '2026-01-01', '2026-01-01');"
                "INSERT INTO measurement_batches (id, uuid, experiment_id, source, created_at, updated_at) VALUES"
                " (1, 'b1', 1, 'csv', '2026-01-01', '2026-01-01');"
                "INSERT INTO measurements (batch_id, experiment_id, metric_id, measured_at, value) VALUES"
                " (1, 1, 424242, 1767225600, 1.5), (1, 1, 424242, 1767229200, 2.5);";
            char *message = nullptr;
            QVERIFY2(sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK, message);
        }
        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM measurements WHERE metric_id = 424242")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void barriersArriveOnAStoreMadeAtVersion10()
    {
        const QString path = m_dir.filePath(QStringLiteral("barriers-v10.citylab"));
        QVERIFY(makeFileAtVersion(path, 10));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const auto cleanup = qScopeGuard([db] { sqlite3_close(db); });
            const char *sql =
                "INSERT INTO experiments (id, uuid, code, title, domain, stage, stage_since, created_at, updated_at) VALUES"
                " (1, 'e1', 'TCL-1', 'Navetta', 'autonomous_mobility', 'active', '2026-01-01', '2026-01-01', '2026-01-01');"
                "INSERT INTO test_plans (id, uuid, experiment_id, policy_number, created_at, updated_at) VALUES"
                " (1, 'p1', 1, 'POL-7', '2026-01-01', '2026-01-01');";
            QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        }
        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store.record(QStringLiteral("test_plans"), 1).value(QStringLiteral("policy_number")).toString(), QStringLiteral("POL-7"));
        const qint64 barrier = store.insert(QStringLiteral("barriers"), {{QStringLiteral("reference"), QStringLiteral("DM 28/02/2018, art. 9")},
                                                                         {QStringLiteral("title"), QStringLiteral("Supervisore a bordo")}});
        QVERIFY2(barrier > 0, qPrintable(store.errorString()));
        QVERIFY(store.insert(QStringLiteral("barrier_experiments"), {{QStringLiteral("barrier_id"), barrier}, {QStringLiteral("experiment_id"), 1}}) > 0);
        QVERIFY(store.insert(QStringLiteral("incidents"), {{QStringLiteral("experiment_id"), 1}, {QStringLiteral("occurred_on"), QStringLiteral("2026-05-02")},
                                                           {QStringLiteral("severity"), QStringLiteral("minor")},
                                                           {QStringLiteral("description"), QStringLiteral("Sosta imprevista")}}) > 0);
        // a severity the register does not know is refused by the store itself
        QCOMPARE(store.insert(QStringLiteral("incidents"), {{QStringLiteral("experiment_id"), 1}, {QStringLiteral("occurred_on"), QStringLiteral("2026-05-02")},
                                                             {QStringLiteral("severity"), QStringLiteral("apocalyptic")},
                                                             {QStringLiteral("description"), QStringLiteral("?")}}),
                 -1);
        const std::optional<BarrierEvidence> evidence = BarrierEvidence::load(store, barrier);
        QVERIFY(evidence);
        QCOMPARE(evidence->experiments.size(), 1);
        QCOMPARE(evidence->incidents.size(), 1);
    }

    // 0010 adds test plans. On a store made at version 9 with an experiment and a recorded
    // track, both stay, and a plan can be saved with its first revision.
    void plansArriveOnAStoreMadeAtVersion9()
    {
        const QString path = m_dir.filePath(QStringLiteral("plans-v9.citylab"));
        QVERIFY(makeFileAtVersion(path, 9));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const auto cleanup = qScopeGuard([db] { sqlite3_close(db); });
            const char *sql =
                "INSERT INTO experiments (id, uuid, code, title, domain, stage, stage_since, created_at, updated_at) VALUES"
                " (1, 'e1', 'TCL-1', 'Droni', 'drones', 'active', '2026-01-01', '2026-01-01', '2026-01-01');"
                "INSERT INTO tracks (id, uuid, experiment_id, file_name, format, point_count, started_at, ended_at, checked_at, path,"
                " created_at, updated_at) VALUES (1, 't1', 1, 'volo.gpx', 'gpx', 2, '2026-05-10T08:00:00Z', '2026-05-10T08:00:05Z',"
                " '2026-05-11T08:00:00Z', '{\"type\":\"LineString\",\"coordinates\":[[7.68,45.07],[7.681,45.07]]}', '2026-05-11', '2026-05-11');";
            QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        }
        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store.record(QStringLiteral("tracks"), 1).value(QStringLiteral("file_name")).toString(), QStringLiteral("volo.gpx"));
        TestPlan plan;
        plan.policyNumber = QStringLiteral("POL-1");
        plan.phases = {{QStringLiteral("Prove"), QDate(2026, 5, 1), QDate(2026, 5, 31), std::nullopt, 2, std::nullopt, std::nullopt}};
        QString error;
        QCOMPARE(TestPlan::save(store, 1, plan, QString(), &error), 1);
        QCOMPARE(*TestPlan::load(store, 1), plan);
    }

    // 0009 adds where tests really ran. On a store made at version 8 with an experiment, a
    // zone and a document: all three are there afterwards as they were, and a track can be
    // recorded against the zone, its file kept beside the earlier document.
    void tracksArriveOnAStoreMadeAtVersion8()
    {
        const QString path = m_dir.filePath(QStringLiteral("tracks-v8.citylab"));
        QVERIFY(makeFileAtVersion(path, 8));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const auto cleanup = qScopeGuard([db] { sqlite3_close(db); });
            const char *sql =
                "INSERT INTO experiments (id, uuid, code, title, domain, stage, stage_since, created_at, updated_at) VALUES"
                " (1, 'e1', 'TCL-1', 'Droni', 'drones', 'active', '2026-01-01', '2026-01-01', '2026-01-01');"
                "INSERT INTO zones (id, uuid, experiment_id, name, geometry, min_lon, max_lon, min_lat, max_lat, created_at, updated_at)"
                " VALUES (1, 'z1', 1, 'Parco Dora', '{\"type\":\"Polygon\",\"coordinates\":[[[7.67,45.08],[7.68,45.08],[7.68,45.09],[7.67,45.08]]]}',"
                "  7.67, 7.68, 45.08, 45.09, '2026-01-01', '2026-01-01');"
                "INSERT INTO attachments (id, uuid, file_name, size, sha256, data, experiment_id, created_at, updated_at) VALUES"
                " (1, 'a1', 'piano.pdf', 3, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'abc', 1, '2026-01-01', '2026-01-01');";
            QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        }
        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store.record(QStringLiteral("experiments"), 1).value(QStringLiteral("code")).toString(), QStringLiteral("TCL-1"));
        QCOMPARE(store.record(QStringLiteral("zones"), 1).value(QStringLiteral("name")).toString(), QStringLiteral("Parco Dora"));
        QCOMPARE(store.record(QStringLiteral("attachments"), 1).value(QStringLiteral("file_name")).toString(), QStringLiteral("piano.pdf"));
        const QByteArray track("time,lat,lon\n2026-05-10T10:00:00Z,45.0801,7.6790\n2026-05-10T10:00:05Z,45.0850,7.6700\n");
        const TrackRecorder::Result result = TrackRecorder::import(store, 1, track, QStringLiteral("volo.csv"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.check.excursions.size(), 1);   // the second point is outside the triangle
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attachments WHERE experiment_id = 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT kind, zone_id FROM track_excursions")) && q.next());
        QCOMPARE(q.value(0).toString() + u'@' + q.value(1).toString(), QStringLiteral("outside@1"));
    }

    // 0008 gives acts their dates. On a store made at version 7 with an experiment approved
    // by a determina and moved to agreement on a known day, and one approved without the move
    // recorded: the first act gets the day of its move, the other none (the move to
    // agreement will ask for it); both are found by the determina's number, nothing is lost.
    void actsGetTheDateOfTheMoveTheyAllowed()
    {
        const QString path = m_dir.filePath(QStringLiteral("acts-v7.citylab"));
        QVERIFY(makeFileAtVersion(path, 7));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const char *rows =
            "INSERT INTO experiments (id, uuid, code, title, domain, stage, stage_since, determina_number, created_at, updated_at) VALUES"
            " (1, 'a0000000-0000-4000-8000-000000000001', 'TCL-2024-001', 'Droni', 'drones', 'agreement', '2024-05-02', 'DD 1234/2024',"
            "  '2024-01-01T00:00:00Z', '2024-05-02T00:00:00Z'),"
            " (2, 'a0000000-0000-4000-8000-000000000002', 'TCL-2024-002', 'Robot', 'robotics', 'screening', '2024-03-01', 'DD 99/2024',"
            "  '2024-01-01T00:00:00Z', '2024-03-01T00:00:00Z');"
            "INSERT INTO stage_transitions (uuid, experiment_id, from_stage, to_stage, on_date, created_at, updated_at) VALUES"
            " ('b0000000-0000-4000-8000-000000000001', 1, 'screening', 'agreement', '2024-05-02', '2024-05-02T00:00:00Z', '2024-05-02T00:00:00Z');";
        QCOMPARE(sqlite3_exec(db, rows, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.record(QStringLiteral("experiments"), 1).value(QStringLiteral("approved_on")).toString(), QStringLiteral("2024-05-02"));
        QVERIFY(store.record(QStringLiteral("experiments"), 2).value(QStringLiteral("approved_on")).isNull());
        QCOMPARE(store.record(QStringLiteral("experiments"), 2).value(QStringLiteral("determina_number")).toString(), QStringLiteral("DD 99/2024"));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT record_id FROM search_index WHERE search_index MATCH '\"1234\" \"2024\"' AND kind = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        // the move and the organization made before are there as they were
        QVERIFY(q.exec(QStringLiteral("SELECT from_stage, to_stage, on_date FROM stage_transitions WHERE experiment_id = 1")) && q.next());
        QCOMPARE(q.value(0).toString() + u'>' + q.value(1).toString() + u'@' + q.value(2).toString(),
                 QStringLiteral("screening>agreement@2024-05-02"));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM organizations WHERE uuid = '6f1c1d8e-0000-4000-8000-000000000001'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Città di Torino"));
    }

    // 0006 stores measurements in series order. On a store made at version 5 with two
    // experiments, three imports (one repeating another's times) and rows with and without a
    // zone: the same rows afterwards, each with its batch, and removing an import still
    // removes exactly its rows.
    void measurementsKeepEveryRowInSeriesOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("measurements-v5.citylab"));
        QVERIFY(makeFileAtVersion(path, 5));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const auto cleanup = qScopeGuard([db] { sqlite3_close(db); });
            const char *sql =
                "INSERT INTO experiments (id, uuid, code, title, domain, stage, stage_since, created_at, updated_at) VALUES"
                " (1, 'e1', 'TCL-1', 'Droni', 'drones', 'active', '2026-01-01', '2026-01-01', '2026-01-01'),"
                " (2, 'e2', 'TCL-2', 'Navette', 'autonomous_mobility', 'active', '2026-01-01', '2026-01-01', '2026-01-01');"
                "INSERT INTO metrics (id, uuid, code, name, direction, created_at, updated_at) VALUES"
                " (1, 'm1', 'noise_db', 'Rumore', 'lower_is_better', '2026-01-01', '2026-01-01'),"
                " (2, 'm2', 'trips', 'Corse', 'higher_is_better', '2026-01-01', '2026-01-01');"
                "INSERT INTO zones (id, uuid, experiment_id, name, geometry, min_lon, max_lon, min_lat, max_lat, created_at, updated_at)"
                " VALUES (1, 'z1', 1, 'Parco Dora', '{\"type\":\"Polygon\",\"coordinates\":[[[7.67,45.08],[7.68,45.08],[7.68,45.09],[7.67,45.08]]]}',"
                "  7.67, 7.68, 45.08, 45.09, '2026-01-01', '2026-01-01');"
                "INSERT INTO measurement_batches (id, uuid, experiment_id, source, row_count, created_at, updated_at) VALUES"
                " (1, 'b1', 1, 'csv', 600, '2026-01-01', '2026-01-01'), (2, 'b2', 1, 'csv', 600, '2026-01-02', '2026-01-02'),"
                " (3, 'b3', 2, 'csv', 600, '2026-01-03', '2026-01-03');"
                // imports 1 and 2 measure the same times (2 repeats 1), 3 is another experiment's;
                // written interleaved, as rows from several imports end up
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1799)"
                " INSERT INTO measurements (batch_id, experiment_id, metric_id, zone_id, measured_at, value)"
                " SELECT 1 + i % 3, CASE WHEN i % 3 = 2 THEN 2 ELSE 1 END, 1 + (i / 3) % 2,"
                "        CASE WHEN i % 3 = 0 AND i % 5 = 0 THEN 1 END, 1767225600 + (i / 6) * 3600, (i * 37 % 101) / 4.0 FROM n;";
            char *message = nullptr;
            QVERIFY2(sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK, message);
        }
        const auto rowsOf = [](const Store &store, QStringList *rows) {
            QSqlQuery q(store.database());
            if (!q.exec(QStringLiteral("SELECT experiment_id, metric_id, batch_id, zone_id, measured_at, value FROM measurements")))
                return false;
            while (q.next())
                *rows << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            rows->sort();
            return !q.lastError().isValid();
        };
        QStringList before;
        {
            Store store;
            QVERIFY(store.open(path, Store::OpenMode::Inspect));
            QVERIFY(rowsOf(store, &before));
        }
        QCOMPARE(before.size(), 1800);

        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::OpenExisting), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QStringList after;
        QVERIFY(rowsOf(store, &after));
        QCOMPARE(after, before);
        // stored in series order: a series reads from the primary key, in time order
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT measured_at, value FROM measurements"
                                      " WHERE experiment_id = 1 AND metric_id = 2 ORDER BY measured_at")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(QStringLiteral("USING PRIMARY KEY")) && !plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));

        // removing import 2 removes its 600 rows and no other, import 1's at the same times stay
        QVERIFY2(store.remove(QStringLiteral("measurement_batches"), 2), qPrintable(store.errorString()));
        QStringList left;
        QVERIFY(rowsOf(store, &left));
        QStringList expected;
        for (const QString &row : std::as_const(before))
            if (row.section(u' ', 2, 2) != QLatin1String("2"))
                expected << row;
        QCOMPARE(left.size(), 1200);
        QCOMPARE(left, expected);
        // and removing an experiment removes its imports' rows
        QVERIFY2(store.remove(QStringLiteral("experiments"), 2), qPrintable(store.errorString()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT batch_id) FROM measurements")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 600);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void inspectingDoesNotUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("inspect.citylab"));
        QVERIFY(makeFileAtVersion(path, 0));
        const QByteArray before = testsupport::fileHash(path);
        {
            Store store;
            QVERIFY2(store.open(path, Store::OpenMode::Inspect), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), 0);
        }
        QCOMPARE(testsupport::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
