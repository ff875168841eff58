// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/webmercator.h"
#include "geo/zonefilereader.h"
#include "geo/zonegeometry.h"
#include "geo/zoneimporter.h"
#include "geo/zonereader.h"
#include "map/mapgeometry.h"
#include "map/mapzone.h"
#include "store/store.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace citylab;

// The plane math under the map: projection, the screen transform, hit tests,
// simplification and triangulation, against values worked out independently.
class TestMapProjection : public QObject
{
    Q_OBJECT

private slots:
    void project_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // EPSG:3857 values computed separately (Python: R·λ, R·ln tan(π/4 + φ/2)).
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("antimeridian") << 180.0 << 0.0 << 20037508.342789244 << 0.0;
        QTest::newRow("turin") << 7.6869 << 45.0703 << 855701.794 << 5632595.580;
        QTest::newRow("south-west") << -74.0445 << -40.6892 << -8242596.036 << -4966606.257;
        QTest::newRow("top of the square") << 0.0 << 85.0511287798 << 0.0 << 20037508.34;
    }
    void project()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF m = WebMercator::project(QPointF(lon, lat));
        QVERIFY2(std::abs(m.x() - x) < 0.05, qPrintable(QString::number(m.x(), 'f', 3)));
        QVERIFY2(std::abs(m.y() - y) < 0.05, qPrintable(QString::number(m.y(), 'f', 3)));
        const QPointF back = WebMercator::unproject(m);
        QVERIFY(std::abs(back.x() - lon) < 1e-9);
        QVERIFY(std::abs(back.y() - lat) < 1e-9);
    }

    void affineFromTwoReferences()
    {
        // A zoom-15 screen (256 px tiles): 4.777 m per pixel, y pointing down.
        const double metresPerPixel = 2 * M_PI * WebMercator::earthRadius / (256 * std::pow(2, 15));
        const QPointF centre = WebMercator::project(QPointF(7.6869, 45.0703));
        const auto screenOf = [&](QPointF m) {
            return QPointF(640 + (m.x() - centre.x()) / metresPerPixel, 400 - (m.y() - centre.y()) / metresPerPixel);
        };
        const QPointF a = centre + QPointF(-3000, 1200), b = centre + QPointF(5000, -800);
        const QTransform t = MapGeometry::affineFromReferences(a, screenOf(a), b, screenOf(b));
        const QPointF probe = centre + QPointF(1234, 567);
        const QPointF mapped = t.map(probe);
        QVERIFY(std::abs(mapped.x() - screenOf(probe).x()) < 1e-6);
        QVERIFY(std::abs(mapped.y() - screenOf(probe).y()) < 1e-6);
        QCOMPARE(t.map(centre), QPointF(640, 400));
        QVERIFY(t.m22() < 0);   // north is up
    }

    void containsPoint_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<bool>("inside");
        QTest::newRow("inside the body") << QPointF(1, 1) << true;
        QTest::newRow("in the notch") << QPointF(5, 7) << false;
        QTest::newRow("inside the arm") << QPointF(8, 8) << true;
        QTest::newRow("far away") << QPointF(50, 50) << false;
        QTest::newRow("left of it") << QPointF(-1, 5) << false;
    }
    void containsPoint()
    {
        QFETCH(QPointF, point);
        QFETCH(bool, inside);
        // A U shape open at the top: the notch between the arms is outside.
        const QList<QPointF> ring = {{0, 0}, {10, 0}, {10, 10}, {7, 10}, {7, 3}, {3, 3}, {3, 10}, {0, 10}, {0, 0}};
        QCOMPARE(MapGeometry::containsPoint(ring, point), inside);
    }

    void zoneHitTestAndGeoJson()
    {
        const QByteArray json = R"({"type":"MultiPolygon","coordinates":[
            [[[7.60,45.00],[7.62,45.00],[7.62,45.02],[7.60,45.02],[7.60,45.00]]],
            [[[7.70,45.10],[7.72,45.10],[7.71,45.12]]]]})";
        Zone stored;
        stored.geometry = ZoneGeometry::fromGeoJsonText(json);
        const MapZone zone = MapZone::fromZone(stored);
        QCOMPARE(zone.rings.size(), 2);
        QCOMPARE(zone.rings.at(1).size(), 4);   // an open ring is closed
        QVERIFY(zone.contains(WebMercator::project(QPointF(7.61, 45.01))));
        QVERIFY(zone.contains(WebMercator::project(QPointF(7.71, 45.105))));
        QVERIFY(!zone.contains(WebMercator::project(QPointF(7.66, 45.05))));   // between the parts
        for (const QByteArray &unreadable : {QByteArray(R"({"type":"Point","coordinates":[7,45]})"), QByteArray("not json")}) {
            stored.geometry = ZoneGeometry::fromGeoJsonText(unreadable);
            QVERIFY(MapZone::fromZone(stored).rings.isEmpty());
        }
    }

    // A zone with a courtyard left out, loaded as the map loads it: a click in the hole is
    // not on the zone, and the fill covers the ring and not the hole.
    void holesAreLeftOut()
    {
        QTemporaryDir dir;
        const QString path = testsupport::makeDemo(dir);
        Store store;
        QVERIFY(store.open(path, Store::OpenMode::OpenExisting));
        const ZoneFileContent content = ZoneFileReader::read(R"({"type":"Feature","properties":{"name":"Cortile"},
            "geometry":{"type":"Polygon","coordinates":[[[7.60,45.00],[7.62,45.00],[7.62,45.02],[7.60,45.02],[7.60,45.00]],
                                                       [[7.605,45.005],[7.615,45.005],[7.615,45.015],[7.605,45.015],[7.605,45.005]]]}})",
                                                             ZoneFileReader::Format::GeoJson);
        QVERIFY(content.isValid());
        const ZoneImportResult imported = ZoneImporter(store, 1).import(content, QStringLiteral("cortile.geojson"));
        QVERIFY2(imported.ok, qPrintable(imported.message));
        const ZoneReader::Result read = ZoneReader::all(store);
        QVERIFY2(read.ok, qPrintable(read.error));
        const QList<MapZone> zones = MapZone::fromZones(read.zones);
        const auto zone = std::find_if(zones.cbegin(), zones.cend(), [](const MapZone &z) { return z.name == QLatin1String("Cortile"); });
        QVERIFY(zone != zones.cend());
        QCOMPARE(zone->polygons.size(), 1);
        QCOMPARE(zone->polygons.first().size(), 2);   // the outer ring and the hole
        QCOMPARE(zone->rings.size(), 2);              // both outlined
        QVERIFY(zone->contains(WebMercator::project(QPointF(7.602, 45.01))));   // on the ring
        QVERIFY(!zone->contains(WebMercator::project(QPointF(7.61, 45.01))));   // in the courtyard

        const QList<QPointF> corners = ZoneGeometry::triangulate(zone->polygons.first());
        QVERIFY(corners.size() >= 3 * 8);
        double filled = 0;
        for (qsizetype i = 0; i + 2 < corners.size(); i += 3) {
            const QPointF a = corners.at(i), b = corners.at(i + 1), c = corners.at(i + 2);
            filled += std::abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y())) / 2;
            QVERIFY(!MapGeometry::containsPoint(zone->polygons.first().at(1), (a + b + c) / 3));   // no triangle in the hole
        }
        const auto area = [](const QList<QPointF> &ring) {
            double twice = 0;
            for (qsizetype i = 0; i + 1 < ring.size(); ++i)
                twice += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
            return std::abs(twice) / 2;
        };
        const double expected = area(zone->polygons.first().at(0)) - area(zone->polygons.first().at(1));
        QVERIFY2(std::abs(filled - expected) < expected * 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(filled).arg(expected)));
    }

    void activeWindow_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("active");
        const QDate from(2026, 3, 1), to(2026, 6, 30);
        QTest::newRow("inside") << from << to << QDate(2026, 5, 1) << true;
        QTest::newRow("first day") << from << to << from << true;
        QTest::newRow("last day") << from << to << to << true;
        QTest::newRow("before") << from << to << QDate(2026, 2, 28) << false;
        QTest::newRow("after") << from << to << QDate(2026, 7, 1) << false;
        QTest::newRow("open end") << from << QDate() << QDate(2030, 1, 1) << true;
        QTest::newRow("undated") << QDate() << QDate() << QDate(2001, 1, 1) << true;
    }
    void activeWindow()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, day);
        QFETCH(bool, active);
        MapZone zone;
        zone.activeFrom = from;
        zone.activeTo = to;
        QCOMPARE(zone.activeOn(day), active);
    }

    void simplifyKeepsShape_data()
    {
        QTest::addColumn<double>("tolerance");
        QTest::newRow("1 m") << 1.0;
        QTest::newRow("10 m") << 10.0;
        QTest::newRow("50 m") << 50.0;
    }
    void simplifyKeepsShape()
    {
        QFETCH(double, tolerance);
        // A 500 m circle of 360 points, as a circular zone is stored.
        QList<QPointF> ring;
        for (int i = 0; i < 360; ++i)
            ring << QPointF(500 * std::cos(qDegreesToRadians(double(i))), 500 * std::sin(qDegreesToRadians(double(i))));
        ring << ring.first();
        const QList<QPointF> simple = MapGeometry::simplify(ring, tolerance);
        QVERIFY(simple.size() < ring.size());
        QCOMPARE(simple.first(), simple.last());
        QVERIFY(simple.size() >= 4);
        QVERIFY2(MapGeometry::hausdorffToOutline(ring, simple) <= tolerance + 1e-9,
                 qPrintable(QString::number(MapGeometry::hausdorffToOutline(ring, simple))));
    }

    void simplifyNeverCollapses()
    {
        const QList<QPointF> tiny = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
        const QList<QPointF> simple = MapGeometry::simplify(tiny, 1000);
        QVERIFY(simple.size() >= 4);   // still a triangle, not a line
    }

    void triangulateCoversArea_data()
    {
        QTest::addColumn<QList<QPointF>>("ring");
        QTest::addColumn<double>("area");
        QTest::newRow("square") << QList<QPointF>{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}} << 16.0;
        QTest::newRow("clockwise square") << QList<QPointF>{{0, 0}, {0, 4}, {4, 4}, {4, 0}} << 16.0;
        QTest::newRow("U shape") << QList<QPointF>{{0, 0}, {10, 0}, {10, 10}, {7, 10}, {7, 3}, {3, 3}, {3, 10}, {0, 10}}
                                 << 100.0 - 4 * 7;
    }
    void triangulateCoversArea()
    {
        QFETCH(QList<QPointF>, ring);
        QFETCH(double, area);
        const QList<int> triangles = MapGeometry::triangulate(ring);
        QCOMPARE(triangles.size() % 3, 0);
        double sum = 0;
        for (qsizetype i = 0; i < triangles.size(); i += 3) {
            const QPointF a = ring.at(triangles.at(i)), b = ring.at(triangles.at(i + 1)), c = ring.at(triangles.at(i + 2));
            sum += std::abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y())) / 2;
        }
        QCOMPARE(sum, area);
    }
};

QTEST_GUILESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
