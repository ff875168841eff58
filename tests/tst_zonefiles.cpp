// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/zoneexporter.h"
#include "geo/zonefilereader.h"
#include "geo/zoneimporter.h"
#include "geo/zoneshape.h"
#include "cases/zonefileactions.h"
#include "cases/zonefileproblemsdialog.h"
#include "map/zoneformdialog.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

#include <cmath>

using namespace citylab;
using namespace testsupport;

namespace {

using Format = ZoneFileReader::Format;

QString square(double lon, double lat, double side, const QString &z = {})
{
    return QStringLiteral("[[%1,%2%5],[%3,%2%5],[%3,%4%5],[%1,%4%5],[%1,%2%5]]")
        .arg(lon).arg(lat).arg(lon + side).arg(lat + side).arg(z);
}

QString feature(const QString &geometry, const QString &properties = QStringLiteral("{}"))
{
    return QStringLiteral("{\"type\":\"Feature\",\"geometry\":%1,\"properties\":%2}").arg(geometry, properties);
}

QString collection(const QStringList &features)
{
    return QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1]}").arg(features.join(u','));
}

QString polygon(const QString &rings)
{
    return QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[%1]}").arg(rings);
}

QString kml(const QString &placemarks)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
                          "<Document>\n%1\n</Document>\n</kml>\n").arg(placemarks);
}

QString kmlRing(double lon, double lat, double side, const QString &z = {})
{
    return QStringLiteral("<LinearRing><coordinates>%1,%2%5 %3,%2%5 %3,%4%5 %1,%4%5 %1,%2%5</coordinates></LinearRing>")
        .arg(lon).arg(lat).arg(lon + side).arg(lat + side).arg(z);
}

QString kmlData(const QString &name, const QString &value)
{
    return QStringLiteral("<Data name=\"%1\"><value>%2</value></Data>").arg(name, value);
}

// The Turin sample every round trip starts from: a polygon with a hole, a multipolygon with a
// hole, a circle and a corridor, with every property a zone has.
QStringList sampleFeatures()
{
    return {
        feature(polygon(square(7.68, 45.07, 0.01) + u',' + square(7.682, 45.072, 0.002)),
                QStringLiteral("{\"name\":\"Piazza Castello\",\"active_from\":\"2026-05-10\",\"active_to\":\"2026-09-30\","
                               "\"max_height_m\":60,\"hours\":\"08:00-20:00\",\"notes\":\"Sorvolo vietato sul mercato\","
                               "\"district\":\"Centro\"}")),
        feature(QStringLiteral("{\"type\":\"MultiPolygon\",\"coordinates\":[[%1,%2],[%3]]}")
                    .arg(square(7.60, 45.10, 0.01), square(7.603, 45.103, 0.002), square(7.70, 45.10, 0.005)),
                QStringLiteral("{\"name\":\"Parco Dora, due lotti\",\"active_from\":\"2026-06-01\"}")),
        feature(QStringLiteral("{\"type\":\"Point\",\"coordinates\":[7.6932,45.0703]}"),
                QStringLiteral("{\"name\":\"Mole\",\"radius_m\":250.5,\"active_to\":\"2026-12-31\",\"hours\":\"notte\"}")),
        feature(QStringLiteral("{\"type\":\"LineString\",\"coordinates\":[[7.65,45.05],[7.66,45.055],[7.67,45.052]]}"),
                QStringLiteral("{\"name\":\"Corridoio droni Po\",\"width_m\":80,\"max_height_m\":120.5}")),
    };
}

QByteArray sample()
{
    return collection(sampleFeatures()).toUtf8();
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 addExperiment(Store &store, const QString &code)
{
    return store.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), code},
                                                        {QStringLiteral("title"), QString(QStringLiteral("Prova ") + code)},
                                                        {QStringLiteral("domain"), QStringLiteral("drones")},
                                                        {QStringLiteral("stage"), QStringLiteral("agreement")},
                                                        {QStringLiteral("stage_since"), QStringLiteral("2026-05-01")}});
}

QList<QVariantMap> zonesOf(Store &store, qint64 experimentId)
{
    QList<QVariantMap> out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id, name, shape, geometry, active_from, active_to, max_height_m, hours, notes, district,"
                          " constraints, min_lon, max_lat FROM zones WHERE experiment_id = %1 ORDER BY id").arg(experimentId));
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < q.record().count(); ++i)
            row.insert(q.record().fieldName(i), q.value(i));
        out << row;
    }
    return out;
}

// Every number of two JSON values within tolerance, everything else equal.
bool sameJson(const QJsonValue &a, const QJsonValue &b, double tolerance, QString *where)
{
    if (a.isDouble() && b.isDouble()) {
        if (std::abs(a.toDouble() - b.toDouble()) <= tolerance)
            return true;
        *where = QStringLiteral("%1 vs %2").arg(a.toDouble(), 0, 'g', 17).arg(b.toDouble(), 0, 'g', 17);
        return false;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size()) {
            *where = QStringLiteral("array sizes %1 vs %2").arg(x.size()).arg(y.size());
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameJson(x.at(i), y.at(i), tolerance, where))
                return false;
        return true;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys()) {
            *where = QStringLiteral("keys differ");
            return false;
        }
        for (const QString &key : x.keys())
            if (!sameJson(x.value(key), y.value(key), tolerance, where))
                return false;
        return true;
    }
    if (a != b)
        *where = QStringLiteral("values differ");
    return a == b;
}

QJsonValue json(const QVariant &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray());
    return doc.isArray() ? QJsonValue(doc.array()) : doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
}

} // namespace

class TestZoneFiles : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void importIsAllOrNothing();
    void roundTrip_data();
    void roundTrip();
    void demoZonesExportReadable_data();
    void demoZonesExportReadable();
    void windowListsEveryProblem();
    void formRefusesOversizedZones_data();
    void formRefusesOversizedZones();
    void dragStopsAtSizeLimit_data();
    void dragStopsAtSizeLimit();
};

void TestZoneFiles::valid_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QList<int>>("rings");   // rings per polygon: holes kept
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("maxHeight");   // -1: none
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("notes");

    const int geo = int(Format::GeoJson), kml_ = int(Format::Kml);
    QTest::newRow("geojson polygon with hole")
        << geo << collection({feature(polygon(square(7.68, 45.07, 0.01) + u',' + square(7.682, 45.072, 0.002)),
                                      QStringLiteral("{\"name\":\"Piazza\",\"active_from\":\"2026-05-10\",\"active_to\":\"2026-06-10\","
                                                     "\"max_height_m\":60,\"hours\":\"08-20\",\"notes\":\"ok\"}"))})
        << "Piazza" << "polygon" << QList<int>{2} << "2026-05-10" << "2026-06-10" << 60.0 << "08-20" << "ok";
    QTest::newRow("GeoJSON text sequence (RFC 8142), one feature")
        << geo << QString(QChar(0x1e)) + feature(polygon(square(7.68, 45.07, 0.01)), QStringLiteral("{\"name\":\"Sequenza\"}"))
                      + QStringLiteral("\n")
        << "Sequenza" << "polygon" << QList<int>{1} << "" << "" << -1.0 << "" << "";
    QTest::newRow("geojson multipolygon with holes, 3D")
        << geo << feature(QStringLiteral("{\"type\":\"MultiPolygon\",\"coordinates\":[[%1,%2],[%3]]}")
                              .arg(square(7.6, 45.1, 0.01, QStringLiteral(",250")), square(7.603, 45.103, 0.002, QStringLiteral(",250")),
                                   square(7.7, 45.1, 0.01, QStringLiteral(",12.5"))),
                          QStringLiteral("{\"nome\":\"Due lotti\",\"dal\":\"2026-05-10T08:00:00+02:00\",\"al\":\"2026-07-01\","
                                         "\"altezza_max\":\"45,5\",\"orari\":\"9-18\",\"descrizione\":\"lotti A e B\"}"))
        << "Due lotti" << "polygon" << QList<int>{2, 1} << "2026-05-10" << "2026-07-01" << 45.5 << "9-18" << "lotti A e B";
    QTest::newRow("geojson point with radius")
        << geo << collection({feature(QStringLiteral("{\"type\":\"Point\",\"coordinates\":[7.69,45.07,300]}"),
                                      QStringLiteral("{\"title\":\"Mole\",\"radius\":200,\"start\":\"2026-01-01\",\"end\":\"2026-01-31\"}"))})
        << "Mole" << "circle" << QList<int>{1} << "2026-01-01" << "2026-01-31" << -1.0 << "" << "";
    QTest::newRow("geojson line with width, grouped constraints")
        << geo << feature(QStringLiteral("{\"type\":\"LineString\",\"coordinates\":[[7.65,45.05],[7.66,45.055]]}"),
                          QStringLiteral("{\"name\":\"Rotta\",\"width_m\":\"60\",\"from\":\"2026-03-01\","
                                         "\"constraints\":{\"max_height_m\":120,\"hours\":\"giorno\",\"notes\":\"solo feriali\"}}"))
        << "Rotta" << "corridor" << QList<int>{1} << "2026-03-01" << "" << 120.0 << "giorno" << "solo feriali";
    QTest::newRow("geojson bare geometry, CRS84 named")
        << geo << QStringLiteral("{\"type\":\"Polygon\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                                 "\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"coordinates\":[%1]}").arg(square(7.6, 45.0, 0.01))
        << "" << "polygon" << QList<int>{1} << "" << "" << -1.0 << "" << "";
    QTest::newRow("geojson with a byte order mark")
        << geo << QStringLiteral("\uFEFF") + feature(polygon(square(7.6, 45.0, 0.01)), QStringLiteral("{\"name\":\"BOM\"}"))
        << "BOM" << "polygon" << QList<int>{1} << "" << "" << -1.0 << "" << "";
    QTest::newRow("geojson EPSG:4326 named")
        << geo << QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                                 "\"EPSG:4326\"}},\"features\":[%1]}").arg(feature(polygon(square(7.6, 45.0, 0.01)),
                                                                                     QStringLiteral("{\"Name\":\"A\"}")))
        << "A" << "polygon" << QList<int>{1} << "" << "" << -1.0 << "" << "";
    QTest::newRow("kml polygon with hole, time span, extended data")
        << kml_ << kml(QStringLiteral("<Folder><Placemark><name>Piazza</name><TimeSpan><begin>2026-05-10</begin><end>2026-06-10</end>"
                                      "</TimeSpan><ExtendedData>%1%2%3</ExtendedData><Polygon><outerBoundaryIs>%4</outerBoundaryIs>"
                                      "<innerBoundaryIs>%5</innerBoundaryIs></Polygon></Placemark></Folder>")
                           .arg(kmlData(QStringLiteral("max_height_m"), QStringLiteral("60")),
                                kmlData(QStringLiteral("hours"), QStringLiteral("08-20")),
                                kmlData(QStringLiteral("notes"), QStringLiteral("ok")), kmlRing(7.68, 45.07, 0.01),
                                kmlRing(7.682, 45.072, 0.002)))
        << "Piazza" << "polygon" << QList<int>{2} << "2026-05-10" << "2026-06-10" << 60.0 << "08-20" << "ok";
    QTest::newRow("kml multigeometry, 3D, schema data")
        << kml_ << kml(QStringLiteral("<Placemark><name>Lotti</name><description>due lotti</description><ExtendedData>"
                                      "<SchemaData schemaUrl=\"#s\"><SimpleData name=\"altezza_max\">30</SimpleData>"
                                      "</SchemaData></ExtendedData><MultiGeometry><Polygon><outerBoundaryIs>%1</outerBoundaryIs>"
                                      "<innerBoundaryIs>%2</innerBoundaryIs></Polygon><Polygon><outerBoundaryIs>%3"
                                      "</outerBoundaryIs></Polygon></MultiGeometry></Placemark>")
                           .arg(kmlRing(7.6, 45.1, 0.01, QStringLiteral(",0")), kmlRing(7.603, 45.103, 0.002, QStringLiteral(",0")),
                                kmlRing(7.7, 45.1, 0.01)))
        << "Lotti" << "polygon" << QList<int>{2, 1} << "" << "" << 30.0 << "" << "due lotti";
    QTest::newRow("kml point with radius")
        << kml_ << kml(QStringLiteral("<Placemark><name>Mole</name><ExtendedData>%1</ExtendedData><Point><coordinates>"
                                      " 7.69,45.07,0 </coordinates></Point></Placemark>")
                           .arg(kmlData(QStringLiteral("radius_m"), QStringLiteral("150"))))
        << "Mole" << "circle" << QList<int>{1} << "" << "" << -1.0 << "" << "";
    QTest::newRow("geojson point with the largest radius")
        << geo << feature(QStringLiteral("{\"type\":\"Point\",\"coordinates\":[7.69,45.07]}"),
                          QStringLiteral("{\"name\":\"Area metropolitana\",\"radius_m\":50000}"))
        << "Area metropolitana" << "circle" << QList<int>{1} << "" << "" << -1.0 << "" << "";
    QTest::newRow("kml line with width")
        << kml_ << kml(QStringLiteral("<Placemark><name>Rotta</name><ExtendedData>%1</ExtendedData><LineString><coordinates>"
                                      "7.65,45.05\n7.66,45.055</coordinates></LineString></Placemark>")
                           .arg(kmlData(QStringLiteral("larghezza"), QStringLiteral("40"))))
        << "Rotta" << "corridor" << QList<int>{1} << "" << "" << -1.0 << "" << "";
}

void TestZoneFiles::valid()
{
    QFETCH(int, format);
    QFETCH(QString, data);
    QFETCH(QString, name);
    QFETCH(QString, shape);
    QFETCH(QList<int>, rings);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(double, maxHeight);
    QFETCH(QString, hours);
    QFETCH(QString, notes);

    const ZoneFileContent content = ZoneFileReader::read(data.toUtf8(), Format(format));
    QStringList problems;
    for (const ZoneFileProblem &p : content.problems)
        problems << p.describe();
    QCOMPARE(problems, QStringList());
    QVERIFY(content.isValid());
    QCOMPARE(content.features.size(), 1);
    const ZoneFileFeature &f = content.features.first();
    QCOMPARE(f.number, 1);
    QCOMPARE(f.name, name);
    QCOMPARE(f.geometry.shapeName(), shape);
    QList<int> ringCounts;
    for (const ZoneGeometry::Polygon &polygon : f.geometry.polygons())
        ringCounts << int(polygon.size());
    QCOMPARE(ringCounts, rings);
    QVERIFY(f.geometry.isValid());
    QVERIFY(f.geometry.areaM2() > 0);
    QCOMPARE(f.activeFrom.toString(Qt::ISODate), from);
    QCOMPARE(f.activeTo.toString(Qt::ISODate), to);
    QCOMPARE(f.maxHeightM.isNull() ? -1.0 : f.maxHeightM.toDouble(), maxHeight);
    QCOMPARE(f.hours, hours);
    QCOMPARE(f.notes, notes);
}

void TestZoneFiles::invalid_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QStringList>("problems");   // each problem's description starts with one of these, in order
    QTest::addColumn<int>("goodFeatures");

    const int geo = int(Format::GeoJson), kml_ = int(Format::Kml);
    const QString good = feature(polygon(square(7.6, 45.0, 0.01)), QStringLiteral("{\"name\":\"Buona\"}"));
    QTest::newRow("unreadable JSON")
        << geo << QStringLiteral("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ ,\n]}")
        << QStringList{QStringLiteral("line 3, column 17: unreadable JSON: ")} << 0;
    QTest::newRow("duplicate key")
        << geo << QStringLiteral("{\"type\": \"FeatureCollection\", \"features\": [\n"
                                 "{\"type\": \"Feature\", \"properties\": {\"name\": \"A\", \"name\": \"B\"},\n"
                                 " \"geometry\": {\"type\": \"Point\", \"coordinates\": [7.6, 45.0]}}]}")
        << QStringList{QStringLiteral("line 2, column 49: the key \"name\" appears twice in the same object")} << 0;
    QTest::newRow("duplicate key in a GeoJSON sequence")
        << geo << (good + QStringLiteral("\n{\"type\":\"Feature\",\"type\":\"Feature\",\"properties\":{},\"geometry\":null}\n"))
        << QStringList{QStringLiteral("line 2, column 19: the key \"type\" appears twice")} << 1;
    QTest::newRow("null")
        << geo << QStringLiteral("null\n")
        << QStringList{QStringLiteral("not GeoJSON: the file holds null, not a JSON object")} << 0;
    QTest::newRow("point without coordinates")
        << geo << collection({good, feature(QStringLiteral("{\"type\":\"Point\"}"), QStringLiteral("{\"name\":\"Vuota\",\"radius_m\":50}"))})
        << QStringList{QStringLiteral("feature 2 (Vuota): the Point has no coordinates")} << 1;
    {
        // A polygon of 360 vertices written one level too shallow: one line, not 360.
        QStringList positions;
        for (int i = 0; i <= 360; ++i)
            positions << QStringLiteral("[%1,%2]").arg(7.6 + 0.01 * std::cos(i * M_PI / 180)).arg(45 + 0.01 * std::sin(i * M_PI / 180));
        QTest::newRow("polygon nested too shallow")
            << geo << collection({feature(QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[%1]}").arg(positions.join(u',')),
                                          QStringLiteral("{\"name\":\"Piatta\"}"))})
            << QStringList{QStringLiteral("feature 1 (Piatta): the Polygon's coordinates are nested one level too shallow")} << 0;
    }
    QTest::newRow("KML MultiGeometry of two lines")
        << kml_ << kml(QStringLiteral("<Placemark><name>Due rotte</name><MultiGeometry>"
                                      "<LineString><coordinates>7.60,45.00 7.61,45.01</coordinates></LineString>"
                                      "<LineString><coordinates>7.62,45.00 7.63,45.01</coordinates></LineString>"
                                      "</MultiGeometry></Placemark>"))
        << QStringList{QStringLiteral("feature 1 (Due rotte): a MultiGeometry of 2 lines: a corridor is one LineString with width_m")} << 0;
    QTest::newRow("GeoJSON sequence with a bad line")
        << geo << good + QStringLiteral("\n") + QStringLiteral("{\"type\":\"FeatureCollection\"}\n") + good + QStringLiteral("\n")
        << QStringList{QStringLiteral("line 2, column 1: a line of a GeoJSON sequence holds a FeatureCollection, not a Feature")} << 2;
    QTest::newRow("CRS of the whole file")
        << geo << QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                                 "\"urn:ogc:def:crs:EPSG::3003\"}},\"features\":[%1]}").arg(good)
        << QStringList{QStringLiteral("the coordinate reference system urn:ogc:def:crs:EPSG::3003 is not WGS84")} << 0;
    QTest::newRow("CRS of one feature")
        << geo << collection({good, QStringLiteral("{\"type\":\"Feature\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                                                   "\"EPSG:32632\"}},\"geometry\":%1,\"properties\":{\"name\":\"UTM\"}}")
                                        .arg(polygon(square(396000, 4990000, 100)))})
        << QStringList{QStringLiteral("feature 2 (UTM): the coordinate reference system EPSG:32632 is not WGS84")} << 1;
    QTest::newRow("out of range")
        << geo << collection({feature(polygon(square(396000, 4990000, 100)), QStringLiteral("{\"name\":\"Gauss-Boaga\"}"))})
        << QStringList{QStringLiteral("feature 1 (Gauss-Boaga): coordinates out of range: lat 4.99e+06, lon 396000 (latitude must be within ±90, "
                                      "longitude within ±180), and 4 more position(s) out of range; these look like metres of a "
                                      "projected system such as UTM or Gauss-Boaga")} << 0;
    QTest::newRow("unclosed ring")
        << geo << collection({good, feature(QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45],[7.01,45.01],[7,45.01]]]}"),
                                            QStringLiteral("{\"name\":\"Aperta\"}"))})
        << QStringList{QStringLiteral("feature 2 (Aperta): unclosed ring")} << 1;
    QTest::newRow("self-intersection")
        << geo << collection({feature(QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45.01],[7.01,45],[7,45.01],[7,45]]]}"),
                                      QStringLiteral("{\"name\":\"Farfalla\"}"))})
        << QStringList{QStringLiteral("feature 1 (Farfalla): self-intersection at lat 45.0050000, lon 7.0050000")} << 0;
    QTest::newRow("too few points")
        << geo << collection({feature(QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45],[7,45]]]}"))})
        << QStringList{QStringLiteral("feature 1: too few points")} << 0;
    QTest::newRow("point without radius")
        << geo << collection({good, feature(QStringLiteral("{\"type\":\"Point\",\"coordinates\":[7.6,45]}"),
                                            QStringLiteral("{\"name\":\"Punto\"}"))})
        << QStringList{QStringLiteral("feature 2 (Punto): a Point needs a radius_m property")} << 1;
    QTest::newRow("line without width")
        << geo << collection({feature(QStringLiteral("{\"type\":\"LineString\",\"coordinates\":[[7.6,45],[7.7,45]]}"),
                                      QStringLiteral("{\"name\":\"Linea\",\"width_m\":\"largo\"}"))})
        << QStringList{QStringLiteral("feature 1 (Linea): width_m 'largo' is not a number of metres")} << 0;
    QTest::newRow("unsupported type, no geometry, bad dates, all listed")
        << geo << collection({feature(QStringLiteral("{\"type\":\"MultiLineString\",\"coordinates\":[[[7.6,45],[7.7,45]]]}"),
                                      QStringLiteral("{\"name\":\"Multi\"}")),
                              good,
                              feature(QStringLiteral("null"), QStringLiteral("{\"name\":\"Vuota\"}")),
                              feature(polygon(square(7.6, 45.0, 0.01)),
                                      QStringLiteral("{\"name\":\"Date\",\"active_from\":\"10/05/2026\",\"max_height_m\":-5}")),
                              feature(polygon(square(7.6, 45.0, 0.01)),
                                      QStringLiteral("{\"name\":\"Rovescia\",\"active_from\":\"2026-05-11\",\"active_to\":\"2026-05-10\"}"))})
        << QStringList{QStringLiteral("feature 1 (Multi): geometry type \"MultiLineString\" is not supported"),
                       QStringLiteral("feature 3 (Vuota): the feature has no geometry"),
                       QStringLiteral("feature 4 (Date): active_from '10/05/2026' is not a date as YYYY-MM-DD"),
                       QStringLiteral("feature 4 (Date): max_height_m '-5' is not a height in metres"),
                       QStringLiteral("feature 5 (Rovescia): the active window ends (2026-05-10) before it starts (2026-05-11)")}
        << 1;
    // Sizes within (0, 50,000] m and outlines within ±180°/±90°, as on the map (ZoneShape).
    const QLocale locale;
    const QString largest = locale.toString(ZoneShape::MaxSizeM, 'f', 0);
    QTest::newRow("circle of 1e9 m")
        << geo << collection({good, feature(QStringLiteral("{\"type\":\"Point\",\"coordinates\":[7.6,45.0]}"),
                                            QStringLiteral("{\"name\":\"Enorme\",\"radius_m\":1e9}"))})
        << QStringList{QStringLiteral("feature 2 (Enorme): a radius of %1 m is too large: a zone's circle may have a radius of at most %2 m")
                           .arg(locale.toString(1e9, 'f', QLocale::FloatingPointShortest), largest)}
        << 1;
    QTest::newRow("corridor wider than the limit")
        << geo << collection({feature(QStringLiteral("{\"type\":\"LineString\",\"coordinates\":[[7.6,45],[7.7,45]]}"),
                                      QStringLiteral("{\"name\":\"Larga\",\"width_m\":\"50001\"}"))})
        << QStringList{QStringLiteral("feature 1 (Larga): a width of %1 m is too large: a zone's corridor may be at most %2 m wide")
                           .arg(locale.toString(50001.0, 'f', QLocale::FloatingPointShortest), largest)}
        << 0;
    QTest::newRow("circle across the date line")
        << geo << collection({feature(QStringLiteral("{\"type\":\"Point\",\"coordinates\":[179.99,0]}"),
                                      QStringLiteral("{\"name\":\"Cambio di data\",\"radius_m\":5000}"))})
        << QStringList{QStringLiteral("feature 1 (Cambio di data): the outline reaches lat ")} << 0;
    QTest::newRow("corridor past the pole")
        << geo << collection({feature(QStringLiteral("{\"type\":\"LineString\",\"coordinates\":[[7,89.99],[8,89.99]]}"),
                                      QStringLiteral("{\"name\":\"Polo\",\"width_m\":4000}"))})
        << QStringList{QStringLiteral("feature 1 (Polo): the outline reaches lat 90.0")} << 0;
    QTest::newRow("kml circle larger than the limit")
        << kml_ << kml(QStringLiteral("<Placemark><name>Grande</name><ExtendedData>%1</ExtendedData><Point><coordinates>"
                                      "7.69,45.07</coordinates></Point></Placemark>")
                           .arg(kmlData(QStringLiteral("raggio"), QStringLiteral("60000"))))
        << QStringList{QStringLiteral("feature 1 (Grande): a radius of %1 m is too large")
                           .arg(locale.toString(60000.0, 'f', QLocale::FloatingPointShortest))}
        << 0;
    QTest::newRow("empty collection") << geo << collection({}) << QStringList{QStringLiteral("the file has no zones")} << 0;
    QTest::newRow("not geojson") << geo << QStringLiteral("{\"type\":\"Topology\"}")
                                 << QStringList{QStringLiteral("not GeoJSON: unknown type \"Topology\"")} << 0;

    QTest::newRow("kml malformed XML")
        << kml_ << QStringLiteral("<?xml version=\"1.0\"?>\n<kml>\n<Placemark><name>A</name>\n<Polygon></Placemark>\n</kml>\n")
        << QStringList{QStringLiteral("line 4, column 21: malformed XML: ")} << 0;
    QTest::newRow("kml not kml") << kml_ << QStringLiteral("<gpx><wpt/></gpx>")
                                 << QStringList{QStringLiteral("line 1, column 5: not KML: the document starts with <gpx>")} << 0;
    QTest::newRow("kml bad features all listed")
        << kml_ << kml(QStringLiteral("<Placemark><name>Punto</name><Point><coordinates>7.6,45</coordinates></Point></Placemark>\n"
                                      "<Placemark><name>Buona</name><Polygon><outerBoundaryIs>%1</outerBoundaryIs></Polygon></Placemark>\n"
                                      "<Placemark><name>Aperta</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                                      "7,45 7.01,45 7.01,45.01 7,45.01</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                                      "<Placemark><name>Testo</name><Polygon><outerBoundaryIs><LinearRing><coordinates>\n"
                                      "7,45 7.01;45 7.01,45.01 7,45</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                                      "<Placemark><name>Farfalla</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                                      "7,45 7.01,45.01 7.01,45 7,45.01 7,45</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                                      "<Placemark><name>Lontano</name><Polygon><outerBoundaryIs>%2</outerBoundaryIs></Polygon></Placemark>\n")
                           .arg(kmlRing(7.6, 45.0, 0.01), kmlRing(7.6, 95.0, 0.01)))
        << QStringList{QStringLiteral("feature 1 (Punto): a Point needs a radius_m property"),
                       QStringLiteral("feature 3 (Aperta): unclosed ring"),
                       QStringLiteral("feature 4 (Testo): line 7: coordinates \"7.01;45\" are not longitude,latitude"),
                       QStringLiteral("feature 4 (Testo): too few points"),
                       QStringLiteral("feature 5 (Farfalla): self-intersection"),
                       QStringLiteral("feature 6 (Lontano): coordinates out of range: lat 95, lon 7.6 (latitude must be within ±90, "
                                      "longitude within ±180), and 4 more position(s) out of range")}
        << 1;
}

void TestZoneFiles::invalid()
{
    QFETCH(int, format);
    QFETCH(QString, data);
    QFETCH(QStringList, problems);
    QFETCH(int, goodFeatures);

    const ZoneFileContent content = ZoneFileReader::read(data.toUtf8(), Format(format));
    QVERIFY(!content.isValid());
    QStringList described;
    for (const ZoneFileProblem &p : content.problems)
        described << p.describe();
    QCOMPARE(described.size(), problems.size());
    for (int i = 0; i < problems.size(); ++i)
        QVERIFY2(described.at(i).startsWith(problems.at(i)), qPrintable(described.join(u'\n')));
    QCOMPARE(content.features.size(), goodFeatures);
}

void TestZoneFiles::importIsAllOrNothing()
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    qint64 experimentId = 0, zonesBefore = 0, logBefore = 0;
    {
        Store store;
        QVERIFY(store.open(path));
        experimentId = scalar(store, QStringLiteral("SELECT min(id) FROM experiments"));
        zonesBefore = scalar(store, QStringLiteral("SELECT count(*) FROM zones"));
        logBefore = scalar(store, QStringLiteral("SELECT count(*) FROM change_log"));
    }
    const QByteArray hash = fileHash(path);
    {
        // Four good zones and one unclosed ring: nothing goes in.
        const QString bad = collection(sampleFeatures() << feature(
            QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[7,45],[7.01,45],[7.01,45.01],[7,45.01]]]}"),
            QStringLiteral("{\"name\":\"Aperta\"}")));
        const QString file = dir.filePath(QStringLiteral("zone.geojson"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bad.toUtf8());
        out.close();
        Store store;
        QVERIFY(store.open(path));
        ZoneImporter importer(store, experimentId);
        const ZoneImportResult result = importer.importFile(file);
        QVERIFY(!result.ok);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().feature, 5);
        QCOMPARE(result.problems.first().featureName, QStringLiteral("Aperta"));
    }
    QCOMPARE(fileHash(path), hash);

    // The same zones without the bad one: all four, one change_log entry each.
    Store store;
    QVERIFY(store.open(path));
    ZoneImporter importer(store, experimentId);
    const ZoneImportResult result = importer.import(ZoneFileReader::read(sample(), Format::GeoJson), QStringLiteral("a.geojson"));
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.zones, 4);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM zones")), zonesBefore + 4);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM change_log")), logBefore + 4);
    // The R*Tree follows the new zones: the circle is found where it is.
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM zone_bounds b JOIN zones z ON z.id = b.id WHERE z.name = 'Mole'"
                                          " AND b.min_lon < 7.6932 AND b.max_lon > 7.6932 AND b.min_lat < 45.0703 AND b.max_lat > 45.0703")),
             1);
}

void TestZoneFiles::roundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("geojson") << "zones.geojson";
    QTest::newRow("kml") << "zones.kml";
}

void TestZoneFiles::roundTrip()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(makeDemo(dir)));
    const qint64 first = addExperiment(store, QStringLiteral("TST-1")), second = addExperiment(store, QStringLiteral("TST-2"));
    QVERIFY(first > 0 && second > 0);
    QVERIFY(ZoneImporter(store, first).import(ZoneFileReader::read(sample(), Format::GeoJson), QStringLiteral("s.geojson")).ok);
    // A name typed with a line break inside (a carriage return from a Windows clipboard):
    // XML readers turn a raw one into a line feed, so the KML must escape it.
    const QString brokenName = QStringLiteral("Piazza\r\nCastello");
    QVERIFY(store.update(QStringLiteral("zones"), zonesOf(store, first).at(3).value(QStringLiteral("id")).toLongLong(),
                         {{QStringLiteral("name"), brokenName}}));

    const QString file = dir.filePath(fileName);
    ZoneExporter exporter(store);
    QVERIFY2(exporter.write(file, first), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.count(), 4);
    const ZoneImportResult result = ZoneImporter(store, second).importFile(file);
    QVERIFY2(result.ok, qPrintable(result.problems.isEmpty() ? result.message : result.problems.first().describe()));

    const QList<QVariantMap> before = zonesOf(store, first), after = zonesOf(store, second);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        const QVariantMap &a = before.at(i), &b = after.at(i);
        for (const char *field : {"name", "shape", "active_from", "active_to", "max_height_m", "hours", "notes", "district"})
            QCOMPARE(b.value(QLatin1String(field)), a.value(QLatin1String(field)));
        QString where;
        QVERIFY2(sameJson(json(a.value(QStringLiteral("geometry"))), json(b.value(QStringLiteral("geometry"))), 1e-9, &where),
                 qPrintable(a.value(QStringLiteral("name")).toString() + u' ' + where));
        QVERIFY2(sameJson(json(a.value(QStringLiteral("constraints"))), json(b.value(QStringLiteral("constraints"))), 1e-9, &where),
                 qPrintable(where));
        QVERIFY(std::abs(a.value(QStringLiteral("min_lon")).toDouble() - b.value(QStringLiteral("min_lon")).toDouble()) < 1e-9);
    }
    // The sample's values made it through, not just the same emptiness on both sides.
    QCOMPARE(after.at(0).value(QStringLiteral("notes")).toString(), QStringLiteral("Sorvolo vietato sul mercato"));
    QCOMPARE(after.at(0).value(QStringLiteral("max_height_m")).toDouble(), 60.0);
    QCOMPARE(after.at(2).value(QStringLiteral("shape")).toString(), QStringLiteral("circle"));
    QCOMPARE(after.at(3).value(QStringLiteral("name")).toString(), brokenName);
    QCOMPARE(json(after.at(2).value(QStringLiteral("constraints"))).toObject().value(QLatin1String("radius_m")).toDouble(), 250.5);
    QCOMPARE(json(after.at(1).value(QStringLiteral("geometry"))).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("MultiPolygon"));
}

void TestZoneFiles::demoZonesExportReadable_data()
{
    roundTrip_data();
}

// Every zone of the demo goes out and reads back without a problem, with its outline kept.
void TestZoneFiles::demoZonesExportReadable()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(makeDemo(dir)));
    const QString file = dir.filePath(fileName);
    ZoneExporter exporter(store);
    QVERIFY(exporter.write(file));
    const qint64 zones = scalar(store, QStringLiteral("SELECT count(*) FROM zones"));
    QVERIFY(zones > 50);
    QCOMPARE(exporter.count(), int(zones));
    const ZoneFileContent content = ZoneFileReader::readFile(file);
    QVERIFY2(content.problems.isEmpty(), qPrintable(content.problems.value(0).describe()));
    QCOMPARE(content.features.size(), int(zones));

    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT z.name, z.shape, z.geometry, z.active_from FROM zones z"
                          " JOIN experiments e ON e.id = z.experiment_id ORDER BY e.code, z.id"));
    int polygons = 0;
    for (const ZoneFileFeature &f : content.features) {
        QVERIFY(q.next());
        QCOMPARE(f.name, q.value(0).toString());
        QCOMPARE(f.geometry.shapeName(), q.value(1).toString());
        QCOMPARE(f.activeFrom.toString(Qt::ISODate), q.value(2 + 1).toString());
        // Every shape comes back with the outline it was stored with: circles and corridors
        // are built again from their parameters by the builder the demo used.
        QString where;
        QVERIFY2(sameJson(f.geometry.toGeoJson(), json(q.value(2)), 1e-9, &where),
                 qPrintable(f.name + u' ' + q.value(1).toString() + u' ' + where));
        polygons += q.value(1).toString() == QLatin1String("polygon") ? 1 : 0;
    }
    QVERIFY(polygons > 10);
    QVERIFY(polygons < zones);   // circles and corridors were checked too

    // What a GIS reads: an area for every zone, no points or lines with a radius beside them.
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray text = exported.readAll();
    if (fileName.endsWith(QLatin1String(".kml"))) {
        QVERIFY(!text.contains("<Point>"));
        QVERIFY(!text.contains("<LineString>"));
        QCOMPARE(text.count("<Placemark"), int(zones));
        QVERIFY(text.count("<Polygon>") >= zones);
    } else {
        const QJsonArray features = QJsonDocument::fromJson(text).object().value(QLatin1String("features")).toArray();
        QCOMPARE(features.size(), int(zones));
        for (const QJsonValue &feature : features) {
            const QString type = feature.toObject().value(QLatin1String("geometry")).toObject().value(QLatin1String("type")).toString();
            QVERIFY2(type == QLatin1String("Polygon") || type == QLatin1String("MultiPolygon"), qPrintable(type));
        }
    }
}

// What the window shows: a bad file opens one dialog listing every problem, and nothing is
// imported; a good file imports and says how many zones.
void TestZoneFiles::windowListsEveryProblem()
{
    isolateSettings();
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    const QString bad = dir.filePath(QStringLiteral("zone sbagliate.kml"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kml(QStringLiteral("<Placemark><name>Piazza Vittorio</name><Point><coordinates>7.69,45.06</coordinates></Point></Placemark>\n"
                                  "<Placemark><name>Buona</name><Polygon><outerBoundaryIs>%1</outerBoundaryIs></Polygon></Placemark>\n"
                                  "<Placemark><name>Farfalla</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                                  "7,45 7.01,45.01 7.01,45 7,45.01 7,45</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                                  "<Placemark><ExtendedData><Data name=\"dal\"><value>domani</value></Data></ExtendedData>"
                                  "<Polygon><outerBoundaryIs>%1</outerBoundaryIs></Polygon></Placemark>\n")
                       .arg(kmlRing(7.6, 45.0, 0.01)))
                   .toUtf8());
    file.close();
    const QByteArray hash = fileHash(path);
    {
        Store store;
        QVERIFY(store.open(path));
        const qint64 experiment = scalar(store, QStringLiteral("SELECT min(id) FROM experiments"));
        QWidget window;
        window.show();
        QVERIFY(!ZoneFileActions::importFile(&window, store, experiment, bad));
        auto *dialog = window.findChild<ZoneFileProblemsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("zoneFileProblems"));
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("1"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Piazza Vittorio"));
        QVERIFY(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("a Point needs a radius_m property")));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Farfalla"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("6"));   // the Placemark's line
        QVERIFY(list->topLevelItem(1)->text(3).startsWith(QStringLiteral("self-intersection at")));
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("4"));
        QVERIFY(list->topLevelItem(2)->text(3).startsWith(QStringLiteral("dal 'domani' is not a date")));
        QVERIFY(dialog->problemsText().startsWith(bad + QStringLiteral(": feature 1 (Piazza Vittorio): a Point needs")));
        if (const QString shots = qEnvironmentVariable("CITYLAB_TEST_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/zone-problems.png"));
        dialog->close();
    }
    QCOMPARE(fileHash(path), hash);

    Store store;
    QVERIFY(store.open(path));
    const qint64 experiment = scalar(store, QStringLiteral("SELECT min(id) FROM experiments"));
    const qint64 before = scalar(store, QStringLiteral("SELECT count(*) FROM zones"));
    const QString good = dir.filePath(QStringLiteral("buone.geojson"));
    QFile out(good);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(sample());
    out.close();
    QWidget window;
    window.show();
    QVERIFY(ZoneFileActions::importFile(&window, store, experiment, good));
    auto *message = window.findChild<QMessageBox *>(QStringLiteral("zoneFileMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().startsWith(QStringLiteral("4 zone")) && message->text().contains(QStringLiteral("buone.geojson")),
             qPrintable(message->text()));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM zones")), before + 4);
    message->close();

    // File → Export Zones… writes every zone; the exporter's count is what the message says.
    const QString all = dir.filePath(QStringLiteral("tutte.kml"));
    QVERIFY(ZoneFileActions::exportFile(&window, store, -1, all));
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("zoneFileMessage")));
    QCOMPARE(ZoneFileReader::readFile(all).features.size(), before + 4);
}

// The map's zone form refuses what a file may not bring either: the limit is ZoneShape's.
void TestZoneFiles::formRefusesOversizedZones_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("metres");
    QTest::addColumn<QString>("refusal");   // empty: Save is enabled

    const int circle = int(ZoneShape::Kind::Circle), corridor = int(ZoneShape::Kind::Corridor);
    const QString largest = QLocale().toString(ZoneShape::MaxSizeM, 'f', 0);
    QTest::newRow("circle at the limit") << circle << ZoneShape::MaxSizeM << QString();
    QTest::newRow("circle past the limit") << circle << ZoneShape::MaxSizeM + 1
                                           << QStringLiteral("The radius can be at most %1 m.").arg(largest);
    QTest::newRow("circle drawn far too large") << circle << 400000.0
                                                << QStringLiteral("The radius can be at most %1 m.").arg(largest);
    QTest::newRow("corridor") << corridor << 80.0 << QString();
    QTest::newRow("corridor past the limit") << corridor << 60000.0
                                             << QStringLiteral("The width can be at most %1 m.").arg(largest);
}

void TestZoneFiles::formRefusesOversizedZones()
{
    QFETCH(int, kind);
    QFETCH(double, metres);
    QFETCH(QString, refusal);
    ZoneFormDialog form(ZoneShape::Kind(kind), QStringLiteral("TST-1"));
    form.setValues({{QStringLiteral("name"), QStringLiteral("Zona")}});
    form.setRadiusM(metres);
    form.setWidthM(metres);
    // The value shown is the one given, not one the box quietly shrank.
    QCOMPARE(ZoneShape::Kind(kind) == ZoneShape::Kind::Circle ? form.radiusM() : form.widthM(), metres);
    QPushButton *save = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QCOMPARE(save->isEnabled(), refusal.isEmpty());
    QStringList shown;
    for (const QLabel *label : form.findChildren<QLabel *>())
        if (!label->isHidden() && !label->text().isEmpty())
            shown << label->text();
    if (!refusal.isEmpty())
        QVERIFY2(shown.contains(refusal), qPrintable(shown.join(u'|')));
}

// Dragging a circle's rim or a corridor's width handle saves without the form: the drag
// stops at the limit.
void TestZoneFiles::dragStopsAtSizeLimit_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("dragM");   // metres north of the first point, or east of the centre
    QTest::addColumn<double>("size");
    QTest::newRow("circle within") << int(ZoneShape::Kind::Circle) << 30000.0 << 30000.0;
    QTest::newRow("circle past the limit") << int(ZoneShape::Kind::Circle) << 80000.0 << ZoneShape::MaxSizeM;
    QTest::newRow("corridor within") << int(ZoneShape::Kind::Corridor) << 100.0 << 200.0;
    QTest::newRow("corridor past the limit") << int(ZoneShape::Kind::Corridor) << 40000.0 << ZoneShape::MaxSizeM;
}

void TestZoneFiles::dragStopsAtSizeLimit()
{
    QFETCH(int, kind);
    QFETCH(double, dragM);
    QFETCH(double, size);
    const QPointF start(7.6, 45.0);
    if (ZoneShape::Kind(kind) == ZoneShape::Kind::Circle) {
        ZoneShape shape = ZoneShape::circle(start, 100);
        shape.moveHandle(1, ZoneShape::offsetM(start, dragM, 0));
        QVERIFY2(std::abs(shape.radiusM() - size) < 0.01, qPrintable(QString::number(shape.radiusM())));
        QVERIFY(ZoneShape::limitProblems(shape.geometry()).isEmpty());
    } else {
        ZoneShape shape = ZoneShape::corridor({start, ZoneShape::offsetM(start, 1000, 0)}, 50);
        shape.moveHandle(2, ZoneShape::offsetM(start, 500, dragM));
        QVERIFY2(std::abs(shape.widthM() - size) < 0.01, qPrintable(QString::number(shape.widthM())));
        QVERIFY(ZoneShape::limitProblems(shape.geometry()).isEmpty());
    }
}

QTEST_MAIN(TestZoneFiles)
#include "tst_zonefiles.moc"
