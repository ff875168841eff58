// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's art. 36 applications: what each "Sperimentazione Italia" request of the
// demo contains (holder, person in charge, duration, aims, results, monitoring, risks,
// safeguards) and the rule it asks to set aside; closed tests have sent their final report,
// and one running test's authorized period ends within the month, so Today asks for it.
#include "demogenerator.h"

#include "domain/art36application.h"
#include "store/bulkinsert.h"
#include "store/sqlerrortext.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace citylab {

namespace {

struct Art36Row
{
    qint64 request = -1, holder = -1, rule = -1;
    QString status, domain, stage, title, summary, metrics;
    QDate decidedOn, endOn;
    bool hasRule = false;
};

QString risksOf(const QString &domain)
{
    if (domain == QLatin1String("robotics"))
        return QStringLiteral("Interferenza con i pedoni e con le persone con disabilità: velocità limitata a 6 km/h, arresto "
                              "automatico davanti agli ostacoli, operatore remoto che può fermare ogni robot.");
    if (domain == QLatin1String("energy"))
        return QStringLiteral("Guasti agli accumuli e squilibri di rete: monitoraggio continuo, distacco automatico dalla rete, "
                              "manutenzione programmata con il distributore.");
    return QStringLiteral("Disservizi per i cittadini: prove limitate alle zone autorizzate, sospensione immediata su richiesta "
                          "della Città.");
}

} // namespace

bool DemoGenerator::addArt36Applications()
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.status, r.decided_on, e.lead_organization_id, e.domain, e.stage, e.title, e.summary, e.end_on,"
            " (SELECT count(*) FROM barrier_requests x WHERE x.request_id = r.id),"
            " (SELECT min(b.id) FROM barriers b JOIN barrier_experiments x ON x.barrier_id = b.id"
            "  JOIN experiments t ON t.id = x.experiment_id WHERE t.domain = e.domain),"
            " (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT m.name FROM targets g JOIN metrics m ON m.id = g.metric_id"
            "  WHERE g.experiment_id = e.id ORDER BY m.name))"
            " FROM regulatory_requests r JOIN experiments e ON e.id = r.experiment_id WHERE r.kind = 'art36' ORDER BY r.id")))
        return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("art36_applications"));
    QList<Art36Row> rows;
    while (q.next()) {
        Art36Row row;
        row.request = q.value(0).toLongLong();
        row.status = q.value(1).toString();
        row.decidedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        row.holder = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        row.domain = q.value(4).toString();
        row.stage = q.value(5).toString();
        row.title = q.value(6).toString();
        row.summary = q.value(7).toString();
        row.endOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        row.hasRule = q.value(9).toInt() > 0;
        row.rule = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
        row.metrics = q.value(11).toString();
        rows << row;
    }
    if (q.lastError().isValid())
        return m_store.fail(SqlErrorText::describe(q.lastError()), QStringLiteral("art36_applications"));
    q.finish();

    BulkInsert applications(m_store, QStringLiteral("art36_applications"),
                            {QStringLiteral("uuid"), QStringLiteral("request_id"), QStringLiteral("holder_id"),
                             QStringLiteral("lead_person_id"), QStringLiteral("duration_months"), QStringLiteral("aims"),
                             QStringLiteral("expected_results"), QStringLiteral("monitoring"), QStringLiteral("risks"),
                             QStringLiteral("safeguards"), QStringLiteral("final_report_sent_on"), QStringLiteral("created_at"),
                             QStringLiteral("updated_at")});
    BulkInsert rules(m_store, QStringLiteral("barrier_requests"),
                     {QStringLiteral("uuid"), QStringLiteral("barrier_id"), QStringLiteral("request_id"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QDate today = m_options.today;
    bool reportDueShown = false;
    for (const Art36Row &row : std::as_const(rows)) {
        const bool granted = row.status.startsWith(QLatin1String("granted"));
        int months = Art36Application::maximumMonths;
        if (granted && row.endOn.isValid())
            months = qBound(1, int(std::ceil(row.decidedOn.daysTo(row.endOn) / 30.44)), Art36Application::maximumMonths);
        // one running test whose authorized period ends within the month: its report is due
        if (granted && !reportDueShown && row.stage == QLatin1String("active")) {
            for (int m = 1; m <= Art36Application::maximumMonths; ++m) {
                const QDate end = Art36Application::periodEnd(row.decidedOn, m);
                if (end >= today.addDays(3)) {
                    if (end <= today.addDays(30)) {
                        months = m;
                        reportDueShown = true;
                    }
                    break;
                }
            }
        }
        const QDate end = Art36Application::periodEnd(row.decidedOn, months);
        const bool closed = row.stage == QLatin1String("concluded") || row.stage == QLatin1String("evaluated");
        const QDate sent = granted && closed && end.isValid() ? qMin(today, end.addDays(between(2, 20))) : QDate();
        const QList<qint64> people = m_people.value(row.holder);
        const QString created = stamp(today.addDays(-400));
        const QString monitoring = row.metrics.isEmpty()
                                       ? QStringLiteral("Rapporti mensili alla Città sull'andamento delle prove.")
                                       : QStringLiteral("Indicatori rilevati e trasmessi ogni mese alla Città: %1.").arg(row.metrics);
        if (applications.add({uuid(), row.request, row.holder >= 0 ? QVariant(row.holder) : QVariant(),
                              people.isEmpty() ? QVariant() : QVariant(people.first()), months,
                              QStringLiteral("Verificare in condizioni reali «%1». %2").arg(row.title, row.summary),
                              QStringLiteral("Evidenze su sicurezza, affidabilità e gradimento dei cittadini a sostegno di una "
                                             "modifica della norma."),
                              monitoring, risksOf(row.domain),
                              QStringLiteral("Polizza RC verso terzi dedicata, presidio di un operatore durante le prove, "
                                             "sospensione immediata su richiesta della Città."),
                              isoOrNull(sent), created, created})
            < 0)
            return false;
        if (!row.hasRule && row.rule >= 0 && rules.add({uuid(), row.rule, row.request, created, created}) < 0)
            return false;
    }
    return applications.finish(QStringLiteral("demo")) && rules.finish(QStringLiteral("demo"));
}

} // namespace citylab
