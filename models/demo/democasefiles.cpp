// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's case files: agreements with their parties, regulatory requests with their
// dated procedure and letters, and the contacts log.
#include "demogenerator.h"

#include "demodata.h"
#include "domain/regulatoryclock.h"
#include "store/bulkinsert.h"
#include "store/store.h"


namespace citylab {

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

} // namespace citylab
