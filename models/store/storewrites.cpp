// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's writes: every insert, update, erasure and removal, checked against the schema,
// logged in change_log and announced in the change feed.
#include "store.h"

#include "sqlerrortext.h"
#include "domain/fieldlabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace citylab {

namespace {

// Tables the generic write API refuses: they are written by the Store itself or by triggers.
const QSet<QString> internalTables = {
    QStringLiteral("change_log"), QStringLiteral("measurements"), QStringLiteral("sync_state"),
};

// Values as they go into the change log: blobs are summarised, not copied.
QJsonObject toJson(const QVariantMap &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QByteArray)
            object.insert(it.key(), QStringLiteral("<%1 bytes>").arg(it.value().toByteArray().size()));
        else if (it.value().isNull())   // SQL NULL (fromVariant would write 0 or "")
            object.insert(it.key(), QJsonValue::Null);
        else
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return object;
}

QString jsonText(const QVariantMap &map)
{
    if (map.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(toJson(map)).toJson(QJsonDocument::Compact));
}

} // namespace

bool Store::checkWritable(const QString &table, const QVariantMap &values, bool inserting)
{
    m_error = {};
    if (!isOpen())
        return fail(tr("No database is open."));
    if (!m_columns.contains(table) || internalTables.contains(table))
        return fail(tr("Unknown table %1.").arg(table), table);
    if (!m_readOnlyReason.isEmpty() && table != QLatin1String("settings"))
        return fail(m_readOnlyReason, table);
    const QStringList &known = m_columns[table];
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("Unknown field %1 in %2.").arg(it.key(), table), table, it.key());
        if (it.key() == QLatin1String("id"))
            return fail(tr("The id of a record cannot be set."), table, it.key());
    }
    for (const QString &column : m_requiredColumns[table]) {
        const bool given = values.contains(column);
        if (!inserting && !given)
            continue;
        const QVariant value = values.value(column);
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())) {
            if (!given && inserting && (column == QLatin1String("uuid") || column.endsWith(QLatin1String("_at"))))
                continue; // filled in by insert()
            return fail(tr("%1 is required.").arg(FieldLabels::label(column)), table, column);
        }
    }
    return true;
}

// Turns SQLite's constraint messages into ones that name the field.
bool Store::failFromSql(const QString &table, const QSqlError &error)
{
    const QString sqlError = error.databaseText();
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: \\w+\\.(\\w+)"));
    static const QRegularExpression check(QStringLiteral("CHECK constraint failed: (.*?)( \\(|$)"));
    if (const auto match = unique.match(sqlError); match.hasMatch()) {
        const QString field = match.captured(1);
        return fail(tr("%1: this value is already used by another record.").arg(FieldLabels::label(field)), table, field);
    }
    if (sqlError.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return fail(tr("The record refers to a record that does not exist, or is still referred to "
                       "by other records."), table);
    if (const auto match = check.match(sqlError); match.hasMatch()) {
        static const QRegularExpression word(QStringLiteral("[a-z_]+"));
        QString field;
        for (auto it = word.globalMatch(match.captured(1)); it.hasNext();) {
            const QString candidate = it.next().captured(0);
            if (m_columns.value(table).contains(candidate)) {
                field = candidate;
                break;
            }
        }
        // "trim(x) <> ''" checks are how the schema says "required"
        if (match.captured(1).startsWith(QLatin1String("trim(")))
            return fail(tr("%1 is required.").arg(FieldLabels::label(field)), table, field);
        return fail(tr("%1: this value is not allowed.").arg(field.isEmpty() ? table : FieldLabels::label(field)), table, field);
    }
    // the rules the schema's triggers keep (0008), said in the user's language
    static const char *const rules[] = {
        QT_TR_NOOP("A condition comes from an agreement or request of its own experiment."),
        QT_TR_NOOP("A score is given by a member of the proposal's call, on one of its criteria."),
        QT_TR_NOOP("An admissibility check is on an item of the proposal's call."),
        QT_TR_NOOP("A conflict of interest is declared by a member of the proposal's call."),
        QT_TR_NOOP("The proposal was checked or scored under its call: it keeps that call."),
    };
    for (const char *rule : rules)
        if (sqlError == QLatin1String(rule))
            return fail(tr(rule), table);
    if (SqlErrorText::isDamage(error))
        return fail(SqlErrorText::damagedStore(m_path, sqlError), table);
    return fail(tr("Cannot save to %1: %2.").arg(m_path, SqlErrorText::describe(error)), table);
}

bool Store::writeChangeLog(const QString &table, const QString &rowUuid, const QString &action,
                           const QVariantMap &before, const QVariantMap &after)
{
    QSqlQuery query(*m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO change_log (uuid, at, who, table_name, row_uuid, action, before_json, after_json,"
        " created_at, updated_at, server_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowUtc();
    const bool fromServer = m_changeSource.serverSeq > 0;
    for (const QVariant &value : {QVariant(newUuid()), QVariant(now), QVariant(fromServer ? m_changeSource.who : m_user),
                                  QVariant(table), QVariant(rowUuid), QVariant(action), QVariant(jsonText(before)),
                                  QVariant(jsonText(after)), QVariant(now), QVariant(now),
                                  fromServer ? QVariant(m_changeSource.serverSeq) : QVariant(QMetaType(QMetaType::LongLong))})
        query.addBindValue(value);
    if (!query.exec())
        return failFromSql(table, query.lastError());
    m_ownLogIds.insert(query.lastInsertId().toLongLong());
    return true;
}

void Store::markChanged(const QString &table, const QString &action, qint64 id, const QString &uuid)
{
    ChangeSet::TableChanges &changes = m_pending.tables[table];
    if (action == QLatin1String("insert"))
        changes.inserted.insert(id);
    else if (action == QLatin1String("update") && !changes.inserted.contains(id))
        changes.updated.insert(id);
    else if (action == QLatin1String("delete")) {
        changes.inserted.remove(id);
        changes.updated.remove(id);
        changes.deleted.insert(id);
    }
    if (!uuid.isEmpty())
        changes.uuids.insert(uuid);
}

qint64 Store::insert(const QString &table, QVariantMap values)
{
    if (!checkWritable(table, values, true))
        return -1;
    const QString now = nowUtc();
    const QStringList &known = m_columns[table];
    if (known.contains(QLatin1String("uuid")) && !values.contains(QStringLiteral("uuid")))
        values.insert(QStringLiteral("uuid"), newUuid());
    for (const QString &stamp : {QStringLiteral("created_at"), QStringLiteral("updated_at")})
        if (known.contains(stamp) && !values.contains(stamp))
            values.insert(stamp, now);

    qint64 id = -1;
    const bool ok = transact([&] {
        QSqlQuery query(*m_db);
        QStringList marks(values.size(), QStringLiteral("?"));
        QStringList names;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            names << QLatin1Char('"') + it.key() + QLatin1Char('"');
        query.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                          .arg(table, names.join(u','), marks.join(u',')));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec())
            return failFromSql(table, query.lastError());
        id = query.lastInsertId().toLongLong();
        // The row as stored, defaults and id included: what the audit shows, and what team
        // sync sends (the id tells which record a later entry's reference meant).
        QVariantMap after = record(table, id);
        if (after.isEmpty())
            return fail(tr("The new record could not be read back."), table);
        after.remove(QStringLiteral("created_at"));
        after.remove(QStringLiteral("updated_at"));
        if (!writeChangeLog(table, values.value(QStringLiteral("uuid")).toString(),
                            QStringLiteral("insert"), {}, after))
            return false;
        markChanged(table, QStringLiteral("insert"), id, values.value(QStringLiteral("uuid")).toString());
        return true;
    });
    return ok ? id : -1;
}

bool Store::readExisting(const QString &table, qint64 id, QVariantMap *current)
{
    *current = record(table, id);
    if (current->isEmpty() && !m_error.message.isEmpty())
        return false;
    if (current->isEmpty())
        return fail(tr("The record no longer exists (it may have been deleted meanwhile)."), table);
    return true;
}

bool Store::writeFields(const QString &table, qint64 id, QVariantMap values)
{
    if (m_columns[table].contains(QLatin1String("updated_at")))
        values.insert(QStringLiteral("updated_at"), nowUtc());
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        assignments << QLatin1Char('"') + it.key() + QStringLiteral("\" = ?");
    QSqlQuery query(*m_db);
    query.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?").arg(table, assignments.join(u',')));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(id);
    return query.exec() || failFromSql(table, query.lastError());
}

bool Store::update(const QString &table, qint64 id, const QVariantMap &values)
{
    if (!checkWritable(table, values, false))
        return false;
    if (values.contains(QStringLiteral("uuid")))
        return fail(tr("The uuid of a record cannot change."), table, QStringLiteral("uuid"));
    return transact([&] {
        QVariantMap current;
        if (!readExisting(table, id, &current))
            return false;
        QVariantMap before, after;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QVariant old = current.value(it.key());
            if (old == it.value() && old.isNull() == it.value().isNull())
                continue;
            before.insert(it.key(), old);
            after.insert(it.key(), it.value());
        }
        if (after.isEmpty())
            return true; // nothing changed: nothing to write or log
        if (!writeFields(table, id, after))
            return false;
        if (!writeChangeLog(table, current.value(QStringLiteral("uuid")).toString(),
                            QStringLiteral("update"), before, after))
            return false;
        markChanged(table, QStringLiteral("update"), id, current.value(QStringLiteral("uuid")).toString());
        return true;
    });
}

bool Store::erase(const QString &table, qint64 id, const QVariantMap &values)
{
    if (!checkWritable(table, values, false))
        return false;
    if (values.contains(QStringLiteral("uuid")) || values.contains(QStringLiteral("id")))
        return fail(tr("The uuid of a record cannot change."), table, QStringLiteral("uuid"));
    return transact([&] {
        QVariantMap current;
        if (!readExisting(table, id, &current))
            return false;
        const QString uuid = current.value(QStringLiteral("uuid")).toString();
        if (!writeFields(table, id, values))
            return false;
        // the history of the record keeps what was done, not the values it had
        if (!forgetFieldsInHistory(table, uuid, values.keys()))
            return false;
        // what the fields hold now (nothing personal) travels with the entry: a team server
        // takes them from it even when the record is deleted before the next sync
        if (!writeChangeLog(table, uuid, QStringLiteral("erase"), {},
                            {{QStringLiteral("erased"), QStringList(values.keys())}, {QStringLiteral("values"), toJson(values)}}))
            return false;
        markChanged(table, QStringLiteral("update"), id, uuid);
        m_pending.erased = true;
        return true;
    });
}

bool Store::forgetFieldsInHistory(const QString &table, const QString &uuid, const QStringList &fields)
{
    if (fields.isEmpty())
        return true;
    if (!m_columns.contains(table))
        return fail(tr("There is no table %1.").arg(table), table);
    QStringList paths;
    for (const QString &field : fields) {
        if (!m_columns.value(table).contains(field))
            return fail(tr("%1 has no field %2.").arg(table, field), table, field);
        paths << QStringLiteral("'$.\"%1\"'").arg(field);
    }
    QSqlQuery query(*m_db);
    const QString removed = paths.join(u',');
    query.prepare(QStringLiteral("UPDATE change_log SET before_json = json_remove(before_json, %1), "
                                 "after_json = json_remove(after_json, %1) WHERE table_name = ? AND row_uuid = ?")
                      .arg(removed));
    query.addBindValue(table);
    query.addBindValue(uuid);
    if (!query.exec())
        return failFromSql(QStringLiteral("change_log"), query.lastError());
    return true;
}

bool Store::forgetInHistory(const QStringList &texts, const QString &replacement)
{
    return transact([&] {
        QSqlQuery query(*m_db);
        query.prepare(QStringLiteral("UPDATE change_log SET before_json = replace(before_json, :text, :replacement), "
                                     "after_json = replace(after_json, :text, :replacement) "
                                     "WHERE instr(before_json, :text) > 0 OR instr(after_json, :text) > 0"));
        for (const QString &text : texts) {
            if (text.isEmpty())
                continue;
            // as the log writes it: a JSON string without its quotes
            QString json = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
            json = json.mid(2, json.size() - 4);
            query.bindValue(QStringLiteral(":text"), json);
            query.bindValue(QStringLiteral(":replacement"), replacement);
            if (!query.exec())
                return failFromSql(QStringLiteral("change_log"), query.lastError());
        }
        return true;
    });
}

bool Store::compact()
{
    if (!isOpen())
        return fail(tr("No database is open."));
    if (m_transactionDepth > 0)
        return fail(tr("The file cannot be compacted while a change is being written."));
    QSqlQuery query(*m_db);
    QStringList fullText;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%USING fts5%'")))
        return failFromSql({}, query.lastError());
    while (query.next())
        fullText << query.value(0).toString();
    for (const QString &table : std::as_const(fullText))
        if (!query.exec(QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('optimize')").arg(table)))
            return failFromSql(table, query.lastError());
    if (!query.exec(QStringLiteral("VACUUM")))
        return fail(tr("Cannot compact %1: %2.").arg(m_path, SqlErrorText::describe(query.lastError())));
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail(tr("Cannot compact %1: %2.").arg(m_path, SqlErrorText::describe(query.lastError())));
    // a reader elsewhere can keep the log from being emptied: then the old pages stay in it
    if (query.next() && query.value(0).toInt() != 0)
        return fail(tr("Another program is reading %1: close it and try again to finish removing the erased values.").arg(m_path));
    return true;
}

bool Store::remove(const QString &table, qint64 id)
{
    if (!checkWritable(table, {}, false))
        return false;
    return transact([&] {
        QVariantMap before;
        if (!readExisting(table, id, &before))
            return false;
        QSqlQuery query(*m_db);
        query.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(table));
        query.addBindValue(id);
        if (!query.exec())
            return failFromSql(table, query.lastError());
        const QString uuid = before.take(QStringLiteral("uuid")).toString();
        if (!writeChangeLog(table, uuid, QStringLiteral("delete"), before, {}))
            return false;
        markChanged(table, QStringLiteral("delete"), id, uuid);
        return true;
    });
}

bool Store::logImport(const QString &table, int rowCount, const QString &source, const QVariantMap &details)
{
    QVariantMap entry = details;
    entry.insert(QStringLiteral("rows"), rowCount);
    entry.insert(QStringLiteral("source"), source);
    const bool ok = writeChangeLog(table, {}, QStringLiteral("import"), {}, entry);
    if (ok)
        m_pending.tables[table].imports << entry;
    return ok;
}

} // namespace citylab
