// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftcontext.h"

#include "domain/art36application.h"

#include "requestchecklist.h"

#include "domain/vocabulary.h"
#include "geo/zonereader.h"
#include "store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtMath>

namespace citylab {

namespace {

} // namespace

QString DraftContext::longDate(const QDate &date, const QLocale &locale)
{
    // "25 novembre 2026" / "25 November 2026": the locale's month names without a weekday
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

DraftZone DraftContext::draftZone(const Zone &zone)
{
    DraftZone draft;
    draft.name = zone.name;
    draft.district = zone.district;
    draft.hours = zone.hours;
    draft.activeFrom = zone.activeFrom;
    draft.activeTo = zone.activeTo;
    draft.maxHeightM = zone.maxHeightM.value_or(-1);
    draft.areaM2 = zone.geometry.areaM2();
    for (const ZoneGeometry::Polygon &polygon : zone.geometry.polygons())
        for (const ZoneGeometry::Ring &ring : polygon)
            draft.rings << QPolygonF(ring);
    return draft;
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
        " o.id, o.name, o.pec, e.id, e.code, e.title, e.summary, e.officer, e.start_on, e.end_on, e.domain, l.name, l.pec, r.due_on"
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
    // for a reminder to an authority that is late: the term and how long ago it passed
    const QDate due = date(22);
    v.insert(QStringLiteral("due_on"), longDate(due, locale));
    if (due.isValid() && due < today && (d.status == QLatin1String("submitted") || d.status == QLatin1String("resubmitted")))
        v.insert(QStringLiteral("days_late"), locale.toString(due.daysTo(today)));
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
        QList<Zone> zones = ZoneReader::ofExperiment(store, experimentId).zones;
        std::sort(zones.begin(), zones.end(), [](const Zone &a, const Zone &b) { return a.name < b.name; });
        for (const Zone &stored : std::as_const(zones)) {
            const DraftZone zone = draftZone(stored);
            QStringList parts{zone.name};
            // "district Circoscrizione 8" said it twice: a district named with the word is left as it is
            const QString districtWord = tr("district %1").section(QStringLiteral("%1"), 0, 0).trimmed();
            if (!zone.district.isEmpty())
                parts << (zone.district.startsWith(districtWord, Qt::CaseInsensitive) ? zone.district
                                                                                      : tr("district %1").arg(zone.district));
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
    d.values.lists.insert(QStringLiteral("partners"), partners);
    d.values.lists.insert(QStringLiteral("zones"), zoneLines);
    // What goes with the letter: the checklist's attached files and the zone map. One list
    // for the body's {{enclosures}} and the Enclosures at the foot, so the two agree.
    // Every document attached to the request goes with it (the PEC carries them all),
    // named by its checklist item where it has one.
    QHash<QString, QString> labels;
    for (const RequestChecklist::Item &item : RequestChecklist::load(store, requestId))
        labels.insert(item.key, item.label);
    QStringList enclosures;
    QSqlQuery files(store.database());
    files.setForwardOnly(true);
    files.prepare(QStringLiteral("SELECT checklist_item, file_name FROM attachments WHERE request_id = :id ORDER BY id"));
    files.bindValue(QStringLiteral(":id"), requestId);
    if (files.exec())
        while (files.next()) {
            const QString label = labels.value(files.value(0).toString());
            enclosures << (label.isEmpty() ? files.value(1).toString() : tr("%1: %2").arg(label, files.value(1).toString()));
        }
    if (!d.zones.isEmpty())
        enclosures << tr("zone map (appendix)");
    d.values.lists.insert(QStringLiteral("enclosures"), enclosures);
    if (d.kind == Art36Application::kind)
        if (const std::optional<Art36Application> a = Art36Application::load(store, requestId, nullptr)) {
            v.insert(QStringLiteral("application.holder"), a->holder);
            v.insert(QStringLiteral("application.lead_person"), a->leadPerson);
            if (a->durationMonths > 0)
                v.insert(QStringLiteral("application.duration"), tr("%n month(s)", nullptr, a->durationMonths));
            v.insert(QStringLiteral("application.aims"), a->aims);
            v.insert(QStringLiteral("application.expected_results"), a->expectedResults);
            v.insert(QStringLiteral("application.monitoring"), a->monitoring);
            v.insert(QStringLiteral("application.risks"), a->risks);
            v.insert(QStringLiteral("application.safeguards"), a->safeguards);
            v.insert(QStringLiteral("application.renews"), a->renewalOfReference);
            QStringList rules;
            for (const Art36Application::Rule &rule : a->rules)
                rules << rule.reference + QStringLiteral(" — ") + rule.title;
            d.values.lists.insert(QStringLiteral("application.rules"), rules);
        }
    return d;
}

} // namespace citylab
