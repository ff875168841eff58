// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zonefilereader.h"

class QXmlStreamReader;

namespace citylab {

// The KML side of ZoneFileReader: every Placemark (in any Document or Folder) is a feature,
// numbered in file order. Polygon (outerBoundaryIs, innerBoundaryIs), MultiGeometry of
// polygons, Point and LineString become GeoJSON-shaped geometries; name, description,
// TimeSpan begin/end and ExtendedData (Data or SchemaData/SimpleData) become properties.
// Malformed XML is reported at its line and column.
class KmlZoneReader
{
    Q_DECLARE_TR_FUNCTIONS(citylab::KmlZoneReader)

public:
    static void read(const QByteArray &data, QList<ZoneFileRawFeature> *features, QList<ZoneFileProblem> *problems);

private:
    struct Shapes;
    static ZoneFileRawFeature readPlacemark(QXmlStreamReader &xml, int number);
    static void readGeometry(QXmlStreamReader &xml, Shapes &shapes, ZoneFileRawFeature &raw);
    static void readExtendedData(QXmlStreamReader &xml, QVariantMap &properties);
    static QJsonArray readCoordinates(QXmlStreamReader &xml, ZoneFileRawFeature &raw);
};

} // namespace citylab
