// SPDX-License-Identifier: GPL-3.0-or-later
#include "changehistory.h"

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace citylab {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == qint64(number) ? QString::number(qint64(number)) : QString::number(number);
    }
    return value.toVariant().toString();
}

} // namespace

QList<ChangeHistory::Entry> ChangeHistory::forRecord(const Store &store, const QString &table, qint64 id, int limit)
{
    QList<Entry> entries;
    const QString uuid = store.record(table, id).value(QStringLiteral("uuid")).toString();
    if (uuid.isEmpty())
        return entries;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, who, action, before_json, after_json FROM change_log"
                             " WHERE table_name = ? AND row_uuid = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(table);
    q.addBindValue(uuid);
    q.addBindValue(limit);
    if (!q.exec())
        return entries;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        const QString who = q.value(1).toString();
        const QString action = q.value(2).toString();
        const QJsonObject before = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        if (action == QLatin1String("erase")) {
            // which fields were erased, never what they held
            for (const QJsonValue &field : after.value(QStringLiteral("erased")).toArray())
                entries.append({at, who, action, field.toString(), {}, {}});
            continue;
        }
        QStringList fields = before.keys() + after.keys();
        fields.removeDuplicates();
        fields.sort();
        for (const QString &field : std::as_const(fields)) {
            if (field == QLatin1String("uuid") || field == QLatin1String("id"))
                continue;
            // A record created with a field left empty logs it as null: nothing a reader
            // would call a change.
            const QString was = text(before.value(field)), is = text(after.value(field));
            if (was == is)
                continue;
            entries.append({at, who, action, field, was, is});
        }
    }
    return entries;
}

} // namespace citylab
