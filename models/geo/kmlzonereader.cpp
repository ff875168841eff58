// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmlzonereader.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace citylab {

// The geometries one Placemark holds, possibly inside MultiGeometry.
struct KmlZoneReader::Shapes
{
    QJsonArray polygons;   // each: an array of rings, the outer one first
    QList<QJsonArray> points, lines;
    QStringList unsupported;
};

void KmlZoneReader::read(const QByteArray &data, QList<ZoneFileRawFeature> *features, QList<ZoneFileProblem> *problems)
{
    QXmlStreamReader xml(data);
    bool root = true;
    int number = 0;
    QList<ZoneFileRawFeature> found;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root && xml.name() != QLatin1String("kml")) {
            problems->append({0, {}, int(xml.lineNumber()), int(xml.columnNumber()),
                              tr("not KML: the document starts with <%1>, not <kml>").arg(xml.name())});
            return;
        }
        root = false;
        if (xml.name() == QLatin1String("Placemark"))
            found << readPlacemark(xml, ++number);
    }
    if (xml.hasError()) {
        // Nothing of a broken file is imported: its features may be cut short.
        problems->append({0, {}, int(xml.lineNumber()), int(xml.columnNumber()),
                          tr("malformed XML: %1").arg(xml.errorString())});
        return;
    }
    if (root) {
        problems->append({0, {}, 0, 0, tr("not KML: the file is empty")});
        return;
    }
    *features << found;
}

ZoneFileRawFeature KmlZoneReader::readPlacemark(QXmlStreamReader &xml, int number)
{
    ZoneFileRawFeature raw;
    raw.number = number;
    raw.line = int(xml.lineNumber());
    Shapes shapes;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (name == QLatin1String("name") || name == QLatin1String("description")) {
            raw.properties.insert(name, xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        } else if (name == QLatin1String("TimeSpan")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("begin"))
                    raw.properties.insert(QStringLiteral("begin"), xml.readElementText().trimmed());
                else if (xml.name() == QLatin1String("end"))
                    raw.properties.insert(QStringLiteral("end"), xml.readElementText().trimmed());
                else
                    xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("ExtendedData")) {
            readExtendedData(xml, raw.properties);
        } else if (name == QLatin1String("Polygon") || name == QLatin1String("Point") || name == QLatin1String("LineString")
                   || name == QLatin1String("MultiGeometry") || name == QLatin1String("LinearRing")
                   || name == QLatin1String("Model") || name == QLatin1String("Track")
                   || name == QLatin1String("MultiTrack")) {
            readGeometry(xml, shapes, raw);
        } else {
            xml.skipCurrentElement();
        }
    }
    const int kinds = (shapes.polygons.isEmpty() ? 0 : 1) + (shapes.points.isEmpty() ? 0 : 1) + (shapes.lines.isEmpty() ? 0 : 1);
    if (!shapes.unsupported.isEmpty()) {
        raw.problems << tr("geometry type \"%1\" is not supported: use Polygon, MultiGeometry of polygons, Point with "
                           "radius_m or LineString with width_m").arg(shapes.unsupported.first());
    } else if (kinds == 1 && shapes.lines.size() > 1) {
        raw.problems << tr("a MultiGeometry of %1 lines: a corridor is one LineString with width_m; give each line a "
                           "Placemark of its own").arg(shapes.lines.size());
    } else if (kinds == 1 && shapes.points.size() > 1) {
        raw.problems << tr("a MultiGeometry of %1 points: a circle is one Point with radius_m; give each point a "
                           "Placemark of its own").arg(shapes.points.size());
    } else if (kinds > 1) {
        raw.problems << tr("a MultiGeometry may hold several polygons, or one point, or one line, but not a mix of them");
    } else if (shapes.polygons.size() == 1) {
        raw.geometry = {{QLatin1String("type"), QLatin1String("Polygon")}, {QLatin1String("coordinates"), shapes.polygons.first()}};
    } else if (!shapes.polygons.isEmpty()) {
        raw.geometry = {{QLatin1String("type"), QLatin1String("MultiPolygon")}, {QLatin1String("coordinates"), shapes.polygons}};
    } else if (!shapes.points.isEmpty()) {
        raw.geometry = {{QLatin1String("type"), QLatin1String("Point")}, {QLatin1String("coordinates"), shapes.points.first().first()}};
    } else if (!shapes.lines.isEmpty()) {
        raw.geometry = {{QLatin1String("type"), QLatin1String("LineString")}, {QLatin1String("coordinates"), shapes.lines.first()}};
    }
    return raw;
}

void KmlZoneReader::readGeometry(QXmlStreamReader &xml, Shapes &shapes, ZoneFileRawFeature &raw)
{
    const QString name = xml.name().toString();
    if (name == QLatin1String("MultiGeometry")) {
        while (xml.readNextStartElement())
            readGeometry(xml, shapes, raw);
    } else if (name == QLatin1String("Polygon")) {
        QJsonArray outer, inner;
        bool hasOuter = false;
        while (xml.readNextStartElement()) {
            const bool isOuter = xml.name() == QLatin1String("outerBoundaryIs");
            if (!isOuter && xml.name() != QLatin1String("innerBoundaryIs")) {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("LinearRing")) {
                    xml.skipCurrentElement();
                    continue;
                }
                while (xml.readNextStartElement()) {
                    if (xml.name() != QLatin1String("coordinates")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const QJsonArray ring = readCoordinates(xml, raw);
                    if (isOuter) {
                        outer = ring;
                        hasOuter = true;
                    } else {
                        inner.append(ring);
                    }
                }
            }
        }
        if (!hasOuter) {
            raw.problems << tr("a Polygon has no outerBoundaryIs ring");
            return;
        }
        QJsonArray rings{outer};
        for (const QJsonValue &ring : std::as_const(inner))
            rings.append(ring);
        shapes.polygons.append(rings);
    } else if (name == QLatin1String("Point") || name == QLatin1String("LineString")) {
        const bool point = name == QLatin1String("Point");
        QJsonArray positions;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("coordinates"))
                positions = readCoordinates(xml, raw);
            else
                xml.skipCurrentElement();
        }
        if (point) {
            if (positions.size() != 1)
                raw.problems << tr("a Point needs exactly one position, this one has %1").arg(positions.size());
            else
                shapes.points << positions;
        } else {
            shapes.lines << positions;
        }
    } else {
        shapes.unsupported << name;
        xml.skipCurrentElement();
    }
}

void KmlZoneReader::readExtendedData(QXmlStreamReader &xml, QVariantMap &properties)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Data")) {
            const QString key = xml.attributes().value(QLatin1String("name")).toString();
            QString value;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("value"))
                    value = xml.readElementText().trimmed();
                else
                    xml.skipCurrentElement();
            }
            if (!key.isEmpty())
                properties.insert(key, value);
        } else if (xml.name() == QLatin1String("SchemaData")) {
            // What ogr2ogr and QGIS write: <SchemaData><SimpleData name="...">value</SimpleData>.
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("SimpleData")) {
                    const QString key = xml.attributes().value(QLatin1String("name")).toString();
                    const QString value = xml.readElementText().trimmed();
                    if (!key.isEmpty())
                        properties.insert(key, value);
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

// "lon,lat[,alt] lon,lat[,alt] ...": the altitude is dropped, as for GeoJSON.
QJsonArray KmlZoneReader::readCoordinates(QXmlStreamReader &xml, ZoneFileRawFeature &raw)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const int line = int(xml.lineNumber());
    const QString text = xml.readElementText();
    QJsonArray positions;
    const QStringList tuples = text.split(space, Qt::SkipEmptyParts);
    for (const QString &tuple : tuples) {
        const QStringList parts = tuple.split(u',');
        bool okLon = false, okLat = false, okAlt = true;
        const double lon = parts.value(0).toDouble(&okLon);
        const double lat = parts.value(1).toDouble(&okLat);
        if (parts.size() == 3)
            parts.at(2).toDouble(&okAlt);
        if (parts.size() < 2 || parts.size() > 3 || !okLon || !okLat || !okAlt) {
            raw.problems << tr("line %1: coordinates \"%2\" are not longitude,latitude[,altitude]").arg(line).arg(tuple);
            continue;
        }
        positions.append(QJsonArray{lon, lat});
    }
    return positions;
}

} // namespace citylab
