// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zonefilereader.h"

namespace citylab {

// The GeoJSON side of ZoneFileReader: finds the features of a FeatureCollection, a Feature
// or a bare geometry, refuses a coordinate reference system other than WGS84 (the old
// "crs" member; RFC 7946 has none) and places unreadable JSON at its line and column.
class GeoJsonZoneReader
{
    Q_DECLARE_TR_FUNCTIONS(citylab::GeoJsonZoneReader)

public:
    static void read(const QByteArray &data, QList<ZoneFileRawFeature> *features, QList<ZoneFileProblem> *problems);

    // Empty when the object names no CRS or WGS84 (CRS84, EPSG:4326), else why it is refused.
    static QString crsProblem(const QJsonObject &object);

private:
    // A GeoJSON text sequence: a Feature per line (RFC 8142, GDAL's GeoJSONSeq).
    static void readSequence(const QByteArray &data, QList<ZoneFileRawFeature> *features, QList<ZoneFileProblem> *problems);
};

} // namespace citylab
