// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimenttracks.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace citylab {

QList<QPointF> ExperimentTracks::pathFromJson(const QString &json)
{
    const QJsonObject geometry = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    const auto point = [](const QJsonValue &v) {
        const QJsonArray a = v.toArray();
        return QPointF(a.at(0).toDouble(), a.at(1).toDouble());
    };
    QList<QPointF> path;
    if (geometry.value(QLatin1String("type")).toString() == QLatin1String("Point")) {
        path << point(coordinates);
    } else {
        path.reserve(coordinates.size());
        for (const QJsonValue &v : coordinates)
            path << point(v);
    }
    return path;
}

std::optional<QList<RecordedTrack>> ExperimentTracks::load(const Store &store, qint64 experimentId, QString *error)
{
    const auto utc = [](const QVariant &text) {
        QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC() : t;
    };
    QList<RecordedTrack> tracks;
    QHash<qint64, qsizetype> indexOf;
    {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT t.id, t.file_name, t.format, t.point_count, t.started_at, t.ended_at, t.checked_at, t.height_checked, "
            "       t.ground_elevation_m, t.warnings, t.attachment_id IS NOT NULL, t.path, "
            // a zone added or changed after the check, or one deleted (found in the change log)
            "       EXISTS (SELECT 1 FROM zones z WHERE z.experiment_id = t.experiment_id AND z.updated_at > t.checked_at)"
            "       OR EXISTS (SELECT 1 FROM change_log c WHERE c.table_name = 'zones' AND c.action = 'delete'"
            "                  AND c.at > t.checked_at AND json_extract(c.before_json, '$.experiment_id') = t.experiment_id) "
            "  FROM tracks t WHERE t.experiment_id = ? ORDER BY t.started_at, t.id"));
        q.addBindValue(experimentId);
        if (q.exec()) {
            while (q.next()) {
                RecordedTrack t;
                t.id = q.value(0).toLongLong();
                t.fileName = q.value(1).toString();
                t.format = q.value(2).toString();
                t.pointCount = q.value(3).toLongLong();
                t.startedAt = utc(q.value(4));
                t.endedAt = utc(q.value(5));
                t.checkedAt = utc(q.value(6));
                t.heightChecked = q.value(7).toInt() != 0;
                if (!q.value(8).isNull())
                    t.groundElevationM = q.value(8).toDouble();
                t.warnings = q.value(9).toString().split(u'\n', Qt::SkipEmptyParts);
                t.fileKept = q.value(10).toBool();
                t.path = pathFromJson(q.value(11).toString());
                t.zonesChangedSince = q.value(12).toBool();
                indexOf.insert(t.id, tracks.size());
                tracks << t;
            }
        }
        if (StoreRead::failed(q, store, error))
            return std::nullopt;
    }
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT x.track_id, x.kind, x.zone_id, x.zone_name, x.started_at, x.ended_at, x.max_distance_m, x.point_count, x.path "
        "  FROM track_excursions x JOIN tracks t ON t.id = x.track_id "
        " WHERE t.experiment_id = ? ORDER BY x.track_id, x.started_at, x.id"));
    q.addBindValue(experimentId);
    if (q.exec()) {
        while (q.next()) {
            const auto at = indexOf.constFind(q.value(0).toLongLong());
            const std::optional<TrackExcursion::Kind> kind = TrackExcursion::kindFromName(q.value(1).toString());
            if (at == indexOf.constEnd() || !kind)
                continue;
            TrackExcursion e;
            e.kind = *kind;
            e.zoneId = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
            e.zoneName = q.value(3).toString();
            e.from = utc(q.value(4)).toSecsSinceEpoch();
            e.to = utc(q.value(5)).toSecsSinceEpoch();
            if (!q.value(6).isNull())
                e.maxDistanceM = q.value(6).toDouble();
            e.points = q.value(7).toInt();
            e.path = pathFromJson(q.value(8).toString());
            tracks[*at].excursions << e;
        }
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return tracks;
}

} // namespace citylab
