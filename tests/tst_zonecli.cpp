// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/zonefilereader.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

using namespace citylab;
using namespace testsupport;

// citylab import zones / export zones as a script runs them: exit codes, every bad feature
// named on stderr, the store untouched by a bad file, and export -> import -> export giving
// the same zones back.
class TestZoneCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_source;   // a demo experiment with zones of several shapes
    QString m_target;   // an experiment without zones, made by the test

    static RunResult run(const QStringList &arguments)
    {
        return runCitylab(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    }

    QString write(const QString &name, const QString &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content.toUtf8());
        return path;
    }

    qint64 scalar(const QString &sql)
    {
        Store store;
        if (!store.open(m_db, Store::OpenMode::Inspect))
            return -1;
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    static QString square(double lon, double lat, double side)
    {
        return QStringLiteral("[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]").arg(lon).arg(lat).arg(lon + side).arg(lat + side);
    }

    // Same polygons, rings and points, within 1e-9 degrees.
    static bool samePolygons(const ZoneGeometry &x, const ZoneGeometry &y)
    {
        const auto &px = x.polygons(), &py = y.polygons();
        if (px.isEmpty() || px.size() != py.size())
            return false;
        for (int p = 0; p < px.size(); ++p) {
            if (py.at(p).size() != px.at(p).size())
                return false;
            for (int ring = 0; ring < px.at(p).size(); ++ring) {
                if (py.at(p).at(ring).size() != px.at(p).at(ring).size())
                    return false;
                for (int k = 0; k < px.at(p).at(ring).size(); ++k) {
                    const QPointF d = py.at(p).at(ring).at(k) - px.at(p).at(ring).at(k);
                    if (std::abs(d.x()) > 1e-9 || std::abs(d.y()) > 1e-9)
                        return false;
                }
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        m_db = makeDemo(m_dir);
        Store store;
        QVERIFY(store.open(m_db));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT e.code FROM experiments e JOIN zones z ON z.experiment_id = e.id GROUP BY e.id"
                                      " ORDER BY count(DISTINCT z.shape) DESC, count(*) DESC, e.code LIMIT 1")) && q.next());
        m_source = q.value(0).toString();
        q.finish(); // reads end before a write, as in the application
        m_target = QStringLiteral("TST-ZONE-1");
        QVERIFY(store.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), m_target},
                                                             {QStringLiteral("title"), QStringLiteral("Zone importate")},
                                                             {QStringLiteral("domain"), QStringLiteral("drones")},
                                                             {QStringLiteral("stage"), QStringLiteral("agreement")},
                                                             {QStringLiteral("stage_since"), QStringLiteral("2026-05-01")}}) > 0);
    }

    void usageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("--db"), file = QStringLiteral("z.geojson");
        QTest::newRow("import without file") << QStringList{QStringLiteral("import"), QStringLiteral("zones"), db, QStringLiteral("x"),
                                                            QStringLiteral("--experiment"), QStringLiteral("A")}
                                             << QStringLiteral("exactly one GeoJSON or KML file");
        QTest::newRow("import without experiment") << QStringList{QStringLiteral("import"), QStringLiteral("zones"), file, db,
                                                                  QStringLiteral("x")}
                                                   << QStringLiteral("--experiment CODE is required");
        QTest::newRow("import without db") << QStringList{QStringLiteral("import"), QStringLiteral("zones"), file,
                                                          QStringLiteral("--experiment"), QStringLiteral("A")}
                                           << QStringLiteral("--db FILE is required");
        QTest::newRow("import something else") << QStringList{QStringLiteral("import"), QStringLiteral("roads")}
                                               << QStringLiteral("'zones'");
        QTest::newRow("export without out") << QStringList{QStringLiteral("export"), QStringLiteral("zones"), db, QStringLiteral("x")}
                                            << QStringLiteral("--out FILE.geojson or FILE.kml is required");
        QTest::newRow("export to csv") << QStringList{QStringLiteral("export"), QStringLiteral("zones"), db, QStringLiteral("x"),
                                                      QStringLiteral("--out"), QStringLiteral("z.csv")}
                                       << QStringLiteral("must end in .geojson or .kml");
        QTest::newRow("export something else") << QStringList{QStringLiteral("export"), QStringLiteral("roads")}
                                               << QStringLiteral("export: say 'zones'");
    }

    void usageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const RunResult r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badInputExitsWithOneStoreUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<QStringList>("lines");   // expected stderr lines after "FILE: "

        const QString good = QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"name\":\"Buona\"},"
                                            "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[%1]}}").arg(square(7.6, 45.0, 0.01));
        QTest::newRow("two bad features of three")
            << "bad.geojson"
            << QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1,"
                              "{\"type\":\"Feature\",\"properties\":{\"name\":\"Aperta\"},\"geometry\":{\"type\":\"Polygon\","
                              "\"coordinates\":[[[7,45],[7.01,45],[7.01,45.01],[7,45.01]]]}},"
                              "{\"type\":\"Feature\",\"properties\":{\"nome\":\"Punto\"},\"geometry\":{\"type\":\"Point\","
                              "\"coordinates\":[7.6,45.0,12]}}]}").arg(good)
            << m_target
            << QStringList{QStringLiteral("feature 2 (Aperta): unclosed ring: the last position lat 45.01, lon 7 differs from the first lat 45, lon 7"),
                           QStringLiteral("feature 3 (Punto): a Point needs a radius_m property: the circle's radius in metres")};
        QTest::newRow("unreadable json") << "broken.geojson" << QStringLiteral("{\"type\":\"FeatureCollection\",\n\"features\":[}")
                                         << m_target
                                         << QStringList{QStringLiteral("line 2, column 13: unreadable JSON: ")};
        QTest::newRow("projected crs")
            << "utm.geojson"
            << QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:32632\"}},"
                              "\"features\":[%1]}").arg(good)
            << m_target
            << QStringList{QStringLiteral("the coordinate reference system EPSG:32632 is not WGS84: save the file as WGS84 "
                                          "longitude/latitude (EPSG:4326), as GeoJSON requires")};
        QTest::newRow("malformed kml") << "broken.kml" << QStringLiteral("<kml><Placemark><name>A &amp B</name></Placemark></kml>")
                                       << m_target << QStringList{QStringLiteral("line 1, column 29: malformed XML: ")};
        QTest::newRow("kmz") << "zone.kmz" << QStringLiteral("PK\u0003\u0004") << m_target
                             << QStringList{QStringLiteral("a KMZ file is a compressed KML: unzip it and import the doc.kml inside")};
        // Sizes have limits (README): a typo of 1e9 m must not become a box round the planet.
        QTest::newRow("circle of 1e9 m")
            << "enorme.geojson"
            << QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1,"
                              "{\"type\":\"Feature\",\"properties\":{\"name\":\"Enorme\",\"radius_m\":1e9},"
                              "\"geometry\":{\"type\":\"Point\",\"coordinates\":[7.6,45.0]}}]}").arg(good)
            << m_target << QStringList{QStringLiteral("feature 2 (Enorme): a radius of ")};
        QTest::newRow("corridor wider than 50 km")
            << "larga.kml"
            << QStringLiteral("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>Larga</name><ExtendedData>"
                              "<Data name=\"width_m\"><value>1e9</value></Data></ExtendedData><LineString><coordinates>"
                              "7.6,45 7.7,45</coordinates></LineString></Placemark></kml>")
            << m_target << QStringList{QStringLiteral("feature 1 (Larga): a width of ")};
        QTest::newRow("circle across the date line")
            << "cambio.geojson"
            << QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"name\":\"Cambio\",\"radius_m\":5000},"
                              "\"geometry\":{\"type\":\"Point\",\"coordinates\":[179.99,0]}}")
            << m_target << QStringList{QStringLiteral("feature 1 (Cambio): the outline reaches lat ")};
        QTest::newRow("unknown experiment")
            << "good.geojson" << QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1]}").arg(good)
            << QStringLiteral("NOPE-1") << QStringList();
    }

    void badInputExitsWithOneStoreUnchanged()
    {
        QFETCH(QString, name);
        QFETCH(QString, content);
        QFETCH(QString, experiment);
        QFETCH(QStringList, lines);
        const QString file = write(name, content);
        const QByteArray hash = fileHash(m_db);
        const RunResult r = run({QStringLiteral("import"), QStringLiteral("zones"), file, QStringLiteral("--db"), m_db,
                                 QStringLiteral("--experiment"), experiment});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(fileHash(m_db), hash);
        const QStringList err = r.err.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty()) {
            QVERIFY2(r.err.contains(QStringLiteral("no experiment with code 'NOPE-1'")), qPrintable(r.err));
            return;
        }
        QCOMPARE(err.size(), lines.size() + 1);
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(err.at(i).startsWith(file + QStringLiteral(": ") + lines.at(i)), qPrintable(err.at(i)));
        QCOMPARE(err.last(), QStringLiteral("citylab: nothing imported"));
    }

    void missingFileExitsWithOne()
    {
        const RunResult r = run({QStringLiteral("import"), QStringLiteral("zones"), m_dir.filePath(QStringLiteral("none.kml")),
                                 QStringLiteral("--db"), m_db, QStringLiteral("--experiment"), m_target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot read the file")), qPrintable(r.err));
    }

    void exportAll()
    {
        const QString out = m_dir.filePath(QStringLiteral("all.geojson"));
        const RunResult r = run({QStringLiteral("export"), QStringLiteral("zones"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        const qint64 zones = scalar(QStringLiteral("SELECT count(*) FROM zones"));
        // "zone(s)" reads "zones" once the English plural forms are generated: do not depend on them.
        QVERIFY2(r.out.startsWith(QString::number(zones) + QStringLiteral(" zone")) && r.out.trimmed().endsWith(QStringLiteral(" exported to ") + out),
                 qPrintable(r.out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject collection = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(collection.value(QLatin1String("type")).toString(), QStringLiteral("FeatureCollection"));
        const QJsonArray features = collection.value(QLatin1String("features")).toArray();
        QCOMPARE(features.size(), zones);
        // Circles travel as the areas they are, with their centre and radius beside them so that
        // CityLab reads them back as circles.
        int circles = 0;
        for (const QJsonValue &f : features) {
            const QJsonObject o = f.toObject();
            const QJsonObject properties = o.value(QLatin1String("properties")).toObject();
            QCOMPARE(o.value(QLatin1String("geometry")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("Polygon"));
            if (properties.value(QLatin1String("shape")).toString() == QLatin1String("circle")) {
                QVERIFY(properties.value(QLatin1String("radius_m")).toDouble() > 0);
                QCOMPARE(properties.value(QLatin1String("center")).toArray().size(), 2);
                ++circles;
            }
            QVERIFY(!o.value(QLatin1String("properties")).toObject().value(QLatin1String("experiment")).toString().isEmpty());
        }
        QCOMPARE(circles, scalar(QStringLiteral("SELECT count(*) FROM zones WHERE shape = 'circle'")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("geojson") << "geojson";
        QTest::newRow("kml") << "kml";
    }

    // Export an experiment's zones, import them into another, export that one: the same zones.
    void roundTrip()
    {
        QFETCH(QString, suffix);
        const QString first = m_dir.filePath(QStringLiteral("source.") + suffix);
        const QString second = m_dir.filePath(QStringLiteral("target.") + suffix);
        RunResult r = run({QStringLiteral("export"), QStringLiteral("zones"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--experiment"), m_source, QStringLiteral("--out"), first});
        QCOMPARE(r.exitCode, 0);
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM zones"));
        r = run({QStringLiteral("import"), QStringLiteral("zones"), first, QStringLiteral("--db"), m_db,
                 QStringLiteral("--experiment"), m_target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 count = scalar(QStringLiteral("SELECT count(*) FROM zones z JOIN experiments e ON e.id = z.experiment_id"
                                                   " WHERE e.code = '%1'").arg(m_source));
        QVERIFY2(r.out.startsWith(QString::number(count) + QStringLiteral(" zone"))
                     && r.out.trimmed().endsWith(QStringLiteral(" imported from %1 into %2").arg(first, m_target)),
                 qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM zones")), before + count);
        r = run({QStringLiteral("export"), QStringLiteral("zones"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--experiment"), m_target, QStringLiteral("--out"), second});
        QCOMPARE(r.exitCode, 0);

        const ZoneFileContent a = ZoneFileReader::readFile(first), b = ZoneFileReader::readFile(second);
        QVERIFY(a.isValid() && b.isValid());
        QCOMPARE(b.features.size(), a.features.size());
        QSet<QString> shapes;
        for (int i = 0; i < a.features.size(); ++i) {
            const ZoneFileFeature &x = a.features.at(i), &y = b.features.at(i);
            QCOMPARE(y.name, x.name);
            QCOMPARE(y.geometry.shapeName(), x.geometry.shapeName());
            QCOMPARE(y.activeFrom, x.activeFrom);
            QCOMPARE(y.activeTo, x.activeTo);
            QCOMPARE(y.maxHeightM, x.maxHeightM);
            QCOMPARE(y.hours, x.hours);
            QCOMPARE(y.district, x.district);
            QCOMPARE(y.geometry.constraints(), x.geometry.constraints());
            QVERIFY(samePolygons(x.geometry, y.geometry));
            shapes << x.geometry.shapeName();
        }
        QVERIFY2(shapes.size() >= 2, "the source experiment should have zones of more than one shape");

        // Polygons are stored exactly as they left: the outline of each imported zone is its source's.
        Store store;
        QVERIFY(store.open(m_db, Store::OpenMode::Inspect));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT s.geometry, t.geometry FROM zones s JOIN experiments es ON es.id = s.experiment_id"
                                      " JOIN zones t ON t.name = s.name AND t.shape = 'polygon' AND s.shape = 'polygon'"
                                      " JOIN experiments et ON et.id = t.experiment_id"
                                      " WHERE es.code = '%1' AND et.code = '%2'").arg(m_source, m_target)));
        int polygons = 0;
        while (q.next()) {
            QVERIFY(samePolygons(ZoneGeometry::fromGeoJsonText(q.value(0).toByteArray()),
                                 ZoneGeometry::fromGeoJsonText(q.value(1).toByteArray())));
            ++polygons;
        }
        QVERIFY(polygons > 0);

        // Leave the target empty for the other format.
        store.close();
        QVERIFY(store.open(m_db));
        QVERIFY(QSqlQuery(store.database()).exec(QStringLiteral("DELETE FROM zones WHERE experiment_id = "
                                                                "(SELECT id FROM experiments WHERE code = '%1')").arg(m_target)));
    }
};

QTEST_GUILESS_MAIN(TestZoneCli)
#include "tst_zonecli.moc"
