// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "track.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace citylab {

// Reads where and when a test ran from the files partners send: GPX (track, route or way
// points with <time>), GeoJSON (Point features with a time property, LineString or
// MultiPoint features with coordTimes, as GPS tools write them) or CSV with latitude,
// longitude and time columns (Italian or ISO dates and numbers, as for measurements; local
// times without an offset are Rome's). A point out of range, without a time, or earlier than
// the one before it is named (line, or feature and point) and nothing is read.
class TrackReader
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TrackReader)
public:
    struct Result
    {
        bool ok = false;
        QString error;   // where and what, when !ok
        Track track;
    };

    // The format comes from the file name's extension (.gpx, .geojson or .json, .csv or
    // .txt), else from the first character of the content.
    static Result read(const QByteArray &data, const QString &fileName);
    static Result readFile(const QString &path);

private:
    static Result readGpx(const QByteArray &data);
    static Result readGeoJson(const QByteArray &data);
    static Result readCsv(const QByteArray &data);
};

} // namespace citylab
