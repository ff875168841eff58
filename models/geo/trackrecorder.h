// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "footprintcheck.h"
#include "track.h"
#include "zone.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace citylab {

class Store;

// Where a test really ran, checked and kept: reads a track file, compares it with the
// experiment's zones (FootprintCheck) and records, in one transaction, the file among the
// experiment's documents, the track (its thinned path) and its excursions. A file that
// cannot be read, or an experiment without zones, leaves the store as it was.
class TrackRecorder
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TrackRecorder)
public:
    struct Result
    {
        bool ok = false;
        QString error;
        qint64 trackId = -1;
        Track track;
        FootprintCheck::Result check;
    };

    // Only compares: nothing is written (the CLI without --record).
    static Result check(const Store &store, qint64 experimentId, const QByteArray &data, const QString &fileName,
                        std::optional<double> groundElevationM = std::nullopt);
    // The same in two steps, so that the window compares a large track off its own thread:
    // the experiment's zones, read from the store (with a warning for each it cannot read) …
    struct Zones
    {
        bool ok = false;
        QString error;
        QList<Zone> zones;
        QStringList warnings;
    };
    static Zones zonesOf(const Store &store, qint64 experimentId);
    // … then reading and comparing, which touches no store and may run on any thread.
    static Result compare(const Zones &zones, const QByteArray &data, const QString &fileName,
                          std::optional<double> groundElevationM = std::nullopt);
    // Keeps a compared track: the file, the track and its excursions, in one transaction.
    static Result record(Store &store, qint64 experimentId, const QByteArray &data, const QString &fileName, Result compared);
    // Writes a compared track over a recorded one (Check again), in one transaction.
    static Result replace(Store &store, qint64 trackId, Result compared);
    // The file kept with a recorded track and its ground elevation, for Check again.
    struct KeptFile
    {
        bool ok = false;
        QString error;
        qint64 experimentId = -1;
        QByteArray data;
        QString fileName;
        std::optional<double> groundElevationM;
    };
    static KeptFile keptFile(const Store &store, qint64 trackId);
    static Result import(Store &store, qint64 experimentId, const QByteArray &data, const QString &fileName,
                         std::optional<double> groundElevationM = std::nullopt);
    static Result importFile(Store &store, qint64 experimentId, const QString &path,
                             std::optional<double> groundElevationM = std::nullopt);
    // Compares a recorded track's file again with the zones as they are now, replacing its
    // excursions (after the zones changed, say).
    static Result recheck(Store &store, qint64 trackId);
    // Removes the track and its excursions; the file stays among the documents.
    static bool remove(Store &store, qint64 trackId, QString *error);

    // The columns of a tracks row for a checked track (without experiment, file and stamps),
    // and of a track_excursions row.
    static QVariantMap trackValues(const Track &track, const FootprintCheck::Result &check);
    static QVariantMap excursionValues(qint64 trackId, const TrackExcursion &excursion);
    // A lon/lat line as GeoJSON text (a Point when it has one position).
    static QString pathJson(const QList<QPointF> &path);
    static QString isoTime(qint64 unixSeconds);

private:
    static bool writeExcursions(Store &store, qint64 trackId, const QList<TrackExcursion> &excursions);
    static bool removeExcursions(Store &store, qint64 trackId);
};

} // namespace citylab
