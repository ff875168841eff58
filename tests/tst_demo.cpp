// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/vocabulary.h"
#include "domain/art36application.h"
#include "domain/deadlines.h"
#include "geo/conflictfinder.h"
#include "geo/eventclashfinder.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sys/inotify.h>
#include <unistd.h>

using namespace citylab;

// The demo data set is deterministic and has what every later feature needs to show.
class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Store m_store;

    // Every row of every table but the change log (which records when the demo was made).
    static QByteArray contentHash(const QString &path)
    {
        Store store;
        if (!store.open(path, Store::OpenMode::Inspect))
            return {};
        QSqlQuery tables(store.database());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'change_log'"
                                   " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'"
                                   " AND name NOT LIKE 'zone_bounds%' ORDER BY name"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            hash.addData(table.toUtf8());
            QSqlQuery rows(store.database());
            rows.setForwardOnly(true);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY id").arg(table));
            while (rows.next())
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
        }
        return hash.result().toHex();
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_store.database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_path = testsupport::makeDemo(m_dir);
        QVERIFY(m_store.open(m_path, Store::OpenMode::OpenExisting));
    }

    void sameSeedSameContent()
    {
        const QString again = testsupport::makeDemo(m_dir, QStringLiteral("again.citylab"));
        const QString other = testsupport::makeDemo(m_dir, QStringLiteral("other.citylab"), 2);
        const QByteArray hash = contentHash(m_path);
        QVERIFY(!hash.isEmpty());
        QCOMPARE(contentHash(again), hash);
        QVERIFY(contentHash(other) != hash);
    }

    void hasAboutSixtyExperimentsInEveryStageAndDomain()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM experiments")), 60);
        for (const QString &stage : Vocabulary::keys(Vocabulary::Stage)) {
            if (stage == QLatin1String("withdrawn") || stage == QLatin1String("rejected"))
                continue; // rare by design; covered at larger scales
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM experiments WHERE stage = '%1'").arg(stage)) > 0,
                     qPrintable(stage));
        }
        for (const QString &domain : Vocabulary::keys(Vocabulary::Domain))
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM experiments WHERE domain = '%1'").arg(domain)) > 0,
                     qPrintable(domain));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM experiments WHERE code NOT GLOB 'TCL-20[0-9][0-9]-[0-9][0-9][0-9]*'")), 0);
    }

    void namesTheRealAuthorities()
    {
        for (const char *name : {"ENAC%", "Ministero delle Infrastrutture%", "AGCOM%", "Polizia Municipale%", "Soprintendenza%"})
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM organizations WHERE kind IN ('authority', 'public_body')"
                                          " AND name LIKE '%1' AND pec LIKE '%@%' AND answer_days > 0").arg(QLatin1String(name))) == 1,
                     name);
    }

    void zonesLieInTurinAndSomeOverlap()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM zones")) >= 80);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM zones WHERE min_lat < 45.00 OR max_lat > 45.14"
                                      " OR min_lon < 7.58 OR max_lon > 7.77")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM zones WHERE json_extract(geometry, '$.type') <> 'Polygon'")), 0);
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT shape) FROM zones")) == 3);
        // Overlapping in space (boxes, through the R*Tree) and in time.
        QVERIFY(count(QStringLiteral(
                    "SELECT count(*) FROM zones a JOIN zone_bounds b ON b.max_lon >= a.min_lon AND b.min_lon <= a.max_lon"
                    " AND b.max_lat >= a.min_lat AND b.min_lat <= a.max_lat JOIN zones z ON z.id = b.id"
                    " WHERE z.id > a.id AND z.experiment_id <> a.experiment_id"
                    " AND z.active_from <= a.active_to AND a.active_from <= z.active_to")) > 0);
    }

    void hasDeadlinesToChase()
    {
        const QString today = testsupport::referenceDay().toString(Qt::ISODate);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE status IN ('submitted', 'resubmitted')"
                                     " AND due_on < '%1'").arg(today)) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE status = 'integration_requested'"
                                     " AND suspended_on IS NOT NULL AND due_on IS NULL")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM agreements WHERE status = 'signed'"
                                     " AND valid_to BETWEEN '%1' AND date('%1', '+60 days')").arg(today)) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM interactions WHERE follow_up_done = 0"
                                     " AND follow_up_on IS NOT NULL")) > 0);
    }

    void activeExperimentsHaveGrantedAuthorizations()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM regulatory_requests r JOIN experiments e ON e.id = r.experiment_id"
                                      " WHERE e.stage = 'active' AND r.required_for_activation = 1"
                                      " AND r.status NOT IN ('granted', 'granted_with_conditions')")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM experiments e WHERE e.stage = 'active' AND NOT EXISTS"
                                      " (SELECT 1 FROM agreements a WHERE a.experiment_id = e.id AND a.kind = 'experimentation'"
                                      " AND a.signed_on IS NOT NULL)")), 0);
    }

    void hasDailyMeasurementsUpToYesterday()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM measurements")) > 10000);
        const qint64 yesterdayNoon = QDateTime(testsupport::referenceDay().addDays(-1), QTime(12, 0), QTimeZone::UTC).toSecsSinceEpoch();
        QCOMPARE(count(QStringLiteral("SELECT max(measured_at) FROM measurements")), yesterdayNoon);
        // some series cover a whole year, one value a day
        QVERIFY(count(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM measurements"
                                     " GROUP BY experiment_id, metric_id, zone_id)")) >= 365);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM targets t WHERE NOT EXISTS (SELECT 1 FROM measurements m"
                                      " WHERE m.experiment_id = t.experiment_id AND m.metric_id = t.metric_id)")), 0);
    }

    // A running drone test's track, sent as an Italian CSV, kept with its experiment with the
    // one stretch where it left the authorized area (what the map and the page show).
    void oneRunningTestShowsWhereItRan()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tracks t JOIN experiments e ON e.id = t.experiment_id"
                                      " WHERE e.stage = 'active' AND e.domain = 'drones' AND t.format = 'csv'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM track_excursions WHERE kind = 'outside' AND max_distance_m > 10")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM track_excursions")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tracks t JOIN attachments a ON a.id = t.attachment_id"
                                      " WHERE a.experiment_id = t.experiment_id AND a.file_name = t.file_name")), 1);
    }

    // The same experiment runs under a plan of three phases saved twice, insured by a policy
    // Today lists as running out.
    void theTrackedTestHasAPlan()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM test_plans p JOIN tracks t ON t.experiment_id = p.experiment_id")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_phases")), 3);
        QCOMPARE(count(QStringLiteral("SELECT max(revision) FROM plan_revisions")), 2);
        Deadlines::Options options;
        options.today = testsupport::referenceDay();
        bool listed = false;
        for (const Deadline &d : Deadlines::collect(m_store, options))
            listed = listed || (d.kind == Deadline::Insurance && d.dueOn == options.today.addDays(20));
        QVERIFY(listed);
    }

    // The "Sperimentazione Italia" requests have their application written and name a rule
    // to derogate; the submitted ones could be submitted as they stand; one running test's
    // final report is due within the month, as Today lists it.
    void art36RequestsAreComplete()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE kind = 'art36'")) >= 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM regulatory_requests r LEFT JOIN art36_applications a ON a.request_id = r.id"
                                      " WHERE r.kind = 'art36' AND a.id IS NULL")), 0);
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM regulatory_requests WHERE kind = 'art36' AND status <> 'draft'")));
        QList<qint64> submitted;
        while (q.next())
            submitted << q.value(0).toLongLong();
        q.finish();
        QVERIFY(!submitted.isEmpty());
        for (const qint64 id : std::as_const(submitted)) {
            const std::optional<Art36Application> a = Art36Application::load(m_store, id, nullptr);
            QVERIFY(a);
            QVERIFY2(a->submissionProblems(m_store).isEmpty(), qPrintable(a->submissionProblems(m_store).join(u'\n')));
        }
        Deadlines::Options options;
        options.today = testsupport::referenceDay();
        int reports = 0;
        for (const Deadline &d : Deadlines::collect(m_store, options))
            reports += d.kind == Deadline::Art36Report && d.daysLeft >= 0 ? 1 : 0;
        QCOMPARE(reports, 1);
    }

    // The city's race, market and concert take places where running tests have zones: the
    // map's conflict list has clashes to show, and shared sites.
    void cityEventsClashWithTests()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM city_events")), 3);
        QString error;
        QVERIFY(EventClashFinder::find(m_store, {}, &error).size() >= 2);
        QVERIFY(error.isEmpty());
        ConflictScope shared;
        shared.sharedSites = true;
        QVERIFY(!ConflictFinder::find(m_store, shared).isEmpty());
    }

    // The rules the demo's tests gather evidence on: the tracked drone test's among them,
    // with its incident.
    void hasBarriersWithEvidence()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM barriers")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM barriers WHERE area IS NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM barrier_experiments x JOIN tracks t ON t.experiment_id = x.experiment_id")), 1);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM barrier_requests")) >= 2);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM barrier_metrics")) >= 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incidents i JOIN tracks t ON t.experiment_id = i.experiment_id")), 1);
    }

    void refusesToOverwriteWithoutForce()
    {
        const QByteArray before = testsupport::fileHash(m_path);
        QString error;
        DemoGenerator::Options options;
        options.today = testsupport::referenceDay();
        QVERIFY(!DemoDatabase::create(m_path, options, false, &error));
        QVERIFY2(error.contains(QStringLiteral("--force")), qPrintable(error));
        QCOMPARE(testsupport::fileHash(m_path), before);
    }

    // --force renames the new file over the old one: killed at any moment, the folder holds
    // the old store or the new one, never neither (it used to delete the old file first).
    void forceReplacesTheFileInOneStep()
    {
        QTemporaryDir dir;
        const QString path = testsupport::makeDemo(dir, QStringLiteral("replace.citylab"), 2);
        const int watch = inotify_init1(IN_NONBLOCK);
        QVERIFY(watch >= 0);
        const auto closeWatch = qScopeGuard([watch] { ::close(watch); });
        QVERIFY(inotify_add_watch(watch, QFile::encodeName(dir.path()).constData(), IN_DELETE | IN_MOVED_TO) >= 0);
        QString error;
        DemoGenerator::Options options;
        options.today = testsupport::referenceDay();
        QVERIFY2(DemoDatabase::create(path, options, true, &error), qPrintable(error));

        QStringList deleted, movedIn;
        alignas(inotify_event) char buffer[64 * 1024];
        for (ssize_t length; (length = ::read(watch, buffer, sizeof buffer)) > 0;) {
            for (char *at = buffer; at < buffer + length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(at);
                const QString name = event->len ? QFile::decodeName(event->name) : QString();
                (event->mask & IN_DELETE ? deleted : movedIn) << name;
                at += sizeof(inotify_event) + event->len;
            }
        }
        QVERIFY2(!deleted.contains(QStringLiteral("replace.citylab")), qPrintable(deleted.join(u' ')));
        QVERIFY2(movedIn.contains(QStringLiteral("replace.citylab")), qPrintable(movedIn.join(u' ')));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("replace.citylab")});
        QCOMPARE(contentHash(path), contentHash(m_path)); // seed 1's data, as asked
    }

    // A store open elsewhere (another window) is not replaced: its log would be read into the new file.
    void forceRefusesAStoreInUse()
    {
        QTemporaryDir dir;
        const QString path = testsupport::makeDemo(dir, QStringLiteral("inuse.citylab"), 2);
        const QByteArray before = contentHash(path);
        Store window;
        QVERIFY(window.open(path, Store::OpenMode::OpenExisting));
        QVERIFY(!window.record(QStringLiteral("experiments"), 1).isEmpty());
        QString error;
        DemoGenerator::Options options;
        options.today = testsupport::referenceDay();
        QVERIFY(!DemoDatabase::create(path, options, true, &error));
        QVERIFY2(error.contains(QLatin1String("open in another")) && error.contains(path), qPrintable(error));
        window.close();
        QCOMPARE(contentHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void scaleMultipliesTheData()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("scale3.citylab"), 1, 3);
        Store store;
        QVERIFY(store.open(path));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM experiments), (SELECT count(*) FROM zones),"
                                      " (SELECT count(DISTINCT code) FROM experiments)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 180);
        QVERIFY(q.value(1).toInt() >= 240 && q.value(1).toInt() <= 400);
        QCOMPARE(q.value(2).toInt(), 180);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
