// SPDX-License-Identifier: GPL-3.0-or-later
#include "geojsonzonereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <optional>

namespace citylab {

namespace {

// The first key named twice in one object, and where (byte offset of its second use). Qt's
// parser keeps the last value without a word; GeoJSON, like JSON (RFC 8259), wants each name
// once, and a file that says "name" twice does not say which zone it means. `json` parses.
std::optional<std::pair<QByteArray, qsizetype>> firstDuplicateKey(const QByteArray &json)
{
    struct Level
    {
        bool object;
        bool expectKey;
        QSet<QByteArray> keys;
    };
    QList<Level> levels;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < size && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            if (!levels.isEmpty() && levels.last().object && levels.last().expectKey) {
                const QByteArray key = json.mid(i + 1, end - i - 1);
                if (levels.last().keys.contains(key))
                    return std::pair{key, i};
                levels.last().keys.insert(key);
                levels.last().expectKey = false;
            }
            i = end;
        } else if (c == '{') {
            levels.append({true, true, {}});
        } else if (c == '[') {
            levels.append({false, false, {}});
        } else if ((c == '}' || c == ']') && !levels.isEmpty()) {
            levels.removeLast();
        } else if (c == ',' && !levels.isEmpty() && levels.last().object) {
            levels.last().expectKey = true;
        }
    }
    return std::nullopt;
}

// Line and column (1-based, in characters) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1};
}

bool isGeometryType(const QString &type)
{
    static const QStringList types = {QStringLiteral("Point"), QStringLiteral("MultiPoint"), QStringLiteral("LineString"),
                                      QStringLiteral("MultiLineString"), QStringLiteral("Polygon"),
                                      QStringLiteral("MultiPolygon"), QStringLiteral("GeometryCollection")};
    return types.contains(type);
}

ZoneFileRawFeature rawFeature(int number, const QJsonObject &feature)
{
    ZoneFileRawFeature raw;
    raw.number = number;
    if (feature.value(QLatin1String("type")).toString() != QLatin1String("Feature")) {
        raw.problems << GeoJsonZoneReader::tr("not a GeoJSON Feature (type \"%1\")")
                            .arg(feature.value(QLatin1String("type")).toString());
        return raw;
    }
    raw.geometry = feature.value(QLatin1String("geometry")).toObject();
    raw.properties = feature.value(QLatin1String("properties")).toObject().toVariantMap();
    // Constraints may come grouped, as {"constraints": {"max_height_m": 60, ...}}: the flat
    // property wins when both are given.
    const QVariantMap grouped = raw.properties.value(QStringLiteral("constraints")).toMap();
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        if (!raw.properties.contains(it.key()))
            raw.properties.insert(it.key(), it.value());
    // Coordinates in another system would only add "out of range" noise to the real reason.
    for (const QJsonObject &object : {feature, raw.geometry}) {
        if (const QString crs = GeoJsonZoneReader::crsProblem(object); !crs.isEmpty()) {
            raw.problems << crs;
            raw.geometry = {};
            break;
        }
    }
    return raw;
}

} // namespace

QString GeoJsonZoneReader::crsProblem(const QJsonObject &object)
{
    const QJsonValue crs = object.value(QLatin1String("crs"));
    if (crs.isUndefined() || crs.isNull())
        return {};
    const QJsonObject o = crs.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    const QString name = o.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
    if (type == QLatin1String("name")) {
        // urn:ogc:def:crs:OGC:1.3:CRS84, urn:ogc:def:crs:EPSG::4326, EPSG:4326, the OGC http forms.
        const QString n = name.trimmed().toLower();
        const bool wgs84 = n.endsWith(QLatin1String("crs84"))
                           || (n.contains(QLatin1String("epsg")) && (n.endsWith(QLatin1String(":4326"))
                                                                      || n.endsWith(QLatin1String("/4326"))))
                           || n == QLatin1String("wgs84");
        if (wgs84)
            return {};
    }
    const QString named = name.isEmpty() ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) : name;
    return tr("the coordinate reference system %1 is not WGS84: save the file as WGS84 longitude/latitude "
              "(EPSG:4326), as GeoJSON requires").arg(named);
}

void GeoJsonZoneReader::readSequence(const QByteArray &data, QList<ZoneFileRawFeature> *features,
                                     QList<ZoneFileProblem> *problems)
{
    int line = 0, number = 0;
    for (QByteArray text : data.split('\n')) {
        ++line;
        text = text.trimmed();
        while (text.startsWith('\x1e'))
            text = text.mid(1).trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            problems->append({0, {}, line, qMax(1, error.offset), tr("unreadable line of a GeoJSON sequence: %1")
                                                                  .arg(document.isObject() || error.error != QJsonParseError::NoError
                                                                           ? error.errorString()
                                                                           : tr("not a JSON object"))});
            continue;
        }
        if (const auto duplicate = firstDuplicateKey(text)) {
            // Column within the trimmed line: close enough to find the key.
            problems->append({0, {}, line, lineAndColumn(text, duplicate->second).second,
                              tr("the key \"%1\" appears twice in the same object: which value is meant cannot be told")
                                  .arg(QString::fromUtf8(duplicate->first))});
            continue;
        }
        const QJsonObject object = document.object();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("Feature")) {
            problems->append({0, {}, line, 1, tr("a line of a GeoJSON sequence holds a %1, not a Feature")
                                                  .arg(object.value(QLatin1String("type")).toString())});
            continue;
        }
        ZoneFileRawFeature raw = rawFeature(++number, object);
        raw.line = line;
        features->append(raw);
    }
}

void GeoJsonZoneReader::read(const QByteArray &data, QList<ZoneFileRawFeature> *features, QList<ZoneFileProblem> *problems)
{
    const QByteArray trimmed = data.trimmed();
    // A file of JSON that is not an object or array at all ("null", a number, a string):
    // Qt calls it an illegal value; people need to hear that it is not GeoJSON.
    if (!trimmed.isEmpty() && !trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.startsWith('\x1e')) {
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed + "]");
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            problems->append({0, {}, 0, 0, tr("not GeoJSON: the file holds %1, not a JSON object")
                                               .arg(QString::fromUtf8(trimmed.left(40)))});
            return;
        }
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::GarbageAtEnd || trimmed.startsWith('\x1e')) {
        // GeoJSON Text Sequences (RFC 8142; "GeoJSONSeq" in GDAL): one Feature per line, each
        // may start with a record separator. Read line by line.
        readSequence(data, features, problems);
        return;
    }
    if (error.error != QJsonParseError::NoError) {
        // QJsonParseError gives the byte offset just past the offending character: people look
        // for the line and column of that character.
        const auto [line, column] = lineAndColumn(data, qMax(0, error.offset - 1));
        problems->append({0, {}, line, column, tr("unreadable JSON: %1").arg(error.errorString())});
        return;
    }
    if (const auto duplicate = firstDuplicateKey(data)) {
        const auto [line, column] = lineAndColumn(data, duplicate->second);
        problems->append({0, {}, line, column, tr("the key \"%1\" appears twice in the same object: which value is meant "
                                                  "cannot be told").arg(QString::fromUtf8(duplicate->first))});
        return;
    }
    if (!document.isObject()) {
        problems->append({0, {}, 0, 0, tr("not GeoJSON: the file holds no JSON object")});
        return;
    }
    const QJsonObject root = document.object();
    if (const QString crs = crsProblem(root); !crs.isEmpty()) {
        // Every coordinate of the file is in that system: nothing in it can be read as lon/lat.
        problems->append({0, {}, 0, 0, crs});
        return;
    }
    const QString type = root.value(QLatin1String("type")).toString();
    if (type == QLatin1String("FeatureCollection")) {
        const QJsonValue list = root.value(QLatin1String("features"));
        if (!list.isArray()) {
            problems->append({0, {}, 0, 0, tr("a FeatureCollection needs a \"features\" array")});
            return;
        }
        int number = 0;
        for (const QJsonValue &feature : list.toArray())
            features->append(rawFeature(++number, feature.toObject()));
    } else if (type == QLatin1String("Feature")) {
        features->append(rawFeature(1, root));
    } else if (isGeometryType(type)) {
        ZoneFileRawFeature raw;
        raw.number = 1;
        raw.geometry = root;
        features->append(raw);
    } else if (type.isEmpty()) {
        problems->append({0, {}, 0, 0, tr("not GeoJSON: the object has no \"type\"")});
    } else {
        problems->append({0, {}, 0, 0, tr("not GeoJSON: unknown type \"%1\"").arg(type)});
    }
}

} // namespace citylab
