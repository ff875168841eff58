// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demodata.h"
#include "domain/calldefaults.h"
#include "domain/regulatoryclock.h"
#include "i18n/scopedlanguage.h"
#include "drafting/officesettings.h"
#include "geo/localplane.h"
#include "geo/zone.h"
#include "store/bulkinsert.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointF>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <optional>

namespace citylab {

namespace {

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant isoOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(iso(date)) : QVariant();
}

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

int stageIndex(const QString &stage)
{
    static const QStringList order = {QStringLiteral("proposal"), QStringLiteral("screening"),
                                      QStringLiteral("agreement"), QStringLiteral("authorization"),
                                      QStringLiteral("active"), QStringLiteral("concluded"),
                                      QStringLiteral("evaluated")};
    return int(order.indexOf(stage));
}

bool atLeast(const QString &stage, const QString &other)
{
    return stageIndex(stage) >= stageIndex(other);
}

} // namespace

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

template<typename List>
auto DemoGenerator::pick(const List &list) -> decltype(list[0])
{
    return list[between(0, int(std::size(list)) - 1)];
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
            && addConditionsAndActs() && addCallAndEvaluations();
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

// The open call every demo proposal comes through, with its checklist and criteria, made
// before the experiments name it. Its uuids are derived from fixed names, not drawn, so that
// the experiments and everything after stay what they were for a seed.
bool DemoGenerator::addCall()
{
    const ScopedLanguage italian(QStringLiteral("it"));   // the demo's records are in Italian
    const QUuid space(QStringLiteral("{3f1d2a6c-9b7e-4c55-8a10-2d6f4e8b7c01}"));
    const auto fixedUuid = [&](const QString &name) {
        return QUuid::createUuidV5(space, QString::number(m_options.seed) + u'/' + name).toString(QUuid::WithoutBraces);
    };
    // stamp() draws its time of day: a fixed one keeps the generator's sequence untouched
    const QString created = QDateTime(m_options.today.addYears(-4), QTime(9, 0), QTimeZone::UTC).toString(Qt::ISODate);
    m_callId = m_store.insert(QStringLiteral("calls"),
                              {{QStringLiteral("uuid"), fixedUuid(QStringLiteral("call"))},
                               {QStringLiteral("name"), QStringLiteral("Torino City Lab — Call aperta per sperimentazioni")},
                               {QStringLiteral("opened_on"), iso(m_options.today.addYears(-4))},
                               {QStringLiteral("notes"), QStringLiteral("Call sempre aperta: le proposte si valutano in ordine di arrivo.")},
                               {QStringLiteral("created_at"), created}, {QStringLiteral("updated_at"), created}});
    if (m_callId < 0)
        return false;
    int position = 0;
    for (const QString &text : CallDefaults::checklist()) {
        ++position;
        if (m_store.insert(QStringLiteral("call_checklist_items"),
                           {{QStringLiteral("uuid"), fixedUuid(QStringLiteral("item/%1").arg(position))}, {QStringLiteral("call_id"), m_callId},
                            {QStringLiteral("position"), position}, {QStringLiteral("text"), text},
                            {QStringLiteral("created_at"), created}, {QStringLiteral("updated_at"), created}}) < 0)
            return false;
    }
    position = 0;
    for (const CallDefaults::Criterion &c : CallDefaults::criteria()) {
        ++position;
        if (m_store.insert(QStringLiteral("call_criteria"),
                           {{QStringLiteral("uuid"), fixedUuid(QStringLiteral("criterion/%1").arg(position))}, {QStringLiteral("call_id"), m_callId},
                            {QStringLiteral("position"), position}, {QStringLiteral("name"), c.name}, {QStringLiteral("weight"), c.weight},
                            {QStringLiteral("created_at"), created}, {QStringLiteral("updated_at"), created}}) < 0)
            return false;
    }
    return true;
}

// What a proposal of each domain asks of the city.
static QString facilitationsFor(const QString &domain)
{
    if (domain == QLatin1String("drones"))
        return QStringLiteral("Area di decollo e atterraggio su suolo pubblico; supporto nei rapporti con ENAC per lo spazio aereo urbano.");
    if (domain == QLatin1String("autonomous_mobility"))
        return QStringLiteral("Corsia dedicata nelle ore di prova; segnaletica temporanea; dati del traffico in tempo reale.");
    if (domain == QLatin1String("telecom_5g"))
        return QStringLiteral("Installazione di antenne su pali dell'illuminazione pubblica; permessi di scavo semplificati.");
    if (domain == QLatin1String("robotics"))
        return QStringLiteral("Accesso ai marciapiedi e agli spazi pedonali dell'area; comunicazione ai residenti.");
    return QStringLiteral("Occupazione temporanea di suolo pubblico senza canone; accesso ai dati aperti della Città.");
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

bool DemoGenerator::addAgreements()
{
    BulkInsert agreements(m_store, QStringLiteral("agreements"),
                          {QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("title"),
                           QStringLiteral("status"), QStringLiteral("protocol_number"), QStringLiteral("experiment_id"),
                           QStringLiteral("signed_on"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                           QStringLiteral("renewal_notice_days"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert parties(m_store, QStringLiteral("agreement_parties"),
                       {QStringLiteral("uuid"), QStringLiteral("agreement_id"), QStringLiteral("organization_id"),
                        QStringLiteral("role"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QDate today = m_options.today;
    const auto add = [&](const QString &kind, const QString &title, const QString &status, const QVariant &experiment,
                         const QDate &signedOn, const QDate &validFrom, const QDate &validTo, qint64 party) {
        const QString created = stamp(signedOn.isValid() ? signedOn.addDays(-30) : today.addDays(-between(5, 60)));
        const qint64 id = agreements.add(
            {uuid(), kind, title, status,
             signedOn.isValid() ? QVariant(QStringLiteral("%1/%2").arg(between(1000, 99999)).arg(signedOn.year())) : QVariant(),
             experiment, isoOrNull(signedOn), isoOrNull(validFrom), isoOrNull(validTo), 60, created, created});
        return id >= 0 && parties.add({uuid(), id, party, QStringLiteral("Controparte"), created, created}) >= 0;
    };
    // Framework partnerships with the research bodies, one per body and scale unit.
    for (int unit = 0; unit < m_options.scale; ++unit) {
        for (const qint64 body : std::as_const(m_research)) {
            const QDate signedOn = today.addDays(-between(60, 900));
            const QDate validTo = signedOn.addYears(3);
            if (!add(QStringLiteral("framework"),
                     QStringLiteral("Accordo quadro di collaborazione con %1").arg(m_organizationNames.value(body)),
                     validTo < today ? QStringLiteral("expired") : QStringLiteral("signed"), QVariant(), signedOn,
                     signedOn, validTo, body))
                return false;
        }
    }
    for (const Experiment &e : std::as_const(m_experiments)) {
        if (!atLeast(e.stage, QStringLiteral("agreement")) && e.stage != QLatin1String("withdrawn"))
            continue;
        const QString title = QStringLiteral("Accordo di sperimentazione %1").arg(e.code);
        if (e.stage == QLatin1String("agreement") || e.stage == QLatin1String("withdrawn")) {
            if (!add(QStringLiteral("experimentation"), title,
                     chance(0.5) ? QStringLiteral("draft") : QStringLiteral("negotiation"), e.id, {}, {}, {}, e.leadId))
                return false;
            continue;
        }
        const QDate signedOn = e.startOn.isValid() && e.startOn < today ? e.startOn.addDays(-between(20, 90))
                                                                        : today.addDays(-between(5, 90));
        QDate validTo = e.endOn.isValid() ? e.endOn : signedOn.addYears(1);
        // A few running tests whose agreement runs out within its notice: renewal reminders.
        if (e.stage == QLatin1String("active") && chance(0.25))
            validTo = today.addDays(between(5, 55));
        const bool expired = validTo < today;
        if (!add(QStringLiteral("experimentation"), title, expired ? QStringLiteral("expired") : QStringLiteral("signed"),
                 e.id, signedOn, signedOn, validTo, e.leadId))
            return false;
        if (chance(0.25) && !add(chance(0.5) ? QStringLiteral("data_sharing") : QStringLiteral("nda"),
                                 QStringLiteral("Condivisione dei dati della sperimentazione %1").arg(e.code),
                                 expired ? QStringLiteral("expired") : QStringLiteral("signed"), e.id, signedOn,
                                 signedOn, validTo, e.leadId))
            return false;
    }
    return agreements.finish(QStringLiteral("demo")) && parties.finish(QStringLiteral("demo"));
}

bool DemoGenerator::addRequests()
{
    BulkInsert requests(m_store, QStringLiteral("regulatory_requests"),
                        {QStringLiteral("uuid"), QStringLiteral("reference"), QStringLiteral("experiment_id"),
                         QStringLiteral("authority_id"), QStringLiteral("kind"), QStringLiteral("legal_basis"),
                         QStringLiteral("subject"), QStringLiteral("status"), QStringLiteral("required_for_activation"),
                         QStringLiteral("protocol_number"), QStringLiteral("submitted_on"),
                         QStringLiteral("statutory_days"), QStringLiteral("suspended_on"),
                         QStringLiteral("days_elapsed_before_suspension"), QStringLiteral("due_on"),
                         QStringLiteral("decided_on"), QStringLiteral("decision_number"), QStringLiteral("decision_notes"),
                         QStringLiteral("body"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert changes(m_store, QStringLiteral("request_status_changes"),
                       {QStringLiteral("uuid"), QStringLiteral("request_id"), QStringLiteral("from_status"),
                        QStringLiteral("to_status"), QStringLiteral("on_date"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")});
    BulkInsert revisions(m_store, QStringLiteral("request_revisions"),
                         {QStringLiteral("uuid"), QStringLiteral("request_id"), QStringLiteral("revision"),
                          QStringLiteral("body"), QStringLiteral("author"), QStringLiteral("note"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QDate today = m_options.today;
    QMap<int, int> numberInYear;
    for (const Experiment &e : std::as_const(m_experiments)) {
        if (!atLeast(e.stage, QStringLiteral("agreement")) && e.stage != QLatin1String("withdrawn"))
            continue;
        QList<const demodata::RequestTemplate *> candidates;
        for (const auto &t : demodata::requestTemplates())
            if (e.domain == QLatin1String(t.domain))
                candidates << &t;
        const int count = qMin(int(candidates.size()), between(1, 2));
        for (int k = 0; k < count; ++k) {
            const auto &t = *candidates.at(k == 0 ? 0 : between(1, int(candidates.size()) - 1));
            const qint64 authority = m_authorities.value(QString::fromUtf8(t.authorityShortName));
            const QString authorityName = m_organizationNames.value(authority);
            int statutory = 30;
            bool restarts = false;
            for (const auto &a : demodata::authorities()) {
                if (QString::fromUtf8(a.shortName) == QString::fromUtf8(t.authorityShortName)) {
                    statutory = a.answerDays;
                    restarts = a.clockRestarts;
                }
            }

            // The status history first; the clock derives the due date from it, as it will
            // when an officer records each step.
            QString status = QStringLiteral("draft");
            QDate submitted, decided;
            QList<RegulatoryClock::Event> history;
            const auto step = [&](const QString &to, const QDate &on) { history.append({on, to}); status = to; };
            if (e.stage == QLatin1String("authorization")) {
                submitted = today.addDays(-between(5, statutory + 60));
                step(QStringLiteral("submitted"), submitted);
                // At least one request waits on documents the authority asked for.
                const int roll = m_suspensionShown ? between(0, 9) : 0;
                if (roll < 2) {
                    m_suspensionShown = true;
                    // Suspended: the authority asked for more documents; the clock stops.
                    step(QStringLiteral("integration_requested"),
                         submitted.addDays(between(3, qMax(4, int(submitted.daysTo(today)) - 1))));
                } else if (roll < 4 && submitted.daysTo(today) > 20) {
                    const QDate asked = submitted.addDays(between(5, 12));
                    step(QStringLiteral("integration_requested"), asked);
                    step(QStringLiteral("resubmitted"), asked.addDays(between(3, 8)));
                } else if (roll < 6 && k == 1) {
                    decided = qMin(today, submitted.addDays(between(5, int(qMax<qint64>(6, submitted.daysTo(today))))));
                    step(QStringLiteral("granted"), decided);
                }
            } else if (e.stage == QLatin1String("withdrawn")) {
                submitted = qMin(today, e.proposedOn.addDays(between(60, 120)));
                decided = qMin(today, submitted.addDays(between(5, 40)));
                step(QStringLiteral("submitted"), submitted);
                step(QStringLiteral("withdrawn"), decided);
            } else if (e.stage != QLatin1String("agreement")) {
                // Running or closed tests had their authorizations granted before the start.
                decided = e.startOn.addDays(-between(3, 20));
                submitted = decided.addDays(-between(15, statutory + 30));
                step(QStringLiteral("submitted"), submitted);
                if (chance(0.3)) {
                    const QDate asked = submitted.addDays(between(3, 10));
                    step(QStringLiteral("integration_requested"), asked);
                    step(QStringLiteral("resubmitted"), asked.addDays(between(2, 6)));
                }
                step(chance(0.3) ? QStringLiteral("granted_with_conditions") : QStringLiteral("granted"), decided);
            }
            const RegulatoryClock::State clock = RegulatoryClock(statutory, restarts).evaluate(history, today);
            const QDate due = clock.dueOn;
            const QDate suspended = clock.suspended ? history.last().on : QDate();
            const int elapsed = clock.daysUsed;
            const int year = (submitted.isValid() ? submitted : today).year();
            const QString reference = QStringLiteral("RR-%1-%2").arg(year).arg(++numberInYear[year], 4, 10, QLatin1Char('0'));
            const QString body = QStringLiteral(
                "<h2>%1</h2><p>Spett.le %2,</p><p>la Città di Torino, nell'ambito del programma Torino City Lab, "
                "trasmette l'istanza relativa alla sperimentazione <b>%3</b> presso %4 (riferimento normativo: %5).</p>"
                // what is enclosed is what is attached: the same list as the letter's foot
                "<p>Si allegano:<br/>{{enclosures}}</p>")
                                     .arg(QString::fromUtf8(t.subject), authorityName, e.code, e.placeName,
                                          QString::fromUtf8(t.legalBasis));
            const QString created = stamp(submitted.isValid() ? submitted.addDays(-10) : today.addDays(-between(1, 30)));
            const qint64 id = requests.add(
                {uuid(), reference, e.id, authority, QString::fromLatin1(t.kind), QString::fromUtf8(t.legalBasis),
                 QString::fromUtf8(t.subject), status, QString::fromLatin1(t.kind) == QLatin1String("notification") ? 0 : 1,
                 submitted.isValid() ? QVariant(QStringLiteral("%1/%2").arg(between(10000, 999999)).arg(year)) : QVariant(),
                 isoOrNull(submitted), statutory, isoOrNull(suspended), suspended.isValid() ? QVariant(elapsed) : QVariant(),
                 isoOrNull(due), isoOrNull(decided),
                 // the authorization's own number, beside the request's protocol
                 status.startsWith(QLatin1String("granted"))
                     ? QVariant(QStringLiteral("Aut. %1/%2").arg(numberInYear[year] * 7 + 100).arg(decided.year()))
                     : QVariant(),
                 status == QLatin1String("granted_with_conditions")
                     ? QVariant(QStringLiteral("Prescrizioni: assicurazione RC dedicata e presidio durante le prove."))
                     : QVariant(),
                 body, created, created});
            if (id < 0)
                return false;
            QString previous;
            for (const auto &event : std::as_const(history)) {
                if (changes.add({uuid(), id, previous.isEmpty() ? QVariant() : QVariant(previous), event.status,
                                 iso(event.on), stamp(event.on), stamp(event.on)}) < 0)
                    return false;
                previous = event.status;
            }
            const int revisionCount = status == QLatin1String("draft") ? 1 : between(1, 3);
            for (int r = 1; r <= revisionCount; ++r) {
                if (revisions.add({uuid(), id, r, body, QString::fromUtf8(pick(demodata::officers())),
                                   r == 1 ? QStringLiteral("Prima stesura") : QStringLiteral("Revisione dopo confronto con l'ufficio legale"),
                                   created, created}) < 0)
                    return false;
            }
        }
    }
    return requests.finish(QStringLiteral("demo")) && changes.finish(QStringLiteral("demo"))
        && revisions.finish(QStringLiteral("demo"));
}

// Every part of the lab's process shows on the demo: conditions imposed by approvals,
// agreements and authorizations (met, coming due, overdue, blocking), and the notices and
// committee minutes around each approval.
bool DemoGenerator::addConditionsAndActs()
{
    BulkInsert conditions(m_store, QStringLiteral("conditions"),
                          {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("agreement_id"),
                           QStringLiteral("request_id"), QStringLiteral("text"), QStringLiteral("blocking"),
                           QStringLiteral("due_on"), QStringLiteral("responsible"), QStringLiteral("met_on"),
                           QStringLiteral("met_by"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert acts(m_store, QStringLiteral("acts"),
                    {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("kind"), QStringLiteral("number"),
                     QStringLiteral("issued_on"), QStringLiteral("subject"), QStringLiteral("created_at"),
                     QStringLiteral("updated_at")});
    const QDate today = m_options.today;
    const auto condition = [&](qint64 experiment, const QVariant &agreement, const QVariant &request, const QString &text,
                               bool blocking, const QDate &imposed, const QDate &due, const QString &responsible,
                               const QDate &met) {
        const QString created = stamp(imposed);
        return conditions.add({uuid(), experiment, agreement, request, text, int(blocking), isoOrNull(due), responsible,
                               isoOrNull(met), met.isValid() ? QVariant(QString::fromUtf8(pick(demodata::officers()))) : QVariant(),
                               created, created}) >= 0;
    };
    const auto act = [&](qint64 experiment, const QString &kind, const QString &number, const QDate &on, const QString &subject) {
        return acts.add({uuid(), experiment, kind, number, iso(on), subject, stamp(on), stamp(on)}) >= 0;
    };

    // Authorizations granted with conditions: met before the test went live.
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT r.id, r.experiment_id, r.decided_on, e.lead_organization_id FROM regulatory_requests r"
                               " JOIN experiments e ON e.id = r.experiment_id"
                               " WHERE r.status = 'granted_with_conditions' ORDER BY r.id")))
        return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("regulatory_requests"));
    QList<std::tuple<qint64, qint64, QDate, QString>> granted;
    while (q.next())
        granted.append({q.value(0).toLongLong(), q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                        m_organizationNames.value(q.value(3).toLongLong())});
    if (q.lastError().isValid())
        return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("regulatory_requests"));
    for (const auto &[request, experiment, decided, lead] : std::as_const(granted)) {
        const QDate met = qMin(today, decided.addDays(between(1, 3)));
        if (!condition(experiment, QVariant(), request,
                       QStringLiteral("Polizza di responsabilità civile dedicata alle prove, massimale non inferiore a 5 milioni di euro"),
                       true, decided, decided.addDays(15), lead, met)
            || !condition(experiment, QVariant(), request,
                          QStringLiteral("Presidio di un operatore di sicurezza durante ogni prova su strada"), false, decided,
                          QDate(), lead, QDate()))
            return false;
    }

    for (const Experiment &e : std::as_const(m_experiments)) {
        if (e.stage == QLatin1String("proposal"))
            continue;
        const int year = e.proposedOn.year();
        if (!act(e.id, QStringLiteral("notice"), QStringLiteral("Prot. %1/%2").arg(between(1000, 99999)).arg(year),
                 qMin(today, e.proposedOn.addDays(between(3, 12))),
                 QStringLiteral("Comunicazione di avvio dell'istruttoria al proponente")))
            return false;
        if (!e.approvedOn.isValid())
            continue;
        const QDate committee = qMax(e.proposedOn, e.approvedOn.addDays(-between(5, 20)));
        if (!act(e.id, QStringLiteral("committee_minutes"),
                 QStringLiteral("Verbale %1/%2").arg(between(1, 40)).arg(committee.year()), committee,
                 QStringLiteral("Parere favorevole del comitato tecnico di valutazione")))
            return false;
        // The approval comes with conditions: long met for the tests that went live; for half
        // of those still waiting, one blocks them — some overdue, some coming due. One waiting
        // for its authorizations was given its condition by the agreement it signed since.
        const bool waiting = e.stage == QLatin1String("agreement") || e.stage == QLatin1String("authorization");
        const QDate due = waiting ? today.addDays(between(-20, 25)) : e.approvedOn.addDays(between(20, 60));
        const QDate met = waiting ? QDate() : qMin(today, due.addDays(-between(1, 10)));
        if (waiting && !chance(0.5))
            continue;
        QVariant agreement;
        QDate imposed = e.approvedOn;
        if (e.stage == QLatin1String("authorization")) {
            q.prepare(QStringLiteral("SELECT id, signed_on FROM agreements WHERE experiment_id = ? AND kind = 'experimentation'"
                                     " AND status = 'signed' ORDER BY id LIMIT 1"));
            q.addBindValue(e.id);
            if (!q.exec())
                return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("agreements"));
            if (q.next()) {
                agreement = q.value(0);
                imposed = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            }
            if (q.lastError().isValid())
                return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("agreements"));
            q.finish();   // the read ends before the condition is written
        }
        if (!condition(e.id, agreement, QVariant(),
                       agreement.isNull()
                           ? QStringLiteral("Piano di sicurezza operativa con valutazione dei rischi, approvato dalla Polizia Municipale")
                           : QStringLiteral("Copia della polizza assicurativa e nomina del responsabile della sicurezza delle prove"),
                       true, imposed, qMax(due, imposed), m_organizationNames.value(e.leadId), met))
            return false;
    }
    return conditions.finish(QStringLiteral("demo")) && acts.finish(QStringLiteral("demo"));
}

// The open call every demo proposal came through, with its committee: proposals still in
// intake half checked for admissibility, those in screening scored in part (one member with
// a conflict of interest), the approved ones scored in full, so that the ranking, the
// blockers and the scoring sheet all have something to show.
bool DemoGenerator::addCallAndEvaluations()
{
    const qint64 call = m_callId;
    const QString created = stamp(m_options.today.addYears(-4));
    QSqlQuery q(m_store.database());
    QList<qint64> items, criteria, members;
    for (const char *table : {"call_checklist_items", "call_criteria"}) {
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE call_id = ? ORDER BY position").arg(QLatin1String(table)));
        q.addBindValue(call);
        q.exec();
        while (q.next())
            (qstrcmp(table, "call_criteria") == 0 ? criteria : items) << q.value(0).toLongLong();
        if (q.lastError().isValid())
            return m_store.fail(SqlErrorText::describe(q.lastError()), QLatin1String(table));
        q.finish();
    }
    // the city's public-land office, a research body and an authority sit on the committee
    const QList<qint64> seats = {m_authorities.value(QStringLiteral("Suolo Pubblico")), m_research.value(0),
                                 m_authorities.first()};
    const QStringList roles = {QStringLiteral("Presidente"), QStringLiteral("Esperto tecnico"), QStringLiteral("Componente")};
    for (int i = 0; i < seats.size(); ++i) {
        const QList<qint64> people = m_people.value(seats.at(i));
        if (people.isEmpty())
            continue;
        members << m_store.insert(QStringLiteral("committee_members"),
                                  {{QStringLiteral("uuid"), uuid()}, {QStringLiteral("call_id"), call},
                                   {QStringLiteral("person_id"), people.first()}, {QStringLiteral("role"), roles.at(i)},
                                   {QStringLiteral("created_at"), created}, {QStringLiteral("updated_at"), created}});
    }
    if (members.contains(-1))
        return false;

    BulkInsert checks(m_store, QStringLiteral("admissibility_checks"),
                      {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("item_id"), QStringLiteral("outcome"),
                       QStringLiteral("note"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert scores(m_store, QStringLiteral("scores"),
                      {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("member_id"), QStringLiteral("criterion_id"),
                       QStringLiteral("score"), QStringLiteral("comment"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert conflicts(m_store, QStringLiteral("conflicts_of_interest"),
                         {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("member_id"), QStringLiteral("note"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at")});
    static const QStringList comments = {
        QStringLiteral("Tecnologia già provata in ambiente controllato."), QStringLiteral("Ricadute dirette sui servizi ai cittadini."),
        QStringLiteral("Piano di mitigazione dei rischi da dettagliare."), QStringLiteral("Replicabile in altri quartieri."),
        QStringLiteral("Gruppo di lavoro solido, con esperienze simili."), QString(), QString(), QString()};
    bool conflictShown = false;
    bool readyShown = false;
    int screeningSeen = 0;
    for (const Experiment &e : std::as_const(m_experiments)) {
        const QString when = stamp(e.proposedOn.addDays(5));
        // Intake: the first proposal passed the checklist and is ready for screening, the
        // others are half-way through it; later stages passed it, but for those rejected,
        // found wanting on one item.
        const bool intake = e.stage == QLatin1String("proposal");
        const int checked = intake && !readyShown ? int(items.size()) : intake ? between(0, int(items.size()) - 1) : int(items.size());
        readyShown = readyShown || intake;
        for (int k = 0; k < checked; ++k) {
            const bool wanting = e.stage == QLatin1String("rejected") && k == 4;
            if (checks.add({uuid(), e.id, items.at(k), wanting ? QStringLiteral("not_met") : QStringLiteral("met"),
                            wanting ? QVariant(QStringLiteral("Nessuna copertura assicurativa dichiarata.")) : QVariant(), when, when}) < 0)
                return false;
        }
        if (intake || e.stage == QLatin1String("rejected"))
            continue;
        // Screening: every other one scored in full; one member declared a conflict once.
        const bool screening = e.stage == QLatin1String("screening");
        const bool complete = !screening || (screeningSeen++ % 2 == 0);
        const QString scored = stamp(e.approvedOn.isValid() ? qMax(e.proposedOn, e.approvedOn.addDays(-between(7, 25)))
                                                            : qMin(m_options.today, e.proposedOn.addDays(between(10, 30))));
        for (int m = 0; m < members.size(); ++m) {
            if (screening && !conflictShown && m == members.size() - 1) {
                conflictShown = true;
                if (conflicts.add({uuid(), e.id, members.at(m), QStringLiteral("Ha collaborato con il proponente negli ultimi tre anni."),
                                   scored, scored}) < 0)
                    return false;
                continue;
            }
            for (int c = 0; c < criteria.size(); ++c) {
                if (!complete && m == 0 && c >= 3)
                    break;   // the chair has not finished
                const QString comment = pick(comments);
                if (scores.add({uuid(), e.id, members.at(m), criteria.at(c), between(10, 20) / 2.0,
                                comment.isEmpty() ? QVariant() : QVariant(comment), scored, scored}) < 0)
                    return false;
            }
        }
    }
    return checks.finish(QStringLiteral("demo")) && scores.finish(QStringLiteral("demo")) && conflicts.finish(QStringLiteral("demo"));
}

bool DemoGenerator::addInteractions()
{
    BulkInsert interactions(m_store, QStringLiteral("interactions"),
                            {QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("occurred_on"),
                             QStringLiteral("summary"), QStringLiteral("details"), QStringLiteral("organization_id"),
                             QStringLiteral("person_id"), QStringLiteral("experiment_id"), QStringLiteral("follow_up_on"),
                             QStringLiteral("follow_up_done"), QStringLiteral("created_by"),
                             QStringLiteral("created_at"), QStringLiteral("updated_at")});
    static const QStringList kinds = {QStringLiteral("meeting"), QStringLiteral("call"), QStringLiteral("email"),
                                      QStringLiteral("pec"), QStringLiteral("letter"), QStringLiteral("note")};
    const QDate today = m_options.today;
    for (const Experiment &e : std::as_const(m_experiments)) {
        const int count = between(6, 16);
        const QDate last = e.endOn.isValid() && e.endOn < today ? e.endOn : today;
        const qint64 span = qMax<qint64>(1, e.proposedOn.daysTo(last));
        for (int k = 0; k < count; ++k) {
            const QString kind = pick(kinds);
            const qint64 organization = kind == QLatin1String("pec") ? pick(m_authorities.values()) : e.leadId;
            const QList<qint64> contacts = m_people.value(organization);
            const QDate on = e.proposedOn.addDays(span * k / count + between(0, 3));
            const QDate occurred = on > today ? today : on;
            QDate followUp;
            bool done = false;
            if (chance(0.3)) {
                followUp = occurred.addDays(between(5, 30));
                // Old follow-ups were dealt with; the recent ones are what officers chase now.
                done = followUp < today.addDays(-21) || (followUp < today && chance(0.3));
            }
            const QString summary = QString::fromUtf8(pick(demodata::interactionSummaries(kind)))
                                        .arg(m_organizationNames.value(organization));
            const QString created = stamp(occurred);
            if (interactions.add({uuid(), kind, iso(occurred), summary,
                                  QStringLiteral("Sperimentazione %1. Punti discussi: tempistiche, documentazione, "
                                                 "misure di sicurezza.").arg(e.code),
                                  organization, contacts.isEmpty() ? QVariant() : QVariant(pick(contacts)), e.id,
                                  isoOrNull(followUp), int(done), QString::fromUtf8(pick(demodata::officers())),
                                  created, created}) < 0)
                return false;
        }
    }
    return interactions.finish(QStringLiteral("demo"));
}

bool DemoGenerator::addMeasurements(const std::function<bool(int)> &progress)
{
    BulkInsert targets(m_store, QStringLiteral("targets"),
                       {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("metric_id"),
                        QStringLiteral("value"), QStringLiteral("due_on"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")});
    BulkInsert batches(m_store, QStringLiteral("measurement_batches"),
                       {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("source"),
                        QStringLiteral("file_name"), QStringLiteral("row_count"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")});
    BulkInsert measurements(m_store, QStringLiteral("measurements"),
                            {QStringLiteral("batch_id"), QStringLiteral("experiment_id"), QStringLiteral("metric_id"),
                             QStringLiteral("zone_id"), QStringLiteral("measured_at"), QStringLiteral("value"),
                             QStringLiteral("seq")});
    const QDate today = m_options.today;
    int done = 0;
    for (const Experiment &e : std::as_const(m_experiments)) {
        ++done;
        if (!atLeast(e.stage, QStringLiteral("active")) || !e.startOn.isValid())
            continue;
        QList<const demodata::MetricDefinition *> candidates;
        for (const auto &m : demodata::metrics())
            if (e.domain == QLatin1String(m.domain))
                candidates << &m;
        const QDate first = e.startOn;
        const QDate last = qMin(e.endOn, today.addDays(-1));
        const QString created = stamp(last);
        const qint64 batch = batches.add({uuid(), e.id, m_organizationNames.value(e.leadId),
                                          QStringLiteral("%1-dati.csv").arg(e.code),
                                          int(qMax<qint64>(0, first.daysTo(last) + 1) * candidates.size() * e.zoneIds.size()), created, created});
        if (batch < 0)
            return false;
        qint64 seq = 0;   // each row's place in its batch
        for (const auto *metric : std::as_const(candidates)) {
            const qint64 metricId = m_metrics.value(QString::fromLatin1(metric->code));
            // rounded as an office would write a target: 60.5, not 60.313562448271064
            const double drawn = metric->target * uniform(0.85, 1.15);
            const double perUnit = drawn >= 100 ? 1 : drawn >= 10 ? 2 : drawn >= 1 ? 10 : 100;
            const double target = std::round(drawn * perUnit) / perUnit;
            if (targets.add({uuid(), e.id, metricId, target, iso(e.endOn), created, created}) < 0)
                return false;
            // A series that moves from its baseline towards (not always reaching) the target,
            // with a weekly rhythm and noise: what a real partner's data looks like.
            const double start = metric->baseline * uniform(0.9, 1.1);
            const double reach = uniform(0.5, 1.1);
            const qint64 days = qMax<qint64>(1, e.startOn.daysTo(e.endOn));
            const bool integer = QLatin1String(metric->valueKind) == QLatin1String("integer");
            // One series per zone: partners report what each site measured.
            for (const qint64 zoneId : e.zoneIds) {
            const QVariant zone(zoneId);
            for (QDate day = first; day <= last; day = day.addDays(1)) {
                const double progress01 = double(e.startOn.daysTo(day)) / double(days);
                const double weekly = day.dayOfWeek() >= 6 ? 0.85 : 1.0;
                double value = (start + (target - start) * reach * progress01) * weekly * uniform(0.92, 1.08);
                if (integer)
                    value = std::round(qMax(0.0, value));
                const qint64 at = QDateTime(day, QTime(12, 0), QTimeZone::UTC).toSecsSinceEpoch();
                if (measurements.add({batch, e.id, metricId, zone, at, value, seq++}) < 0)
                    return false;
            }
            }
        }
        if (progress && done % 50 == 0 && !progress(int(100LL * done / m_experiments.size())))
            return m_store.fail(QCoreApplication::translate("citylab::DemoGenerator", "Cancelled."));
    }
    return targets.finish(QStringLiteral("demo")) && batches.finish(QStringLiteral("demo"))
        && measurements.finish(QStringLiteral("demo"));
}

} // namespace citylab
