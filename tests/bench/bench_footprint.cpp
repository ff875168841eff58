// SPDX-License-Identifier: GPL-3.0-or-later
// The footprint check of a 1,000,000-point track: a drone logging once a second for eleven
// and a half days (ISO times, a height column), over an experiment with five zones (a square
// with a hole, circles, a corridor), some of it outside a zone, out of hours or too high.
// Baseline in the same run: reading the same file into a Track (TrackReader), which any use
// of the file must do. The check is what `citylab footprint` and the window do: read, then
// compare every point on all cores. Median of 3 runs each, interleaved.
// Prints "ratio footprint_1m_vs_read VALUE" (goal <= 2: reading and checking in at most twice
// the time of reading).
#include "benchsupport.h"
#include "geo/footprintcheck.h"
#include "geo/localplane.h"
#include "geo/trackreader.h"
#include "geo/zone.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace citylab;
using benchsupport::median;

namespace {

constexpr int Points = 1000000;
constexpr int Runs = 3;
const LocalPlane plane(QPointF(7.68, 45.07));

QList<QPointF> ring(double cx, double cy, double half)
{
    return {plane.toLonLat({cx - half, cy - half}), plane.toLonLat({cx + half, cy - half}),
            plane.toLonLat({cx + half, cy + half}), plane.toLonLat({cx - half, cy + half}),
            plane.toLonLat({cx - half, cy - half})};
}

Zone zone(qint64 id, const QString &name, const ZoneGeometry &geometry, const QString &hours, std::optional<double> height)
{
    Zone z;
    z.id = id;
    z.name = name;
    z.geometry = geometry;
    z.hours = hours;
    z.maxHeightM = height;
    return z;
}

QList<Zone> zones()
{
    QJsonArray rings;
    for (const QList<QPointF> &r : {ring(0, 0, 400), ring(0, 0, 60)}) {
        QJsonArray points;
        for (const QPointF &p : r)
            points.append(QJsonArray{p.x(), p.y()});
        rings.append(points);
    }
    const ZoneGeometry square = ZoneGeometry::fromGeoJson({{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                           {QStringLiteral("coordinates"), rings}});
    return {zone(1, QStringLiteral("Piazza"), square, QStringLiteral("07:00-21:00"), 120),
            zone(2, QStringLiteral("Parco"), ZoneGeometry::circle(plane.toLonLat({900, 0}), 300), QString(), 120),
            zone(3, QStringLiteral("Lungo Po"), ZoneGeometry::corridor({plane.toLonLat({-400, 700}), plane.toLonLat({1400, 900})}, 60),
                 QString(), 60),
            zone(4, QStringLiteral("Deposito"), ZoneGeometry::circle(plane.toLonLat({-900, -600}), 150), QStringLiteral("08:00-18:00"), 50),
            zone(5, QStringLiteral("Cortile"), ZoneGeometry::fromGeoJsonText(QStringLiteral(R"({"type":"Polygon","coordinates":[[[%1,%2],[%3,%2],[%3,%4],[%1,%2]]]})")
                                                                                  .arg(plane.toLonLat({1500, -500}).x(), 0, 'f', 7)
                                                                                  .arg(plane.toLonLat({1500, -500}).y(), 0, 'f', 7)
                                                                                  .arg(plane.toLonLat({1800, -500}).x(), 0, 'f', 7)
                                                                                  .arg(plane.toLonLat({1800, -200}).y(), 0, 'f', 7)
                                                                                  .toUtf8()),
                 QString(), std::nullopt)};
}

// Laps of the square's ring and now and then across to the park, a little wider than
// allowed on some laps; at night out of hours; on some laps too high.
bool writeTrack(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk;
    chunk += "time,lat,lon,height\n";
    const qint64 start = QDateTime(QDate(2026, 5, 4), QTime(6, 0), QTimeZone::UTC).toSecsSinceEpoch();
    for (int i = 0; i < Points; ++i) {
        const int lap = i / 600;
        const double angle = 2 * M_PI * (i % 600) / 600.0;
        const double radius = lap % 17 == 0 ? 430 : 250;   // every 17th lap strays outside
        QPointF metres(std::cos(angle) * radius, std::sin(angle) * radius);
        if (lap % 5 == 0)
            metres = QPointF(900 + std::cos(angle) * 200, std::sin(angle) * 200);   // the park
        const QPointF p = plane.toLonLat(metres);
        const double height = lap % 23 == 0 ? 130 : 40 + 10 * std::sin(angle);
        chunk += QDateTime::fromSecsSinceEpoch(start + i, QTimeZone::UTC).toString(Qt::ISODate).toLatin1();
        chunk += ',' + QByteArray::number(p.y(), 'f', 7) + ',' + QByteArray::number(p.x(), 'f', 7) + ','
            + QByteArray::number(height, 'f', 1) + '\n';
        if (chunk.size() > (4 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("track.csv"));
    if (!dir.isValid() || !writeTrack(path)) {
        out << "bench_footprint: cannot write the track\n";
        return 1;
    }
    const FootprintCheck check(zones());
    QList<double> readTimes, checkTimes;
    int excursions = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const TrackReader::Result read = TrackReader::readFile(path);
        readTimes << timer.nsecsElapsed() / 1e6;
        if (!read.ok || read.track.points.size() != Points) {
            out << "bench_footprint: " << read.error << '\n';
            return 1;
        }
        timer.restart();
        const TrackReader::Result again = TrackReader::readFile(path);
        const FootprintCheck::Result result = check.check(again.track);
        checkTimes << timer.nsecsElapsed() / 1e6;
        if (!result.ok) {
            out << "bench_footprint: " << result.error << '\n';
            return 1;
        }
        excursions = int(result.excursions.size());
    }
    const double read = median(readTimes), checked = median(checkTimes);
    out << "read 1M points: " << read << " ms (median of " << Runs << ")\n";
    out << "read and check against 5 zones: " << checked << " ms, " << excursions << " excursions\n";
    out << "ratio footprint_1m_vs_read " << QString::number(checked / read, 'f', 2) << '\n';
    return 0;
}
