// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldspec.h"

#include "outcomes/metriccatalog.h"

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

FormSpec FormSpecs::experiment()
{
    return {text("code", true), text("title", true), ofKind("summary", FieldSpec::MultiLine),
            choice("domain", Vocabulary::Domain), integer("trl", 1, 9),
            reference("lead_organization_id", ChoiceLists::Organizations), text("officer"), text("protocol_number"),
            text("determina_number"), date("proposed_on"), date("start_on"), date("end_on", "start_on"),
            ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::organization()
{
    return {text("name", true), text("short_name"), choice("kind", Vocabulary::OrganizationKind), text("vat_number"),
            text("city"), text("website"), text("email"), text("pec"), integer("answer_days", 1, 3650),
            ofKind("clock_restarts", FieldSpec::Boolean), ofKind("notes", FieldSpec::MultiLine)};
}

FormSpec FormSpecs::request()
{
    // The request's rich text is written in the drafting editor, not in this form.
    return {text("reference", true), text("subject", true),
            reference("authority_id", ChoiceLists::Authorities, true),
            reference("experiment_id", ChoiceLists::Experiments),
            choice("kind", Vocabulary::RequestKind), text("legal_basis"), text("protocol_number"),
            integer("statutory_days", 1, 3650), ofKind("required_for_activation", FieldSpec::Boolean),
            ofKind("decision_notes", FieldSpec::MultiLine)};
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
    code.check = [](const QVariant &value) { return MetricCatalog::codeProblem(value.toString()); };
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
