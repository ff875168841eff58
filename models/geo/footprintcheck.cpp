// SPDX-License-Identifier: GPL-3.0-or-later
#include "footprintcheck.h"

#include "geosbuilder.h"
#include "localplane.h"
#include "zonehours.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <geos_c.h>

#include <algorithm>
#include <cmath>

namespace citylab {

QString TrackExcursion::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Outside:
        return QStringLiteral("outside");
    case Kind::Window:
        return QStringLiteral("window");
    case Kind::Hours:
        return QStringLiteral("hours");
    case Kind::Height:
        break;
    }
    return QStringLiteral("height");
}

std::optional<TrackExcursion::Kind> TrackExcursion::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Outside, Kind::Window, Kind::Hours, Kind::Height})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString TrackExcursion::kindLabel() const
{
    switch (kind) {
    case Kind::Outside:
        return tr("outside the zones");
    case Kind::Window:
        return tr("outside the zone's dates");
    case Kind::Hours:
        return tr("outside the zone's hours");
    case Kind::Height:
        break;
    }
    return tr("above the maximum height");
}

namespace {

// What one point's check found: 0 for nothing, else 1 + TrackExcursion::Kind.
struct Verdict
{
    quint8 kind = 0;
    qint32 zone = -1;   // index into the zones
    float value = 0;    // metres outside or above
};

// A zone as the check needs it: its outline in metres, its box, its dates, hours and height.
struct CheckedZone
{
    const Zone *zone = nullptr;
    QRectF box;   // metres
    ZoneHours hours;
    std::optional<double> maxHeight;
};

// The GEOS objects of one worker, in its own context: prepared geometries index lazily and
// may not be shared between threads.
class Checker
{
public:
    Checker(const QList<CheckedZone> &zones, const LocalPlane &plane) : m_zones(zones), m_ctx(GEOS_init_r())
    {
        const auto toMetres = [&plane](QPointF p) { return plane.toMetres(p); };
        for (const CheckedZone &z : zones) {
            GEOSGeometry *g = GeosBuilder::multiPolygon(m_ctx, z.zone->geometry.polygons(), toMetres);
            m_geometries << g;
            m_prepared << (g ? GEOSPrepare_r(m_ctx, g) : nullptr);
        }
    }
    ~Checker()
    {
        for (const GEOSPreparedGeometry *p : std::as_const(m_prepared))
            if (p)
                GEOSPreparedGeom_destroy_r(m_ctx, p);
        for (GEOSGeometry *g : std::as_const(m_geometries))
            if (g)
                GEOSGeom_destroy_r(m_ctx, g);
        GEOS_finish_r(m_ctx);
    }
    Checker(const Checker &) = delete;
    Checker &operator=(const Checker &) = delete;

    bool contains(int zone, QPointF m) const
    {
        return m_zones.at(zone).box.contains(m) && m_prepared.at(zone)
            && GEOSPreparedIntersectsXY_r(m_ctx, m_prepared.at(zone), m.x(), m.y()) == 1;
    }

    // The nearest zone and how far: zones whose box is nearer than the best distance found
    // are measured, nearest box first.
    std::pair<int, double> nearest(QPointF m) const
    {
        QList<std::pair<double, int>> byBox;
        for (int i = 0; i < m_zones.size(); ++i) {
            const QRectF &b = m_zones.at(i).box;
            const double dx = std::max({b.left() - m.x(), 0.0, m.x() - b.right()});
            const double dy = std::max({b.top() - m.y(), 0.0, m.y() - b.bottom()});
            byBox.append({std::hypot(dx, dy), i});
        }
        std::sort(byBox.begin(), byBox.end());
        GEOSGeometry *point = GEOSGeom_createPointFromXY_r(m_ctx, m.x(), m.y());
        int best = -1;   // none measured: the distance is unknown, never "on the edge"
        double bestDistance = std::numeric_limits<double>::infinity();
        for (const auto &[boxDistance, i] : std::as_const(byBox)) {
            if (boxDistance >= bestDistance)
                break;
            double d = 0;
            if (m_prepared.at(i) && GEOSPreparedDistance_r(m_ctx, m_prepared.at(i), point, &d) == 1 && d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        GEOSGeom_destroy_r(m_ctx, point);
        return {best, bestDistance};
    }

private:
    const QList<CheckedZone> &m_zones;
    GEOSContextHandle_t m_ctx;
    QList<GEOSGeometry *> m_geometries;
    QList<const GEOSPreparedGeometry *> m_prepared;
};

constexpr qsizetype chunkPoints = 32768;
// A point this close outside a zone is on its edge: files write 7 decimals of a degree (about
// a centimetre), and a point written on the edge must not become an excursion by rounding.
constexpr double edgeTolerance = 0.05;   // metres

} // namespace

FootprintCheck::FootprintCheck(QList<Zone> zones)
    : m_zones(std::move(zones))
{
    std::sort(m_zones.begin(), m_zones.end(), [](const Zone &a, const Zone &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

FootprintCheck::Result FootprintCheck::check(const Track &track, std::optional<double> groundElevationM) const
{
    Result result;
    QList<CheckedZone> zones;
    QRectF all;
    for (const Zone &zone : m_zones) {
        if (zone.geometry.polygons().isEmpty()) {
            result.warnings << tr("Zone %1: its outline cannot be read; it is left out of the check").arg(zone.name);
            continue;
        }
        CheckedZone z;
        z.zone = &zone;
        QString hoursError;
        if (const std::optional<ZoneHours> hours = ZoneHours::parse(zone.hours, &hoursError))
            z.hours = *hours;
        else
            result.warnings << tr("Zone %1: its hours are not checked (%2)").arg(zone.name, hoursError);
        z.maxHeight = zone.maxHeightM;
        zones << z;
        all = all.isNull() ? zone.bounds() : all.united(zone.bounds());
    }
    // a zone GEOS cannot build would never contain a point: named and left out, not silently
    {
        GEOSContextHandle_t context = GEOS_init_r();
        for (qsizetype i = zones.size() - 1; i >= 0; --i) {
            GEOSGeometry *g = GeosBuilder::multiPolygon(context, zones.at(i).zone->geometry.polygons());
            if (!g || GEOSisValid_r(context, g) != 1) {
                result.warnings << tr("Zone %1: its outline is not a valid area; it is left out of the check").arg(zones.at(i).zone->name);
                zones.removeAt(i);
            }
            if (g)
                GEOSGeom_destroy_r(context, g);
        }
        GEOS_finish_r(context);
    }
    if (zones.isEmpty()) {
        result.error = tr("the experiment has no zones to compare the track with");
        return result;
    }
    all = QRectF();
    for (const CheckedZone &z : std::as_const(zones))
        all = all.isNull() ? z.zone->bounds() : all.united(z.zone->bounds());
    const LocalPlane plane(all.center());
    for (CheckedZone &z : zones) {
        const QRectF b = z.zone->bounds();
        z.box = QRectF(plane.toMetres(b.topLeft()), plane.toMetres(b.bottomRight())).normalized();
    }

    const bool aboveSea = track.altitude == Track::Altitude::AboveSeaLevel;
    if (aboveSea && !groundElevationM) {
        for (const TrackPoint &p : track.points)
            if (p.hasAltitude()) {
                groundElevationM = p.altitude;
                break;
            }
    }
    const double ground = aboveSea ? groundElevationM.value_or(0) : 0;
    result.groundElevationM = aboveSea ? groundElevationM : std::nullopt;
    result.heightChecked = track.altitude != Track::Altitude::None
        && std::any_of(zones.cbegin(), zones.cend(), [](const CheckedZone &z) { return z.maxHeight.has_value(); });

    QList<std::pair<qsizetype, qsizetype>> chunks;
    for (qsizetype begin = 0; begin < track.points.size(); begin += chunkPoints)
        chunks.append({begin, std::min(track.points.size(), begin + chunkPoints)});
    const auto checkChunk = [&](const std::pair<qsizetype, qsizetype> &chunk) {
        Checker checker(zones, plane);
        const QTimeZone rome("Europe/Rome");   // one per worker: QTimeZone is reentrant, not thread-safe
        QList<Verdict> verdicts(chunk.second - chunk.first);
        qint64 offsetHour = std::numeric_limits<qint64>::min(), offset = 0;
        qint64 activeDay = std::numeric_limits<qint64>::min();
        int dayOfWeek = 1;
        QList<bool> active(zones.size());
        QList<int> inside;
        for (qsizetype i = chunk.first; i < chunk.second; ++i) {
            const TrackPoint &p = track.points.at(i);
            Verdict &v = verdicts[i - chunk.first];
            const QPointF m = plane.toMetres(QPointF(p.lon, p.lat));
            inside.clear();
            for (int z = 0; z < zones.size(); ++z)
                if (checker.contains(z, m))
                    inside << z;
            if (inside.isEmpty()) {
                const auto [zone, distance] = checker.nearest(m);
                if (distance > edgeTolerance || zone < 0) {
                    v = {quint8(1 + int(TrackExcursion::Kind::Outside)), zone,
                         std::isfinite(distance) ? float(distance) : std::numeric_limits<float>::quiet_NaN()};
                    continue;
                }
                inside << zone;   // on the edge, as far as the file's decimals can tell
            }
            // Rome's offset changes only on whole UTC hours.
            if (p.time / 3600 != offsetHour) {
                offsetHour = p.time / 3600;
                offset = rome.offsetFromUtc(QDateTime::fromSecsSinceEpoch(p.time, QTimeZone::UTC));
            }
            const qint64 local = p.time + offset;
            const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
            const int secondOfDay = int(local - day * 86400);
            if (day != activeDay) {
                activeDay = day;
                const QDate date = QDate::fromJulianDay(2440588 + day);
                dayOfWeek = date.dayOfWeek();
                for (int z = 0; z < zones.size(); ++z)
                    active[z] = zones.at(z).zone->activeOn(date);
            }
            const auto firstThat = [&inside](auto condition) {
                for (const int z : std::as_const(inside))
                    if (condition(z))
                        return z;
                return -1;
            };
            if (firstThat([&](int z) { return active.at(z); }) < 0) {
                v = {quint8(1 + int(TrackExcursion::Kind::Window)), inside.first(), 0};
                continue;
            }
            const auto allowedNow = [&](int z) { return active.at(z) && zones.at(z).hours.contains(dayOfWeek, secondOfDay); };
            const int inHours = firstThat(allowedNow);
            if (inHours < 0) {
                v = {quint8(1 + int(TrackExcursion::Kind::Hours)), firstThat([&](int z) { return active.at(z); }), 0};
                continue;
            }
            if (!p.hasAltitude())
                continue;
            // The most any zone allowed here and now lets the point rise; no limit in one: none.
            std::optional<double> limit;
            int limitZone = inHours;
            bool unlimited = false;
            for (const int z : std::as_const(inside)) {
                if (!allowedNow(z))
                    continue;
                if (!zones.at(z).maxHeight) {
                    unlimited = true;
                    break;
                }
                if (!limit || *zones.at(z).maxHeight > *limit) {
                    limit = zones.at(z).maxHeight;
                    limitZone = z;
                }
            }
            const double height = p.altitude - ground;
            if (!unlimited && limit && height > *limit)
                v = {quint8(1 + int(TrackExcursion::Kind::Height)), limitZone, float(height - *limit)};
        }
        return verdicts;
    };
    const QList<QList<Verdict>> parts = QtConcurrent::blockingMapped(chunks, checkChunk);

    // Consecutive points with the same finding (and zone, but for "outside", whose nearest
    // zone may change on the way) make one excursion.
    QList<QList<QPointF>> paths;
    qsizetype index = 0;
    const Verdict *previous = nullptr;
    for (const QList<Verdict> &part : parts) {
        for (const Verdict &v : part) {
            const TrackPoint &p = track.points.at(index++);
            if (v.kind == 0) {
                previous = nullptr;
                continue;
            }
            const auto kind = TrackExcursion::Kind(v.kind - 1);
            const bool continues = previous && previous->kind == v.kind
                && (kind == TrackExcursion::Kind::Outside || previous->zone == v.zone);
            if (!continues) {
                TrackExcursion e;
                e.kind = kind;
                e.from = p.time;
                result.excursions << e;
                paths << QList<QPointF>();
            }
            TrackExcursion &e = result.excursions.last();
            e.to = p.time;
            ++e.points;
            paths.last() << QPointF(p.lon, p.lat);
            const bool measured = kind == TrackExcursion::Kind::Outside || kind == TrackExcursion::Kind::Height;
            if (!continues || (measured && v.value > e.maxDistanceM.value_or(-1))) {
                if (v.zone >= 0) {
                    e.zoneId = zones.at(v.zone).zone->id;
                    e.zoneName = zones.at(v.zone).zone->name;
                }
                if (measured && !std::isnan(v.value))
                    e.maxDistanceM = std::round(double(v.value) * 10) / 10;
            }
            previous = &v;
        }
    }
    for (qsizetype i = 0; i < result.excursions.size(); ++i)
        result.excursions[i].path = Track::thinned(paths.at(i), 500);
    result.ok = true;
    return result;
}

} // namespace citylab
