// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictfinder.h"

#include "zonegeometry.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace citylab {

QList<ZoneConflict> ConflictFinder::find(const QSqlDatabase &db, const QDate &on)
{
    QString sql = QStringLiteral(
        "SELECT a.id, b.id, a.uuid, b.uuid, a.name, b.name, ea.code, eb.code, a.geometry, b.geometry, "
        "  CASE WHEN a.active_from IS NULL THEN b.active_from WHEN b.active_from IS NULL THEN a.active_from "
        "       ELSE max(a.active_from, b.active_from) END, "
        "  CASE WHEN a.active_to IS NULL THEN b.active_to WHEN b.active_to IS NULL THEN a.active_to "
        "       ELSE min(a.active_to, b.active_to) END "
        "FROM zones a "
        "JOIN zone_bounds r ON r.id > a.id AND r.min_lon < a.max_lon AND r.max_lon > a.min_lon "
        "  AND r.min_lat < a.max_lat AND r.max_lat > a.min_lat "
        "JOIN zones b ON b.id = r.id "
        "JOIN experiments ea ON ea.id = a.experiment_id JOIN experiments eb ON eb.id = b.experiment_id "
        "WHERE a.experiment_id <> b.experiment_id "
        "  AND (a.active_from IS NULL OR b.active_to IS NULL OR a.active_from <= b.active_to) "
        "  AND (b.active_from IS NULL OR a.active_to IS NULL OR b.active_from <= a.active_to) ");
    if (on.isValid()) {
        sql += QStringLiteral(
            "AND (a.active_from IS NULL OR a.active_from <= :on) AND (a.active_to IS NULL OR a.active_to >= :on) "
            "AND (b.active_from IS NULL OR b.active_from <= :on) AND (b.active_to IS NULL OR b.active_to >= :on) ");
    }
    sql += QStringLiteral("ORDER BY a.id, b.id");
    QSqlQuery query(db);
    query.prepare(sql);
    if (on.isValid())
        query.bindValue(QStringLiteral(":on"), on.toString(Qt::ISODate));
    QList<ZoneConflict> conflicts;
    if (!query.exec())
        return conflicts;
    // A zone is a candidate in many pairs: parse its GeoJSON once.
    QHash<qint64, ZoneGeometry> geometries;
    auto geometry = [&geometries](qint64 id, const QVariant &json) {
        auto it = geometries.find(id);
        if (it == geometries.end())
            it = geometries.insert(id, ZoneGeometry::fromGeoJsonText(json.toString().toUtf8()));
        return *it;
    };
    while (query.next()) {
        const qint64 a = query.value(0).toLongLong(), b = query.value(1).toLongLong();
        const double area = geometry(a, query.value(8)).intersectionAreaM2(geometry(b, query.value(9)));
        if (area <= 0)
            continue;
        conflicts << ZoneConflict{a, b, query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString(), query.value(5).toString(),
                                  query.value(6).toString(), query.value(7).toString(),
                                  area, query.value(10).toString(), query.value(11).toString()};
    }
    return conflicts;
}

} // namespace citylab
