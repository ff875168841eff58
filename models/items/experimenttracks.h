// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/footprintcheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace citylab {

class Store;

// A recorded track of an experiment with the excursions its check found, as the experiment's
// page, the map and the reports show them.
struct RecordedTrack
{
    qint64 id = -1;
    QString fileName, format;
    qint64 pointCount = 0;
    QDateTime startedAt, endedAt, checkedAt;   // UTC
    bool heightChecked = false;
    std::optional<double> groundElevationM;
    QStringList warnings;
    bool fileKept = false;   // its file is still among the documents (it can be checked again)
    // A zone was added, changed or deleted after the check: its excursions may no longer be
    // what they are now.
    bool zonesChangedSince = false;
    QList<QPointF> path;     // lon/lat, thinned
    QList<TrackExcursion> excursions;   // in time order; from/to in Unix seconds
};

class ExperimentTracks
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ExperimentTracks)
public:
    // Oldest first. Nothing, with *error set, when the store cannot be read.
    static std::optional<QList<RecordedTrack>> load(const Store &store, qint64 experimentId, QString *error = nullptr);
    // The positions of a stored GeoJSON Point or LineString.
    static QList<QPointF> pathFromJson(const QString &json);
};

} // namespace citylab
