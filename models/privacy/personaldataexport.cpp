// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldataexport.h"

#include "personmentions.h"
#include "io/csvwriter.h"
#include "store/changehistory.h"
#include "store/storeread.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace citylab {

namespace {

QJsonObject recordObject(const QVariantMap &record)
{
    QJsonObject object = QJsonObject::fromVariantMap(record);
    object.remove(QStringLiteral("id"));
    return object;
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    *error = PersonalDataExport::tr("Cannot write %1: %2.").arg(path, file.errorString());
    return false;
}

QString cellText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isObject() || value.isArray())
        return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

std::optional<QJsonObject> PersonalDataExport::collect(const Store &store, qint64 personId, QString *error)
{
    const QVariantMap person = store.record(QStringLiteral("people"), personId);
    if (person.isEmpty()) {
        *error = store.errorString().isEmpty() ? tr("The person no longer exists (they may have been deleted meanwhile).")
                                               : store.errorString();
        return std::nullopt;
    }
    QJsonObject data;
    data.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    data.insert(QStringLiteral("exported_from"), store.path());
    data.insert(QStringLiteral("person"), recordObject(person));
    const qint64 organization = person.value(QStringLiteral("organization_id")).toLongLong();
    if (organization > 0)
        data.insert(QStringLiteral("organization"),
                    store.record(QStringLiteral("organizations"), organization).value(QStringLiteral("name")).toString());

    // the contact log: entries linked to them, and entries that name them
    const QStringList texts = PersonMentions::identifyingTexts(person);
    const std::optional<QList<PersonMentions::Mention>> mentions = PersonMentions::find(store, texts, personId, error);
    if (!mentions)
        return std::nullopt;
    QSqlQuery linked(store.database());
    linked.prepare(QStringLiteral("SELECT id FROM interactions WHERE person_id = ? ORDER BY occurred_on, id"));
    linked.addBindValue(personId);
    if (!linked.exec() && StoreRead::failed(linked, store, error))
        return std::nullopt;
    QList<qint64> contacts;
    while (linked.next())
        contacts << linked.value(0).toLongLong();
    if (StoreRead::failed(linked, store, error))
        return std::nullopt;
    for (const PersonMentions::Mention &mention : *mentions)
        if (mention.table == QLatin1String("interactions") && !contacts.contains(mention.id))
            contacts << mention.id;
    QJsonArray contactLog, attachments, otherMentions;
    for (const qint64 id : std::as_const(contacts))   // each once: linked first, then named
        contactLog.append(recordObject(store.record(QStringLiteral("interactions"), id)));
    for (const PersonMentions::Mention &mention : *mentions) {
        if (mention.table == QLatin1String("interactions"))
            continue;
        if (mention.table == QLatin1String("attachments")) {
            attachments.append(store.record(mention.table, mention.id).value(QStringLiteral("file_name")).toString());
            continue;
        }
        const QString uuid = store.record(mention.table, mention.id).value(QStringLiteral("uuid")).toString();
        otherMentions.append(QJsonObject{{QStringLiteral("table"), mention.table}, {QStringLiteral("record"), uuid},
                                         {QStringLiteral("field"), mention.field}, {QStringLiteral("text"), mention.text}});
    }
    data.insert(QStringLiteral("contact_log"), contactLog);
    data.insert(QStringLiteral("attachments"), attachments);
    data.insert(QStringLiteral("mentioned_in"), otherMentions);

    // a seat on a call's committee: the seat, each score and comment given, each conflict declared
    const auto rows = [&](const QString &sql, const QStringList &names) -> std::optional<QJsonArray> {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(personId);
        q.exec();
        QJsonArray result;
        while (q.next()) {
            QJsonObject row;
            for (int i = 0; i < names.size(); ++i)
                row.insert(names.at(i), QJsonValue::fromVariant(q.value(i)));
            result.append(row);
        }
        if (StoreRead::failed(q, store, error))
            return std::nullopt;
        return result;
    };
    const std::optional<QJsonArray> seats = rows(
        QStringLiteral("SELECT c.name, m.role, m.created_at FROM committee_members m JOIN calls c ON c.id = m.call_id"
                       " WHERE m.person_id = ? ORDER BY c.name"),
        {QStringLiteral("call"), QStringLiteral("role"), QStringLiteral("since")});
    const std::optional<QJsonArray> scores = rows(
        QStringLiteral("SELECT c.name, e.code, k.name, s.score, s.comment, s.updated_at FROM scores s"
                       " JOIN committee_members m ON m.id = s.member_id JOIN calls c ON c.id = m.call_id"
                       " JOIN experiments e ON e.id = s.experiment_id JOIN call_criteria k ON k.id = s.criterion_id"
                       " WHERE m.person_id = ? ORDER BY e.code, k.position"),
        {QStringLiteral("call"), QStringLiteral("experiment"), QStringLiteral("criterion"), QStringLiteral("score"),
         QStringLiteral("comment"), QStringLiteral("at")});
    const std::optional<QJsonArray> conflicts = rows(
        QStringLiteral("SELECT c.name, e.code, i.note, i.created_at FROM conflicts_of_interest i"
                       " JOIN committee_members m ON m.id = i.member_id JOIN calls c ON c.id = m.call_id"
                       " JOIN experiments e ON e.id = i.experiment_id WHERE m.person_id = ? ORDER BY e.code"),
        {QStringLiteral("call"), QStringLiteral("experiment"), QStringLiteral("note"), QStringLiteral("declared_at")});
    // named as the person in charge of an art. 36 experimentation
    const std::optional<QJsonArray> inCharge = rows(
        QStringLiteral("SELECT r.reference, r.subject, a.created_at FROM art36_applications a"
                       " JOIN regulatory_requests r ON r.id = a.request_id WHERE a.lead_person_id = ? ORDER BY r.reference"),
        {QStringLiteral("request"), QStringLiteral("subject"), QStringLiteral("since")});
    if (!seats || !scores || !conflicts || !inCharge)
        return std::nullopt;
    data.insert(QStringLiteral("art36_person_in_charge"), *inCharge);
    data.insert(QStringLiteral("committee_seats"), *seats);
    data.insert(QStringLiteral("committee_scores"), *scores);
    data.insert(QStringLiteral("conflicts_of_interest"), *conflicts);

    QJsonArray history;
    for (const ChangeHistory::Entry &entry : ChangeHistory::forRecord(store, QStringLiteral("people"), personId, 10000))
        history.append(QJsonObject{{QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
                                   {QStringLiteral("by"), entry.who},
                                   {QStringLiteral("action"), entry.action},
                                   {QStringLiteral("field"), entry.field},
                                   {QStringLiteral("before"), entry.before},
                                   {QStringLiteral("after"), entry.after}});
    data.insert(QStringLiteral("history"), history);
    return data;
}

bool PersonalDataExport::writeJson(const QJsonObject &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(data).toJson(QJsonDocument::Indented));
    return commit(file, path, error);
}

bool PersonalDataExport::writeCsv(const QJsonObject &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    CsvWriter csv(&file, u',', true);
    csv.writeRow({QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("field"), QStringLiteral("value")});
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject object = it.value().toObject();
            for (auto field = object.constBegin(); field != object.constEnd(); ++field)
                csv.writeRow({it.key(), QStringLiteral("1"), field.key(), cellText(field.value())});
        } else if (it.value().isArray()) {
            const QJsonArray items = it.value().toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString item = QString::number(i + 1);
                if (!items.at(i).isObject()) {
                    csv.writeRow({it.key(), item, {}, cellText(items.at(i))});
                    continue;
                }
                const QJsonObject object = items.at(i).toObject();
                for (auto field = object.constBegin(); field != object.constEnd(); ++field)
                    csv.writeRow({it.key(), item, field.key(), cellText(field.value())});
            }
        } else {
            csv.writeRow({it.key(), {}, {}, cellText(it.value())});
        }
    }
    return commit(file, path, error);
}

} // namespace citylab
