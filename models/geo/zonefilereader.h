// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zonegeometry.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace citylab {

// One zone read from a GeoJSON or KML file, checked and ready to be stored.
struct ZoneFileFeature
{
    int number = 0;   // 1-based, in file order (a FeatureCollection's feature, a KML Placemark)
    QString name;     // empty when the file gives none
    ZoneGeometry geometry;
    QDate activeFrom, activeTo;   // invalid: open-ended
    QVariant maxHeightM;          // null when not given
    QString hours, notes, district;
};

// Something in a zone file that cannot be imported: a whole-file problem (unreadable JSON,
// malformed XML, a CRS other than WGS84) or one feature's.
struct ZoneFileProblem
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneFileProblem)

public:
    int feature = 0;         // 1-based feature number; 0 for the whole file
    QString featureName;
    int line = 0, column = 0;   // where in the file, when known (a KML Placemark's first line)
    QString reason;

    // "feature 3 (Piazza Castello): unclosed ring…", "line 4, column 7: unreadable JSON: …"
    QString describe() const;
};

struct ZoneFileContent
{
    QList<ZoneFileFeature> features;
    QList<ZoneFileProblem> problems;
    bool isValid() const { return problems.isEmpty() && !features.isEmpty(); }
};

// A feature as a format reader found it, before its geometry and properties are checked:
// the geometry is GeoJSON-shaped whatever the file's format, so that both formats share one
// set of checks and reasons.
struct ZoneFileRawFeature
{
    int number = 0;
    int line = 0;            // where the feature starts, when the format tells
    QJsonObject geometry;    // empty when the feature has none
    QVariantMap properties;  // as the file names them
    QStringList problems;    // found while reading (bad coordinate text, a feature's own CRS)
};

// Reads zones from GeoJSON (RFC 7946: a FeatureCollection, a Feature or a bare geometry) or
// KML (Placemarks). Polygon and MultiPolygon with holes are kept as they are; a Point with a
// radius becomes a circle and a LineString with a width a corridor, as the map editor makes
// them. Properties under their common names (English and Italian) give the name, the active
// window and the constraints. Altitudes are accepted and ignored: a zone's height limit is
// max_height_m, not the altitude of its outline. Every bad feature is reported, not just the
// first, so that a file can be fixed in one go.
class ZoneFileReader
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ZoneFileReader)

public:
    enum class Format { Unknown, GeoJson, Kml };

    // From the file name: .geojson/.json, .kml.
    static Format formatOf(const QString &fileName);
    static ZoneFileContent readFile(const QString &path);
    // Unknown: guessed from the content (XML or JSON).
    static ZoneFileContent read(const QByteArray &data, Format format);

    // Turns what a format reader found into checked features and problems.
    static ZoneFileContent interpret(const QList<ZoneFileRawFeature> &raw, QList<ZoneFileProblem> fileProblems);
    static ZoneFileFeature interpret(const ZoneFileRawFeature &raw, QStringList *problems);
};

} // namespace citylab
