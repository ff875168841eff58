// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventclashfinder.h"

#include "geosbuilder.h"
#include "localplane.h"
#include "zonegeometry.h"

#include "store/readonlyconnection.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <geos_c.h>

#include <memory>

namespace citylab {

namespace {

struct Candidate
{
    qint64 eventId = 0, zoneId = 0, experimentId = 0;
    QString eventName, eventKind, eventFrom, eventTo, zoneName, code, title, zoneFrom, zoneTo;
    QByteArray eventJson, zoneJson;
};

QString laterStart(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : qMax(a, b);
}

QString earlierEnd(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : qMin(a, b);
}

} // namespace

QList<EventClash> EventClashFinder::find(const QSqlDatabase &db, const QDate &on, QString *error, qint64 experimentId)
{
    // Events are few (dozens a year): each one asks the R*Tree for the zones in its box.
    QString sql = QStringLiteral(
        "SELECT v.id, v.name, v.kind, v.starts_on, v.ends_on, v.geometry, z.id, z.name, z.experiment_id, e.code, e.title,"
        " z.active_from, z.active_to, z.geometry FROM city_events v"
        " CROSS JOIN zone_bounds r ON r.min_lon < v.max_lon AND r.max_lon > v.min_lon AND r.min_lat < v.max_lat AND r.max_lat > v.min_lat"
        " CROSS JOIN zones z ON z.id = r.id JOIN experiments e ON e.id = z.experiment_id"
        " WHERE (z.active_from IS NULL OR z.active_from <= v.ends_on) AND (z.active_to IS NULL OR z.active_to >= v.starts_on)");
    if (on.isValid())
        sql += QStringLiteral(" AND v.starts_on <= :on AND v.ends_on >= :on"
                              " AND (z.active_from IS NULL OR z.active_from <= :on) AND (z.active_to IS NULL OR z.active_to >= :on)");
    if (experimentId >= 0)
        sql += QStringLiteral(" AND z.experiment_id = :experiment");
    sql += QStringLiteral(" ORDER BY v.starts_on, v.name, v.id, e.code, z.name, z.id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (on.isValid())
        q.bindValue(QStringLiteral(":on"), on.toString(Qt::ISODate));
    if (experimentId >= 0)
        q.bindValue(QStringLiteral(":experiment"), experimentId);
    QList<Candidate> candidates;
    if (q.exec()) {
        while (q.next())
            candidates.append({q.value(0).toLongLong(), q.value(6).toLongLong(), q.value(8).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(7).toString(),
                               q.value(9).toString(), q.value(10).toString(), q.value(11).toString(), q.value(12).toString(),
                               q.value(5).toByteArray(), q.value(13).toByteArray()});
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = SqlErrorText::describe(q.lastError());
        return {};
    }

    const std::unique_ptr<GEOSContextHandle_HS, decltype(&GEOS_finish_r)> context(GEOS_init_r(), &GEOS_finish_r);
    GEOSContextHandle_t ctx = context.get();
    const auto build = [ctx](const QByteArray &json, QRectF *bounds) -> GEOSGeometry * {
        const ZoneGeometry geometry = ZoneGeometry::fromGeoJsonText(json);
        if (!geometry.isValid())
            return nullptr;
        *bounds = geometry.bounds();
        return GeosBuilder::multiPolygon(ctx, geometry.polygons());
    };
    QList<EventClash> clashes;
    qint64 builtEvent = -1;
    GEOSGeometry *event = nullptr;
    QRectF eventBounds;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.eventId != builtEvent) {
            if (event)
                GEOSGeom_destroy_r(ctx, event);
            event = build(c.eventJson, &eventBounds);
            builtEvent = c.eventId;
        }
        QRectF zoneBounds;
        GEOSGeometry *zone = event ? build(c.zoneJson, &zoneBounds) : nullptr;
        if (!zone)
            continue;
        double degrees = 0;
        if (GEOSGeometry *common = GEOSIntersection_r(ctx, event, zone)) {
            GEOSArea_r(ctx, common, &degrees);
            GEOSGeom_destroy_r(ctx, common);
        }
        GEOSGeom_destroy_r(ctx, zone);
        if (degrees <= 0)
            continue;   // touching only
        const QRectF common = eventBounds.intersected(zoneBounds);
        clashes.append({c.eventId, c.zoneId, c.experimentId, c.eventName, c.eventKind, c.zoneName, c.code, c.title,
                        degrees * LocalPlane(common.center()).squareMetresPerSquareDegree(),
                        laterStart(c.eventFrom, c.zoneFrom), earlierEnd(c.eventTo, c.zoneTo)});
    }
    if (event)
        GEOSGeom_destroy_r(ctx, event);
    return clashes;
}

QList<EventClash> EventClashFinder::find(const Store &store, const QDate &on, QString *error, qint64 experimentId)
{
    return find(store.database(), on, error, experimentId);
}

QList<EventClash> EventClashFinder::findInFile(const QString &path, const QDate &on, QString *error)
{
    const ReadOnlyConnection connection(path);
    if (connection.isOpen())
        return find(connection.database(), on, error);
    if (error)
        *error = connection.errorString();
    return {};
}

} // namespace citylab
