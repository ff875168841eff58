// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's records of the lab's process: the open call with its checklist and criteria,
// conditions and acts, the committee and its evaluations.
#include "demogenerator.h"

#include "demodata.h"
#include "domain/calldefaults.h"
#include "i18n/scopedlanguage.h"
#include "store/bulkinsert.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>


namespace citylab {

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
QString DemoGenerator::facilitationsFor(const QString &domain)
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

} // namespace citylab
