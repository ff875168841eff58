// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's barrier register: the rules the demo's tests gather evidence on, linked to
// the experiments that test them, their requests and the metrics of their targets, and an
// incident of the tracked drone test.
#include "demogenerator.h"

#include "store/bulkinsert.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

namespace {

struct DemoBarrier
{
    const char *domain, *authority, *reference, *title, *summary, *derogation, *status, *requestMatch, *area;
};

constexpr DemoBarrier demoBarriers[] = {
    {"drones", "ENAC", "Reg. (UE) 2019/947, art. 12; Regolamento ENAC UAS-IT",
     "Voli oltre la vista del pilota sopra aree abitate",
     "Le operazioni in categoria specific sopra aree urbane richiedono un'autorizzazione operativa caso per caso, con "
     "il pilota in vista del drone.",
     "Autorizzare voli fuori dalla vista del pilota lungo corridoi definiti, con geofence, paracadute e pilota remoto "
     "abilitato, per il servizio di consegna.",
     "under_test", "ENAC", "aviation"},
    {"autonomous_mobility", "MIT", "DM 28 febbraio 2018 (Smart Road), art. 9",
     "Conducente di sicurezza a bordo dei veicoli a guida automatica",
     "La sperimentazione su strada pubblica richiede un supervisore a bordo, pronto a riprendere il controllo.",
     "Consentire la supervisione da remoto su tratti a bassa velocità, con un operatore ogni tre veicoli.",
     "evidence_ready", "Smart Road", "mobility"},
    {"robotics", "Polizia Municipale", "D.Lgs. 285/1992 (Codice della strada), art. 190",
     "Robot di consegna sui marciapiedi",
     "I marciapiedi sono riservati ai pedoni; i dispositivi a motore non vi possono circolare.",
     "Consentire ai robot di consegna di circolare sui marciapiedi dei quartieri della sperimentazione, a non più di 6 km/h "
     "e con precedenza ai pedoni.",
     "under_test", "art. 36", "mobility"},
    {"energy", "MASE", "D.Lgs. 199/2021, art. 31",
     "Perimetro della cabina primaria per le comunità energetiche",
     "I membri di una comunità energetica rinnovabile devono essere connessi alla stessa cabina primaria.",
     "Consentire la condivisione dell'energia tra edifici di cabine primarie diverse nel quartiere della sperimentazione.",
     "under_test", "art. 36", "other"},
};

} // namespace

bool DemoGenerator::addBarriers()
{
    BulkInsert barriers(m_store, QStringLiteral("barriers"),
                        {QStringLiteral("uuid"), QStringLiteral("reference"), QStringLiteral("title"), QStringLiteral("authority_id"),
                         QStringLiteral("summary"), QStringLiteral("derogation"), QStringLiteral("status"),
                         QStringLiteral("area"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert experiments(m_store, QStringLiteral("barrier_experiments"),
                           {QStringLiteral("uuid"), QStringLiteral("barrier_id"), QStringLiteral("experiment_id"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert requests(m_store, QStringLiteral("barrier_requests"),
                        {QStringLiteral("uuid"), QStringLiteral("barrier_id"), QStringLiteral("request_id"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert metrics(m_store, QStringLiteral("barrier_metrics"),
                       {QStringLiteral("uuid"), QStringLiteral("barrier_id"), QStringLiteral("metric_id"),
                        QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QString created = stamp(m_options.today.addDays(-200));
    QSqlQuery q(m_store.database());
    const auto ids = [&](const QString &sql, const QVariantList &values, QList<qint64> *out) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("barriers"));
        while (q.next())
            *out << q.value(0).toLongLong();
        q.finish();
        return true;
    };
    for (const DemoBarrier &b : demoBarriers) {
        // the running experiments of the domain; the tracked drone test first among them
        QList<qint64> tested;
        if (!ids(QStringLiteral("SELECT id FROM experiments WHERE domain = ? AND stage IN ('active', 'concluded', 'evaluated')"
                                " ORDER BY (SELECT count(*) FROM tracks t WHERE t.experiment_id = experiments.id) DESC, code LIMIT 3"),
                 {QString::fromLatin1(b.domain)}, &tested))
            return false;
        if (tested.isEmpty())
            continue;
        const qint64 id = barriers.add({uuid(), QString::fromUtf8(b.reference), QString::fromUtf8(b.title),
                                        m_authorities.value(QString::fromLatin1(b.authority), 0) > 0
                                            ? QVariant(m_authorities.value(QString::fromLatin1(b.authority)))
                                            : QVariant(),
                                        QString::fromUtf8(b.summary), QString::fromUtf8(b.derogation), QString::fromLatin1(b.status),
                                        QString::fromLatin1(b.area), created, created});
        if (id < 0)
            return false;
        QList<qint64> linkedRequests, linkedMetrics;
        QStringList marks(tested.size(), QStringLiteral("?"));
        QVariantList bind{QString::fromUtf8(b.requestMatch)};
        for (const qint64 e : std::as_const(tested))
            bind << e;
        if (!ids(QStringLiteral("SELECT id FROM regulatory_requests WHERE instr(legal_basis, ?) > 0 AND experiment_id IN (%1) ORDER BY id")
                     .arg(marks.join(u',')),
                 bind, &linkedRequests))
            return false;
        bind.removeFirst();
        if (!ids(QStringLiteral("SELECT DISTINCT metric_id FROM targets WHERE experiment_id IN (%1) ORDER BY metric_id").arg(marks.join(u',')),
                 bind, &linkedMetrics))
            return false;
        for (const qint64 e : std::as_const(tested))
            if (experiments.add({uuid(), id, e, created, created}) < 0)
                return false;
        for (const qint64 r : std::as_const(linkedRequests))
            if (requests.add({uuid(), id, r, created, created}) < 0)
                return false;
        for (const qint64 m : std::as_const(linkedMetrics))
            if (metrics.add({uuid(), id, m, created, created}) < 0)
                return false;
    }
    if (!barriers.finish(QStringLiteral("demo")) || !experiments.finish(QStringLiteral("demo")) || !requests.finish(QStringLiteral("demo"))
        || !metrics.finish(QStringLiteral("demo")))
        return false;

    // the tracked drone test had to land early once
    QList<qint64> tracked;
    if (!ids(QStringLiteral("SELECT experiment_id FROM tracks ORDER BY id LIMIT 1"), {}, &tracked))
        return false;
    if (tracked.isEmpty())
        return true;
    q.prepare(QStringLiteral("SELECT min(z.id) FROM zones z WHERE z.experiment_id = ?"));
    q.addBindValue(tracked.first());
    const QVariant zone = q.exec() && q.next() ? q.value(0) : QVariant();
    q.finish();
    BulkInsert incidents(m_store, QStringLiteral("incidents"),
                         {QStringLiteral("uuid"), QStringLiteral("experiment_id"), QStringLiteral("zone_id"), QStringLiteral("occurred_on"),
                          QStringLiteral("severity"), QStringLiteral("description"), QStringLiteral("actions"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QDate day = m_options.today.addDays(-24);
    const QString at = stamp(day);
    return incidents.add({uuid(), tracked.first(), zone, iso(day), QStringLiteral("moderate"),
                          QStringLiteral("Atterraggio di emergenza per raffica di vento oltre i limiti del drone; nessun danno a persone o cose."),
                          QStringLiteral("Voli sospesi con vento sopra i 10 m/s; soglia aggiunta alle procedure del pilota."), at, at})
            >= 0
        && incidents.finish(QStringLiteral("demo"));
}

} // namespace citylab
