// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinatetext.h"
#include "geo/zonegeometry.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace citylab;

namespace {

// Metres per degree at Turin (45.07 N) on WGS84, from the ellipsoid radii (independent of the code).
constexpr double kLat = 45.07, kLon = 7.68;
constexpr double kMetresPerDegLat = 111133.0;   // meridian arc per degree at 45.07 N (USGS series)
const double kMetresPerDegLon = 78751.0;         // parallel arc per degree at 45.07 N (USGS series)

QString square(double lon, double lat, double sideM, double offsetEastM = 0, double offsetNorthM = 0)
{
    const double dLon = sideM / kMetresPerDegLon, dLat = sideM / kMetresPerDegLat;
    const double x0 = lon + offsetEastM / kMetresPerDegLon, y0 = lat + offsetNorthM / kMetresPerDegLat;
    return QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}")
        .arg(x0, 0, 'f', 9).arg(y0, 0, 'f', 9).arg(x0 + dLon, 0, 'f', 9).arg(y0 + dLat, 0, 'f', 9);
}

} // namespace

class TestZoneGeometry : public QObject
{
    Q_OBJECT

private slots:
    // Coordinates typed or pasted for a zone: the forms people copy them in, and the errors
    // that name the line.
    void coordinatesAreReadAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("comma and space") << QStringLiteral("45.0703, 7.6869");
        QTest::newRow("comma alone") << QStringLiteral("45.0703,7.6869");
        QTest::newRow("space") << QStringLiteral(" 45.0703   7.6869 ");
        QTest::newRow("Italian spreadsheet") << QStringLiteral("45,0703;7,6869");
        QTest::newRow("tab") << QStringLiteral("45,0703\t7,6869");
        QTest::newRow("decimal commas, comma between") << QStringLiteral("45,0703, 7,6869");
    }
    void coordinatesAreReadAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QString error;
        const std::optional<QPointF> point = citylab::CoordinateText::parsePoint(text, &error);
        QVERIFY2(point, qPrintable(error));
        QCOMPARE(*point, QPointF(7.6869, 45.0703));
    }
    void coordinateErrorsNameTheLine()
    {
        QString error;
        QVERIFY(!citylab::CoordinateText::parseCorners(QStringLiteral("45.07, 7.68\n\n45.08, 7.69\n95.1, 7.7"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Line 4:")) && error.contains(QStringLiteral("95.1")), qPrintable(error));
        QVERIFY(!citylab::CoordinateText::parseCorners(QStringLiteral("45.07, 7.68\n45.08, 7.69\n45.07, 7.68"), &error));
        QVERIFY2(error.contains(QStringLiteral("three")), qPrintable(error));   // the closing corner is not a third one
        const auto ring = citylab::CoordinateText::parseCorners(QStringLiteral("45.07, 7.68\n45.08, 7.69\n45.06, 7.70\n45.07, 7.68"));
        QVERIFY(ring);
        QCOMPARE(ring->size(), 3);
        QVERIFY(!citylab::CoordinateText::parsePoint(QStringLiteral("45.07° N, 7.68° E"), &error));
        QVERIFY(!citylab::CoordinateText::parsePoint(QStringLiteral("45.07"), &error));
    }
    // In Turin both orders are valid numbers: a centre typed longitude first lands in the Horn
    // of Africa, which the map's area tells apart.
    void longitudeFirstIsNoticed()
    {
        const QPointF turin(7.6869, 45.0703);
        QVERIFY(citylab::CoordinateText::looksSwapped({QPointF(45.0703, 7.6869)}, turin));
        QVERIFY(!citylab::CoordinateText::looksSwapped({QPointF(7.6869, 45.0703)}, turin));
        QVERIFY(!citylab::CoordinateText::looksSwapped({QPointF(12.49, 41.89)}, turin));   // Rome: far, but not swapped
        QCOMPARE(citylab::CoordinateText::swapped({QPointF(45.0703, 7.6869)}), QList<QPointF>{turin});
        QVERIFY(qAbs(citylab::CoordinateText::distanceKm(turin, QPointF(12.4964, 41.9028)) - 525) < 10);
    }

    void problems_data();
    void problems();
    void repairOnlyOnRequest();
    void squareAreaInTurin();
    void circleArea_data();
    void circleArea();
    void corridorArea();
    void intersectionArea_data();
    void intersectionArea();
    void roundTripJson();
};

void TestZoneGeometry::problems_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("reason");   // empty: valid
    QTest::addColumn<bool>("hasLocation");

    QTest::newRow("valid square") << square(kLon, kLat, 100) << QString() << false;
    QTest::newRow("polygon with hole")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45],[7.01,45.01],[7,45.01],[7,45]],"
                          "[[7.002,45.002],[7.004,45.002],[7.004,45.004],[7.002,45.004],[7.002,45.002]]]}")
        << QString() << false;
    QTest::newRow("3D multipolygon")
        << QStringLiteral("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[7,45,10],[7.01,45,10],[7.01,45.01,10],[7,45,10]]],"
                          "[[[8,45],[8.01,45],[8.01,45.01],[8,45]]]]}")
        << QString() << false;
    QTest::newRow("bowtie")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45.01],[7.01,45],[7,45.01],[7,45]]]}")
        << QStringLiteral("self-intersection") << true;
    QTest::newRow("too few points")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45],[7,45]]]}")
        << QStringLiteral("too few points") << false;
    QTest::newRow("unclosed")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45],[7.01,45.01],[7,45.01]]]}")
        << QStringLiteral("unclosed ring") << true;
    QTest::newRow("latitude out of range")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,95],[7.01,45.01],[7,45]]]}")
        << QStringLiteral("coordinates out of range") << true;
    QTest::newRow("point is not a zone")
        << QStringLiteral("{\"type\":\"Point\",\"coordinates\":[7,45]}")
        << QStringLiteral("is not a Polygon") << false;
    QTest::newRow("broken JSON") << QStringLiteral("{\"type\":\"Polygon\",") << QStringLiteral("unreadable JSON") << false;
}

void TestZoneGeometry::problems()
{
    QFETCH(QString, json);
    QFETCH(QString, reason);
    QFETCH(bool, hasLocation);
    const QList<GeometryProblem> problems = ZoneGeometry::fromGeoJsonText(json.toUtf8()).validate();
    if (reason.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).reason));
        return;
    }
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().reason.contains(reason), qPrintable(problems.first().reason));
    QCOMPARE(problems.first().hasLocation, hasLocation);
}

void TestZoneGeometry::repairOnlyOnRequest()
{
    const ZoneGeometry bowtie = ZoneGeometry::fromGeoJsonText(
        "{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45.01],[7.01,45],[7,45.01],[7,45]]]}");
    QVERIFY(!bowtie.isValid());
    const ZoneGeometry fixed = bowtie.repaired();
    QVERIFY(fixed.isValid());
    QCOMPARE(fixed.polygons().size(), 2);   // the two triangles of the bowtie
    QVERIFY(!bowtie.isValid());   // the original is untouched
}

void TestZoneGeometry::squareAreaInTurin()
{
    const ZoneGeometry g = ZoneGeometry::fromGeoJsonText(square(kLon, kLat, 100).toUtf8());
    QVERIFY(g.isValid());
    QVERIFY2(std::abs(g.areaM2() - 10000) < 50, qPrintable(QString::number(g.areaM2())));
}

void TestZoneGeometry::circleArea_data()
{
    QTest::addColumn<double>("radius");
    QTest::newRow("drone pad 80 m") << 80.0;
    QTest::newRow("test area 400 m") << 400.0;
    QTest::newRow("district 3 km") << 3000.0;
}

void TestZoneGeometry::circleArea()
{
    QFETCH(double, radius);
    const ZoneGeometry c = ZoneGeometry::circle(QPointF(kLon, kLat), radius);
    QVERIFY(c.isValid());
    QCOMPARE(c.shapeName(), QStringLiteral("circle"));
    QCOMPARE(c.constraints().value(QLatin1String("radius_m")).toDouble(), radius);
    const double expected = M_PI * radius * radius;
    // A 64-gon inscribed in the circle has 0.16% less area.
    QVERIFY2(std::abs(c.areaM2() - expected) / expected < 0.005, qPrintable(QString::number(c.areaM2() / expected)));
    QVERIFY(c.areaM2() < expected);
    // The east edge is radius metres from the centre.
    QVERIFY(std::abs((c.bounds().right() - kLon) * kMetresPerDegLon - radius) < radius * 0.003);
}

void TestZoneGeometry::corridorArea()
{
    // A 1 km route due east, 40 m wide: 1000 x 40 plus two half-discs of radius 20.
    const QList<QPointF> line{QPointF(kLon, kLat), QPointF(kLon + 1000 / kMetresPerDegLon, kLat)};
    const ZoneGeometry c = ZoneGeometry::corridor(line, 40);
    QVERIFY(c.isValid());
    QCOMPARE(c.shapeName(), QStringLiteral("corridor"));
    const double expected = 1000 * 40 + M_PI * 20 * 20;
    QVERIFY2(std::abs(c.areaM2() - expected) / expected < 0.005, qPrintable(QString::number(c.areaM2())));
    QCOMPARE(c.constraints().value(QLatin1String("centerline")).toArray().size(), 2);
    QVERIFY(!ZoneGeometry::corridor(line, 0).isValid());
    QVERIFY(!ZoneGeometry::corridor({QPointF(kLon, kLat)}, 10).isValid());
}

void TestZoneGeometry::intersectionArea_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("half overlap") << square(kLon, kLat, 100) << square(kLon, kLat, 100, 50, 0) << 5000.0;
    QTest::newRow("quarter overlap") << square(kLon, kLat, 100) << square(kLon, kLat, 100, 50, 50) << 2500.0;
    QTest::newRow("touching edges") << square(kLon, kLat, 100) << square(kLon, kLat, 100, 100, 0) << 0.0;
    QTest::newRow("apart") << square(kLon, kLat, 100) << square(kLon, kLat, 100, 500, 0) << 0.0;
    QTest::newRow("inside a hole")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45],[7.01,45.01],[7,45.01],[7,45]],"
                          "[[7.002,45.002],[7.008,45.002],[7.008,45.008],[7.002,45.008],[7.002,45.002]]]}")
        << QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7.003,45.003],[7.005,45.003],[7.005,45.005],[7.003,45.005],[7.003,45.003]]]}")
        << 0.0;
}

void TestZoneGeometry::intersectionArea()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    const ZoneGeometry ga = ZoneGeometry::fromGeoJsonText(a.toUtf8()), gb = ZoneGeometry::fromGeoJsonText(b.toUtf8());
    const double area = ga.intersectionAreaM2(gb);
    QVERIFY2(std::abs(area - expected) <= qMax(1e-6, expected * 0.005), qPrintable(QString::number(area)));
    QCOMPARE(gb.intersectionAreaM2(ga) > 0, expected > 0);
}

void TestZoneGeometry::roundTripJson()
{
    const ZoneGeometry c = ZoneGeometry::circle(QPointF(kLon, kLat), 250);
    const ZoneGeometry back = ZoneGeometry::fromGeoJsonText(c.toGeoJsonText());
    QVERIFY(back.isValid());
    QCOMPARE(back.polygons().first().first().size(), c.polygons().first().first().size());
    QVERIFY(std::abs(back.areaM2() - c.areaM2()) < 1e-3);
}

QTEST_GUILESS_MAIN(TestZoneGeometry)
#include "tst_zonegeometry.moc"
