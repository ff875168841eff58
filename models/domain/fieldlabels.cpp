// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace citylab {

namespace {

const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Code")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Title")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Summary")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Domain")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Stage")},
        {QStringLiteral("stage_since"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "In stage since")},
        {QStringLiteral("trl"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Technology readiness (TRL)")},
        {QStringLiteral("lead_organization_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Lead organization")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Officer")},
        {QStringLiteral("protocol_number"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Protocol number")},
        {QStringLiteral("determina_number"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Manager's act (determina)")},
        {QStringLiteral("proposed_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Proposed on")},
        {QStringLiteral("start_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Planned start")},
        {QStringLiteral("end_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Planned end")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Notes")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Name")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Short name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Kind")},
        {QStringLiteral("vat_number"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "VAT number")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "City")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Website")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "E-mail")},
        {QStringLiteral("pec"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "PEC address")},
        {QStringLiteral("answer_days"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Statutory answer days")},
        {QStringLiteral("clock_restarts"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Clock restarts after an integration")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Full name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Role")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Phone")},
        {QStringLiteral("organization_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Organization")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Status")},
        {QStringLiteral("valid_from"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Valid from")},
        {QStringLiteral("valid_to"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Valid until")},
        {QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Signed on")},
        {QStringLiteral("renewal_notice_days"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Renewal notice (days)")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Subject")},
        {QStringLiteral("legal_basis"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Legal basis")},
        {QStringLiteral("submitted_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Submitted on")},
        {QStringLiteral("statutory_days"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Statutory days")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Due on")},
        {QStringLiteral("decided_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Decided on")},
        {QStringLiteral("decision_notes"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Decision and conditions")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Reference")},
        {QStringLiteral("authority_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Authority")},
        {QStringLiteral("experiment_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Experiment")},
        {QStringLiteral("occurred_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Date")},
        {QStringLiteral("details"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Details")},
        {QStringLiteral("follow_up_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Follow-up on")},
        {QStringLiteral("follow_up_done"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Follow-up done")},
        {QStringLiteral("active_from"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Active from")},
        {QStringLiteral("active_to"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Active until")},
        {QStringLiteral("max_height_m"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Maximum height (m)")},
        {QStringLiteral("hours"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Hours")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "District")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Unit")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Direction")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Description")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Value")},
        {QStringLiteral("geometry"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Geometry")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Text")},
        {QStringLiteral("required_for_activation"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Required before going live")},
        {QStringLiteral("person_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Person")},
        {QStringLiteral("agreement_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Agreement")},
        {QStringLiteral("request_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Regulatory request")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "File name")},
        {QStringLiteral("attachment_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Document")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Format")},
        {QStringLiteral("point_count"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Points")},
        {QStringLiteral("started_at"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "From")},
        {QStringLiteral("ended_at"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "To")},
        {QStringLiteral("checked_at"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Checked at")},
        {QStringLiteral("height_checked"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Heights checked")},
        {QStringLiteral("ground_elevation_m"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Ground elevation (m)")},
        {QStringLiteral("warnings"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Warnings")},
        {QStringLiteral("path"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Path")},
        {QStringLiteral("track_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Track")},
        {QStringLiteral("zone_name"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Zone name")},
        {QStringLiteral("max_distance_m"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Farthest (m)")},
        {QStringLiteral("insurer"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Insurer")},
        {QStringLiteral("policy_number"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Policy number")},
        {QStringLiteral("insurance_expires_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Policy expires on")},
        {QStringLiteral("safety_operator"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Safety operator")},
        {QStringLiteral("geofence"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Geofence")},
        {QStringLiteral("emergency_stop"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Emergency stop")},
        {QStringLiteral("shared_data"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Data shared")},
        {QStringLiteral("data_licence"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Licence")},
        {QStringLiteral("plan_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Test plan")},
        {QStringLiteral("starts_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Starts")},
        {QStringLiteral("ends_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Ends")},
        {QStringLiteral("vehicles"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Vehicles")},
        {QStringLiteral("drones"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Drones")},
        {QStringLiteral("robots"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Robots")},
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Users")},
        {QStringLiteral("snapshot"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Plan as saved")},
        {QStringLiteral("metric_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Metric")},
        {QStringLiteral("created_by"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Created by")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Created at")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Last changed at")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Setting")},
        {QStringLiteral("from_stage"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "From stage")},
        {QStringLiteral("to_stage"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "To stage")},
        {QStringLiteral("on_date"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Date")},
        {QStringLiteral("by_user"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "By")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Note")},
        {QStringLiteral("shape"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Shape")},
        {QStringLiteral("min_lon"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "West edge (longitude)")},
        {QStringLiteral("max_lon"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "East edge (longitude)")},
        {QStringLiteral("min_lat"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "South edge (latitude)")},
        {QStringLiteral("max_lat"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "North edge (latitude)")},
        {QStringLiteral("constraints"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Constraints")},
        {QStringLiteral("mime_type"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "File type")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Size (bytes)")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Checksum (SHA-256)")},
        {QStringLiteral("data"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Contents")},
        {QStringLiteral("checklist_item"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Checklist item")},
        {QStringLiteral("document_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Signed document")},
        {QStringLiteral("suspended_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Suspended on")},
        {QStringLiteral("days_elapsed_before_suspension"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Days run before the suspension")},
        {QStringLiteral("revision"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Revision")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Author")},
        {QStringLiteral("from_status"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "From status")},
        {QStringLiteral("to_status"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "To status")},
        {QStringLiteral("value_kind"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Kind of value")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Source file")},
        {QStringLiteral("row_count"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Rows")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Language")},
        {QStringLiteral("is_default"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Default")},
        {QStringLiteral("batch_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Import")},
        {QStringLiteral("zone_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Zone")},
        {QStringLiteral("measured_at"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Measured at")},
        {QStringLiteral("approved_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Determina date")},
        {QStringLiteral("decision_number"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Authorization number")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Number")},
        {QStringLiteral("issued_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Dated")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Condition")},
        {QStringLiteral("blocking"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Blocks the next stage until met")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Responsible party")},
        {QStringLiteral("evidence_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Evidence")},
        {QStringLiteral("met_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Met on")},
        {QStringLiteral("met_by"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Met, as checked by")},
        {QStringLiteral("call_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Call")},
        {QStringLiteral("facilitations"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Facilitations asked of the city")},
        {QStringLiteral("opened_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Open from")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Closes on")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Order")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Weight")},
        {QStringLiteral("item_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Admissibility item")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Outcome")},
        {QStringLiteral("member_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Committee member")},
        {QStringLiteral("criterion_id"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Criterion")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Score")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Comment")},
        {QStringLiteral("seq"), QT_TRANSLATE_NOOP("citylab::FieldLabels", "Row of its import")},
    };
    return labels;
}

} // namespace

bool FieldLabels::isNamed(const QString &column)
{
    return labels().contains(column);
}

QString FieldLabels::label(const QString &column)
{
    if (const char *text = labels().value(column))
        return QCoreApplication::translate("citylab::FieldLabels", text);
    // an unknown column still reads as words
    QString words = column;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace citylab
