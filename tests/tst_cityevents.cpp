// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "geo/cityevents.h"
#include "geo/conflictfinder.h"
#include "geo/eventclashfinder.h"
#include "geo/zone.h"
#include "i18n/language.h"
#include "items/sharedsitetablemodel.h"
#include "map/conflictspanel.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>

#include <cmath>

using namespace citylab;
using testsupport::runCitylab;

namespace {

// Places are drawn in metres east and north of a point in Turin (a 100 m square is 10,000 m²).
constexpr double kLat0 = 45.07, kLon0 = 7.68;

QJsonArray position(double east, double north)
{
    return QJsonArray{kLon0 + east / (111320.0 * std::cos(kLat0 * M_PI / 180.0)), kLat0 + north / 111320.0};
}

QJsonObject square(double x0, double y0, double x1, double y1)
{
    const QJsonArray ring{position(x0, y0), position(x1, y0), position(x1, y1), position(x0, y1), position(x0, y0)};
    return {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), QJsonArray{ring}}};
}

QJsonObject feature(const QString &name, const QJsonObject &geometry, const QString &from, const QString &to)
{
    QJsonObject properties{{QStringLiteral("name"), name}};
    if (!from.isEmpty())
        properties.insert(QStringLiteral("dal"), from);
    if (!to.isEmpty())
        properties.insert(QStringLiteral("al"), to);
    return {{QStringLiteral("type"), QStringLiteral("Feature")}, {QStringLiteral("geometry"), geometry},
            {QStringLiteral("properties"), properties}};
}

bool writeCollection(const QString &path, const QJsonArray &features)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                                {QStringLiteral("features"), features}})
                          .toJson())
               > 0;
}

} // namespace

// City events as exclusion zones: imported from a file with their days, the zones that clash
// with them on those days, the places two experiments use at different times, through the
// models, the command line and the map's conflict panel.
class TestCityEvents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QString m_path;
    qint64 m_first = -1, m_second = -1;

    qint64 experiment(const QString &code)
    {
        return m_store.insert(QStringLiteral("experiments"),
                              {{QStringLiteral("code"), code}, {QStringLiteral("title"), QString(QStringLiteral("Robot ") + code)},
                               {QStringLiteral("domain"), QStringLiteral("robotics")}, {QStringLiteral("stage"), QStringLiteral("active")},
                               {QStringLiteral("stage_since"), QStringLiteral("2026-01-01")}});
    }

    qint64 zone(qint64 experimentId, const QString &name, const QJsonObject &geometry, const QString &from, const QString &to)
    {
        QVariantMap values = Zone::geometryColumns(ZoneGeometry::fromGeoJson(geometry));
        values.insert({{QStringLiteral("experiment_id"), experimentId}, {QStringLiteral("name"), name},
                       {QStringLiteral("active_from"), from.isEmpty() ? QVariant() : QVariant(from)},
                       {QStringLiteral("active_to"), to.isEmpty() ? QVariant() : QVariant(to)}});
        return m_store.insert(QStringLiteral("zones"), values);
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_store.database());
        const int value = q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        return value;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(Language::install(QStringLiteral("en")));
        m_path = m_dir.filePath(QStringLiteral("events.citylab"));
        QVERIFY(m_store.open(m_path));
        m_first = experiment(QStringLiteral("TCL-2026-001"));
        m_second = experiment(QStringLiteral("TCL-2026-002"));
        QVERIFY(m_first > 0 && m_second > 0);
        // A: a 100 m square in June; B: the same square's east half in September (a shared
        // site, not a conflict); C: a square touching A's north edge only, every day.
        QVERIFY(zone(m_first, QStringLiteral("Piazza A"), square(0, 0, 100, 100), QStringLiteral("2026-06-01"), QStringLiteral("2026-06-30")) > 0);
        QVERIFY(zone(m_second, QStringLiteral("Piazza B"), square(50, 0, 100, 100), QStringLiteral("2026-09-01"), QStringLiteral("2026-09-30")) > 0);
        QVERIFY(zone(m_second, QStringLiteral("Viale C"), square(0, 100, 100, 200), {}, {}) > 0);
    }

    // A feature without its days is named and nothing is imported.
    void eventsNeedTheirDays()
    {
        const QString path = m_dir.filePath(QStringLiteral("undated.geojson"));
        QVERIFY(writeCollection(path, {feature(QStringLiteral("Mercato"), square(0, 0, 50, 50), QStringLiteral("2026-06-10"),
                                               QStringLiteral("2026-06-12")),
                                       feature(QStringLiteral("Concerto"), square(0, 0, 50, 50), QStringLiteral("2026-06-10"), {})}));
        const ZoneImportResult result = CityEvents::importFile(m_store, path, QStringLiteral("market"));
        QVERIFY(!result.ok);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().describe().startsWith(QStringLiteral("feature 2 (Concerto): an event needs its first and last day")),
                 qPrintable(result.problems.first().describe()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM city_events")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'city_events'")), 0);
    }

    // A race over A's west half on 14-15 June clashes with A on those days, for 50 × 100 m;
    // B (September) and C (touching only) do not; on a day outside the race, nothing.
    void clashesAreFoundOnTheEventsDays()
    {
        const QString path = m_dir.filePath(QStringLiteral("race.geojson"));
        QVERIFY(writeCollection(path, {feature(QStringLiteral("Corsa"), square(-20, 0, 50, 100), QStringLiteral("2026-06-14"),
                                               QStringLiteral("2026-06-15"))}));
        const ZoneImportResult result = CityEvents::importFile(m_store, path, QStringLiteral("marathon"));
        QVERIFY2(result.ok, qPrintable(result.message));
        QString error;
        const QList<EventClash> clashes = EventClashFinder::find(m_store, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(clashes.size(), 1);
        QCOMPARE(clashes.first().zoneName, QStringLiteral("Piazza A"));
        QCOMPARE(clashes.first().eventKind, QStringLiteral("marathon"));
        QVERIFY2(std::abs(clashes.first().overlapM2 - 5000) < 50, qPrintable(QString::number(clashes.first().overlapM2)));
        QCOMPARE(clashes.first().from, QStringLiteral("2026-06-14"));
        QCOMPARE(clashes.first().to, QStringLiteral("2026-06-15"));
        QCOMPARE(EventClashFinder::find(m_store, QDate(2026, 6, 15)).size(), 1);
        QCOMPARE(EventClashFinder::find(m_store, QDate(2026, 6, 16)).size(), 0);
    }

    // A and B share a place at different times: a shared site, and not a conflict.
    void sharedSitesAreApart()
    {
        ConflictScope shared;
        shared.sharedSites = true;
        const QList<ZoneConflict> sites = ConflictFinder::find(m_store, shared);
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.first().a->name, QStringLiteral("Piazza A"));
        QCOMPARE(sites.first().b->name, QStringLiteral("Piazza B"));
        QCOMPARE(sites.first().a->to, QStringLiteral("2026-06-30"));
        QCOMPARE(sites.first().b->from, QStringLiteral("2026-09-01"));
        QVERIFY(std::abs(sites.first().overlapM2 - 5000) < 50);
        QCOMPARE(ConflictFinder::find(m_store).size(), 0);
    }

    // The command line imports events and lists clashes and shared sites, as text and CSV.
    void commandLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("market.geojson"));
        QVERIFY(writeCollection(path, {feature(QStringLiteral("Mercato rionale"), square(60, 20, 90, 80), QStringLiteral("2026-09-05"),
                                               QStringLiteral("2026-09-06"))}));
        auto result = runCitylab({QStringLiteral("import"), QStringLiteral("events"), path, QStringLiteral("--kind"), QStringLiteral("market"),
                                  QStringLiteral("--db"), m_path, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("1 city event imported")), qPrintable(result.out + result.err));
        result = runCitylab({QStringLiteral("import"), QStringLiteral("events"), path, QStringLiteral("--kind"), QStringLiteral("picnic"),
                             QStringLiteral("--db"), m_path});
        QCOMPARE(result.exitCode, 2);
        result = runCitylab({QStringLiteral("conflicts"), QStringLiteral("--events"), QStringLiteral("--db"), m_path, QStringLiteral("--format"),
                             QStringLiteral("csv")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.trimmed().split(u'\n');
        QCOMPARE(lines.first().trimmed(), QStringLiteral("event,kind,zone,experiment,overlap_m2,from,to"));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Mercato rionale,market,Piazza B,TCL-2026-002,1800")), qPrintable(lines.at(2)));
        result = runCitylab({QStringLiteral("conflicts"), QStringLiteral("--shared-sites"), QStringLiteral("--db"), m_path,
                             QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("TCL-2026-001 \"Piazza A\" (from 01/06/2026 to 30/06/2026) and TCL-2026-002 \"Piazza B\"")),
                 qPrintable(result.out));
    }

    // The experiment's page lists the events that take its places, with the conflicts.
    void experimentPageNamesTheEvents()
    {
        ExperimentDetailPanel page(m_store);
        page.showRecord(m_first);
        const QString text = page.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("City events on our sites")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Corsa (Marathon or race)")));
        QVERIFY(text.contains(QStringLiteral("Piazza A")));
    }

    // The map's conflict panel lists clashes and shared sites in their tabs, and follows an
    // import made by another process.
    void panelFollowsAnotherProcess()
    {
        m_store.watchExternalChanges(100);   // as the main window does
        ConflictsPanel panel(m_store);
        panel.start();
        QTRY_VERIFY(!panel.isComputing());
        QTRY_COMPARE(panel.clashesView()->rowCount(), 2);
        QCOMPARE(panel.sharedSitesView()->model()->rowCount(), 1);
        QVERIFY(panel.tabs()->tabText(1).contains(QStringLiteral("(2)")));
        const QString path = m_dir.filePath(QStringLiteral("concert.geojson"));
        QVERIFY(writeCollection(path, {feature(QStringLiteral("Concerto"), square(10, 120, 40, 150), QStringLiteral("2026-07-01"),
                                               QStringLiteral("2026-07-01"))}));
        const auto result = runCitylab({QStringLiteral("import"), QStringLiteral("events"), path, QStringLiteral("--kind"),
                                        QStringLiteral("concert"), QStringLiteral("--db"), m_path});
        QCOMPARE(result.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(panel.clashesView()->rowCount(), 3, 10000);   // Viale C has no dates: every day
        QTRY_VERIFY(panel.tabs()->tabText(1).contains(QStringLiteral("(3)")));
    }

    // After a zone edit the panel searches the shared sites of that zone only and keeps the
    // others: a site goes when its zone moves away and comes back when it returns; a new
    // zone over a shared place joins the list beside the old site.
    void sharedSitesFollowZoneEdits()
    {
        ConflictsPanel panel(m_store);
        panel.start();
        QTRY_VERIFY(!panel.isComputing());
        QTRY_COMPARE(panel.sharedSitesView()->model()->rowCount(), 1);
        const auto sharedZones = [&panel] {
            QStringList names;
            for (int row = 0; row < panel.sharedSitesView()->model()->rowCount(); ++row)
                names << panel.sharedSitesView()->model()->index(row, 1).data().toString() + u'+' + panel.sharedSitesView()->model()->index(row, 4).data().toString();
            names.sort();
            return names.join(u' ');
        };
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM zones WHERE name = 'Piazza B'")) && q.next());
        const qint64 b = q.value(0).toLongLong();
        q.finish();
        QVERIFY(m_store.update(QStringLiteral("zones"), b, Zone::geometryColumns(ZoneGeometry::fromGeoJson(square(500, 0, 550, 100)))));
        QTRY_COMPARE(panel.sharedSitesView()->model()->rowCount(), 0);
        QVERIFY(m_store.update(QStringLiteral("zones"), b, Zone::geometryColumns(ZoneGeometry::fromGeoJson(square(50, 0, 100, 100)))));
        QTRY_COMPARE(panel.sharedSitesView()->model()->rowCount(), 1);
        const qint64 later = zone(m_second, QStringLiteral("Piazza D"), square(0, 0, 40, 100), QStringLiteral("2026-11-01"),
                                  QStringLiteral("2026-11-30"));
        QVERIFY(later > 0);
        QTRY_COMPARE(panel.sharedSitesView()->model()->rowCount(), 2);
        QCOMPARE(sharedZones(), QStringLiteral("Piazza A+Piazza B Piazza A+Piazza D"));
        QVERIFY(panel.tabs()->tabText(2).contains(QStringLiteral("(2)")));
        // sorted by the area shared, largest first (B shares 5,000 m², D 4,000), and a
        // click frames the two zones of the row clicked
        QTableView *view = panel.sharedSitesView();
        view->sortByColumn(SharedSiteTableModel::Overlap, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, SharedSiteTableModel::ZoneB).data().toString(), QStringLiteral("Piazza B"));
        view->sortByColumn(SharedSiteTableModel::Overlap, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, SharedSiteTableModel::ZoneB).data().toString(), QStringLiteral("Piazza D"));
        QSignalSpy framed(&panel, &ConflictsPanel::conflictActivated);
        panel.resize(900, 300);
        panel.show();
        panel.tabs()->setCurrentWidget(view);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 1)).center());
        QCOMPARE(framed.size(), 1);
        QCOMPARE(framed.first().at(1).toLongLong(), later);
        panel.hide();
        QVERIFY(m_store.remove(QStringLiteral("zones"), later));
        QTRY_COMPARE(panel.sharedSitesView()->model()->rowCount(), 1);
        QCOMPARE(sharedZones(), QStringLiteral("Piazza A+Piazza B"));
    }

    // Another window moves one zone and deletes another in one transaction: the deleted zone
    // reaches this window by its uuid alone, and its shared site still goes.
    void sharedSitesFollowAnotherWindow()
    {
        m_store.watchExternalChanges(100);   // as the main window does
        ConflictsPanel panel(m_store);
        panel.start();
        QTRY_VERIFY(!panel.isComputing());
        QTRY_COMPARE(panel.sharedSitesView()->model()->rowCount(), 1);
        const qint64 spare = zone(m_second, QStringLiteral("Piazza E"), square(0, 0, 30, 100), QStringLiteral("2026-12-01"),
                                  QStringLiteral("2026-12-31"));
        QVERIFY(spare > 0);
        QTRY_COMPARE(panel.sharedSitesView()->model()->rowCount(), 2);   // A and E
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM zones WHERE name = 'Viale C'")) && q.next());
        const qint64 c = q.value(0).toLongLong();
        q.finish();
        Store other;
        QVERIFY(other.open(m_path));
        QVERIFY(other.transact([&] {
            return other.update(QStringLiteral("zones"), c, {{QStringLiteral("notes"), QStringLiteral("Marciapiede")}})
                && other.remove(QStringLiteral("zones"), spare);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(panel.sharedSitesView()->model()->rowCount(), 1, 10000);
        QVERIFY(!panel.sharedSitesView()->model()->index(0, 4).data().toString().contains(QStringLiteral("Piazza E")));
    }
};

QTEST_MAIN(TestCityEvents)
#include "tst_cityevents.moc"
