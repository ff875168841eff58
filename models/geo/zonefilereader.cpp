// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonefilereader.h"

#include "store/opendatabases.h"

#include "geo/geojsonzonereader.h"
#include "geo/kmlzonereader.h"
#include "geo/zoneshape.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace citylab {

namespace {

// The property names each field is known by in files made by GIS tools, other cities and
// partners (English and Italian), normalised: lower case, '_' for spaces and hyphens.
const QStringList &namesOf(const char *field)
{
    static const QHash<QByteArray, QStringList> names = {
        {"name", {QStringLiteral("name"), QStringLiteral("nome"), QStringLiteral("title"), QStringLiteral("titolo"),
                  QStringLiteral("zone"), QStringLiteral("zona"), QStringLiteral("label")}},
        {"from", {QStringLiteral("active_from"), QStringLiteral("from"), QStringLiteral("start"), QStringLiteral("begin"),
                  QStringLiteral("valid_from"), QStringLiteral("start_date"), QStringLiteral("dal"), QStringLiteral("inizio"),
                  QStringLiteral("data_inizio"), QStringLiteral("attiva_dal")}},
        {"to", {QStringLiteral("active_to"), QStringLiteral("to"), QStringLiteral("end"), QStringLiteral("until"),
                QStringLiteral("valid_to"), QStringLiteral("end_date"), QStringLiteral("al"), QStringLiteral("fine"),
                QStringLiteral("data_fine"), QStringLiteral("attiva_al")}},
        {"height", {QStringLiteral("max_height_m"), QStringLiteral("max_height"), QStringLiteral("height_m"),
                    QStringLiteral("altezza_max"), QStringLiteral("altezza_massima"), QStringLiteral("quota_max")}},
        {"hours", {QStringLiteral("hours"), QStringLiteral("orari"), QStringLiteral("orario"), QStringLiteral("time_window")}},
        {"notes", {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("description"),
                   QStringLiteral("descrizione")}},
        {"district", {QStringLiteral("district"), QStringLiteral("quartiere"), QStringLiteral("circoscrizione")}},
        {"radius", {QStringLiteral("radius_m"), QStringLiteral("radius"), QStringLiteral("raggio_m"), QStringLiteral("raggio")}},
        {"width", {QStringLiteral("width_m"), QStringLiteral("width"), QStringLiteral("larghezza_m"),
                   QStringLiteral("larghezza")}},
        {"shape", {QStringLiteral("shape"), QStringLiteral("forma")}},
        {"centre", {QStringLiteral("center"), QStringLiteral("centre"), QStringLiteral("centro")}},
        {"line", {QStringLiteral("centerline"), QStringLiteral("centreline"), QStringLiteral("route"),
                  QStringLiteral("percorso")}},
    };
    return names.find(field).value();
}

QString normalised(const QString &key)
{
    QString out = key.trimmed().toLower();
    out.replace(u' ', u'_');
    out.replace(u'-', u'_');
    return out;
}

// The first of the field's names the properties carry, with the name the file used.
struct Found
{
    QString key;
    QVariant value;
    bool isSet() const { return !key.isEmpty() && !value.isNull() && !value.toString().trimmed().isEmpty(); }
};

Found lookup(const QVariantMap &properties, const char *field)
{
    for (const QString &wanted : namesOf(field))
        for (auto it = properties.cbegin(); it != properties.cend(); ++it)
            if (normalised(it.key()) == wanted)
                return {it.key(), it.value()};
    return {};
}

// Positions as GeoJSON gives them ([lon, lat] or [[lon, lat], …]) or as KML text
// ("lon,lat lon,lat"); empty when the value is neither.
QList<QPointF> positionsOf(const QVariant &value)
{
    QList<QPointF> points;
    const auto pair = [](const QVariantList &list, QPointF *point) {
        bool lonOk = false, latOk = false;
        if (list.size() < 2)
            return false;
        *point = QPointF(list.at(0).toDouble(&lonOk), list.at(1).toDouble(&latOk));
        return lonOk && latOk;
    };
    if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        QPointF point;
        if (!list.isEmpty() && list.first().typeId() != QMetaType::QVariantList)
            return pair(list, &point) ? QList<QPointF>{point} : QList<QPointF>();
        for (const QVariant &item : list) {
            if (!pair(item.toList(), &point))
                return {};
            points << point;
        }
        return points;
    }
    for (const QString &tuple : value.toString().split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = tuple.split(u',');
        QPointF point;
        if (!pair({parts.value(0), parts.value(1)}, &point))
            return {};
        points << point;
    }
    return points;
}

// A number as JSON gives it or as text ("120", "120.5", "120,5").
bool toNumber(const QVariant &value, double *number)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        *number = value.toDouble();
        return true;
    }
    bool ok = false;
    const QString text = value.toString().trimmed();
    *number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        *number = QLocale(QLocale::Italian).toDouble(text, &ok);
    return ok && std::isfinite(*number);
}

// ISO dates; a date-time counts for the day it names in its own time zone.
QDate toDate(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.date() : QDate();
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString().trimmed();
}

} // namespace

QString ZoneFileProblem::describe() const
{
    QString where;
    if (feature > 0)
        where = featureName.isEmpty() ? tr("feature %1").arg(feature) : tr("feature %1 (%2)").arg(feature).arg(featureName);
    // A feature is named by its number and name, as every tool counts them; a line only
    // places what has no feature (the dialog still shows a KML Placemark's line).
    if (line > 0 && feature == 0) {
        const QString at = column > 0 ? tr("line %1, column %2").arg(line).arg(column) : tr("line %1").arg(line);
        where = where.isEmpty() ? at : where + QStringLiteral(", ") + at;
    }
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

ZoneFileReader::Format ZoneFileReader::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return Format::GeoJson;
    if (suffix == QLatin1String("kml"))
        return Format::Kml;
    return Format::Unknown;
}

ZoneFileContent ZoneFileReader::readFile(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("kmz"), Qt::CaseInsensitive) == 0) {
        ZoneFileContent content;
        content.problems << ZoneFileProblem{0, {}, 0, 0, tr("a KMZ file is a compressed KML: unzip it and import the doc.kml inside")};
        return content;
    }
    if (const QString refusal = OpenDatabases::refusalToRead(path); !refusal.isEmpty()) {
        ZoneFileContent content;
        content.problems << ZoneFileProblem{0, {}, 0, 0, refusal};
        return content;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ZoneFileContent content;
        content.problems << ZoneFileProblem{0, {}, 0, 0, tr("cannot read the file: %1").arg(file.errorString())};
        return content;
    }
    return read(file.readAll(), formatOf(path));
}

ZoneFileContent ZoneFileReader::read(const QByteArray &data, Format format)
{
    // Some Windows editors start UTF-8 files with a byte order mark, which JSON does not allow.
    if (data.startsWith("\xEF\xBB\xBF"))
        return read(data.mid(3), format);
    if (format == Format::Unknown) {
        const QByteArray start = data.trimmed().left(1);
        format = start == "<" ? Format::Kml : Format::GeoJson;
    }
    QList<ZoneFileRawFeature> raw;
    QList<ZoneFileProblem> problems;
    if (format == Format::Kml)
        KmlZoneReader::read(data, &raw, &problems);
    else
        GeoJsonZoneReader::read(data, &raw, &problems);
    return interpret(raw, problems);
}

ZoneFileContent ZoneFileReader::interpret(const QList<ZoneFileRawFeature> &raw, QList<ZoneFileProblem> fileProblems)
{
    ZoneFileContent content;
    content.problems = std::move(fileProblems);
    for (const ZoneFileRawFeature &r : raw) {
        QStringList reasons;
        ZoneFileFeature feature = interpret(r, &reasons);
        for (const QString &reason : std::as_const(reasons))
            content.problems << ZoneFileProblem{r.number, feature.name, r.line, 0, reason};
        if (reasons.isEmpty())
            content.features << feature;
    }
    if (raw.isEmpty() && content.problems.isEmpty())
        content.problems << ZoneFileProblem{0, {}, 0, 0, tr("the file has no zones")};
    return content;
}

ZoneFileFeature ZoneFileReader::interpret(const ZoneFileRawFeature &raw, QStringList *problems)
{
    ZoneFileFeature f;
    f.number = raw.number;
    *problems = raw.problems;
    const QVariantMap &p = raw.properties;
    f.name = text(lookup(p, "name").value);

    // Geometry: what the map editor draws, and the polygons any GIS tool writes.
    const QString type = raw.geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = raw.geometry.value(QLatin1String("coordinates")).toArray();
    auto position = [problems](const QJsonValue &value, QPointF *point) {
        const QJsonArray pair = value.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
            *problems << tr("a position is not a pair of numbers");
            return false;
        }
        *point = QPointF(pair.at(0).toDouble(), pair.at(1).toDouble());
        return true;
    };
    auto parameter = [&](const char *field, const QString &missing, double *value) {
        const Found found = lookup(p, field);
        if (!found.isSet()) {
            *problems << missing;
            return false;
        }
        if (!toNumber(found.value, value)) {
            *problems << tr("%1 '%2' is not a number of metres").arg(found.key, found.value.toString());
            return false;
        }
        return true;
    };
    if (raw.geometry.isEmpty()) {
        // A reader that already said why (a foreign CRS, a Polygon without its outer ring) has said enough.
        if (raw.problems.isEmpty())
            *problems << tr("the feature has no geometry");
    } else if (type == QLatin1String("Polygon") || type == QLatin1String("MultiPolygon")) {
        // CityLab writes circles and corridors as the areas they are, for every GIS, and
        // their parameters beside: with them the zone comes back as the same editable
        // shape, built by the same builder, so its outline is the one exported.
        const QString shape = text(lookup(p, "shape").value).toLower();
        const QList<QPointF> centre = positionsOf(lookup(p, "centre").value);
        const QList<QPointF> line = positionsOf(lookup(p, "line").value);
        double size = 0;
        if (shape == QLatin1String("circle") && centre.size() == 1 && toNumber(lookup(p, "radius").value, &size))
            f.geometry = ZoneGeometry::circle(centre.first(), size);
        else if (shape == QLatin1String("corridor") && line.size() >= 2 && toNumber(lookup(p, "width").value, &size))
            f.geometry = ZoneGeometry::corridor(line, size);
        else
            f.geometry = ZoneGeometry::fromGeoJson(raw.geometry);
    } else if ((type == QLatin1String("Point") || type == QLatin1String("LineString"))
               && !raw.geometry.contains(QLatin1String("coordinates"))) {
        *problems << tr("the %1 has no coordinates").arg(type);
    } else if (type == QLatin1String("Point")) {
        QPointF centre;
        double radius = 0;
        if (position(coordinates, &centre)
            && parameter("radius", tr("a Point needs a radius_m property: the circle's radius in metres"), &radius))
            f.geometry = ZoneGeometry::circle(centre, radius);
    } else if (type == QLatin1String("LineString")) {
        QList<QPointF> line;
        bool ok = true;
        for (const QJsonValue &value : coordinates) {
            QPointF point;
            ok = position(value, &point) && ok;
            line << point;
        }
        double width = 0;
        if (ok && parameter("width", tr("a LineString needs a width_m property: the corridor's width in metres"), &width))
            f.geometry = ZoneGeometry::corridor(line, width);
    } else {
        *problems << tr("geometry type \"%1\" is not supported: use Polygon, MultiPolygon, Point with radius_m "
                        "or LineString with width_m").arg(type);
    }
    if (!f.geometry.isNull()) {
        // A file in metres (UTM, Gauss-Boaga) has every position out of range: one line a
        // feature says it, with the likely cause, rather than one line a vertex.
        qsizetype firstOutOfRange = -1;
        int outOfRange = 0;
        bool projected = false;
        const QList<GeometryProblem> geometryProblems = f.geometry.validate();
        for (const GeometryProblem &problem : geometryProblems) {
            const QPointF p = problem.location;
            if (problem.hasLocation && (std::abs(p.x()) > 180 || std::abs(p.y()) > 90)) {
                projected = projected || std::abs(p.x()) > 1000 || std::abs(p.y()) > 1000;
                if (outOfRange++ > 0)
                    continue;
                firstOutOfRange = problems->size();
            }
            *problems << problem.reason;
        }
        if (outOfRange > 1)
            (*problems)[firstOutOfRange] += tr(", and %n more position(s) out of range", nullptr, outOfRange - 1);
        if (projected)
            (*problems)[firstOutOfRange] += tr("; these look like metres of a projected system such as UTM or Gauss-Boaga: "
                                               "save the file as WGS84 longitude/latitude (EPSG:4326)");
        // A radius or width of 1e9 m makes a valid polygon round the planet: the size limits
        // are the map's, so that a file cannot store what the map would refuse.
        if (geometryProblems.isEmpty())
            *problems << ZoneShape::limitProblems(f.geometry);
    }

    // The active window: inclusive ISO dates, either side may be open.
    const Found from = lookup(p, "from"), to = lookup(p, "to");
    if (from.isSet()) {
        f.activeFrom = toDate(from.value);
        if (!f.activeFrom.isValid())
            *problems << tr("%1 '%2' is not a date as YYYY-MM-DD").arg(from.key, from.value.toString());
    }
    if (to.isSet()) {
        f.activeTo = toDate(to.value);
        if (!f.activeTo.isValid())
            *problems << tr("%1 '%2' is not a date as YYYY-MM-DD").arg(to.key, to.value.toString());
    }
    if (f.activeFrom.isValid() && f.activeTo.isValid() && f.activeTo < f.activeFrom)
        *problems << tr("the active window ends (%1) before it starts (%2)")
                         .arg(f.activeTo.toString(Qt::ISODate), f.activeFrom.toString(Qt::ISODate));

    // Constraints.
    if (const Found height = lookup(p, "height"); height.isSet()) {
        double metres = 0;
        if (!toNumber(height.value, &metres) || metres < 0)
            *problems << tr("%1 '%2' is not a height in metres (a number, 0 or more)").arg(height.key, height.value.toString());
        else
            f.maxHeightM = metres;
    }
    f.hours = text(lookup(p, "hours").value);
    f.notes = text(lookup(p, "notes").value);
    f.district = text(lookup(p, "district").value);
    return f;
}

} // namespace citylab
