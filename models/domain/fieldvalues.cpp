// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalues.h"

#include "vocabulary.h"
#include "i18n/dateformat.h"
#include "store/store.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <optional>

namespace citylab {

namespace {

// Which closed list a column's keys come from; a column named the same in two tables
// (kind, status) may take its keys from different lists.
std::optional<Vocabulary::Field> vocabularyOf(const QString &table, const QString &field)
{
    if (field == QLatin1String("domain"))
        return Vocabulary::Domain;
    if (field == QLatin1String("stage") || field == QLatin1String("from_stage") || field == QLatin1String("to_stage"))
        return Vocabulary::Stage;
    if (field == QLatin1String("from_status") || field == QLatin1String("to_status"))
        return Vocabulary::RequestStatus;
    if (field == QLatin1String("direction"))
        return Vocabulary::MetricDirection;
    if (field == QLatin1String("status")) {
        if (table == QLatin1String("agreements"))
            return Vocabulary::AgreementStatus;
        if (table == QLatin1String("regulatory_requests"))
            return Vocabulary::RequestStatus;
        if (table == QLatin1String("barriers"))
            return Vocabulary::BarrierStatus;
    }
    if (field == QLatin1String("severity"))
        return Vocabulary::IncidentSeverity;
    if (field == QLatin1String("area"))
        return Vocabulary::BarrierArea;
    if (field == QLatin1String("kind")) {
        if (table == QLatin1String("organizations"))
            return Vocabulary::OrganizationKind;
        if (table == QLatin1String("agreements"))
            return Vocabulary::AgreementKind;
        if (table == QLatin1String("regulatory_requests"))
            return Vocabulary::RequestKind;
        if (table == QLatin1String("interactions"))
            return Vocabulary::InteractionKind;
        if (table == QLatin1String("city_events"))
            return Vocabulary::EventKind;
        if (table == QLatin1String("acts"))
            return Vocabulary::ActKind;
    }
    return std::nullopt;
}

// The query naming the record a reference column points to.
QString nameQuery(const QString &field)
{
    static const QHash<QString, QString> queries = {
        {QStringLiteral("organization_id"), QStringLiteral("SELECT name FROM organizations WHERE id = ?")},
        {QStringLiteral("lead_organization_id"), QStringLiteral("SELECT name FROM organizations WHERE id = ?")},
        {QStringLiteral("authority_id"), QStringLiteral("SELECT name FROM organizations WHERE id = ?")},
        {QStringLiteral("person_id"), QStringLiteral("SELECT full_name FROM people WHERE id = ?")},
        {QStringLiteral("holder_id"), QStringLiteral("SELECT name FROM organizations WHERE id = ?")},
        {QStringLiteral("lead_person_id"), QStringLiteral("SELECT full_name FROM people WHERE id = ?")},
        {QStringLiteral("renewal_of_id"), QStringLiteral("SELECT reference FROM regulatory_requests WHERE id = ?")},
        {QStringLiteral("experiment_id"), QStringLiteral("SELECT code FROM experiments WHERE id = ?")},
        {QStringLiteral("agreement_id"), QStringLiteral("SELECT title FROM agreements WHERE id = ?")},
        {QStringLiteral("request_id"), QStringLiteral("SELECT reference FROM regulatory_requests WHERE id = ?")},
        {QStringLiteral("evidence_id"), QStringLiteral("SELECT file_name FROM attachments WHERE id = ?")},
        {QStringLiteral("call_id"), QStringLiteral("SELECT name FROM calls WHERE id = ?")},
        {QStringLiteral("item_id"), QStringLiteral("SELECT text FROM call_checklist_items WHERE id = ?")},
        {QStringLiteral("criterion_id"), QStringLiteral("SELECT name FROM call_criteria WHERE id = ?")},
        {QStringLiteral("member_id"), QStringLiteral("SELECT p.full_name FROM committee_members m JOIN people p ON p.id = m.person_id WHERE m.id = ?")},
        {QStringLiteral("metric_id"), QStringLiteral("SELECT code FROM metrics WHERE id = ?")},
        {QStringLiteral("zone_id"), QStringLiteral("SELECT name FROM zones WHERE id = ?")},
        {QStringLiteral("barrier_id"), QStringLiteral("SELECT reference FROM barriers WHERE id = ?")},
        {QStringLiteral("track_id"), QStringLiteral("SELECT file_name FROM tracks WHERE id = ?")},
        {QStringLiteral("plan_id"), QStringLiteral("SELECT e.code FROM test_plans p JOIN experiments e ON e.id = p.experiment_id WHERE p.id = ?")},
        {QStringLiteral("attachment_id"), QStringLiteral("SELECT file_name FROM attachments WHERE id = ?")},
    };
    return queries.value(field);
}

const QStringList flags = {QStringLiteral("clock_restarts"), QStringLiteral("required_for_activation"),
                           QStringLiteral("follow_up_done"), QStringLiteral("blocking")};

} // namespace

QString FieldValues::readable(const Store &store, const QString &table, const QString &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.isEmpty())
        return text;
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return DateFormat::shortDate(date);
    }
    if (const auto vocabulary = vocabularyOf(table, field))
        return Vocabulary::label(*vocabulary, text);
    if (flags.contains(field))
        return text == QLatin1String("0") || text == QLatin1String("false") ? tr("no") : tr("yes");
    if (const QString sql = nameQuery(field); !sql.isEmpty()) {
        QSqlQuery q(store.database());
        q.prepare(sql);
        q.addBindValue(value.toLongLong());
        if (q.exec() && q.next())
            return q.value(0).toString();
        // the record pointed to was deleted since: say so rather than show a bare number
        return tr("record %1, since deleted").arg(text);
    }
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return text;
}

} // namespace citylab
