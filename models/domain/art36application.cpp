// SPDX-License-Identifier: GPL-3.0-or-later
#include "art36application.h"

#include "vocabulary.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

namespace {

const QStringList reservedAreas = {QStringLiteral("health"), QStringLiteral("environment"), QStringLiteral("cultural_heritage"),
                                   QStringLiteral("criminal_law"), QStringLiteral("eu_obligations")};

bool isGranted(const QString &status)
{
    return status == QLatin1String("granted") || status == QLatin1String("granted_with_conditions");
}

QDate day(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

bool Art36Application::isReservedArea(const QString &area)
{
    return reservedAreas.contains(area);
}

std::optional<Art36Application> Art36Application::load(const Store &store, qint64 requestId, QString *error)
{
    Art36Application a;
    a.requestId = requestId;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // The renewal that counts: a granted one, else the latest not denied or withdrawn.
    q.prepare(QStringLiteral("SELECT r.reference, r.status, r.decided_on, a.id, a.holder_id, h.name, a.lead_person_id, p.full_name,"
                             " a.duration_months, a.aims, a.expected_results, a.monitoring, a.risks, a.safeguards,"
                             " a.renewal_of_id, o.reference, a.final_report_sent_on,"
                             " NULL,"
                             " o.status, o.decided_on, oa.duration_months, r.subject,"
                             " (SELECT officer FROM experiments WHERE id = r.experiment_id),"
                             " nr.reference, nr.status"
                             " FROM regulatory_requests r LEFT JOIN art36_applications a ON a.request_id = r.id"
                             " LEFT JOIN regulatory_requests nr ON nr.id ="
                             "  (SELECT rr.id FROM art36_applications n JOIN regulatory_requests rr ON rr.id = n.request_id"
                             "   WHERE n.renewal_of_id = r.id AND rr.status NOT IN ('denied', 'withdrawn')"
                             "   ORDER BY rr.status IN ('granted', 'granted_with_conditions') DESC, rr.id DESC LIMIT 1)"
                             " LEFT JOIN organizations h ON h.id = a.holder_id LEFT JOIN people p ON p.id = a.lead_person_id"
                             " LEFT JOIN regulatory_requests o ON o.id = a.renewal_of_id"
                             " LEFT JOIN art36_applications oa ON oa.request_id = o.id WHERE r.id = ?"));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next()) {
        if (!StoreRead::failed(q, store, error) && error)
            *error = tr("The request no longer exists.");
        return std::nullopt;
    }
    const auto id = [&q](int column) { return q.value(column).isNull() ? qint64(-1) : q.value(column).toLongLong(); };
    a.requestReference = q.value(0).toString();
    a.requestStatus = q.value(1).toString();
    a.decidedOn = day(q.value(2));
    a.id = id(3);
    a.holderId = id(4);
    a.holder = q.value(5).toString();
    a.leadPersonId = id(6);
    a.leadPerson = q.value(7).toString();
    a.durationMonths = q.value(8).toInt();
    a.aims = q.value(9).toString().trimmed();
    a.expectedResults = q.value(10).toString().trimmed();
    a.monitoring = q.value(11).toString().trimmed();
    a.risks = q.value(12).toString().trimmed();
    a.safeguards = q.value(13).toString().trimmed();
    a.renewalOfId = id(14);
    a.renewalOfReference = q.value(15).toString();
    a.finalReportSentOn = day(q.value(16));
    a.renewedBy = q.value(23).toString();
    a.renewalGranted = isGranted(q.value(24).toString());
    if (isGranted(q.value(18).toString()))
        a.renewedPeriodEnd = periodEnd(day(q.value(19)), q.value(20).toInt());
    a.subject = q.value(21).toString();
    a.officer = q.value(22).toString();
    q.finish();

    q.prepare(QStringLiteral("SELECT b.id, x.id, b.reference, b.title, coalesce(b.area, '') FROM barrier_requests x"
                             " JOIN barriers b ON b.id = x.barrier_id WHERE x.request_id = ? ORDER BY b.reference"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        StoreRead::failed(q, store, error);
        return std::nullopt;
    }
    while (q.next())
        a.rules.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return a;
}

QStringList Art36Application::missing() const
{
    QStringList result;
    if (holderId < 0)
        result << tr("the holder of the experiment");
    if (leadPersonId < 0)
        result << tr("the person in charge");
    if (durationMonths <= 0)
        result << tr("the duration (at most %n month(s))", nullptr, maximumMonths);
    if (aims.isEmpty())
        result << tr("the aims");
    if (expectedResults.isEmpty())
        result << tr("the expected results");
    if (monitoring.isEmpty())
        result << tr("how the experiment is monitored");
    if (risks.isEmpty())
        result << tr("the risks and their mitigations");
    if (rules.isEmpty())
        result << tr("the rules to be derogated (link them from Barriers)");
    if (safeguards.isEmpty())
        result << tr("the safeguards");
    return result;
}

QList<Art36Application::Rule> Art36Application::reservedRules() const
{
    QList<Rule> result;
    for (const Rule &rule : rules)
        if (!rule.derogable())
            result << rule;
    return result;
}

QStringList Art36Application::submissionProblems(const Store &store) const
{
    QStringList problems;
    if (const QStringList absent = missing(); !absent.isEmpty())
        problems << tr("The art. 36 application lacks %1.").arg(absent.join(QStringLiteral(", ")));
    for (const Rule &rule : reservedRules())
        problems << tr("%1 (%2) lies in an area art. 36 cannot derogate: %3.")
                        .arg(rule.reference, rule.title, Vocabulary::label(Vocabulary::BarrierArea, rule.area));
    // the letter declares that no rule lies in those areas: each one's area must be known
    for (const Rule &rule : rules)
        if (rule.area.isEmpty())
            problems << tr("%1 (%2) has no area of law: set it on the barrier, so that a rule art. 36 cannot derogate "
                           "is not asked for.")
                            .arg(rule.reference, rule.title);
    if (renewalOfId >= 0)
        if (const QString problem = renewalProblem(store, requestId, renewalOfId); !problem.isEmpty())
            problems << problem;
    return problems;
}

bool Art36Application::granted() const
{
    return isGranted(requestStatus);
}

QDate Art36Application::periodEnd(const QDate &start, int months)
{
    if (!start.isValid() || months <= 0)
        return {};
    return start.addMonths(months);   // QDate clamps to the month's last day, as the code says
}

QDate Art36Application::periodStart() const
{
    if (!granted())
        return {};
    return renewedPeriodEnd.isValid() ? qMax(renewedPeriodEnd, decidedOn) : decidedOn;
}

QDate Art36Application::periodEnd() const
{
    return periodEnd(periodStart(), durationMonths);
}

QString Art36Application::renewalProblem(const Store &store, qint64 requestId, qint64 renewalOfId)
{
    if (renewalOfId == requestId)
        return tr("A request cannot renew itself.");
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.reference, r.kind, r.status, a.renewal_of_id,"
                             " (SELECT rr.reference FROM art36_applications n JOIN regulatory_requests rr ON rr.id = n.request_id"
                             "  WHERE n.renewal_of_id = r.id AND n.request_id <> ? AND rr.status NOT IN ('denied', 'withdrawn')"
                             "  ORDER BY rr.id LIMIT 1)"
                             " FROM regulatory_requests r LEFT JOIN art36_applications a ON a.request_id = r.id WHERE r.id = ?"));
    q.addBindValue(requestId);
    q.addBindValue(renewalOfId);
    QString error;
    if (!q.exec() || !q.next())
        return StoreRead::failed(q, store, &error) ? error : tr("The request to renew no longer exists.");
    const QString reference = q.value(0).toString();
    if (q.value(1).toString() != kind)
        return tr("%1 is not an art. 36 request: only those can be renewed this way.").arg(reference);
    if (!isGranted(q.value(2).toString()))
        return tr("%1 was not granted: only a granted experimentation can be renewed.").arg(reference);
    if (!q.value(3).isNull())
        return tr("%1 is itself a renewal: art. 36 allows one renewal only.").arg(reference);
    if (const QString other = q.value(4).toString(); !other.isEmpty())
        return tr("%1 was already renewed by %2: art. 36 allows one renewal only.").arg(reference, other);
    return {};
}

} // namespace citylab
