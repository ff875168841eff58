// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackreader.h"

#include "i18n/dateformat.h"
#include "outcomes/measurementcsvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace citylab {

namespace {

// Takes the points in file order and refuses the first one out of range or earlier than the
// one before it; `where` names the point only when there is something to say about it.
class PointSink
{
public:
    explicit PointSink(Track &track) : m_track(track) {}

    template<typename Where>
    bool add(const TrackPoint &p, Where where)
    {
        if (!(p.lat >= -90 && p.lat <= 90)) {
            m_error = TrackReader::tr("%1: latitude %2 is out of range (-90 to 90)").arg(where()).arg(p.lat);
            return false;
        }
        if (!(p.lon >= -180 && p.lon <= 180)) {
            m_error = TrackReader::tr("%1: longitude %2 is out of range (-180 to 180)").arg(where()).arg(p.lon);
            return false;
        }
        if (!m_track.points.isEmpty() && p.time < m_track.points.constLast().time) {
            m_error = TrackReader::tr("%1: %2 is earlier than the point before it (%3); the points must be in time order")
                          .arg(where(), DateFormat::romeTime(p.time), DateFormat::romeTime(m_track.points.constLast().time));
            return false;
        }
        m_track.points.append(p);
        return true;
    }
    QString error() const { return m_error; }

private:
    Track &m_track;
    QString m_error;
};

std::optional<qint64> timeOf(const QJsonValue &value)
{
    if (value.isString())
        return MeasurementCsvReader::parseTime(value.toString().toUtf8());
    if (value.isDouble()) {   // Unix time, in seconds or (as JavaScript writes it) milliseconds
        const double v = value.toDouble();
        const double seconds = v > 1e11 ? v / 1000 : v;
        // 1970 to 2100: anything else is not a time a test ran at (and would not fit)
        if (!(seconds >= 0 && seconds < 4102444800.0))
            return std::nullopt;
        return qint64(seconds);
    }
    return std::nullopt;
}

// A date without a time of day: a track needs the moment, not the day.
bool hasTimeOfDay(QByteArrayView text)
{
    return text.contains(':');
}

} // namespace

TrackReader::Result TrackReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("%1: cannot be read (%2)").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    Result result = read(file.readAll(), path);
    if (!result.ok)
        result.error = QFileInfo(path).fileName() + QStringLiteral(", ") + result.error;
    return result;
}

TrackReader::Result TrackReader::read(const QByteArray &data, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    Result result;
    if (suffix == QLatin1String("gpx")) {
        result = readGpx(data);
    } else if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        result = readGeoJson(data);
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        result = readCsv(data);
    } else {
        const QByteArray start = data.left(256).trimmed();
        if (start.startsWith('<') || start.startsWith("\xEF\xBB\xBF<"))
            result = readGpx(data);
        else if (start.startsWith('{'))
            result = readGeoJson(data);
        else
            result = readCsv(data);
    }
    if (result.ok && result.track.points.isEmpty()) {
        result.ok = false;
        result.error = tr("no positions with a time found");
    }
    return result;
}

TrackReader::Result TrackReader::readGpx(const QByteArray &data)
{
    Result result;
    result.track.format = Track::Format::Gpx;
    PointSink sink(result.track);
    QXmlStreamReader xml(data);
    bool anyAltitude = false;
    // A track's points when it has any: named waypoints beside a track are places, often
    // without a time, not where the test went. A file of routes or waypoints alone is read as one.
    const bool hasTrackPoints = data.contains("<trkpt") || data.contains(":trkpt");
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (hasTrackPoints ? name != QLatin1String("trkpt")
                           : name != QLatin1String("rtept") && name != QLatin1String("wpt"))
            continue;
        const qint64 line = xml.lineNumber();
        const auto where = [line] { return tr("line %1").arg(line); };
        TrackPoint p;
        bool latOk = false, lonOk = false;
        p.lat = xml.attributes().value(QLatin1String("lat")).toDouble(&latOk);
        p.lon = xml.attributes().value(QLatin1String("lon")).toDouble(&lonOk);
        if (!latOk || !lonOk) {
            result.error = tr("%1: the point has no readable lat and lon").arg(where());
            return result;
        }
        std::optional<qint64> time;
        QString timeText;
        // The point's children up to its end tag; extensions are skipped.
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("time")) {
                timeText = xml.readElementText().trimmed();
                time = MeasurementCsvReader::parseTime(timeText.toUtf8());
            } else if (xml.name() == QLatin1String("ele")) {
                bool ok = false;
                const double ele = xml.readElementText().trimmed().toDouble(&ok);
                if (ok) {
                    p.altitude = ele;
                    anyAltitude = true;
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (!time) {
            result.error = timeText.isEmpty() ? tr("%1: the point has no time").arg(where())
                                              : tr("%1: '%2' is not a time (ISO 8601, e.g. 2026-05-10T09:15:03Z)").arg(where(), timeText);
            return result;
        }
        p.time = *time;
        if (!sink.add(p, where)) {
            result.error = sink.error();
            return result;
        }
    }
    if (xml.hasError()) {
        result.error = tr("line %1: not a readable GPX file (%2)").arg(xml.lineNumber()).arg(xml.errorString());
        return result;
    }
    result.track.altitude = anyAltitude ? Track::Altitude::AboveSeaLevel : Track::Altitude::None;
    result.ok = true;
    return result;
}

TrackReader::Result TrackReader::readGeoJson(const QByteArray &data)
{
    Result result;
    result.track.format = Track::Format::GeoJson;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        result.error = parseError.error != QJsonParseError::NoError
            ? tr("not readable GeoJSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString())
            : tr("not a GeoJSON object");
        return result;
    }
    QJsonArray features;
    const QJsonObject root = doc.object();
    const QString rootType = root.value(QLatin1String("type")).toString();
    if (rootType == QLatin1String("FeatureCollection"))
        features = root.value(QLatin1String("features")).toArray();
    else if (rootType == QLatin1String("Feature"))
        features.append(root);
    else
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")}, {QStringLiteral("geometry"), root}});

    PointSink sink(result.track);
    bool anyAltitude = false;
    for (qsizetype f = 0; f < features.size(); ++f) {
        const QJsonObject feature = features.at(f).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        // Each part: its positions, and the times given for them one by one.
        QList<std::pair<QJsonArray, QJsonArray>> parts;
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        QJsonValue times = properties.value(QLatin1String("coordTimes"));
        if (times.isUndefined())
            times = properties.value(QLatin1String("times"));
        if (type == QLatin1String("Point")) {
            QJsonValue time;
            for (const char *key : {"time", "timestamp", "datetime", "date"})
                if (time.isUndefined() || time.isNull())
                    time = properties.value(QLatin1String(key));
            parts.append({QJsonArray{coordinates}, QJsonArray{time}});
        } else if (type == QLatin1String("LineString") || type == QLatin1String("MultiPoint")) {
            parts.append({coordinates, times.toArray()});
        } else if (type == QLatin1String("MultiLineString")) {
            const QJsonArray partTimes = times.toArray();
            for (qsizetype i = 0; i < coordinates.size(); ++i)
                parts.append({coordinates.at(i).toArray(), partTimes.at(i).toArray()});
        } else {
            continue;   // polygons and the like say nothing about where a test ran
        }
        qsizetype index = 0;
        for (const auto &[positions, stamps] : std::as_const(parts)) {
            for (qsizetype i = 0; i < positions.size(); ++i, ++index) {
                const auto where = [f, index] { return tr("feature %1, point %2").arg(f + 1).arg(index + 1); };
                const QJsonArray position = positions.at(i).toArray();
                if (position.size() < 2 || !position.at(0).isDouble() || !position.at(1).isDouble()) {
                    result.error = tr("%1: the position is not [longitude, latitude]").arg(where());
                    return result;
                }
                const std::optional<qint64> time = timeOf(stamps.at(i));
                if (!time) {
                    result.error = stamps.at(i).isUndefined() || stamps.at(i).isNull()
                        ? tr("%1: the point has no time (a \"time\" property, or \"coordTimes\" for a line)").arg(where())
                        : tr("%1: '%2' is not a time (ISO 8601, e.g. 2026-05-10T09:15:03Z)").arg(where(), stamps.at(i).toVariant().toString());
                    return result;
                }
                TrackPoint p;
                p.lon = position.at(0).toDouble();
                p.lat = position.at(1).toDouble();
                p.time = *time;
                if (position.size() > 2 && position.at(2).isDouble()) {
                    p.altitude = position.at(2).toDouble();
                    anyAltitude = true;
                }
                if (!sink.add(p, where)) {
                    result.error = sink.error();
                    return result;
                }
            }
        }
    }
    result.track.altitude = anyAltitude ? Track::Altitude::AboveSeaLevel : Track::Altitude::None;
    result.ok = true;
    return result;
}

TrackReader::Result TrackReader::readCsv(const QByteArray &bytes)
{
    Result result;
    result.track.format = Track::Format::Csv;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const MeasurementCsvDialect dialect = MeasurementCsvReader::detectDialect(data);
    qsizetype pos = 0;
    int line = 1;
    QList<QByteArray> fields;
    if (!MeasurementCsvReader::splitRecord(data, dialect.separator, &pos, &fields, &line)) {
        result.error = tr("the file is empty");
        return result;
    }
    int latColumn = -1, lonColumn = -1, timeColumn = -1, dayColumn = -1, clockColumn = -1, heightColumn = -1;
    bool aboveGround = false;
    static const QStringList latNames = {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("latitudine")};
    static const QStringList lonNames = {QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("long"),
                                         QStringLiteral("longitude"), QStringLiteral("longitudine")};
    // A moment in one column, or a day in one column and the time of day in another (as
    // many loggers write them: "date,time" or "data;ora").
    static const QStringList momentNames = {QStringLiteral("timestamp"), QStringLiteral("datetime"), QStringLiteral("data_ora"),
                                            QStringLiteral("dataora"), QStringLiteral("data e ora"), QStringLiteral("time")};
    static const QStringList dayNames = {QStringLiteral("date"), QStringLiteral("data"), QStringLiteral("giorno")};
    static const QStringList clockNames = {QStringLiteral("time"), QStringLiteral("ora"), QStringLiteral("orario")};
    static const QStringList groundNames = {QStringLiteral("height"), QStringLiteral("altezza"),
                                            QStringLiteral("height_above_takeoff"), QStringLiteral("agl")};
    static const QStringList seaNames = {QStringLiteral("alt"), QStringLiteral("altitude"), QStringLiteral("altitudine"),
                                         QStringLiteral("ele"), QStringLiteral("elevation"), QStringLiteral("quota")};
    QStringList header;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = MeasurementCsvReader::headerKey(MeasurementCsvReader::decode(fields.at(i), dialect.utf8));
        header << name;
        if (latColumn < 0 && latNames.contains(name))
            latColumn = int(i);
        else if (lonColumn < 0 && lonNames.contains(name))
            lonColumn = int(i);
        else if (dayColumn < 0 && dayNames.contains(name))
            dayColumn = int(i);
        else if ((timeColumn < 0 && momentNames.contains(name)) || (clockColumn < 0 && clockNames.contains(name))) {
            if (momentNames.contains(name) && timeColumn < 0)
                timeColumn = int(i);
            if (clockNames.contains(name) && clockColumn < 0)
                clockColumn = int(i);
        } else if (heightColumn < 0 && (groundNames.contains(name) || seaNames.contains(name))) {
            heightColumn = int(i);
            aboveGround = groundNames.contains(name);
        }
    }
    // a day column with a time-of-day column beside it: the two make the moment
    const bool dayAndClock = dayColumn >= 0 && clockColumn >= 0;
    if (dayAndClock)
        timeColumn = -1;
    else if (timeColumn < 0)
        timeColumn = dayColumn;
    QStringList missing;
    if (latColumn < 0)
        missing << QStringLiteral("lat");
    if (lonColumn < 0)
        missing << QStringLiteral("lon");
    if (timeColumn < 0 && !dayAndClock)
        missing << QStringLiteral("time");
    if (!missing.isEmpty()) {
        result.error = tr("line 1: no column for %1 (the header has: %2)")
                           .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", ")));
        return result;
    }
    const int needed = std::max({latColumn, lonColumn, timeColumn, dayColumn, clockColumn, heightColumn}) + 1;
    PointSink sink(result.track);
    result.track.points.reserve(data.size() / 40);
    bool anyAltitude = false;
    while (true) {
        if (!MeasurementCsvReader::splitRecord(data, dialect.separator, &pos, &fields, &line))
            break;
        const int where = line - 1;   // the line the record ended on
        const auto place = [where] { return tr("line %1").arg(where); };
        if (fields.size() < needed) {
            result.error = tr("%1: %2 fields, the header has %3").arg(place()).arg(fields.size()).arg(header.size());
            return result;
        }
        TrackPoint p;
        const auto number = [&](int column, const char *what, double *out) {
            const std::optional<double> v = MeasurementCsvReader::parseNumber(fields.at(column), dialect.decimalComma);
            if (!v)
                result.error = tr("%1: %2 '%3' is not a number")
                                   .arg(place(), QLatin1String(what), MeasurementCsvReader::decode(fields.at(column), dialect.utf8));
            else
                *out = *v;
            return v.has_value();
        };
        if (!number(latColumn, "lat", &p.lat) || !number(lonColumn, "lon", &p.lon))
            return result;
        const QByteArray moment = dayAndClock ? QByteArrayView(fields.at(dayColumn)).trimmed().toByteArray() + ' '
                                                    + QByteArrayView(fields.at(clockColumn)).trimmed().toByteArray()
                                              : fields.at(timeColumn);
        const std::optional<qint64> time = hasTimeOfDay(moment) ? MeasurementCsvReader::parseTime(moment) : std::nullopt;
        if (!time) {
            result.error = tr("%1: '%2' is not a date and time (dd/mm/yyyy HH:MM[:SS], or ISO 8601)")
                               .arg(place(), MeasurementCsvReader::decode(moment, dialect.utf8));
            return result;
        }
        p.time = *time;
        if (heightColumn >= 0 && !QByteArrayView(fields.at(heightColumn)).trimmed().isEmpty()) {
            if (!number(heightColumn, "altitude", &p.altitude))
                return result;
            anyAltitude = true;
        }
        if (!sink.add(p, place)) {
            result.error = sink.error();
            return result;
        }
    }
    result.track.altitude = !anyAltitude ? Track::Altitude::None
                                         : aboveGround ? Track::Altitude::AboveGround : Track::Altitude::AboveSeaLevel;
    result.ok = true;
    return result;
}

} // namespace citylab
