// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's record of where a test really ran: a drone or robot's track, sent by the
// partner as an Italian CSV file, compared with the experiment's zones and kept with it, with
// the one stretch where it left the authorized area.
#include "demogenerator.h"

#include "geo/footprintcheck.h"
#include "geo/localplane.h"
#include "geo/trackreader.h"
#include "geo/trackrecorder.h"
#include "geo/zonereader.h"
#include "io/attachments.h"
#include "store/bulkinsert.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace citylab {

namespace {

// Twenty minutes at one point a second, circling half-way out from the centre, with half a
// minute on an arc `outside` times the radius out, from `bearing` on (none when 0).
QByteArray flightCsv(const LocalPlane &plane, double radius, const QDateTime &start, double bearing, double outside,
                     std::optional<double> maxHeight)
{
    const QLocale italian(QLocale::Italian);
    QByteArray csv = maxHeight ? "data;latitudine;longitudine;altezza\r\n" : "data;latitudine;longitudine\r\n";
    const int seconds = 20 * 60, excursionFrom = 11 * 60, excursionTo = excursionFrom + 30;
    for (int s = 0; s < seconds; ++s) {
        const double angle = 2 * M_PI * s / 300.0;   // a lap every five minutes
        QPointF metres(std::cos(angle) * radius * 0.5, std::sin(angle) * radius * 0.5);
        if (outside > 0 && s >= excursionFrom && s < excursionTo) {   // along an arc out there
            const double heading = bearing + (s - excursionFrom) * 0.01;
            metres = QPointF(std::sin(heading), std::cos(heading)) * radius * outside;
        }
        const QPointF lonLat = plane.toLonLat(metres);
        const QDateTime at = start.addSecs(s);
        csv += at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")).toUtf8() + ';'
            + italian.toString(lonLat.y(), 'f', 7).toUtf8() + ';' + italian.toString(lonLat.x(), 'f', 7).toUtf8();
        if (maxHeight)
            csv += ';' + italian.toString(std::min(*maxHeight - 10, 25.0 + 5 * std::sin(angle)), 'f', 1).toUtf8();
        csv += "\r\n";
    }
    return csv;
}

} // namespace

bool DemoGenerator::addTrack()
{
    // The first running experiment with a circle zone in use on a recent day, a drone's if any.
    const QDate flown = m_options.today.addDays(-10);
    const Zone *chosen = nullptr;
    ZoneReader::Result read;
    for (const bool dronesOnly : {true, false}) {
        for (const Experiment &e : std::as_const(m_experiments)) {
            if (e.stage != QLatin1String("active") || (dronesOnly && e.domain != QLatin1String("drones")))
                continue;
            read = ZoneReader::ofExperiment(m_store, e.id);
            if (!read.ok)
                return m_store.fail(read.error, QStringLiteral("zones"));
            for (const Zone &zone : std::as_const(read.zones))
                if (zone.constraints.contains(QLatin1String("radius_m")) && zone.activeOn(flown)) {
                    chosen = &zone;
                    break;
                }
            if (chosen)
                break;
        }
        if (chosen)
            break;
    }
    if (!chosen)
        return true;   // a demo too small to have one
    const QJsonArray centre = chosen->constraints.value(QLatin1String("center")).toArray();
    const LocalPlane plane(QPointF(centre.at(0).toDouble(), centre.at(1).toDouble()));
    const double radius = chosen->constraints.value(QLatin1String("radius_m")).toDouble();
    const QDateTime start(flown, QTime(10, 0), QTimeZone("Europe/Rome"));
    const FootprintCheck check(read.zones);
    // A way out that leaves every zone of the experiment, so that the check finds one excursion.
    QByteArray csv;
    TrackReader::Result track;
    FootprintCheck::Result result;
    for (int direction = 0; direction < 8; ++direction) {
        csv = flightCsv(plane, radius, start, direction * M_PI / 4, 1.2, chosen->maxHeightM);
        track = TrackReader::read(csv, QStringLiteral("volo.csv"));
        result = track.ok ? check.check(track.track) : FootprintCheck::Result();
        if (result.ok && result.excursions.size() == 1)
            break;
    }
    if (!result.ok || result.excursions.size() != 1)
        return true;

    const QString fileName = QStringLiteral("volo-%1-%2.csv").arg(chosen->experiment.code, flown.toString(Qt::ISODate));
    const QString created = stamp(flown.addDays(1));
    QVariantMap file = Attachments::columns(fileName, csv);
    file.insert(QStringLiteral("uuid"), uuid());
    file.insert(QStringLiteral("experiment_id"), chosen->experimentId);
    file.insert(QStringLiteral("description"), QStringLiteral("Traccia del volo di prova inviata dal partner"));
    file.insert(QStringLiteral("created_at"), created);
    file.insert(QStringLiteral("updated_at"), created);
    QVariantMap values = TrackRecorder::trackValues(track.track, result);
    values.insert(QStringLiteral("uuid"), uuid());
    values.insert(QStringLiteral("experiment_id"), chosen->experimentId);
    values.insert(QStringLiteral("file_name"), fileName);
    values.insert(QStringLiteral("checked_at"), created);
    values.insert(QStringLiteral("created_at"), created);
    values.insert(QStringLiteral("updated_at"), created);
    const auto insert = [this](const QString &table, const QVariantMap &row) {
        BulkInsert bulk(m_store, table, row.keys());
        const qint64 id = bulk.add(row.values());
        return id >= 0 && bulk.finish(QStringLiteral("demo")) ? id : -1;
    };
    const qint64 attachmentId = insert(QStringLiteral("attachments"), file);
    if (attachmentId < 0)
        return false;
    values.insert(QStringLiteral("attachment_id"), attachmentId);
    const qint64 trackId = insert(QStringLiteral("tracks"), values);
    if (trackId < 0)
        return false;
    QVariantMap excursion = TrackRecorder::excursionValues(trackId, result.excursions.constFirst());
    excursion.insert(QStringLiteral("uuid"), uuid());
    excursion.insert(QStringLiteral("created_at"), created);
    excursion.insert(QStringLiteral("updated_at"), created);
    return insert(QStringLiteral("track_excursions"), excursion) >= 0;
}

} // namespace citylab
