// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines.h"

#include "art36application.h"
#include "vocabulary.h"

#include "store/store.h"
#include "store/storesettings.h"

#include "store/sqlerrortext.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace citylab {

QString Deadline::kindKey(Kind kind)
{
    switch (kind) {
    case Request: return QStringLiteral("request");
    case Agreement: return QStringLiteral("agreement");
    case FollowUp: return QStringLiteral("follow_up");
    case StuckExperiment: return QStringLiteral("stuck_experiment");
    case Condition: return QStringLiteral("condition");
    case Insurance: return QStringLiteral("insurance");
    case Art36Report: return QStringLiteral("art36_report");
    case RetainedContact: return QStringLiteral("retained_contact");
    case RetainedPerson: return QStringLiteral("retained_person");
    }
    return {};
}

QString Deadlines::kindLabel(Deadline::Kind kind)
{
    switch (kind) {
    case Deadline::Request: return tr("Regulatory request");
    case Deadline::Agreement: return tr("Agreement to renew");
    case Deadline::FollowUp: return tr("Follow-up");
    case Deadline::StuckExperiment: return tr("Experiment stuck");
    case Deadline::Condition: return tr("Condition to meet");
    case Deadline::Insurance: return tr("Insurance to renew");
    case Deadline::Art36Report: return tr("Art. 36 final report");
    case Deadline::RetainedContact: return tr("Contact past retention");
    case Deadline::RetainedPerson: return tr("Person past retention");
    }
    return {};
}

QString Deadlines::statusLabel(const Deadline &deadline)
{
    switch (deadline.kind) {
    case Deadline::Request:
    case Deadline::Art36Report:
        return Vocabulary::label(Vocabulary::RequestStatus, deadline.status);
    case Deadline::Agreement:
        return Vocabulary::label(Vocabulary::AgreementStatus, deadline.status);
    case Deadline::FollowUp:
        return tr("Open");
    case Deadline::StuckExperiment:
    case Deadline::Insurance:
        return Vocabulary::label(Vocabulary::Stage, deadline.status);
    case Deadline::Condition:
        return deadline.status == QLatin1String("blocking") ? tr("Blocking") : tr("Not blocking");
    case Deadline::RetainedContact:
        return Vocabulary::label(Vocabulary::InteractionKind, deadline.status);
    case Deadline::RetainedPerson:
        return tr("To review");
    }
    return deadline.status;
}

QList<Deadline> Deadlines::collect(const Store &store, const Options &options, QString *error)
{
    QList<Deadline> result;
    const QString horizon = options.today.addDays(options.horizonDays).toString(Qt::ISODate);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    QString failure;
    const auto add = [&](Deadline::Kind kind, const QString &table) {
        if (!q.exec()) {
            failure = q.lastError().isValid() ? SqlErrorText::describe(q.lastError()) : failure;
            return;
        }
        while (q.next()) {
            Deadline d;
            d.kind = kind;
            d.table = table;
            d.id = q.value(0).toLongLong();
            d.reference = q.value(1).toString();
            d.title = q.value(2).toString();
            d.dueOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            d.daysLeft = int(options.today.daysTo(d.dueOn));
            d.status = q.value(4).toString();
            d.officer = q.value(5).toString();
            result << d;
        }
        // A failure half-way (a damaged page) ends the loop like the last row does.
        if (q.lastError().isValid())
            failure = SqlErrorText::describe(q.lastError());
    };

    // Requests whose statutory clock runs (a suspended one has no due date until resubmitted).
    q.prepare(QStringLiteral("SELECT r.id, r.reference, r.subject || ' — ' || o.name, r.due_on, r.status, e.officer"
                             " FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id"
                             " LEFT JOIN experiments e ON e.id = r.experiment_id"
                             " WHERE r.status IN ('submitted', 'resubmitted') AND r.due_on <= ?"));
    q.addBindValue(horizon);
    add(Deadline::Request, QStringLiteral("regulatory_requests"));

    // Signed agreements whose renewal notice has started (or that ran out still "signed").
    q.prepare(QStringLiteral("SELECT a.id, coalesce(a.protocol_number, ''), a.title, a.valid_to, a.status, e.officer"
                             " FROM agreements a LEFT JOIN experiments e ON e.id = a.experiment_id"
                             " WHERE a.status = 'signed' AND a.valid_to IS NOT NULL"
                             " AND date(a.valid_to, '-' || a.renewal_notice_days || ' days') <= ?"));
    q.addBindValue(horizon);
    add(Deadline::Agreement, QStringLiteral("agreements"));

    q.prepare(QStringLiteral("SELECT i.id, coalesce(e.code, o.name, ''), i.summary, i.follow_up_on, 'open', e.officer"
                             " FROM interactions i LEFT JOIN experiments e ON e.id = i.experiment_id"
                             " LEFT JOIN organizations o ON o.id = i.organization_id"
                             " WHERE i.follow_up_done = 0 AND i.follow_up_on IS NOT NULL AND i.follow_up_on <= ?"
                             " AND (? OR e.stage IS NULL OR e.stage NOT IN ('rejected', 'withdrawn'))"));
    q.addBindValue(horizon);
    q.addBindValue(options.followUpsOfClosedExperiments);
    add(Deadline::FollowUp, QStringLiteral("interactions"));

    // Experiments that have not moved for too long before going live: due when the
    // threshold was (or will be) reached.
    q.prepare(QStringLiteral("SELECT id, code, title, date(stage_since, '+' || ? || ' days'), stage, officer FROM experiments"
                             " WHERE stage IN ('proposal', 'screening', 'agreement', 'authorization')"
                             " AND date(stage_since, '+' || ? || ' days') <= ?"));
    q.addBindValue(options.stuckAfterDays);
    q.addBindValue(options.stuckAfterDays);
    q.addBindValue(horizon);
    add(Deadline::StuckExperiment, QStringLiteral("experiments"));

    // Conditions not yet met, of experiments still running their course.
    q.prepare(QStringLiteral("SELECT c.id, e.code, c.text, c.due_on, CASE c.blocking WHEN 1 THEN 'blocking' ELSE 'not_blocking' END,"
                             " e.officer FROM conditions c JOIN experiments e ON e.id = c.experiment_id"
                             " WHERE c.met_on IS NULL AND c.due_on IS NOT NULL AND c.due_on <= ?"
                             " AND e.stage NOT IN ('rejected', 'withdrawn', 'evaluated')"));
    q.addBindValue(horizon);
    add(Deadline::Condition, QStringLiteral("conditions"));

    // Insurance policies of test plans running out, for experiments whose tests still run or
    // are about to: the experiment's page has the plan.
    q.prepare(QStringLiteral("SELECT e.id, e.code, coalesce(p.insurer || ' ', '') || coalesce(p.policy_number, ''),"
                             " p.insurance_expires_on, e.stage, e.officer FROM test_plans p JOIN experiments e ON e.id = p.experiment_id"
                             " WHERE p.insurance_expires_on IS NOT NULL AND p.insurance_expires_on <= ?"
                             " AND e.stage IN ('agreement', 'authorization', 'active')"));
    q.addBindValue(horizon);
    add(Deadline::Insurance, QStringLiteral("experiments"));

    // Granted art. 36 experimentations owe a final report by the end of their period; a
    // granted renewal carries the duty on to its own period. Few: each is read whole.
    q.prepare(QStringLiteral("SELECT r.id FROM art36_applications a JOIN regulatory_requests r ON r.id = a.request_id"
                             " WHERE r.kind = 'art36' AND r.status IN ('granted', 'granted_with_conditions')"
                             " AND a.final_report_sent_on IS NULL AND a.duration_months IS NOT NULL AND r.decided_on IS NOT NULL"
                             " AND NOT EXISTS (SELECT 1 FROM art36_applications n JOIN regulatory_requests nr ON nr.id = n.request_id"
                             "  WHERE n.renewal_of_id = r.id AND nr.status IN ('granted', 'granted_with_conditions'))"));
    QList<qint64> owed;
    if (q.exec())
        while (q.next())
            owed << q.value(0).toLongLong();
    if (q.lastError().isValid())
        failure = SqlErrorText::describe(q.lastError());
    q.finish();
    for (const qint64 id : std::as_const(owed)) {
        QString reason;
        const std::optional<Art36Application> a = Art36Application::load(store, id, &reason);
        if (!a) {
            failure = reason;
            break;
        }
        Deadline d;
        d.kind = Deadline::Art36Report;
        d.table = QStringLiteral("regulatory_requests");
        d.id = id;
        d.reference = a->requestReference;
        d.title = a->subject;
        d.dueOn = a->periodEnd();
        d.daysLeft = int(options.today.daysTo(d.dueOn));
        d.officer = a->officer;
        d.status = a->requestStatus;
        if (d.dueOn.isValid() && d.daysLeft <= options.horizonDays)
            result << d;
    }

    // Personal data past the retention period, counted from the day its last tie to a running
    // experiment ended (the experiment closed, the call closed) or from its last review. Only
    // what is past it: nothing is due "soon" about keeping data.
    const int months = options.retentionMonths > 0 ? options.retentionMonths : retentionMonths(store);
    const QString today = options.today.toString(Qt::ISODate);
    const QString closed = QStringLiteral("('concluded', 'evaluated', 'rejected', 'withdrawn')");
    q.prepare(QStringLiteral("SELECT i.id, coalesce(e.code, o.name, ''), i.summary,"
                             " date(max(i.occurred_on, coalesce(e.stage_since, ''), coalesce(i.retention_reviewed_on, '')), ?) AS due,"
                             " i.kind, e.officer"
                             " FROM interactions i LEFT JOIN experiments e ON e.id = i.experiment_id"
                             " LEFT JOIN organizations o ON o.id = i.organization_id"
                             " WHERE (e.id IS NULL OR e.stage IN %1) AND due <= ?").arg(closed));
    q.addBindValue(QStringLiteral("+%1 months").arg(months));
    q.addBindValue(today);
    add(Deadline::RetainedContact, QStringLiteral("interactions"));
    // A person is tied to a running experiment by a contact about it, as the person in charge
    // of its art. 36 experimentation, or as a member of a call's committee while the call is
    // open; one never tied to anything counts from the day they were recorded. Erased people
    // are not listed again.
    q.prepare(QStringLiteral(
        "WITH ties(person, day, running) AS ("
        "  SELECT i.person_id, max(i.occurred_on, CASE WHEN e.stage IN %1 THEN e.stage_since ELSE '' END),"
        "         e.id IS NOT NULL AND e.stage NOT IN %1"
        "  FROM interactions i LEFT JOIN experiments e ON e.id = i.experiment_id WHERE i.person_id IS NOT NULL"
        "  UNION ALL"
        "  SELECT a.lead_person_id, e.stage_since, e.stage NOT IN %1 FROM art36_applications a"
        "  JOIN regulatory_requests r ON r.id = a.request_id JOIN experiments e ON e.id = r.experiment_id"
        "  WHERE a.lead_person_id IS NOT NULL"
        "  UNION ALL"
        "  SELECT m.person_id, coalesce(c.closed_on, ''), c.closed_on IS NULL OR c.closed_on >= ?"
        "  FROM committee_members m JOIN calls c ON c.id = m.call_id)"
        " SELECT p.id, coalesce(o.name, ''), p.full_name,"
        "  date(max(coalesce(max(t.day), substr(p.created_at, 1, 10)), coalesce(p.retention_reviewed_on, '')), ?) AS due,"
        "  '', '' FROM people p LEFT JOIN organizations o ON o.id = p.organization_id LEFT JOIN ties t ON t.person = p.id"
        " WHERE NOT EXISTS (SELECT 1 FROM change_log l WHERE l.table_name = 'people' AND l.row_uuid = p.uuid AND l.action = 'erase')"
        " GROUP BY p.id HAVING coalesce(max(t.running), 0) = 0 AND due <= ?").arg(closed));
    q.addBindValue(today);
    q.addBindValue(QStringLiteral("+%1 months").arg(months));
    q.addBindValue(today);
    add(Deadline::RetainedPerson, QStringLiteral("people"));

    if (!failure.isEmpty()) {
        if (error)
            *error = tr("Cannot read the deadlines of %1: %2.").arg(store.path(), failure);
        return {};
    }
    std::stable_sort(result.begin(), result.end(), [](const Deadline &a, const Deadline &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.reference < b.reference;
    });
    return result;
}

namespace {

const QString stuckKey = QStringLiteral("deadlines.stuck_after_days");
const QString retentionKey = QStringLiteral("deadlines.retention_months");

// An office's whole-number setting kept in the store, within its bounds; out of them (or
// unreadable) it reads as the default.
int boundedSetting(const Store &store, const QString &key, int minimum, int maximum, int fallback)
{
    bool ok = false;
    const int value = StoreSettings::value(store, key).value_or(QString()).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

// False with the store's error set to `refusal` when the value is out of bounds.
bool setBoundedSetting(Store &store, const QString &key, int value, int minimum, int maximum, const QString &refusal)
{
    if (value < minimum || value > maximum)
        return store.fail(refusal, QStringLiteral("settings"), QStringLiteral("value"));
    return StoreSettings::setValue(store, key, QString::number(value));
}

} // namespace

int Deadlines::retentionMonths(const Store &store)
{
    return boundedSetting(store, retentionKey, minimumRetentionMonths, maximumRetentionMonths, defaultRetentionMonths);
}

bool Deadlines::setRetentionMonths(Store &store, int months)
{
    return setBoundedSetting(store, retentionKey, months, minimumRetentionMonths, maximumRetentionMonths,
                             tr("Personal data is kept %1 to %2 months, not %3.")
                                 .arg(minimumRetentionMonths).arg(maximumRetentionMonths).arg(months));
}

int Deadlines::stuckAfterDays(const Store &store)
{
    return boundedSetting(store, stuckKey, minimumStuckAfterDays, maximumStuckAfterDays, defaultStuckAfterDays);
}

bool Deadlines::setStuckAfterDays(Store &store, int days)
{
    return setBoundedSetting(store, stuckKey, days, minimumStuckAfterDays, maximumStuckAfterDays,
                             tr("An experiment is stuck after %1 to %2 days, not %3.")
                                 .arg(minimumStuckAfterDays).arg(maximumStuckAfterDays).arg(days));
}

} // namespace citylab
