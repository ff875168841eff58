// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "geo/footprintcheck.h"
#include "geo/localplane.h"
#include "geo/trackreader.h"
#include "geo/trackrecorder.h"
#include "geo/zone.h"
#include "geo/zonehours.h"
#include "geo/zonereader.h"
#include "i18n/language.h"
#include "items/experimenttracks.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUndoStack>

using namespace citylab;

// Where a test really ran against what was authorized, on a store built by hand where every
// answer is known: a square zone with a square hole, in use in May from 08:00 to 20:00 up to
// 120 m, and a 40 m wide corridor with no limits, 400-800 m east of the square's centre.
class TestFootprint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Store m_store;
    const LocalPlane m_plane{QPointF(7.68, 45.07)};
    qint64 m_experiment = -1, m_square = -1, m_corridor = -1;

    QPointF at(double east, double north) const { return m_plane.toLonLat(QPointF(east, north)); }

    QList<QPointF> squareRing(double half) const
    {
        return {at(-half, -half), at(half, -half), at(half, half), at(-half, half), at(-half, -half)};
    }

    ZoneGeometry squareWithHole(double half) const
    {
        QJsonArray rings;
        for (const QList<QPointF> &ring : {squareRing(half), squareRing(20)}) {
            QJsonArray points;
            for (const QPointF &p : ring)
                points.append(QJsonArray{p.x(), p.y()});
            rings.append(points);
        }
        return ZoneGeometry::fromGeoJson({{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), rings}});
    }

    // One CSV line: ISO time with Rome's summer offset, lat, lon and a height above ground.
    QString line(const QString &localTime, double east, double north, double height = 30) const
    {
        const QPointF p = at(east, north);
        return QStringLiteral("%1+02:00,%2,%3,%4\n").arg(localTime).arg(p.y(), 0, 'f', 8).arg(p.x(), 0, 'f', 8).arg(height);
    }

    QByteArray csv(const QStringList &lines) const
    {
        return (QStringLiteral("time,lat,lon,height\n") + lines.join(QString())).toUtf8();
    }

    QString writeFile(const QString &name, const QByteArray &data) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(m_store.database());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("footprint.citylab"));
        QVERIFY2(m_store.open(m_path), qPrintable(m_store.errorString()));
        m_experiment = m_store.insert(QStringLiteral("experiments"),
                                      {{QStringLiteral("code"), QStringLiteral("TCL-2026-001")},
                                       {QStringLiteral("title"), QStringLiteral("Droni per le consegne")},
                                       {QStringLiteral("domain"), QStringLiteral("drones")},
                                       {QStringLiteral("stage"), QStringLiteral("active")},
                                       {QStringLiteral("stage_since"), QStringLiteral("2026-04-01")}});
        QVERIFY2(m_experiment > 0, qPrintable(m_store.errorString()));
        QVariantMap square = Zone::geometryColumns(squareWithHole(100));
        square.insert({{QStringLiteral("experiment_id"), m_experiment}, {QStringLiteral("name"), QStringLiteral("Piazza")},
                       {QStringLiteral("active_from"), QStringLiteral("2026-05-01")},
                       {QStringLiteral("active_to"), QStringLiteral("2026-05-31")},
                       {QStringLiteral("hours"), QStringLiteral("08:00-20:00")}, {QStringLiteral("max_height_m"), 120}});
        m_square = m_store.insert(QStringLiteral("zones"), square);
        QVERIFY2(m_square > 0, qPrintable(m_store.errorString()));
        QVariantMap corridor = Zone::geometryColumns(ZoneGeometry::corridor({at(400, 0), at(800, 0)}, 40));
        corridor.insert({{QStringLiteral("experiment_id"), m_experiment}, {QStringLiteral("name"), QStringLiteral("Corso")}});
        m_corridor = m_store.insert(QStringLiteral("zones"), corridor);
        QVERIFY2(m_corridor > 0, qPrintable(m_store.errorString()));
    }

    void excursions_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("kind");   // empty: none
        QTest::addColumn<QString>("zone");
        QTest::addColumn<double>("distance");   // -1: none expected

        QTest::newRow("inside") << QStringList{line(QStringLiteral("2026-05-10T10:00:00"), 50, 50),
                                               line(QStringLiteral("2026-05-10T10:00:05"), 60, 60)}
                                << QString() << QString() << -1.0;
        QTest::newRow("outside by 5 m") << QStringList{line(QStringLiteral("2026-05-10T10:00:00"), 50, 50),
                                                       line(QStringLiteral("2026-05-10T10:00:05"), 105, 0),
                                                       line(QStringLiteral("2026-05-10T10:00:10"), 50, 50)}
                                        << QStringLiteral("outside") << QStringLiteral("Piazza") << 5.0;
        QTest::newRow("outside the hours") << QStringList{line(QStringLiteral("2026-05-10T21:00:00"), 50, 50)}
                                           << QStringLiteral("hours") << QStringLiteral("Piazza") << -1.0;
        QTest::newRow("outside the dates") << QStringList{line(QStringLiteral("2026-06-02T10:00:00"), 50, 50)}
                                           << QStringLiteral("window") << QStringLiteral("Piazza") << -1.0;
        QTest::newRow("above the height") << QStringList{line(QStringLiteral("2026-05-10T10:00:00"), 50, 50, 100),
                                                         line(QStringLiteral("2026-05-10T10:00:01"), 50, 50, 132.5)}
                                          << QStringLiteral("height") << QStringLiteral("Piazza") << 12.5;
        QTest::newRow("in the hole") << QStringList{line(QStringLiteral("2026-05-10T10:00:00"), 0, 0)}
                                     << QStringLiteral("outside") << QStringLiteral("Piazza") << 20.0;
        QTest::newRow("on the edge") << QStringList{line(QStringLiteral("2026-05-10T10:00:00"), 100, 0)}
                                     << QString() << QString() << -1.0;
        QTest::newRow("in the corridor, any hour") << QStringList{line(QStringLiteral("2026-08-10T23:00:00"), 600, 15, 400)}
                                                   << QString() << QString() << -1.0;
        QTest::newRow("beside the corridor") << QStringList{line(QStringLiteral("2026-05-10T10:00:00"), 600, 25)}
                                             << QStringLiteral("outside") << QStringLiteral("Corso") << 5.0;
        QTest::newRow("between the zones") << QStringList{line(QStringLiteral("2026-05-10T10:00:00"), 250, 0)}
                                           << QStringLiteral("outside") << QStringLiteral("Corso") << 130.0;
    }

    // Each case: at most one excursion, of the expected kind, zone and distance (to 0.3 m:
    // the outlines are 64-sided circles at the corridor's ends and metres are projected).
    void excursions()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, kind);
        QFETCH(QString, zone);
        QFETCH(double, distance);
        const TrackRecorder::Result result = TrackRecorder::check(m_store, m_experiment, csv(lines), QStringLiteral("t.csv"));
        QVERIFY2(result.ok, qPrintable(result.error));
        if (kind.isEmpty()) {
            QVERIFY2(result.check.excursions.isEmpty(), qPrintable(result.check.excursions.value(0).kindLabel()));
            return;
        }
        QCOMPARE(result.check.excursions.size(), 1);
        const TrackExcursion &e = result.check.excursions.constFirst();
        QCOMPARE(TrackExcursion::kindName(e.kind), kind);
        QCOMPARE(e.zoneName, zone);
        QCOMPARE(e.points, 1);
        if (distance < 0) {
            QVERIFY(!e.maxDistanceM);
        } else {
            QVERIFY(e.maxDistanceM);
            QVERIFY2(std::abs(*e.maxDistanceM - distance) <= 0.3, qPrintable(QString::number(*e.maxDistanceM)));
        }
    }

    void zoneHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("dayOfWeek");   // 1 = Monday
        QTest::addColumn<QString>("time");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("within") << QStringLiteral("08:00-20:00") << 1 << QStringLiteral("10:00") << true;
        QTest::newRow("at the end") << QStringLiteral("08:00-20:00") << 1 << QStringLiteral("20:00") << true;
        QTest::newRow("after") << QStringLiteral("08:00-20:00") << 1 << QStringLiteral("20:01") << false;
        QTest::newRow("over midnight, late") << QStringLiteral("22:00-06:00") << 3 << QStringLiteral("23:30") << true;
        QTest::newRow("over midnight, early") << QStringLiteral("22:00-06:00") << 3 << QStringLiteral("05:59") << true;
        QTest::newRow("over midnight, day") << QStringLiteral("22:00-06:00") << 3 << QStringLiteral("12:00") << false;
        QTest::newRow("two ranges") << QStringLiteral("07:00-09:30; 17:00-19:30") << 2 << QStringLiteral("18:00") << true;
        QTest::newRow("between ranges") << QStringLiteral("07:00-09:30; 17:00-19:30") << 2 << QStringLiteral("12:00") << false;
        QTest::newRow("dots and a dash") << QStringLiteral("8.30–12") << 2 << QStringLiteral("08:30") << true;
        QTest::newRow("weekdays, Friday") << QStringLiteral("08:00-20:00, weekdays") << 5 << QStringLiteral("10:00") << true;
        QTest::newRow("weekdays, Saturday") << QStringLiteral("08:00-20:00, weekdays") << 6 << QStringLiteral("10:00") << false;
        QTest::newRow("festivi, Sunday") << QStringLiteral("festivi") << 7 << QStringLiteral("03:00") << true;
        QTest::newRow("empty: any time") << QString() << 7 << QStringLiteral("03:00") << true;
    }

    // The hours people write in a zone's Hours field, as the check reads them.
    void zoneHours()
    {
        QFETCH(QString, text);
        QFETCH(int, dayOfWeek);
        QFETCH(QString, time);
        QFETCH(bool, allowed);
        QString error;
        const std::optional<ZoneHours> hours = ZoneHours::parse(text, &error);
        QVERIFY2(hours, qPrintable(error));
        QCOMPARE(hours->contains(dayOfWeek, QTime::fromString(time, QStringLiteral("HH:mm")).msecsSinceStartOfDay() / 1000), allowed);
    }

    void unreadableHoursAreNamed()
    {
        QString error;
        QVERIFY(!ZoneHours::parse(QStringLiteral("08:00-20:00, mornings"), &error));
        QVERIFY2(error.contains(QStringLiteral("'mornings'")), qPrintable(error));
        QVERIFY(!ZoneHours::parse(QStringLiteral("25:00-26:00"), &error));
        // days given twice cannot say which hours they are for
        QVERIFY(!ZoneHours::parse(QStringLiteral("feriali; 07:00-20:00; festivi; 09:00-13:00"), &error));
        QVERIFY2(error.contains(QStringLiteral("give the days once")), qPrintable(error));
    }

    // A stretch of consecutive points outside is one excursion, from its first to its last
    // point, measured at its farthest.
    void consecutivePointsMakeOneExcursion()
    {
        const QByteArray data = csv({line(QStringLiteral("2026-05-10T10:00:00"), 50, 50),
                                     line(QStringLiteral("2026-05-10T10:00:01"), 103, 0),
                                     line(QStringLiteral("2026-05-10T10:00:02"), 110, 0),
                                     line(QStringLiteral("2026-05-10T10:00:03"), 104, 0),
                                     line(QStringLiteral("2026-05-10T10:00:04"), 50, 50),
                                     line(QStringLiteral("2026-05-10T21:30:00"), 50, 50)});
        const TrackRecorder::Result result = TrackRecorder::check(m_store, m_experiment, data, QStringLiteral("t.csv"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.check.excursions.size(), 2);
        const TrackExcursion &outside = result.check.excursions.at(0);
        QCOMPARE(outside.points, 3);
        QCOMPARE(TrackRecorder::isoTime(outside.from), QStringLiteral("2026-05-10T08:00:01Z"));
        QCOMPARE(TrackRecorder::isoTime(outside.to), QStringLiteral("2026-05-10T08:00:03Z"));
        QVERIFY(std::abs(*outside.maxDistanceM - 10) <= 0.3);
        QCOMPARE(result.check.excursions.at(1).kind, TrackExcursion::Kind::Hours);
    }

    // A logger writing the day and the time of day in two columns, a GPX with a named place
    // beside its track, a time without a time of day (refused, naming the line).
    void readsLoggersOwnLayouts()
    {
        const QPointF p = at(50, 50);
        TrackReader::Result read = TrackReader::read(QStringLiteral("date,time,lat,lon\n2026-05-10,10:00:00,%1,%2\n2026-05-10,10:00:05,%1,%2\n")
                                                         .arg(p.y(), 0, 'f', 8).arg(p.x(), 0, 'f', 8).toUtf8(),
                                                     QStringLiteral("logger.csv"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(TrackRecorder::isoTime(read.track.points.at(1).time), QStringLiteral("2026-05-10T08:00:05Z"));
        read = TrackReader::read(QByteArray("time,lat,lon\n2026-05-10,45.07,7.68\n"), QStringLiteral("days.csv"));
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(QStringLiteral("line 2: '2026-05-10' is not a date and time")), qPrintable(read.error));

        const QByteArray gpx = QStringLiteral("<gpx><wpt lat=\"45.0\" lon=\"7.6\"><name>Base</name></wpt>\n<trk><trkseg>\n"
                                              "<trkpt lat=\"%1\" lon=\"%2\"><time>2026-05-10T08:00:00Z</time></trkpt>\n"
                                              "</trkseg></trk></gpx>").arg(p.y(), 0, 'f', 8).arg(p.x(), 0, 'f', 8).toUtf8();
        read = TrackReader::read(gpx, QStringLiteral("volo.gpx"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.track.points.size(), 1);
    }

    // An excursion across the boundary of the chunks checked in parallel is still one.
    void anExcursionAcrossChunksIsOne()
    {
        // six points a second from 08:30, within the hours; 2,000 of them 8 m outside, across
        // the boundary between the first and the second chunk
        const int points = 70000;   // beyond two chunks of 32,768
        const QDateTime start(QDate(2026, 5, 10), QTime(8, 30));
        QStringList lines;
        for (int i = 0; i < points; ++i)
            lines << line(start.addSecs(i / 6).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), i >= 32000 && i < 34000 ? 108 : 50, 0);
        const TrackRecorder::Result result = TrackRecorder::check(m_store, m_experiment, csv(lines), QStringLiteral("lungo.csv"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.check.excursions.size(), 1);
        QCOMPARE(result.check.excursions.first().points, 2000);
        QVERIFY(std::abs(*result.check.excursions.first().maxDistanceM - 8) <= 0.3);
    }

    // The three formats partners send, with their own ways of writing times and altitudes.
    void readsGpxGeoJsonAndItalianCsv()
    {
        const QPointF p = at(50, 50);
        const QByteArray gpx = QStringLiteral(
            "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
            "<trk><trkseg>\n"
            "<trkpt lat=\"%1\" lon=\"%2\"><ele>240.0</ele><time>2026-05-10T08:00:00Z</time></trkpt>\n"
            "<trkpt lat=\"%1\" lon=\"%2\"><ele>390.5</ele><time>2026-05-10T08:00:10.250Z</time><extensions><x>1</x></extensions></trkpt>\n"
            "</trkseg></trk></gpx>\n").arg(p.y(), 0, 'f', 8).arg(p.x(), 0, 'f', 8).toUtf8();
        TrackReader::Result read = TrackReader::read(gpx, QStringLiteral("volo.gpx"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.track.points.size(), 2);
        QCOMPARE(read.track.altitude, Track::Altitude::AboveSeaLevel);
        QCOMPARE(read.track.points.at(1).time, QDateTime(QDate(2026, 5, 10), QTime(8, 0, 10), QTimeZone::UTC).toSecsSinceEpoch());
        // heights from the take-off point: 390.5 - 240 = 150.5 m, 30.5 above the 120 m limit
        FootprintCheck::Result check = FootprintCheck(ZoneReader::ofExperiment(m_store, m_experiment).zones).check(read.track);
        QCOMPARE(check.excursions.size(), 1);
        QCOMPARE(check.excursions.first().kind, TrackExcursion::Kind::Height);
        QCOMPARE(*check.excursions.first().maxDistanceM, 30.5);
        QCOMPARE(*check.groundElevationM, 240.0);
        // a ground elevation given: 390.5 - 300 = 90.5 m, within the limit
        check = FootprintCheck(ZoneReader::ofExperiment(m_store, m_experiment).zones).check(read.track, 300.0);
        QVERIFY(check.excursions.isEmpty());

        const QByteArray geojson = QStringLiteral(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            "\"properties\":{\"coordTimes\":[\"2026-05-10T08:00:00Z\",\"2026-05-10T08:00:05Z\",\"2026-05-10T08:00:09Z\"]},"
            "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[%1,%2,250],[%1,%2,260],[%1,%2,255]]}},"
            "{\"type\":\"Feature\",\"properties\":{\"time\":\"2026-05-10T08:01:00Z\"},"
            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%1,%2]}}]}").arg(p.x(), 0, 'f', 8).arg(p.y(), 0, 'f', 8).toUtf8();
        read = TrackReader::read(geojson, QStringLiteral("volo.geojson"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.track.points.size(), 4);
        QVERIFY(!read.track.points.at(3).hasAltitude());

        // Calc in Italian: ';', decimal comma, day first, local time in Rome (summer: UTC+2)
        const QByteArray italian = QStringLiteral("Data;Latitudine;Longitudine;Altezza\r\n10/05/2026 10:00:00;%1;%2;35,5\r\n")
                                       .arg(QString::number(p.y(), 'f', 8).replace(u'.', u','),
                                            QString::number(p.x(), 'f', 8).replace(u'.', u','))
                                       .toUtf8();
        read = TrackReader::read(italian, QStringLiteral("volo.csv"));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.track.altitude, Track::Altitude::AboveGround);
        QCOMPARE(read.track.points.first().altitude, 35.5);
        QCOMPARE(TrackRecorder::isoTime(read.track.points.first().time), QStringLiteral("2026-05-10T08:00:00Z"));
        QVERIFY(std::abs(read.track.points.first().lat - p.y()) < 1e-8);
    }

    void badInputNamesThePlace_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("times out of order")
            << QByteArray("time,lat,lon\n2026-05-10T10:00:05Z,45.07,7.68\n2026-05-10T10:00:00Z,45.07,7.68\n")
            << QStringLiteral("t.csv") << QStringLiteral("line 3: ");
        QTest::newRow("latitude out of range") << QByteArray("time,lat,lon\n2026-05-10T10:00:05Z,95.07,7.68\n")
                                               << QStringLiteral("t.csv") << QStringLiteral("line 2: latitude 95.07");
        QTest::newRow("not a date") << QByteArray("time,lat,lon\n\n31/02/2026 10:00,45.07,7.68\n") << QStringLiteral("t.csv")
                                    << QStringLiteral("line 3: '31/02/2026 10:00'");
        QTest::newRow("no longitude column") << QByteArray("time,lat,x\n2026-05-10T10:00:05Z,45.07,7.68\n")
                                             << QStringLiteral("t.csv") << QStringLiteral("line 1: no column for lon");
        QTest::newRow("GPX point without time")
            << QByteArray("<gpx>\n<trk><trkseg>\n<trkpt lat=\"45.07\" lon=\"7.68\"></trkpt>\n</trkseg></trk></gpx>")
            << QStringLiteral("t.gpx") << QStringLiteral("line 3: the point has no time");
        QTest::newRow("GPX longitude out of range")
            << QByteArray("<gpx>\n<trk><trkseg>\n<trkpt lat=\"45.07\" lon=\"187.68\"><time>2026-05-10T10:00:05Z</time></trkpt>\n</trkseg></trk></gpx>")
            << QStringLiteral("t.gpx") << QStringLiteral("line 3: longitude 187.68");
        QTest::newRow("GeoJSON times out of order")
            << QByteArray("{\"type\":\"Feature\",\"properties\":{\"coordTimes\":[\"2026-05-10T10:00:05Z\",\"2026-05-10T10:00:01Z\"]},"
                          "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[7.68,45.07],[7.68,45.07]]}}")
            << QStringLiteral("t.geojson") << QStringLiteral("feature 1, point 2: ");
        QTest::newRow("GeoJSON broken") << QByteArray("{\"type\":\"Feature\",") << QStringLiteral("t.geojson")
                                        << QStringLiteral("not readable GeoJSON at byte");
        QTest::newRow("empty") << QByteArray("time,lat,lon\n") << QStringLiteral("t.csv") << QStringLiteral("no positions with a time");
    }

    // A file with one bad point is refused whole, naming the line (or feature and point), and
    // the store is left exactly as it was.
    void badInputNamesThePlace()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        const qint64 tracks = count(QStringLiteral("tracks")), files = count(QStringLiteral("attachments")),
                     log = count(QStringLiteral("change_log"));
        const TrackRecorder::Result result = TrackRecorder::import(m_store, m_experiment, data, fileName);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY2(result.error.startsWith(fileName), qPrintable(result.error));
        QCOMPARE(count(QStringLiteral("tracks")), tracks);
        QCOMPARE(count(QStringLiteral("attachments")), files);
        QCOMPARE(count(QStringLiteral("change_log")), log);
    }

    // Imported, the file is kept among the documents and the excursions with the track; when
    // the zones change, the page says so, and checking again against the zones as they are
    // now replaces the excursions. Removing leaves the file.
    void importRecheckAndRemove()
    {
        const QByteArray data = csv({line(QStringLiteral("2026-05-10T10:00:00"), 50, 50), line(QStringLiteral("2026-05-10T10:00:05"), 105, 0)});
        const TrackRecorder::Result imported = TrackRecorder::import(m_store, m_experiment, data, QStringLiteral("volo.csv"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        std::optional<QList<RecordedTrack>> tracks = ExperimentTracks::load(m_store, m_experiment);
        QVERIFY(tracks);
        QCOMPARE(tracks->size(), 1);
        QCOMPARE(tracks->first().fileName, QStringLiteral("volo.csv"));
        QCOMPARE(tracks->first().pointCount, 2);
        QVERIFY(tracks->first().fileKept);
        QVERIFY(!tracks->first().zonesChangedSince);
        QCOMPARE(tracks->first().excursions.size(), 1);
        QCOMPARE(tracks->first().excursions.first().zoneName, QStringLiteral("Piazza"));
        QCOMPARE(tracks->first().path.size(), 2);

        // the square grows to 120 m: the point 105 m out is inside now
        QTest::qWait(5);   // the zone's change is after the check, to the millisecond
        QVERIFY(m_store.update(QStringLiteral("zones"), m_square, Zone::geometryColumns(squareWithHole(120))));
        tracks = ExperimentTracks::load(m_store, m_experiment);
        QVERIFY(tracks->first().zonesChangedSince);
        const TrackRecorder::Result again = TrackRecorder::recheck(m_store, imported.trackId);
        QVERIFY2(again.ok, qPrintable(again.error));
        tracks = ExperimentTracks::load(m_store, m_experiment);
        QVERIFY(tracks->first().excursions.isEmpty());
        QVERIFY(!tracks->first().zonesChangedSince);
        // a zone deleted after the check makes it stale too
        QVariantMap extra = Zone::geometryColumns(ZoneGeometry::circle(at(2000, 2000), 50));
        extra.insert({{QStringLiteral("experiment_id"), m_experiment}, {QStringLiteral("name"), QStringLiteral("Cortile")}});
        const qint64 extraZone = m_store.insert(QStringLiteral("zones"), extra);
        QVERIFY(extraZone > 0);
        QTest::qWait(5);
        QVERIFY(TrackRecorder::recheck(m_store, imported.trackId).ok);
        QVERIFY(!ExperimentTracks::load(m_store, m_experiment)->first().zonesChangedSince);
        QTest::qWait(5);
        QVERIFY(m_store.remove(QStringLiteral("zones"), extraZone));
        QVERIFY(ExperimentTracks::load(m_store, m_experiment)->first().zonesChangedSince);

        const qint64 files = count(QStringLiteral("attachments"));
        QString error;
        QVERIFY2(TrackRecorder::remove(m_store, imported.trackId, &error), qPrintable(error));
        QCOMPARE(ExperimentTracks::load(m_store, m_experiment)->size(), 0);
        QCOMPARE(count(QStringLiteral("attachments")), files);
        QVERIFY(m_store.update(QStringLiteral("zones"), m_square, Zone::geometryColumns(squareWithHole(100))));
    }

    // The experiment's page in Italian lists the track, says whether it kept to what was
    // authorized, and lists each excursion with its zone and how far outside.
    void thePageListsTheTrack()
    {
        const QByteArray data = csv({line(QStringLiteral("2026-05-10T10:00:00"), 50, 50), line(QStringLiteral("2026-05-10T10:00:05"), 105, 0),
                                     line(QStringLiteral("2026-05-10T10:00:10"), 50, 50, 140)});
        const TrackRecorder::Result imported = TrackRecorder::import(m_store, m_experiment, data, QStringLiteral("volo-10-maggio.csv"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QVERIFY(Language::install(QStringLiteral("it")));
        QUndoStack undo;
        ExperimentDetailPanel page(m_store, &undo);
        page.resize(640, 900);
        page.show();
        page.showRecord(m_experiment);
        const QString text = page.toPlainText();
        for (const QString &expected : {QStringLiteral("Dove si sono svolte le prove"), QStringLiteral("volo-10-maggio.csv"),
                                        QStringLiteral("3 punti"), QStringLiteral("2 sconfinamenti da quanto autorizzato."),
                                        QStringLiteral("fuori dalle zone"), QStringLiteral("5,0 m fuori"),
                                        QStringLiteral("sopra l'altezza massima"), QStringLiteral("20,0 m sopra"),
                                        QStringLiteral("Mostra sulla mappa"), QStringLiteral("Importa una traccia")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty()) {
            page.resize(640, int(page.document()->size().height()) + 20);
            page.grab().save(QDir(folder).filePath(QStringLiteral("experiment-track.png")));
        }
        QVERIFY(Language::install(QStringLiteral("en")));

        // Check again from the page's link, as a click does: compared off the window's thread,
        // then written; the page shows the new result (the square grown past the point 105 m out)
        QVERIFY(m_store.update(QStringLiteral("zones"), m_square, Zone::geometryColumns(squareWithHole(110))));
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, &closer, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        closer.start(50);
        emit page.anchorClicked(QUrl(QStringLiteral("track:recheck/%1").arg(imported.trackId)));
        closer.stop();
        QTRY_VERIFY(page.toPlainText().contains(QStringLiteral("1 excursion outside what was authorized.")));
        QVERIFY(page.toPlainText().contains(QStringLiteral("above the maximum height")));
        QVERIFY(!page.toPlainText().contains(QStringLiteral("outside the zones")));
        QVERIFY(m_store.update(QStringLiteral("zones"), m_square, Zone::geometryColumns(squareWithHole(100))));

        QString error;
        QVERIFY2(TrackRecorder::remove(m_store, imported.trackId, &error), qPrintable(error));
    }

    // The command line, as a script runs it: exit 0 without excursions, 3 with them, 1 on a
    // bad file; CSV with the documented header; --record keeps the file and the result.
    void commandLine()
    {
        const QString inside = writeFile(QStringLiteral("inside.csv"), csv({line(QStringLiteral("2026-05-10T10:00:00"), 50, 50)}));
        const QString outside = writeFile(QStringLiteral("outside.csv"),
                                          csv({line(QStringLiteral("2026-05-10T10:00:00"), 50, 50),
                                               line(QStringLiteral("2026-05-10T10:00:05"), 105, 0),
                                               line(QStringLiteral("2026-05-10T21:00:00"), 50, 50)}));
        const QString bad = writeFile(QStringLiteral("bad.csv"), QByteArray("time,lat,lon\n2026-05-10T10:00:05Z,45.07,7.68\n"
                                                                            "2026-05-10T10:00:00Z,45.07,7.68\n"));
        QVERIFY(!inside.isEmpty() && !outside.isEmpty() && !bad.isEmpty());
        const QStringList common{QStringLiteral("--db"), m_path, QStringLiteral("--experiment"), QStringLiteral("TCL-2026-001"),
                                 QStringLiteral("--lang"), QStringLiteral("en")};

        testsupport::RunResult run = testsupport::runCitylab(QStringList{QStringLiteral("footprint"), inside} + common);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("No excursion")), qPrintable(run.out));

        run = testsupport::runCitylab(QStringList{QStringLiteral("footprint"), outside, QStringLiteral("--format"), QStringLiteral("csv")} + common);
        QCOMPARE(run.exitCode, 3);
        const QStringList rows = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), QStringLiteral("from,to,kind,zone,max_distance_m,points"));
        QCOMPARE(rows.at(1), QStringLiteral("2026-05-10T08:00:05Z,2026-05-10T08:00:05Z,outside,Piazza,5.0,1"));
        QCOMPARE(rows.at(2), QStringLiteral("2026-05-10T19:00:00Z,2026-05-10T19:00:00Z,hours,Piazza,,1"));

        run = testsupport::runCitylab(QStringList{QStringLiteral("footprint"), bad} + common);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("bad.csv, line 3: ")), qPrintable(run.err));

        // --record: as the window does; the store is closed here so that the command writes it
        m_store.close();
        run = testsupport::runCitylab(QStringList{QStringLiteral("footprint"), outside, QStringLiteral("--record")} + common);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(m_store.open(m_path, Store::OpenMode::OpenExisting), qPrintable(m_store.errorString()));
        const std::optional<QList<RecordedTrack>> tracks = ExperimentTracks::load(m_store, m_experiment);
        QVERIFY(tracks);
        QCOMPARE(tracks->size(), 1);
        QCOMPARE(tracks->first().fileName, QStringLiteral("outside.csv"));
        QCOMPARE(tracks->first().excursions.size(), 2);
        QVERIFY(tracks->first().fileKept);
    }
};

QTEST_MAIN(TestFootprint)
#include "tst_footprint.moc"
