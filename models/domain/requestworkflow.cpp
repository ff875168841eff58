// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestworkflow.h"

#include "art36application.h"
#include "regulatoryclock.h"
#include "vocabulary.h"
#include "i18n/dateformat.h"
#include "store/store.h"

#include <QSqlQuery>

namespace citylab {

namespace {

const QStringList decisions = {QStringLiteral("granted"), QStringLiteral("granted_with_conditions"),
                               QStringLiteral("denied")};

QString statusLabel(const QString &key)
{
    return Vocabulary::label(Vocabulary::RequestStatus, key);
}

} // namespace

RequestWorkflow::RequestWorkflow(Store &store)
    : m_store(store)
{
}

QString RequestWorkflow::statutoryDaysSql()
{
    return QStringLiteral("coalesce(r.statutory_days, CASE r.kind WHEN '%1' THEN %2 END, o.answer_days, 30)")
        .arg(Art36Application::kind).arg(Art36Application::reviewDays);
}

QStringList RequestWorkflow::nextStatuses(const QString &status)
{
    const QString withdrawn = QStringLiteral("withdrawn");
    if (status == QLatin1String("draft"))
        return {QStringLiteral("submitted"), withdrawn};
    if (status == QLatin1String("submitted") || status == QLatin1String("resubmitted"))
        return QStringList{QStringLiteral("integration_requested")} + decisions + QStringList{withdrawn};
    if (status == QLatin1String("integration_requested"))
        return {QStringLiteral("resubmitted"), withdrawn};
    return {}; // decided or withdrawn: final
}

QStringList RequestWorkflow::obstacles(qint64 id, const QString &status, const QDate &on) const
{
    const QVariantMap request = m_store.record(QStringLiteral("regulatory_requests"), id);
    if (request.isEmpty())
        return {tr("The request no longer exists.")};
    const QString current = request.value(QStringLiteral("status")).toString();
    if (!nextStatuses(current).contains(status)) {
        if (nextStatuses(current).isEmpty())
            return {tr("The request is %1: its procedure is closed.").arg(statusLabel(current).toLower())};
        return {tr("A request that is %1 cannot become %2.").arg(statusLabel(current).toLower(), statusLabel(status).toLower())};
    }
    QStringList reasons;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT max(on_date) FROM request_status_changes WHERE request_id = ?"));
    q.addBindValue(id);
    const QDate last = q.exec() && q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
    if (!on.isValid())
        reasons << tr("The date is missing.");
    else if (on > QDate::currentDate())
        reasons << tr("The date (%1) is in the future.").arg(DateFormat::shortDate(on));
    else if (last.isValid() && on < last)
        reasons << tr("The date (%1) is before the last step of the request (%2).")
                       .arg(DateFormat::shortDate(on), DateFormat::shortDate(last));
    if (status == QLatin1String("submitted") && request.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
        reasons << tr("The request has no subject.");
    // art. 36 lists what the application must contain; the Department sends back one without
    const bool submitting = status == QLatin1String("submitted") || status == QLatin1String("resubmitted");
    if (submitting && request.value(QStringLiteral("kind")).toString() == Art36Application::kind) {
        QString error;
        if (const std::optional<Art36Application> application = Art36Application::load(m_store, id, &error))
            reasons << application->submissionProblems(m_store);
        else
            reasons << error;
    }
    return reasons;
}

bool RequestWorkflow::change(qint64 id, const QString &status, const QDate &on, const QString &note)
{
    const QStringList reasons = obstacles(id, status, on);
    if (!reasons.isEmpty()) {
        m_error = reasons.join(u'\n');
        return false;
    }
    const QVariantMap request = m_store.record(QStringLiteral("regulatory_requests"), id);
    const bool ok = m_store.transact([&] {
        if (m_store.insert(QStringLiteral("request_status_changes"),
                           {{QStringLiteral("request_id"), id},
                            {QStringLiteral("from_status"), request.value(QStringLiteral("status"))},
                            {QStringLiteral("to_status"), status},
                            {QStringLiteral("on_date"), on.toString(Qt::ISODate)},
                            {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)}}) < 0)
            return false;
        // The clock reads the whole history: the authority's days unless the request says.
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT %1, o.clock_restarts"
                                 " FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id WHERE r.id = ?")
                      .arg(statutoryDaysSql()));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return m_store.fail(tr("The authority of the request cannot be read."));
        const RegulatoryClock clock(q.value(0).toInt(), q.value(1).toBool());
        QList<RegulatoryClock::Event> history;
        q.prepare(QStringLiteral("SELECT on_date, to_status FROM request_status_changes WHERE request_id = ? ORDER BY on_date, id"));
        q.addBindValue(id);
        if (q.exec())
            while (q.next())
                history.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()});
        const RegulatoryClock::State state = clock.evaluate(history, QDate::currentDate());
        QVariantMap update{{QStringLiteral("status"), status},
                           {QStringLiteral("due_on"), state.dueOn.isValid() ? QVariant(state.dueOn.toString(Qt::ISODate)) : QVariant()},
                           {QStringLiteral("suspended_on"), state.suspended ? QVariant(on.toString(Qt::ISODate)) : QVariant()},
                           {QStringLiteral("days_elapsed_before_suspension"), state.suspended ? QVariant(state.daysUsed) : QVariant()}};
        if (status == QLatin1String("submitted"))
            update.insert(QStringLiteral("submitted_on"), on.toString(Qt::ISODate));
        if (decisions.contains(status) || status == QLatin1String("withdrawn"))
            update.insert(QStringLiteral("decided_on"), on.toString(Qt::ISODate));
        return m_store.update(QStringLiteral("regulatory_requests"), id, update);
    });
    m_error = ok ? QString() : m_store.errorString();
    return ok;
}

} // namespace citylab
