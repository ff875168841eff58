// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneexporter.h"

#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QXmlStreamWriter>

namespace citylab {

struct ZoneExporter::Zone
{
    QString uuid, name, experiment, activeFrom, activeTo, hours, district, notes;
    QVariant maxHeightM;
    QJsonObject geometry;    // the stored area, also of circles and corridors: what every GIS reads
    QString shape;           // circle or corridor, with their parameters; empty for a polygon
    QJsonArray centre, centreLine;
    QVariant radiusM, widthM;
};

namespace {

// Shortest text that reads back to the same double: exports round-trip exactly.
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString position(const QJsonValue &value)
{
    const QJsonArray p = value.toArray();
    return number(p.at(0).toDouble()) + u',' + number(p.at(1).toDouble());
}

QString positions(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &p : list)
        out << position(p);
    return out.join(u' ');
}

// XML readers turn a raw carriage return into a line feed (XML 1.0, 2.11): a name or note
// typed with Windows line breaks keeps them only as character references.
void writeText(QXmlStreamWriter &xml, const QString &element, const QString &text)
{
    xml.writeStartElement(element);
    const QStringList parts = text.split(u'\r');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(QStringLiteral("#13"));
        xml.writeCharacters(parts.at(i));
    }
    xml.writeEndElement();
}

void writePolygon(QXmlStreamWriter &xml, const QJsonArray &rings)
{
    xml.writeStartElement(QStringLiteral("Polygon"));
    for (qsizetype i = 0; i < rings.size(); ++i) {
        xml.writeStartElement(i == 0 ? QStringLiteral("outerBoundaryIs") : QStringLiteral("innerBoundaryIs"));
        xml.writeStartElement(QStringLiteral("LinearRing"));
        xml.writeTextElement(QStringLiteral("coordinates"), positions(rings.at(i).toArray()));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

ZoneExporter::ZoneExporter(Store &store)
    : m_store(store)
{
}

QList<ZoneExporter::Zone> ZoneExporter::zones(qint64 experimentId)
{
    QList<Zone> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT z.uuid, z.name, e.code, z.active_from, z.active_to, z.hours, z.district, z.notes,"
                             " z.max_height_m, z.shape, z.geometry, z.constraints"
                             " FROM zones z JOIN experiments e ON e.id = z.experiment_id"
                             " WHERE :all OR z.experiment_id = :experiment ORDER BY e.code, z.id"));
    q.bindValue(QStringLiteral(":all"), experimentId < 0);
    q.bindValue(QStringLiteral(":experiment"), experimentId);
    if (!q.exec()) {
        m_error = tr("Cannot read the zones of %1: %2.").arg(m_store.path(), SqlErrorText::describe(q.lastError()));
        return out;
    }
    while (q.next()) {
        Zone z{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
               q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
               q.value(8), {}, {}, {}, {}, {}, {}};
        const QString shape = q.value(9).toString();
        const QJsonObject constraints = QJsonDocument::fromJson(q.value(11).toByteArray()).object();
        const QJsonValue centre = constraints.value(QLatin1String("center"));
        const QJsonValue line = constraints.value(QLatin1String("centerline"));
        z.geometry = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
        if (shape == QLatin1String("circle") && centre.isArray() && constraints.value(QLatin1String("radius_m")).isDouble()) {
            z.shape = shape;
            z.centre = centre.toArray();
            z.radiusM = constraints.value(QLatin1String("radius_m")).toDouble();
        } else if (shape == QLatin1String("corridor") && line.isArray() && constraints.value(QLatin1String("width_m")).isDouble()) {
            z.shape = shape;
            z.centreLine = line.toArray();
            z.widthM = constraints.value(QLatin1String("width_m")).toDouble();
        }
        out << z;
    }
    if (q.lastError().isValid()) { // a damaged page ends the loop like the last row
        m_error = tr("Cannot read the zones of %1: %2.").arg(m_store.path(), SqlErrorText::describe(q.lastError()));
        return {};
    }
    return out;
}

QByteArray ZoneExporter::geoJson(qint64 experimentId)
{
    QJsonArray features;
    const QList<Zone> list = zones(experimentId);
    for (const Zone &z : list) {
        QJsonObject properties{{QLatin1String("name"), z.name}, {QLatin1String("experiment"), z.experiment}};
        auto put = [&properties](const char *key, const QString &value) {
            if (!value.isEmpty())
                properties.insert(QLatin1String(key), value);
        };
        put("active_from", z.activeFrom);
        put("active_to", z.activeTo);
        if (!z.maxHeightM.isNull())
            properties.insert(QLatin1String("max_height_m"), z.maxHeightM.toDouble());
        put("hours", z.hours);
        put("notes", z.notes);
        put("district", z.district);
        put("shape", z.shape);
        if (!z.centre.isEmpty())
            properties.insert(QLatin1String("center"), z.centre);
        if (!z.radiusM.isNull())
            properties.insert(QLatin1String("radius_m"), z.radiusM.toDouble());
        if (!z.centreLine.isEmpty())
            properties.insert(QLatin1String("centerline"), z.centreLine);
        if (!z.widthM.isNull())
            properties.insert(QLatin1String("width_m"), z.widthM.toDouble());
        features.append(QJsonObject{{QLatin1String("type"), QLatin1String("Feature")},
                                    {QLatin1String("id"), z.uuid},
                                    {QLatin1String("geometry"), z.geometry},
                                    {QLatin1String("properties"), properties}});
    }
    m_count = int(list.size());
    const QJsonObject collection{{QLatin1String("type"), QLatin1String("FeatureCollection")},
                                 {QLatin1String("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

QByteArray ZoneExporter::kml(qint64 experimentId)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("kml"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeTextElement(QStringLiteral("name"), tr("CityLab zones"));
    const QList<Zone> list = zones(experimentId);
    for (const Zone &z : list) {
        xml.writeStartElement(QStringLiteral("Placemark"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("zone-") + z.uuid);
        writeText(xml, QStringLiteral("name"), z.name);
        // Viewers such as Google Earth show the description; the importer reads notes first.
        if (!z.notes.isEmpty())
            writeText(xml, QStringLiteral("description"), z.notes);
        if (!z.activeFrom.isEmpty() || !z.activeTo.isEmpty()) {
            xml.writeStartElement(QStringLiteral("TimeSpan"));
            if (!z.activeFrom.isEmpty())
                xml.writeTextElement(QStringLiteral("begin"), z.activeFrom);
            if (!z.activeTo.isEmpty())
                xml.writeTextElement(QStringLiteral("end"), z.activeTo);
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("ExtendedData"));
        auto data = [&xml](const QString &key, const QString &value) {
            if (value.isEmpty())
                return;
            xml.writeStartElement(QStringLiteral("Data"));
            xml.writeAttribute(QStringLiteral("name"), key);
            writeText(xml, QStringLiteral("value"), value);
            xml.writeEndElement();
        };
        data(QStringLiteral("experiment"), z.experiment);
        data(QStringLiteral("max_height_m"), z.maxHeightM.isNull() ? QString() : number(z.maxHeightM.toDouble()));
        data(QStringLiteral("hours"), z.hours);
        data(QStringLiteral("notes"), z.notes);
        data(QStringLiteral("district"), z.district);
        data(QStringLiteral("shape"), z.shape);
        data(QStringLiteral("center"), z.centre.isEmpty() ? QString() : position(z.centre));
        data(QStringLiteral("radius_m"), z.radiusM.isNull() ? QString() : number(z.radiusM.toDouble()));
        data(QStringLiteral("centerline"), positions(z.centreLine));
        data(QStringLiteral("width_m"), z.widthM.isNull() ? QString() : number(z.widthM.toDouble()));
        xml.writeEndElement();

        const QString type = z.geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = z.geometry.value(QLatin1String("coordinates")).toArray();
        if (type == QLatin1String("Polygon")) {
            writePolygon(xml, coordinates);
        } else if (type == QLatin1String("MultiPolygon")) {
            xml.writeStartElement(QStringLiteral("MultiGeometry"));
            for (const QJsonValue &polygon : coordinates)
                writePolygon(xml, polygon.toArray());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    m_count = int(list.size());
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

bool ZoneExporter::write(const QString &path, qint64 experimentId)
{
    m_error.clear();
    m_count = 0;
    const ZoneFileReader::Format format = ZoneFileReader::formatOf(path);
    if (format == ZoneFileReader::Format::Unknown) {
        m_error = tr("%1: the file name must end in .geojson or .kml").arg(path);
        return false;
    }
    const QByteArray data = format == ZoneFileReader::Format::Kml ? kml(experimentId) : geoJson(experimentId);
    if (!m_error.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        m_count = 0;
        return false;
    }
    return true;
}

} // namespace citylab
