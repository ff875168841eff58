// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftcontext.h"

#include "domain/vocabulary.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtMath>

namespace citylab {

namespace {

QPolygonF ringFrom(const QJsonArray &points)
{
    QPolygonF ring;
    for (const QJsonValue &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() >= 2)
            ring << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
    }
    return ring;
}

// Area on a local equirectangular plane: exact enough for city-sized zones.
double ringAreaM2(const QPolygonF &ring)
{
    if (ring.size() < 3)
        return 0;
    const double lat0 = qDegreesToRadians(ring.first().y());
    const double mPerDegLat = 111320.0, mPerDegLon = 111320.0 * std::cos(lat0);
    double sum = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring.at(i), b = ring.at((i + 1) % ring.size());
        sum += (a.x() * mPerDegLon) * (b.y() * mPerDegLat) - (b.x() * mPerDegLon) * (a.y() * mPerDegLat);
    }
    return std::abs(sum) / 2;
}

} // namespace

QString DraftContext::longDate(const QDate &date, const QLocale &locale)
{
    // "25 novembre 2026" / "25 November 2026": the locale's month names without a weekday
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

DraftZone DraftContext::zoneFromGeoJson(const QByteArray &geometry)
{
    DraftZone zone;
    const QJsonObject g = QJsonDocument::fromJson(geometry).object();
    const QString type = g.value(QStringLiteral("type")).toString();
    const QJsonArray c = g.value(QStringLiteral("coordinates")).toArray();
    if (type == QLatin1String("Polygon")) {
        for (const QJsonValue &ring : c)
            zone.rings << ringFrom(ring.toArray());
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &polygon : c)
            for (const QJsonValue &ring : polygon.toArray())
                zone.rings << ringFrom(ring.toArray());
    } else if (type == QLatin1String("LineString")) {
        zone.rings << ringFrom(c);
        zone.isLine = true;
    } else if (type == QLatin1String("Point") && c.size() >= 2) {
        zone.rings << QPolygonF{QPointF(c.at(0).toDouble(), c.at(1).toDouble())};
        zone.isLine = true;
    }
    if (!zone.isLine && !zone.rings.isEmpty()) {
        zone.areaM2 = ringAreaM2(zone.rings.first());
        for (qsizetype i = 1; i < zone.rings.size(); ++i)   // holes (or further polygons, rarely)
            zone.areaM2 -= type == QLatin1String("Polygon") ? ringAreaM2(zone.rings.at(i)) : -ringAreaM2(zone.rings.at(i));
    }
    return zone;
}

qint64 DraftContext::findRequest(const Store &store, const QString &name)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM regulatory_requests WHERE protocol_number = :n OR uuid = :n OR reference = :n"
                             " ORDER BY (reference = :n) DESC, id LIMIT 1"));
    q.bindValue(QStringLiteral(":n"), name.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

DraftContext DraftContext::load(const Store &store, qint64 requestId, const QLocale &locale, const QDate &today)
{
    DraftContext d;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT r.reference, r.uuid, r.kind, r.status, r.subject, r.protocol_number, r.body, r.legal_basis, r.submitted_on,"
        " o.id, o.name, o.pec, e.id, e.code, e.title, e.summary, e.officer, e.start_on, e.end_on, e.domain, l.name, l.pec"
        " FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id"
        " LEFT JOIN experiments e ON e.id = r.experiment_id"
        " LEFT JOIN organizations l ON l.id = e.lead_organization_id WHERE r.id = :id"));
    q.bindValue(QStringLiteral(":id"), requestId);
    if (!q.exec() || !q.next())
        return d;
    const auto text = [&](int i) { return q.value(i).toString(); };
    const auto date = [&](int i) { return QDate::fromString(q.value(i).toString(), Qt::ISODate); };
    d.requestId = requestId;
    d.reference = text(0);
    d.uuid = text(1);
    d.kind = text(2);
    d.status = text(3);
    d.subject = text(4);
    d.protocolNumber = text(5);
    d.body = text(6);
    d.authorityId = q.value(9).toLongLong();
    d.authorityName = text(10);
    d.authorityPec = text(11);
    d.experimentDomain = text(19);
    const qint64 experimentId = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    d.office = OfficeSettings::load(store);

    auto &v = d.values.text;
    v.insert(QStringLiteral("request.reference"), d.reference);
    v.insert(QStringLiteral("request.subject"), d.subject);
    v.insert(QStringLiteral("protocol_number"), d.protocolNumber);
    v.insert(QStringLiteral("legal_basis"), text(7));
    v.insert(QStringLiteral("submitted_on"), longDate(date(8), locale));
    v.insert(QStringLiteral("today"), longDate(today, locale));
    v.insert(QStringLiteral("authority.name"), d.authorityName);
    v.insert(QStringLiteral("authority.pec"), d.authorityPec);
    v.insert(QStringLiteral("experiment.code"), text(13));
    v.insert(QStringLiteral("experiment.title"), text(14));
    v.insert(QStringLiteral("experiment.description"), text(15));
    v.insert(QStringLiteral("officer"), text(16).isEmpty() ? d.office.signatoryName : text(16));
    const QDate start = date(17), end = date(18);
    v.insert(QStringLiteral("experiment.start"), longDate(start, locale));
    v.insert(QStringLiteral("experiment.end"), longDate(end, locale));
    if (start.isValid() && end.isValid())
        v.insert(QStringLiteral("experiment.duration"), tr("%n day(s)", nullptr, int(start.daysTo(end)) + 1));
    v.insert(QStringLiteral("lead.name"), text(20));
    v.insert(QStringLiteral("lead.pec"), text(21));
    v.insert(QStringLiteral("office.name"), d.office.name);
    v.insert(QStringLiteral("office.address"), d.office.address);
    v.insert(QStringLiteral("office.city"), d.office.city);
    v.insert(QStringLiteral("office.pec"), d.office.pec);
    v.insert(QStringLiteral("signatory.name"), d.office.signatoryName);
    v.insert(QStringLiteral("signatory.role"), d.office.signatoryRole);

    QStringList partners;
    QStringList zoneLines;
    if (experimentId >= 0) {
        QSqlQuery p(store.database());
        p.prepare(QStringLiteral("SELECT o.name, p.role FROM experiment_partners p JOIN organizations o ON o.id = p.organization_id"
                                 " WHERE p.experiment_id = :id ORDER BY o.name"));
        p.bindValue(QStringLiteral(":id"), experimentId);
        if (p.exec())
            while (p.next())
                partners << (p.value(1).toString().isEmpty() ? p.value(0).toString()
                                                             : tr("%1 (%2)").arg(p.value(0).toString(), p.value(1).toString()));
        QSqlQuery z(store.database());
        z.prepare(QStringLiteral("SELECT name, district, active_from, active_to, max_height_m, hours, geometry FROM zones"
                                 " WHERE experiment_id = :id ORDER BY name"));
        z.bindValue(QStringLiteral(":id"), experimentId);
        if (z.exec()) {
            while (z.next()) {
                DraftZone zone = zoneFromGeoJson(z.value(6).toByteArray());
                zone.name = z.value(0).toString();
                zone.district = z.value(1).toString();
                zone.activeFrom = QDate::fromString(z.value(2).toString(), Qt::ISODate);
                zone.activeTo = QDate::fromString(z.value(3).toString(), Qt::ISODate);
                zone.maxHeightM = z.value(4).isNull() ? -1 : z.value(4).toDouble();
                zone.hours = z.value(5).toString();
                QStringList parts{zone.name};
                if (!zone.district.isEmpty())
                    parts << tr("district %1").arg(zone.district);
                if (zone.areaM2 > 0)
                    parts << tr("%1 m²").arg(locale.toString(qRound64(zone.areaM2)));
                if (zone.activeFrom.isValid() && zone.activeTo.isValid())
                    parts << tr("from %1 to %2").arg(longDate(zone.activeFrom, locale), longDate(zone.activeTo, locale));
                if (zone.maxHeightM >= 0)
                    parts << tr("up to %1 m above ground").arg(locale.toString(zone.maxHeightM, 'g', 4));
                if (!zone.hours.isEmpty())
                    parts << tr("hours %1").arg(zone.hours);
                zoneLines << parts.join(QStringLiteral(", "));
                d.zones << zone;
            }
        }
    }
    d.values.lists.insert(QStringLiteral("partners"), partners);
    d.values.lists.insert(QStringLiteral("zones"), zoneLines);
    return d;
}

} // namespace citylab
