// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demodata.h"
#include "drafting/officesettings.h"
#include "geo/localplane.h"
#include "geo/zone.h"
#include "store/bulkinsert.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointF>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <optional>

namespace citylab {

namespace {

QString lonLat(double lon, double lat)
{
    return u'[' + QString::number(lon, 'f', 6) + u',' + QString::number(lat, 'f', 6) + u']';
}

// A GeoJSON Polygon from one closed ring of (lon, lat) points.
QString polygonJson(const QList<QPointF> &ring)
{
    QStringList points;
    for (const QPointF &p : ring)
        points << lonLat(p.x(), p.y());
    points << lonLat(ring.first().x(), ring.first().y());
    return QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[") + points.join(u',') + QStringLiteral("]]}");
}

QPointF offset(double lat, double lon, double eastMetres, double northMetres)
{
    return LocalPlane(QPointF(lon, lat)).toLonLat(QPointF(eastMetres, northMetres));
}

} // namespace

QString DemoGenerator::iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant DemoGenerator::isoOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(iso(date)) : QVariant();
}

int DemoGenerator::stageIndex(const QString &stage)
{
    static const QStringList order = {QStringLiteral("proposal"), QStringLiteral("screening"),
                                      QStringLiteral("agreement"), QStringLiteral("authorization"),
                                      QStringLiteral("active"), QStringLiteral("concluded"),
                                      QStringLiteral("evaluated")};
    return int(order.indexOf(stage));
}

bool DemoGenerator::atLeast(const QString &stage, const QString &other)
{
    return stageIndex(stage) >= stageIndex(other);
}


DemoGenerator::DemoGenerator(Store &store, const Options &options)
    : m_store(store)
    , m_options(options)
    , m_random(options.seed)
{
    m_options.scale = qMax(1, options.scale);
}

int DemoGenerator::between(int low, int high)
{
    return low + int(m_random.bounded(quint32(high - low + 1)));
}

double DemoGenerator::uniform(double low, double high)
{
    return low + m_random.generateDouble() * (high - low);
}

bool DemoGenerator::chance(double probability)
{
    return m_random.generateDouble() < probability;
}

QString DemoGenerator::uuid()
{
    // Version 4 layout from the seeded generator, so that uuids are reproducible too.
    quint32 words[4];
    m_random.fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString DemoGenerator::stamp(const QDate &date)
{
    const QDate day = date.isValid() && date <= m_options.today ? date : m_options.today;
    return QDateTime(day, QTime(9, 0).addSecs(between(0, 8 * 3600)), QTimeZone::UTC).toString(Qt::ISODate);
}

QString DemoGenerator::personName()
{
    return QString::fromUtf8(pick(demodata::firstNames())) + u' ' + QString::fromUtf8(pick(demodata::lastNames()));
}

QString DemoGenerator::pickStage()
{
    // Weights of a mature portfolio: most experiments are running or done.
    static const QList<std::pair<const char *, int>> weights = {
        {"proposal", 8}, {"screening", 8}, {"agreement", 10}, {"authorization", 14}, {"active", 25},
        {"concluded", 15}, {"evaluated", 12}, {"rejected", 5}, {"withdrawn", 3}};
    int roll = between(1, 100);
    for (const auto &[stage, weight] : weights) {
        if (roll <= weight)
            return QString::fromLatin1(stage);
        roll -= weight;
    }
    return QStringLiteral("active");
}

bool DemoGenerator::generate(const std::function<bool(int)> &progress)
{
    const auto step = [&](int percent) { return !progress || progress(percent); };
    return m_store.transact([&] {
        return addOffice() && addMetrics() && addOrganizations() && addPeople() && addCall() && step(5) && addExperiments()
            && step(15) && addAgreements() && addRequests() && addInteractions() && step(25)
            && addMeasurements([&](int percent) { return step(25 + percent * 3 / 4); })
            // last, so that the records made before stay what they were for the same seed
            && addConditionsAndActs() && addCallAndEvaluations() && addTrack() && addTestPlan() && addBarriers()
            && addArt36Applications() && addCityEvents();
    });
}

// Letters drafted on the demo data carry a full letterhead instead of gaps.
bool DemoGenerator::addOffice()
{
    OfficeSettings office;
    office.name = QStringLiteral("Città di Torino – Torino City Lab");
    office.address = QStringLiteral("Piazza Palazzo di Città 1, 10122 Torino");
    office.city = QStringLiteral("Torino");
    office.pec = QStringLiteral("innovazione@cert.comune.torino.it");
    office.signatoryName = QStringLiteral("Dott.ssa Chiara Bellini");
    office.signatoryRole = QStringLiteral("Dirigente dell'Area Innovazione");
    // Written with the generator's own uuids and stamps so that a seed gives the same file.
    const QString when = stamp(m_options.today.addYears(-3));
    for (const auto &[key, value] : office.entries()) {
        if (!value.isEmpty()
            && m_store.insert(QStringLiteral("settings"), {{QStringLiteral("uuid"), uuid()}, {QStringLiteral("key"), key},
                                                           {QStringLiteral("value"), value},
                                                           {QStringLiteral("created_at"), when},
                                                           {QStringLiteral("updated_at"), when}}) < 0)
            return false;
    }
    return true;
}

bool DemoGenerator::addMetrics()
{
    BulkInsert metrics(m_store, QStringLiteral("metrics"),
                       {QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("name"),
                        QStringLiteral("unit"), QStringLiteral("direction"), QStringLiteral("value_kind"),
                        QStringLiteral("description"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (const auto &metric : demodata::metrics()) {
        const QString when = stamp(m_options.today.addYears(-3));
        const qint64 id = metrics.add({uuid(), QString::fromLatin1(metric.code), QString::fromUtf8(metric.name),
                                       QString::fromUtf8(metric.unit), QString::fromLatin1(metric.direction),
                                       QString::fromLatin1(metric.valueKind), QVariant(), when, when});
        if (id < 0)
            return false;
        m_metrics.insert(QString::fromLatin1(metric.code), id);
    }
    return metrics.finish(QStringLiteral("demo"));
}

bool DemoGenerator::addOrganizations()
{
    BulkInsert organizations(m_store, QStringLiteral("organizations"),
                             {QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("short_name"),
                              QStringLiteral("kind"), QStringLiteral("city"), QStringLiteral("email"),
                              QStringLiteral("pec"), QStringLiteral("answer_days"), QStringLiteral("clock_restarts"),
                              QStringLiteral("vat_number"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QString founded = stamp(m_options.today.addYears(-4));
    const auto addFixed = [&](const demodata::Authority &body) {
        const bool authority = body.answerDays > 0;
        return organizations.add({uuid(), QString::fromUtf8(body.name), QString::fromUtf8(body.shortName),
                                  QString::fromLatin1(body.kind), QString::fromLatin1(body.city),
                                  QVariant(), QString::fromLatin1(body.pec),
                                  authority ? QVariant(body.answerDays) : QVariant(), int(body.clockRestarts),
                                  QVariant(), founded, founded});
    };
    for (const auto &body : demodata::authorities()) {
        const qint64 id = addFixed(body);
        if (id < 0)
            return false;
        m_authorities.insert(QString::fromUtf8(body.shortName), id);
        m_organizationNames.insert(id, QString::fromUtf8(body.name));
    }
    for (const auto &body : demodata::researchBodies()) {
        const qint64 id = addFixed(body);
        if (id < 0)
            return false;
        m_research << id;
        m_organizationNames.insert(id, QString::fromUtf8(body.name));
    }
    const QStringList domains = {QStringLiteral("drones"), QStringLiteral("autonomous_mobility"),
                                 QStringLiteral("telecom_5g"), QStringLiteral("robotics"),
                                 QStringLiteral("energy"), QStringLiteral("environment"),
                                 QStringLiteral("public_services")};
    const int companies = 25 * m_options.scale;
    for (int i = 0; i < companies; ++i) {
        const bool startup = chance(0.4);
        const QString domain = domains.at(i % domains.size());
        QString name = QString::fromUtf8(pick(demodata::companyStems())) + u' '
            + QString::fromUtf8(pick(demodata::companySectors(domain)));
        if (i >= 25)
            name += u' ' + QString::number(i / 25 + 1);
        name += startup ? QStringLiteral(" S.r.l.s.") : (chance(0.3) ? QStringLiteral(" S.p.A.") : QStringLiteral(" S.r.l."));
        const QString slug = name.section(u' ', 0, 0).toLower().remove(u'\'');
        const QString created = stamp(m_options.today.addDays(-between(200, 1400)));
        const qint64 id = organizations.add(
            {uuid(), name, QVariant(), startup ? QStringLiteral("startup") : QStringLiteral("company"),
             chance(0.8) ? QStringLiteral("Torino") : QStringLiteral("Milano"),
             QStringLiteral("info@%1-%2.it").arg(slug).arg(i), QStringLiteral("%1-%2@legalmail.it").arg(slug).arg(i),
             QVariant(), 0, QStringLiteral("IT%1").arg(10000000000LL + qint64(m_random.bounded(89999999)) * 100 + i, 11, 10, QLatin1Char('0')),
             created, created});
        if (id < 0)
            return false;
        m_companies << id;
        m_companiesByDomain[domain] << id;
        m_organizationNames.insert(id, name);
    }
    return organizations.finish(QStringLiteral("demo"));
}

bool DemoGenerator::addPeople()
{
    BulkInsert people(m_store, QStringLiteral("people"),
                      {QStringLiteral("uuid"), QStringLiteral("organization_id"), QStringLiteral("full_name"),
                       QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("phone"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at")});
    static const QStringList roles = {QStringLiteral("Referente tecnico"), QStringLiteral("Amministratore delegato"),
                                      QStringLiteral("Responsabile legale"), QStringLiteral("Project manager"),
                                      QStringLiteral("Funzionario istruttore"), QStringLiteral("Ricercatore")};
    for (auto it = m_organizationNames.cbegin(); it != m_organizationNames.cend(); ++it) {
        const int count = between(1, 3);
        for (int i = 0; i < count; ++i) {
            const QString name = personName();
            const QString created = stamp(m_options.today.addDays(-between(100, 1200)));
            const qint64 id = people.add({uuid(), it.key(), name, pick(roles),
                                          QString(QString(name).toLower().replace(u' ', u'.') + QStringLiteral("@example.it")),
                                          QStringLiteral("+39 011 %1").arg(between(1000000, 9999999)), created, created});
            if (id < 0)
                return false;
            m_people[it.key()] << id;
        }
    }
    return people.finish(QStringLiteral("demo"));
}

bool DemoGenerator::addExperiments()
{
    BulkInsert experiments(m_store, QStringLiteral("experiments"),
                           {QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("title"),
                            QStringLiteral("summary"), QStringLiteral("domain"), QStringLiteral("stage"),
                            QStringLiteral("stage_since"), QStringLiteral("trl"), QStringLiteral("lead_organization_id"),
                            QStringLiteral("officer"), QStringLiteral("protocol_number"),
                            QStringLiteral("determina_number"), QStringLiteral("proposed_on"),
                            QStringLiteral("start_on"), QStringLiteral("end_on"), QStringLiteral("approved_on"),
                            QStringLiteral("call_id"), QStringLiteral("facilitations"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert partners(m_store, QStringLiteral("experiment_partners"),
                        {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("organization_id"),
                         QStringLiteral("role"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert transitions(m_store, QStringLiteral("stage_transitions"),
                           {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("from_stage"),
                            QStringLiteral("to_stage"), QStringLiteral("on_date"), QStringLiteral("by_user"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert zones(m_store, QStringLiteral("zones"),
                     {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("name"),
                      QStringLiteral("shape"), QStringLiteral("geometry"), QStringLiteral("min_lon"),
                      QStringLiteral("max_lon"), QStringLiteral("min_lat"), QStringLiteral("max_lat"),
                      QStringLiteral("active_from"), QStringLiteral("active_to"), QStringLiteral("max_height_m"),
                      QStringLiteral("hours"), QStringLiteral("district"), QStringLiteral("constraints"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QStringList domains = {QStringLiteral("drones"), QStringLiteral("autonomous_mobility"),
                                 QStringLiteral("telecom_5g"), QStringLiteral("robotics"),
                                 QStringLiteral("energy"), QStringLiteral("environment"),
                                 QStringLiteral("public_services")};
    const QDate today = m_options.today;
    QMap<int, int> numberInYear;
    const int count = 60 * m_options.scale;
    for (int i = 0; i < count; ++i) {
        Experiment e;
        e.domain = domains.at(between(0, int(domains.size()) - 1));
        // The first ones walk the pipeline once, so every stage is in the demo whatever the
        // dice say; the rest follow the weights of a mature portfolio.
        static const QStringList everyStage = {QStringLiteral("proposal"), QStringLiteral("screening"),
                                               QStringLiteral("agreement"), QStringLiteral("authorization"),
                                               QStringLiteral("active"), QStringLiteral("concluded"),
                                               QStringLiteral("evaluated")};
        e.stage = i < everyStage.size() ? everyStage.at(i) : pickStage();
        // Dates consistent with the stage: running tests started in the past, planned ones
        // start in the future, closed ones ended in the past.
        if (e.stage == QLatin1String("active")) {
            e.startOn = today.addDays(-between(30, 420));
            e.endOn = today.addDays(between(15, 300));
            e.proposedOn = e.startOn.addDays(-between(120, 300));
        } else if (e.stage == QLatin1String("concluded") || e.stage == QLatin1String("evaluated")) {
            e.endOn = today.addDays(-between(e.stage == QLatin1String("evaluated") ? 90 : 5, 500));
            e.startOn = e.endOn.addDays(-between(120, 400));
            e.proposedOn = e.startOn.addDays(-between(120, 300));
        } else {
            static const QMap<QString, std::pair<int, int>> ages = {
                {QStringLiteral("proposal"), {0, 45}}, {QStringLiteral("screening"), {20, 100}},
                {QStringLiteral("agreement"), {60, 200}}, {QStringLiteral("authorization"), {120, 320}},
                {QStringLiteral("rejected"), {30, 400}}, {QStringLiteral("withdrawn"), {60, 500}}};
            const auto [low, high] = ages.value(e.stage);
            e.proposedOn = today.addDays(-between(low, high));
            if (atLeast(e.stage, QStringLiteral("screening")) || chance(0.5)) {
                e.startOn = today.addDays(between(20, 220));
                e.endOn = e.startOn.addDays(between(90, 365));
            }
        }
        const int year = e.proposedOn.year();
        e.code = QStringLiteral("TCL-%1-%2").arg(year).arg(++numberInYear[year], 3, 10, QLatin1Char('0'));
        const auto &place = pick(demodata::places());
        e.placeName = QString::fromUtf8(place.name);
        QString pattern = QString::fromUtf8(pick(demodata::titleTemplates(e.domain)));
        // Italian writes "ad Aurora", not "a Aurora", before a place beginning with a
        if (e.placeName.startsWith(u'A') && pattern.endsWith(QLatin1String(" a %1")))
            pattern.replace(pattern.size() - 5, 5, QStringLiteral(" ad %1"));
        const QString title = pattern.arg(e.placeName);
        e.leadId = chance(0.2) ? pick(m_research) : pick(m_companiesByDomain.value(e.domain));

        // The path through the pipeline, dated evenly between the proposal and the last step.
        QStringList path;
        const QStringList pipeline = {QStringLiteral("proposal"), QStringLiteral("screening"),
                                      QStringLiteral("agreement"), QStringLiteral("authorization"),
                                      QStringLiteral("active"), QStringLiteral("concluded"),
                                      QStringLiteral("evaluated")};
        if (e.stage == QLatin1String("rejected"))
            path = {QStringLiteral("proposal"), QStringLiteral("screening"), QStringLiteral("rejected")};
        else if (e.stage == QLatin1String("withdrawn"))
            path = pipeline.mid(0, between(1, 4)) << QStringLiteral("withdrawn");
        else
            path = pipeline.mid(0, stageIndex(e.stage) + 1);
        QDate last = today.addDays(-between(0, 160)); // some wait in a stage for months
        if (e.stage == QLatin1String("active"))
            last = e.startOn;
        else if (e.stage == QLatin1String("concluded"))
            last = e.endOn;
        else if (e.stage == QLatin1String("evaluated"))
            last = qMin(today, e.endOn.addDays(between(30, 80)));
        if (last < e.proposedOn)
            last = e.proposedOn;
        const qint64 span = e.proposedOn.daysTo(last);
        QList<QDate> dates;
        for (int k = 0; k < path.size(); ++k)
            dates << (path.size() == 1 ? e.proposedOn : e.proposedOn.addDays(span * k / (path.size() - 1)));

        const bool approved = atLeast(e.stage, QStringLiteral("agreement"));
        if (approved)
            e.approvedOn = dates.value(2);   // the act is signed the day the experiment moves to agreement
        const QString created = stamp(e.proposedOn);
        e.id = experiments.add(
            {uuid(), e.code, title,
             QStringLiteral("Sperimentazione in ambiente reale nell'area di %1, proposta nell'ambito di Torino City Lab.")
                 .arg(e.placeName),
             e.domain, e.stage, iso(dates.last()), between(4, 8), e.leadId,
             QString::fromUtf8(pick(demodata::officers())),
             QStringLiteral("%1/%2").arg(between(1000, 99999)).arg(year),
             approved ? QVariant(QStringLiteral("DD %1/%2").arg(between(100, 7000)).arg(dates.value(2).year()))
                      : QVariant(),
             iso(e.proposedOn), isoOrNull(e.startOn), isoOrNull(e.endOn), isoOrNull(e.approvedOn), m_callId,
             facilitationsFor(e.domain), created, stamp(dates.last())});
        if (e.id < 0)
            return false;
        for (int k = 0; k < path.size(); ++k) {
            if (transitions.add({uuid(), e.id, k == 0 ? QVariant() : QVariant(path[k - 1]), path[k], iso(dates[k]),
                                 QString::fromUtf8(pick(demodata::officers())), stamp(dates[k]), stamp(dates[k])}) < 0)
                return false;
        }
        const int partnerCount = between(0, 2);
        QSet<qint64> chosen = {e.leadId};
        for (int k = 0; k < partnerCount; ++k) {
            const qint64 partner = chance(0.5) ? pick(m_research) : pick(m_companies);
            if (chosen.contains(partner))
                continue;
            chosen.insert(partner);
            if (partners.add({uuid(), e.id, partner,
                              chance(0.5) ? QStringLiteral("Partner tecnico") : QStringLiteral("Partner scientifico"),
                              created, created}) < 0)
                return false;
        }
        if (approved && !addZones(e, zones))
            return false;
        m_experiments << e;
    }
    return experiments.finish(QStringLiteral("demo")) && partners.finish(QStringLiteral("demo"))
        && transitions.finish(QStringLiteral("demo")) && zones.finish(QStringLiteral("demo"));
}

bool DemoGenerator::addZones(Experiment &e, BulkInsert &zones)
{
    // About 100 zones per 60 experiments: 46 of them reach the agreement stage.
    const int count = between(1, 3);
    const auto &home = *std::find_if(demodata::places().begin(), demodata::places().end(),
                                     [&](const auto &p) { return e.placeName == QString::fromUtf8(p.name); });
    // Larger portfolios share the same city: zones shrink so that their total area stays what
    // Turin can host (a tenth as wide at scale 100), and the office keeps sites apart in time or
    // space. A few zones are put on purpose over another experiment's site while it is active
    // (a drone route across a 5G test area): the conflicts the map and 'citylab conflicts' show.
    const double size = 1.0 / std::sqrt(double(m_options.scale));
    constexpr double deliberateConflicts = 0.05;
    const auto activeToday = [today = m_options.today](const QDate &from, const QDate &to) {
        return from <= today && today <= to;
    };
    for (int i = 0; i < count; ++i) {
        QDate from = e.startOn.isValid() ? e.startOn.addDays(between(0, 20)) : m_options.today.addDays(between(30, 120));
        QDate to = e.endOn.isValid() ? e.endOn.addDays(-between(0, 20)) : from.addDays(between(60, 200));
        if (to < from)
            to = from;
        // Overlaps that matter today first, so that the map opens on some.
        std::optional<ZonePlacer::Placed> target;
        if (!m_placer.placed().isEmpty() && chance(deliberateConflicts)) {
            for (int attempt = 0; attempt < 40 && !target; ++attempt) {
                const ZonePlacer::Placed &other = m_placer.placed().at(between(0, int(m_placer.placed().size()) - 1));
                if (other.experimentId != e.id && other.from <= to && from <= other.to
                    && (attempt >= 20 || (activeToday(from, to) && activeToday(other.from, other.to))))
                    target = other;
            }
        }
        // The first zone sits on the experiment's place; others nearby or elsewhere in town.
        // A site taken by another experiment at the same time is tried again nearby, then
        // anywhere around the named places of the city.
        const demodata::Place *place = &home;
        ZoneGeometry geometry;
        QRectF box;
        for (int attempt = 0; attempt < 40; ++attempt) {
            double lat = 0, lon = 0;
            if (target) {
                place = &demodata::places()[target->place];
                lat = target->box.center().y() + uniform(-0.4, 0.4) * target->box.height();
                lon = target->box.center().x() + uniform(-0.4, 0.4) * target->box.width();
            } else if (attempt < 20) {
                if ((attempt == 0 && i > 0 && !chance(0.6)) || attempt >= 8)
                    place = &pick(demodata::places());
                lat = place->lat + uniform(-0.006, 0.006);
                lon = place->lon + uniform(-0.008, 0.008);
            } else {
                place = &pick(demodata::places());
                lat = qBound(45.015, place->lat + uniform(-0.02, 0.02), 45.125);
                lon = qBound(7.60, place->lon + uniform(-0.027, 0.027), 7.75);
            }
            const int kind = between(0, 9);
            if (kind < 5) {
                // An irregular polygon, star-shaped around its centre so it never self-intersects.
                const int corners = between(4, 8);
                const double radius = uniform(120, 450) * size;
                QList<QPointF> ring;
                for (int k = 0; k < corners; ++k) {
                    const double angle = 2 * M_PI * (k + uniform(-0.3, 0.3)) / corners;
                    const double r = radius * uniform(0.7, 1.2);
                    ring << offset(lat, lon, r * std::cos(angle), r * std::sin(angle));
                }
                geometry = ZoneGeometry::fromGeoJsonText(polygonJson(ring).toUtf8());
            } else if (kind < 8) {
                // Circles and corridors come from the builder the map and the importer use, so a
                // demo zone exported and imported again keeps its area.
                geometry = ZoneGeometry::circle(QPointF(lon, lat), std::round(uniform(80, 400) * size * 10) / 10);
            } else {
                // A corridor: a straight route with a width, e.g. a drone line or a shuttle lane.
                const double length = uniform(600, 2500) * size, width = std::round(uniform(30, 120) * size * 10) / 10;
                const double angle = uniform(0, M_PI);
                const double dx = std::cos(angle) * length / 2, dy = std::sin(angle) * length / 2;
                geometry = ZoneGeometry::corridor({offset(lat, lon, -dx, -dy), offset(lat, lon, dx, dy)}, width);
            }
            box = geometry.bounds();
            if (target || !m_placer.collides(box, from, to, e.id))
                break;
        }
        m_placer.add({box, from, to, e.id, int(place - demodata::places().data())});
        const bool drone = e.domain == QLatin1String("drones");
        const QString created = stamp(e.proposedOn.addDays(30));
        const QString name = i == 0 && !target ? e.placeName : QStringLiteral("%1 - area %2").arg(QString::fromUtf8(place->name)).arg(i + 1);
        const QVariantMap stored = Zone::geometryColumns(geometry);
        const auto column = [&stored](const char *name) { return stored.value(QLatin1String(name)); };
        const qint64 id = zones.add({uuid(), e.id, name, column("shape"), column("geometry"), column("min_lon"),
                                     column("max_lon"), column("min_lat"), column("max_lat"), iso(from), iso(to),
                                     drone ? QVariant(double(between(3, 12) * 10)) : QVariant(),
                                     chance(0.5) ? QVariant(QStringLiteral("08:00-20:00")) : QVariant(),
                                     QString::fromUtf8(place->district), column("constraints"), created, created});
        if (id < 0)
            return false;
        e.zoneIds << id;
    }
    return true;
}

} // namespace citylab
