// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldspec.h"

#include "domain/art36application.h"
#include "domain/recordcode.h"
#include "items/callrecords.h"
#include "i18n/dateformat.h"
#include "outcomes/metriccatalog.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>

namespace citylab {

namespace {

FieldSpec text(const char *column, bool required = false)
{
    FieldSpec spec;
    spec.column = QString::fromLatin1(column);
    spec.required = required;
    return spec;
}

FieldSpec ofKind(const char *column, FieldSpec::Kind kind, bool required = false)
{
    FieldSpec spec = text(column, required);
    spec.kind = kind;
    return spec;
}

FieldSpec choice(const char *column, Vocabulary::Field field)
{
    FieldSpec spec = ofKind(column, FieldSpec::Choice, true);
    spec.vocabulary = field;
    return spec;
}

FieldSpec reference(const char *column, ChoiceLists::List choices, bool required = false)
{
    FieldSpec spec = ofKind(column, FieldSpec::Reference, required);
    spec.choices = choices;
    return spec;
}

FieldSpec integer(const char *column, int minimum, int maximum)
{
    FieldSpec spec = ofKind(column, FieldSpec::Integer);
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

FieldSpec date(const char *column, const char *notBefore = nullptr)
{
    FieldSpec spec = ofKind(column, FieldSpec::Date);
    if (notBefore)
        spec.notBefore = QString::fromLatin1(notBefore);
    return spec;
}

} // namespace

FormSpec FormSpecs::experiment(const Store &store, qint64 id)
{
    // A proposal is registered when it arrives: its protocol number is required on a new
    // one, and given once a year (numbering starts again each January).
    FieldSpec protocol = text("protocol_number", id < 0);
    protocol.check = [&store, id](const QVariant &value, const QVariantMap &record) {
        const QDate arrived = QDate::fromString(record.value(QStringLiteral("proposed_on")).toString(), Qt::ISODate);
        if (!arrived.isValid())
            return QString();
        QString error;
        const std::optional<QString> found = RecordCode::protocolHolder(store, value.toString(), arrived.year(), id, &error);
        if (!found)
            return error;
        const QString holder = *found;
        return holder.isEmpty() ? QString()
                                : QCoreApplication::translate("citylab::FormSpecs", "Protocol number %1 of %2 is already given to %3.")
                                      .arg(value.toString().trimmed()).arg(arrived.year()).arg(holder);
    };
    FieldSpec arrived = date("proposed_on");
    arrived.required = id < 0;
    // an act is a number and a date: a number alone cannot be cited in a letter
    FieldSpec determina = text("determina_number");
    determina.check = [](const QVariant &, const QVariantMap &record) {
        return record.value(QStringLiteral("approved_on")).isNull()
            ? QCoreApplication::translate("citylab::FormSpecs", "Give the date of the act as well.")
            : QString();
    };
    return {text("code", true), text("title", true), ofKind("summary", FieldSpec::MultiLine),
            choice("domain", Vocabulary::Domain), integer("trl", 1, 9),
            reference("lead_organization_id", ChoiceLists::Organizations), text("officer"),
            reference("call_id", ChoiceLists::Calls), protocol, arrived, ofKind("facilitations", FieldSpec::MultiLine),
            determina, date("approved_on", "proposed_on"), date("start_on"), date("end_on", "start_on"),
            ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::call()
{
    FieldSpec opened = date("opened_on");
    opened.required = true;
    return {text("name", true), opened, date("closed_on", "opened_on"), ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::checklistItem()
{
    return {ofKind("text", FieldSpec::MultiLine, true), integer("position", 0, 999)};
}

FormSpec FormSpecs::criterion()
{
    FieldSpec weight = ofKind("weight", FieldSpec::Number, true);
    weight.check = [](const QVariant &value, const QVariantMap &) {
        return value.toDouble() > 0 ? QString()
                                    : QCoreApplication::translate("citylab::FormSpecs", "A weight is a number above zero.");
    };
    return {text("name", true), weight, integer("position", 0, 999), ofKind("description", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::committeeMember(const Store &store, qint64 callId, qint64 memberId)
{
    FieldSpec person = reference("person_id", ChoiceLists::People, true);
    // one seat per person and call (the schema's UNIQUE): said on the field
    person.check = [&store, callId, memberId](const QVariant &value, const QVariantMap &) {
        return CallRecords::isCommitteeMember(store, callId, value.toLongLong(), memberId)
            ? QCoreApplication::translate("citylab::FormSpecs", "This person already sits on the call's committee.")
            : QString();
    };
    return {person, text("role")};
}

FormSpec FormSpecs::act()
{
    FieldSpec issued = date("issued_on");
    issued.required = true;
    return {choice("kind", Vocabulary::ActKind), text("number", true), issued, text("subject", true),
            ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::barrier()
{
    return {text("reference", true), text("title", true), reference("authority_id", ChoiceLists::Authorities),
            choice("area", Vocabulary::BarrierArea), choice("status", Vocabulary::BarrierStatus), ofKind("summary", FieldSpec::MultiLine),
            ofKind("derogation", FieldSpec::MultiLine), ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::incident()
{
    FieldSpec occurred = date("occurred_on");
    occurred.required = true;
    FieldSpec zone = reference("zone_id", ChoiceLists::Zones);
    zone.narrowedBy = QStringLiteral("experiment_id");   // the experiment's own zones
    return {occurred, choice("severity", Vocabulary::IncidentSeverity), zone, ofKind("description", FieldSpec::MultiLine, true),
            ofKind("actions", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::barrierLink(const QString &column)
{
    const ChoiceLists::List list = column == QLatin1String("experiment_id") ? ChoiceLists::Experiments
                                 : column == QLatin1String("request_id")    ? ChoiceLists::Requests
                                 : column == QLatin1String("barrier_id")    ? ChoiceLists::Barriers
                                                                            : ChoiceLists::Metrics;
    FieldSpec spec = reference("", list, true);
    spec.column = column;
    return {spec};
}

FormSpec FormSpecs::condition(const Store &store, qint64 experimentId)
{
    FieldSpec agreement = reference("agreement_id", ChoiceLists::Agreements);
    agreement.narrowedBy = QStringLiteral("experiment_id");   // the experiment's own
    FieldSpec request = reference("request_id", ChoiceLists::Requests);
    request.narrowedBy = QStringLiteral("experiment_id");
    request.check = [](const QVariant &, const QVariantMap &record) {
        return record.value(QStringLiteral("agreement_id")).isNull()
            ? QString()
            : QCoreApplication::translate("citylab::FormSpecs",
                                          "A condition comes from one act: choose the agreement or the authorization, not both.");
    };
    // a condition cannot fall due before the act that imposes it
    FieldSpec due = date("due_on");
    due.check = [&store, experimentId](const QVariant &value, const QVariantMap &record) {
        QString act, column;
        qint64 id = -1;
        if (!record.value(QStringLiteral("agreement_id")).isNull()) {
            act = QStringLiteral("agreements"), column = QStringLiteral("signed_on");
            id = record.value(QStringLiteral("agreement_id")).toLongLong();
        } else if (!record.value(QStringLiteral("request_id")).isNull()) {
            act = QStringLiteral("regulatory_requests"), column = QStringLiteral("decided_on");
            id = record.value(QStringLiteral("request_id")).toLongLong();
        } else {
            act = QStringLiteral("experiments"), column = QStringLiteral("approved_on");
            id = experimentId;
        }
        const QDate actDate = QDate::fromString(store.record(act, id).value(column).toString(), Qt::ISODate);
        if (!actDate.isValid() || QDate::fromString(value.toString(), Qt::ISODate) >= actDate)
            return QString();
        return QCoreApplication::translate("citylab::FormSpecs", "The act that imposes the condition is dated %1: it cannot be due before.")
            .arg(DateFormat::shortDate(actDate));
    };
    FieldSpec evidence = reference("evidence_id", ChoiceLists::Attachments);
    evidence.narrowedBy = QStringLiteral("experiment_id");
    return {ofKind("text", FieldSpec::MultiLine, true), ofKind("blocking", FieldSpec::Boolean), agreement, request, due,
            text("responsible"), evidence, date("met_on"), text("met_by"), ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::organization()
{
    return {text("name", true), text("short_name"), choice("kind", Vocabulary::OrganizationKind), text("vat_number"),
            text("city"), text("website"), text("email"), text("pec"), integer("answer_days", 1, 3650),
            ofKind("clock_restarts", FieldSpec::Boolean), ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::request(const Store &store, qint64 id)
{
    // An art. 36 request is checked for its content when it is submitted: a submitted request
    // cannot become one, or stop being one, after the fact.
    FieldSpec kind = choice("kind", Vocabulary::RequestKind);
    kind.check = [&store, id](const QVariant &value, const QVariantMap &) {
        const QVariantMap stored = id >= 0 ? store.record(QStringLiteral("regulatory_requests"), id) : QVariantMap();
        const QString was = stored.value(QStringLiteral("kind")).toString();
        const bool submitted = !stored.isEmpty() && stored.value(QStringLiteral("status")).toString() != QLatin1String("draft");
        const QString art36 = Art36Application::kind;
        if (submitted && value.toString() != was && (value.toString() == art36 || was == art36))
            return QCoreApplication::translate("citylab::FormSpecs",
                                               "The request was already submitted: it cannot become an art. 36 request, or stop "
                                               "being one. Record a new request instead.");
        return QString();
    };
    // The request's rich text is written in the drafting editor, not in this form.
    return {text("reference", true), text("subject", true),
            reference("authority_id", ChoiceLists::Authorities, true),
            reference("experiment_id", ChoiceLists::Experiments),
            kind, text("legal_basis"), text("protocol_number"), text("decision_number"),
            integer("statutory_days", 1, 3650), ofKind("required_for_activation", FieldSpec::Boolean),
            ofKind("decision_notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::art36Application(const Store &store, qint64 requestId)
{
    FieldSpec lead = reference("lead_person_id", ChoiceLists::People);
    lead.narrowedBy = QStringLiteral("holder_id");   // a person of the holder
    FieldSpec renewal = reference("renewal_of_id", ChoiceLists::Art36Requests);
    renewal.check = [&store, requestId](const QVariant &value, const QVariantMap &) {
        return Art36Application::renewalProblem(store, requestId, value.toLongLong());
    };
    return {reference("holder_id", ChoiceLists::Organizations), lead,
            integer("duration_months", 1, Art36Application::maximumMonths), ofKind("aims", FieldSpec::MultiLine),
            ofKind("expected_results", FieldSpec::MultiLine), ofKind("monitoring", FieldSpec::MultiLine),
            ofKind("risks", FieldSpec::MultiLine), ofKind("safeguards", FieldSpec::MultiLine), renewal,
            date("final_report_sent_on")};
}

FormSpec FormSpecs::cityEvent()
{
    FieldSpec starts = date("starts_on");
    starts.required = true;
    FieldSpec ends = date("ends_on", "starts_on");
    ends.required = true;
    return {text("name", true), choice("kind", Vocabulary::EventKind), starts, ends, text("hours"), text("organizer"),
            ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::interaction()
{
    FieldSpec occurred = date("occurred_on");
    occurred.required = true;
    FieldSpec person = reference("person_id", ChoiceLists::People);
    person.narrowedBy = QStringLiteral("organization_id");   // the people of the organization chosen
    return {choice("kind", Vocabulary::InteractionKind), occurred, text("summary", true),
            ofKind("details", FieldSpec::MultiLine), reference("organization_id", ChoiceLists::Organizations),
            person,
            reference("experiment_id", ChoiceLists::Experiments),
            reference("agreement_id", ChoiceLists::Agreements),
            reference("request_id", ChoiceLists::Requests),
            date("follow_up_on", "occurred_on"), ofKind("follow_up_done", FieldSpec::Boolean)};
}

FormSpec FormSpecs::agreement()
{
    return {choice("kind", Vocabulary::AgreementKind), text("title", true), choice("status", Vocabulary::AgreementStatus),
            text("protocol_number"),
            reference("experiment_id", ChoiceLists::Experiments),
            date("signed_on"), date("valid_from"), date("valid_to", "valid_from"), integer("renewal_notice_days", 0, 3650),
            ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::metric()
{
    FieldSpec code = text("code", true);
    code.check = [](const QVariant &value, const QVariantMap &) { return MetricCatalog::codeProblem(value.toString()); };
    return {code, text("name", true), text("unit", true), choice("direction", Vocabulary::MetricDirection),
            ofKind("description", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::target()
{
    // the unit shows with the metric, so the value is typed knowing what it counts
    return {reference("metric_id", ChoiceLists::Metrics, true),
            ofKind("value", FieldSpec::Number, true), date("due_on")};
}

FormSpec FormSpecs::person()
{
    return {text("full_name", true), reference("organization_id", ChoiceLists::Organizations), text("role"), text("email"),
            text("phone"), ofKind("notes", FieldSpec::MultiLine)};
}

} // namespace citylab
