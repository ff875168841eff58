// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictfinder.h"

#include "geosbuilder.h"
#include "localplane.h"
#include "zonegeometry.h"

#include "store/readonlyconnection.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariant>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace citylab {

namespace {

struct Zone
{
    qint64 id = 0, experimentId = 0;
    QString uuid, name, code, title, from, to;
    QByteArray json;
    ZoneGeometry geometry;   // parsed only for zones that have a candidate pair
    QRectF bounds;
    bool usable = false;
};

struct Pair
{
    qint64 a = 0, b = 0;
};

struct Overlap
{
    qint64 a = 0, b = 0;
    double m2 = 0;
};

// GEOS objects of one worker: built with the worker's own context and never shared, so the
// workers need no locks (prepared geometries build their indexes lazily, not thread-safe).
class Worker
{
public:
    explicit Worker(const QHash<qint64, Zone> &zones) : m_zones(zones), m_ctx(GEOS_init_r()) {}
    ~Worker()
    {
        if (m_prepared)
            GEOSPreparedGeom_destroy_r(m_ctx, m_prepared);
        for (GEOSGeometry *g : std::as_const(m_cache))
            GEOSGeom_destroy_r(m_ctx, g);
        GEOS_finish_r(m_ctx);
    }
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    QList<Overlap> run(const QList<Pair> &pairs)
    {
        QList<Overlap> out;
        for (const Pair &pair : pairs) {
            if (pair.a != m_preparedId) {
                if (m_prepared)
                    GEOSPreparedGeom_destroy_r(m_ctx, m_prepared);
                m_prepared = nullptr;
                m_preparedId = pair.a;
                if (const GEOSGeometry *g = geometry(pair.a))
                    m_prepared = GEOSPrepare_r(m_ctx, g);
            }
            const GEOSGeometry *a = geometry(pair.a), *b = geometry(pair.b);
            if (!m_prepared || !b || GEOSPreparedIntersects_r(m_ctx, m_prepared, b) != 1)
                continue;
            double degrees = 0;
            if (GEOSPreparedContainsProperly_r(m_ctx, m_prepared, b) == 1) {
                GEOSArea_r(m_ctx, b, &degrees);
            } else {
                GEOSGeometry *common = GEOSIntersection_r(m_ctx, a, b);
                if (!common)
                    continue;   // GEOS could not compute it (e.g. an invalid ring): no area to report
                GEOSArea_r(m_ctx, common, &degrees);
                GEOSGeom_destroy_r(m_ctx, common);
            }
            if (degrees <= 0)
                continue;   // touching edges or corners only
            // The local plane ZoneGeometry measures areas in is an affine image of lon/lat: an
            // area in square degrees times its factor is that area, without projecting every vertex.
            const QRectF common = zone(pair.a).bounds.intersected(zone(pair.b).bounds);
            out << Overlap{pair.a, pair.b, degrees * LocalPlane(common.center()).squareMetresPerSquareDegree()};
        }
        return out;
    }

private:
    const Zone &zone(qint64 id) const { return *m_zones.constFind(id); }

    const GEOSGeometry *geometry(qint64 id)
    {
        auto it = m_cache.constFind(id);
        if (it != m_cache.constEnd())
            return *it;
        const Zone &z = zone(id);
        GEOSGeometry *g = z.usable ? GeosBuilder::multiPolygon(m_ctx, z.geometry.polygons()) : nullptr;
        m_cache.insert(id, g);
        return g;
    }

    const QHash<qint64, Zone> &m_zones;
    GEOSContextHandle_t m_ctx;
    QHash<qint64, GEOSGeometry *> m_cache;
    const GEOSPreparedGeometry *m_prepared = nullptr;
    qint64 m_preparedId = 0;
};

// Inclusive ISO dates; an empty side is open-ended, so the later start and the earlier end win.
QString laterStart(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : qMax(a, b);
}

QString earlierEnd(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : qMin(a, b);
}

auto sortKey(const Zone &z)
{
    return std::tie(z.code, z.name, z.uuid);
}

} // namespace

QList<ZoneConflict> ConflictFinder::find(const Store &store, const ConflictScope &scope, QString *error)
{
    return find(store.database(), scope, error);
}

QList<ZoneConflict> ConflictFinder::findInFile(const QString &path, const ConflictScope &scope, QString *error)
{
    const ReadOnlyConnection connection(path);
    if (connection.isOpen())
        return find(connection.database(), scope, error);
    if (error)
        *error = connection.errorString();
    return {};
}

QList<ZoneConflict> ConflictFinder::find(const QSqlDatabase &db, const ConflictScope &scope, QString *error)
{
    const QDate on = scope.sharedSites ? QDate() : scope.on;
    const qint64 experimentId = scope.experimentId;
    const QString day = on.isValid() ? on.toString(Qt::ISODate) : QString();
    const QString activeA = QStringLiteral(" AND (a.active_from IS NULL OR a.active_from <= :on)"
                                           " AND (a.active_to IS NULL OR a.active_to >= :on)");
    const bool oneExperiment = experimentId >= 0;
    const auto failed = [error](const QSqlQuery &query) {
        if (error)
            *error = SqlErrorText::describe(query.lastError());
        return QList<ZoneConflict>();
    };

    // Candidates: bounding boxes that overlap with area (touching boxes cannot), different
    // experiments, active windows that share at least one day. CROSS JOIN keeps SQLite's
    // join order: left to itself it scans the whole R*Tree once per zone (30 s at scale 100)
    // instead of asking it for each zone's box (0.1 s). For one experiment, A is its side
    // and B any other experiment's zone, so no pair comes twice; for some zones, A is one of
    // them and B any other zone, a pair of two of them taken once.
    QString sql = QStringLiteral(
        "SELECT a.id, b.id FROM zones a "
        "CROSS JOIN zone_bounds r ON r.min_lon < a.max_lon AND r.max_lon > a.min_lon "
        "  AND r.min_lat < a.max_lat AND r.max_lat > a.min_lat "
        "CROSS JOIN zones b ON b.id = r.id "
        "WHERE a.experiment_id <> b.experiment_id ");
    sql += scope.sharedSites ? QStringLiteral(" AND (a.active_to < b.active_from OR b.active_to < a.active_from) ")
                             : QStringLiteral(" AND (a.active_from IS NULL OR b.active_to IS NULL OR a.active_from <= b.active_to) "
                                              " AND (b.active_from IS NULL OR a.active_to IS NULL OR b.active_from <= a.active_to) ");
    QStringList scopeIds;   // integers from the store: safe in the statement
    for (const qint64 id : scope.zoneIds)
        scopeIds << QString::number(id);
    const QString inScope = u'(' + scopeIds.join(u',') + u')';
    if (oneExperiment)
        sql += QStringLiteral(" AND a.experiment_id = :experiment");
    else if (!scope.zoneIds.isEmpty())
        sql += QStringLiteral(" AND a.id IN ") + inScope + QStringLiteral(" AND (r.id > a.id OR r.id NOT IN ") + inScope + u')';
    else
        sql += QStringLiteral(" AND r.id > a.id");
    if (on.isValid()) {
        sql += activeA;
        sql += QStringLiteral(" AND (b.active_from IS NULL OR b.active_from <= :on)"
                              " AND (b.active_to IS NULL OR b.active_to >= :on)");
    }
    sql += QStringLiteral(" ORDER BY a.id, b.id");
    QSqlQuery query(db);
    query.prepare(sql);
    if (on.isValid())
        query.bindValue(QStringLiteral(":on"), day);
    if (oneExperiment)
        query.bindValue(QStringLiteral(":experiment"), experimentId);
    if (!query.exec())
        return failed(query);
    QList<Pair> pairs;
    QSet<qint64> involved;
    while (query.next()) {
        const Pair pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
        pairs << pair;
        involved << pair.a << pair.b;
    }
    if (query.lastError().isValid())
        return failed(query);
    if (pairs.isEmpty())
        return {};

    // Only the zones of some candidate pair are read (ids are integers from the store).
    QStringList ids;
    for (const qint64 id : std::as_const(involved))
        ids << QString::number(id);
    QHash<qint64, Zone> zones;
    if (!query.exec(QStringLiteral("SELECT a.id, a.experiment_id, a.uuid, a.name, e.code, e.title, a.active_from, "
                                   "a.active_to, a.geometry FROM zones a JOIN experiments e ON e.id = a.experiment_id "
                                   "WHERE a.id IN (")
                    + ids.join(u',') + u')'))
        return failed(query);
    while (query.next()) {
        Zone z;
        z.id = query.value(0).toLongLong();
        z.experimentId = query.value(1).toLongLong();
        z.uuid = query.value(2).toString();
        z.name = query.value(3).toString();
        z.code = query.value(4).toString();
        z.title = query.value(5).toString();
        z.from = query.value(6).toString();
        z.to = query.value(7).toString();
        z.json = query.value(8).toByteArray();
        zones.insert(z.id, z);
    }
    if (query.lastError().isValid())
        return failed(query);
    pairs.removeIf([&zones](const Pair &pair) { return !zones.contains(pair.a) || !zones.contains(pair.b); });

    // Read each candidate zone's GeoJSON once, on all cores.
    if (pairs.isEmpty())
        return {};
    QList<Zone *> toParse;
    for (Zone &zone : zones)
        toParse << &zone;
    QtConcurrent::blockingMap(toParse, [](Zone *z) {
        z->geometry = ZoneGeometry::fromGeoJsonText(z->json);
        z->json.clear();
        z->usable = z->geometry.validate().isEmpty();
        z->bounds = z->geometry.bounds();
    });

    // Contiguous runs of pairs sharing zone A, one run per core, so each worker prepares each
    // A geometry once and reads every other geometry at most once.
    const int workers = qBound(1, QThread::idealThreadCount(), 8);
    QList<QList<Pair>> chunks;
    const qsizetype target = (pairs.size() + workers - 1) / workers;
    for (qsizetype i = 0; i < pairs.size();) {
        qsizetype end = qMin(pairs.size(), i + target);
        while (end < pairs.size() && pairs.at(end).a == pairs.at(end - 1).a)
            ++end;
        chunks << pairs.mid(i, end - i);
        i = end;
    }
    const QHash<qint64, Zone> &constZones = zones;
    QList<QFuture<QList<Overlap>>> futures;
    for (const QList<Pair> &chunk : std::as_const(chunks))
        futures << QtConcurrent::run([&constZones, chunk] { return Worker(constZones).run(chunk); });

    QHash<qint64, std::shared_ptr<const ConflictZone>> named;   // one per zone, shared by its conflicts
    const auto nameOf = [&named](const Zone &z) {
        std::shared_ptr<const ConflictZone> &zone = named[z.id];
        if (!zone)
            zone = std::make_shared<const ConflictZone>(
                ConflictZone{z.id, z.experimentId, z.uuid, z.name, z.code, z.title, z.from, z.to});
        return zone;
    };
    QList<ZoneConflict> conflicts;
    for (QFuture<QList<Overlap>> &future : futures) {
        for (const Overlap &overlap : future.result()) {
            const Zone *a = &*constZones.constFind(overlap.a), *b = &*constZones.constFind(overlap.b);
            if (sortKey(*b) < sortKey(*a))
                std::swap(a, b);
            conflicts << ZoneConflict{nameOf(*a), nameOf(*b), overlap.m2, laterStart(a->from, b->from),
                                      earlierEnd(a->to, b->to)};
        }
    }
    sort(conflicts);
    return conflicts;
}

bool ConflictFinder::before(const ZoneConflict &x, const ZoneConflict &y)
{
    return std::tie(x.a->code, x.a->name, x.a->uuid, x.b->code, x.b->name, x.b->uuid)
         < std::tie(y.a->code, y.a->name, y.a->uuid, y.b->code, y.b->name, y.b->uuid);
}

void ConflictFinder::sort(QList<ZoneConflict> &conflicts)
{
    std::sort(conflicts.begin(), conflicts.end(), &ConflictFinder::before);
}

QSet<qint64> ConflictFinder::zoneIds(const QList<ZoneConflict> &conflicts)
{
    QSet<qint64> ids;
    for (const ZoneConflict &c : conflicts)
        ids << c.a->id << c.b->id;
    return ids;
}

} // namespace citylab
