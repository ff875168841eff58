// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackrecorder.h"

#include "trackreader.h"
#include "zonereader.h"

#include "io/attachments.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace citylab {

namespace {

const QString tracksTable = QStringLiteral("tracks");
const QString excursionsTable = QStringLiteral("track_excursions");

QJsonArray position(QPointF lonLat)
{
    // 7 decimals: a centimetre, as the zones are written
    const auto rounded = [](double v) { return std::round(v * 1e7) / 1e7; };
    return {rounded(lonLat.x()), rounded(lonLat.y())};
}

} // namespace

QVariantMap TrackRecorder::trackValues(const Track &track, const FootprintCheck::Result &check)
{
    return {{QStringLiteral("format"), Track::formatName(track.format)},
            {QStringLiteral("point_count"), track.points.size()},
            {QStringLiteral("started_at"), isoTime(track.points.constFirst().time)},
            {QStringLiteral("ended_at"), isoTime(track.points.constLast().time)},
            {QStringLiteral("checked_at"), Store::nowUtc()},
            {QStringLiteral("height_checked"), check.heightChecked ? 1 : 0},
            {QStringLiteral("ground_elevation_m"), check.groundElevationM ? QVariant(*check.groundElevationM) : QVariant()},
            {QStringLiteral("warnings"), check.warnings.isEmpty() ? QVariant() : QVariant(check.warnings.join(u'\n'))},
            {QStringLiteral("path"), pathJson(track.drawnPath())}};
}

QVariantMap TrackRecorder::excursionValues(qint64 trackId, const TrackExcursion &e)
{
    return {{QStringLiteral("track_id"), trackId},
            {QStringLiteral("kind"), TrackExcursion::kindName(e.kind)},
            {QStringLiteral("zone_id"), e.zoneId >= 0 ? QVariant(e.zoneId) : QVariant()},
            {QStringLiteral("zone_name"), e.zoneName.isEmpty() ? QVariant() : QVariant(e.zoneName)},
            {QStringLiteral("started_at"), isoTime(e.from)},
            {QStringLiteral("ended_at"), isoTime(e.to)},
            {QStringLiteral("max_distance_m"), e.maxDistanceM ? QVariant(*e.maxDistanceM) : QVariant()},
            {QStringLiteral("point_count"), e.points},
            {QStringLiteral("path"), pathJson(e.path)}};
}

QString TrackRecorder::pathJson(const QList<QPointF> &path)
{
    QJsonObject geometry;
    if (path.size() == 1) {
        geometry = {{QStringLiteral("type"), QStringLiteral("Point")}, {QStringLiteral("coordinates"), position(path.first())}};
    } else {
        QJsonArray coordinates;
        for (const QPointF &p : path)
            coordinates.append(position(p));
        geometry = {{QStringLiteral("type"), QStringLiteral("LineString")}, {QStringLiteral("coordinates"), coordinates}};
    }
    return QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact));
}

QString TrackRecorder::isoTime(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::UTC).toString(Qt::ISODate);
}

TrackRecorder::Zones TrackRecorder::zonesOf(const Store &store, qint64 experimentId)
{
    Zones zones;
    const ZoneReader::Result read = ZoneReader::ofExperiment(store, experimentId);
    if (!read.ok) {
        zones.error = read.error;
        return zones;
    }
    zones.ok = true;
    zones.zones = read.zones;
    for (const QString &name : read.unreadable)
        zones.warnings << tr("Zone %1: its stored outline cannot be read; it is left out of the check").arg(name);
    return zones;
}

TrackRecorder::Result TrackRecorder::compare(const Zones &zones, const QByteArray &data, const QString &fileName,
                                             std::optional<double> groundElevationM)
{
    Result result;
    if (!zones.ok) {
        result.error = zones.error;
        return result;
    }
    TrackReader::Result read = TrackReader::read(data, fileName);
    if (!read.ok) {
        result.error = QFileInfo(fileName).fileName() + QStringLiteral(", ") + read.error;
        return result;
    }
    result.track = std::move(read.track);
    result.check = FootprintCheck(zones.zones).check(result.track, groundElevationM);
    result.check.warnings = zones.warnings + result.check.warnings;
    if (!result.check.ok) {
        result.error = result.check.error;
        return result;
    }
    result.ok = true;
    return result;
}

TrackRecorder::Result TrackRecorder::check(const Store &store, qint64 experimentId, const QByteArray &data,
                                           const QString &fileName, std::optional<double> groundElevationM)
{
    return compare(zonesOf(store, experimentId), data, fileName, groundElevationM);
}

TrackRecorder::Result TrackRecorder::importFile(Store &store, qint64 experimentId, const QString &path,
                                                std::optional<double> groundElevationM)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > Attachments::maximumSize) {
        Result result;
        result.error = tr("%1 is too large to keep in the database").arg(QFileInfo(path).fileName());
        return result;
    }
    return import(store, experimentId, file.readAll(), QFileInfo(path).fileName(), groundElevationM);
}

TrackRecorder::Result TrackRecorder::import(Store &store, qint64 experimentId, const QByteArray &data,
                                            const QString &fileName, std::optional<double> groundElevationM)
{
    return record(store, experimentId, data, fileName, check(store, experimentId, data, fileName, groundElevationM));
}

TrackRecorder::Result TrackRecorder::record(Store &store, qint64 experimentId, const QByteArray &data, const QString &fileName,
                                            Result result)
{
    if (!result.ok)
        return result;
    const bool written = store.transact([&] {
        QVariantMap file = Attachments::columns(QFileInfo(fileName).fileName(), data);
        file.insert(QStringLiteral("experiment_id"), experimentId);
        file.insert(QStringLiteral("description"), tr("Track of where the test ran"));
        const qint64 attachmentId = store.insert(QStringLiteral("attachments"), file);
        if (attachmentId < 0)
            return false;
        QVariantMap values = trackValues(result.track, result.check);
        values.insert(QStringLiteral("experiment_id"), experimentId);
        values.insert(QStringLiteral("attachment_id"), attachmentId);
        values.insert(QStringLiteral("file_name"), QFileInfo(fileName).fileName());
        result.trackId = store.insert(tracksTable, values);
        return result.trackId >= 0 && writeExcursions(store, result.trackId, result.check.excursions);
    });
    if (!written) {
        result.ok = false;
        result.trackId = -1;
        result.error = store.errorString();
    }
    return result;
}

TrackRecorder::KeptFile TrackRecorder::keptFile(const Store &store, qint64 trackId)
{
    KeptFile kept;
    const QVariantMap track = store.record(tracksTable, trackId);
    if (track.isEmpty()) {
        kept.error = tr("The track no longer exists.");
        return kept;
    }
    if (track.value(QStringLiteral("attachment_id")).isNull()) {
        kept.error = tr("The file of track %1 was removed from the documents: import it again to check it.")
                         .arg(track.value(QStringLiteral("file_name")).toString());
        return kept;
    }
    if (!Attachments::content(store, track.value(QStringLiteral("attachment_id")).toLongLong(), &kept.data, &kept.fileName, &kept.error))
        return kept;
    kept.experimentId = track.value(QStringLiteral("experiment_id")).toLongLong();
    const QVariant ground = track.value(QStringLiteral("ground_elevation_m"));
    if (!ground.isNull())
        kept.groundElevationM = ground.toDouble();
    kept.ok = true;
    return kept;
}

TrackRecorder::Result TrackRecorder::recheck(Store &store, qint64 trackId)
{
    const KeptFile kept = keptFile(store, trackId);
    if (!kept.ok) {
        Result result;
        result.error = kept.error;
        return result;
    }
    return replace(store, trackId, check(store, kept.experimentId, kept.data, kept.fileName, kept.groundElevationM));
}

TrackRecorder::Result TrackRecorder::replace(Store &store, qint64 trackId, Result result)
{
    if (!result.ok)
        return result;
    result.trackId = trackId;
    const bool written = store.transact([&] {
        return removeExcursions(store, trackId) && store.update(tracksTable, trackId, trackValues(result.track, result.check))
            && writeExcursions(store, trackId, result.check.excursions);
    });
    if (!written) {
        result.ok = false;
        result.error = store.errorString();
    }
    return result;
}

bool TrackRecorder::remove(Store &store, qint64 trackId, QString *error)
{
    const bool removed = store.transact([&] { return removeExcursions(store, trackId) && store.remove(tracksTable, trackId); });
    if (!removed && error)
        *error = store.errorString();
    return removed;
}

// One by one through the Store, so that each leaves its entry in the change log (and a team
// server hears of it), rather than by the foreign key's cascade.
bool TrackRecorder::removeExcursions(Store &store, qint64 trackId)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM track_excursions WHERE track_id = ?"));
    q.addBindValue(trackId);
    QList<qint64> excursions;
    if (q.exec())
        while (q.next())
            excursions << q.value(0).toLongLong();
    QString error;
    if (StoreRead::failed(q, store, &error))
        return store.fail(error, excursionsTable);
    q.finish();
    for (const qint64 id : std::as_const(excursions))
        if (!store.remove(excursionsTable, id))
            return false;
    return true;
}

bool TrackRecorder::writeExcursions(Store &store, qint64 trackId, const QList<TrackExcursion> &excursions)
{
    for (const TrackExcursion &e : excursions)
        if (store.insert(excursionsTable, excursionValues(trackId, e)) < 0)
            return false;
    return true;
}

} // namespace citylab
