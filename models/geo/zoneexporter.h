// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zonefilereader.h"

#include <QCoreApplication>

namespace citylab {

class Store;

// Writes zones (all of them, or one experiment's) as a GeoJSON FeatureCollection or a KML
// document that ZoneFileReader reads back to the same geometry and properties. Every zone
// goes out as its stored polygon, which GIS readers take as an area; circles and corridors
// also carry their parameters (centre and radius_m, route and width_m) as properties, so
// that the importer rebuilds them as shapes to edit.
class ZoneExporter
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneExporter)

public:
    explicit ZoneExporter(Store &store);

    // experimentId < 0: every zone. The format follows the file name (.geojson/.json, .kml);
    // the file is replaced only when everything was written (QSaveFile).
    bool write(const QString &path, qint64 experimentId = -1);
    int count() const { return m_count; }   // zones written by the last write()
    QString errorString() const { return m_error; }

    QByteArray geoJson(qint64 experimentId = -1);
    QByteArray kml(qint64 experimentId = -1);

private:
    struct Zone;
    QList<Zone> zones(qint64 experimentId);

    Store &m_store;
    int m_count = 0;
    QString m_error;
};

} // namespace citylab
