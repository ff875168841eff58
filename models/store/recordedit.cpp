// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedit.h"

#include "store.h"

#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace citylab {

namespace {

qint64 idOfUuid(const Store &store, const QString &table, const QString &uuid)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = ?").arg(table));
    q.addBindValue(uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() || a.toString().isEmpty() == b.toString().isEmpty();
    return a.toString() == b.toString();
}

// The record is found by uuid, not id: an undone insert that is redone gets a new id.
class UpdateCommand : public QUndoCommand
{
public:
    UpdateCommand(Store &store, const QString &table, const QString &uuid, const QVariantMap &before,
                  const QVariantMap &after, const QString &text)
        : QUndoCommand(text), m_store(store), m_table(table), m_uuid(uuid), m_before(before), m_after(after)
    {
    }
    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_done) // the edit was written before it was pushed
            apply(m_after);
        m_done = true;
    }

private:
    void apply(const QVariantMap &values)
    {
        const qint64 id = idOfUuid(m_store, m_table, m_uuid);
        if (id < 0 || !m_store.update(m_table, id, values))
            setObsolete(true); // the record is gone or the values no longer fit: drop the step
    }

    Store &m_store;
    QString m_table, m_uuid;
    QVariantMap m_before, m_after;
    bool m_done = false;
};

class InsertCommand : public QUndoCommand
{
public:
    InsertCommand(Store &store, const QString &table, const QVariantMap &values, const QString &text)
        : QUndoCommand(text), m_store(store), m_table(table), m_values(values)
    {
    }
    void undo() override
    {
        const qint64 id = idOfUuid(m_store, m_table, m_values.value(QStringLiteral("uuid")).toString());
        if (id < 0 || !m_store.remove(m_table, id))
            setObsolete(true);
    }
    void redo() override
    {
        if (m_done && m_store.insert(m_table, m_values) < 0)
            setObsolete(true);
        m_done = true;
    }

private:
    Store &m_store;
    QString m_table;
    QVariantMap m_values;
    bool m_done = false;
};

} // namespace

QList<RecordEdit::Conflict> RecordEdit::conflicts(const Store &store, const QString &table, qint64 id,
                                                  const QVariantMap &loaded, const QVariantMap &changes)
{
    QList<Conflict> result;
    const QVariantMap current = store.record(table, id);
    if (current.value(QStringLiteral("updated_at")) == loaded.value(QStringLiteral("updated_at")))
        return result;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QVariant theirs = current.value(it.key());
        if (!sameValue(theirs, loaded.value(it.key())) && !sameValue(theirs, it.value()))
            result.append({it.key(), theirs, it.value()});
    }
    return result;
}

std::pair<QString, QDateTime> RecordEdit::lastChange(const Store &store, const QString &table, qint64 id)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT who, at FROM change_log WHERE table_name = ? AND row_uuid = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(store.record(table, id).value(QStringLiteral("uuid")));
    if (q.exec() && q.next())
        return {q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
    return {};
}

bool RecordEdit::update(Store &store, QUndoStack &undo, const QString &table, qint64 id, const QVariantMap &changes,
                        const QString &description)
{
    const QVariantMap current = store.record(table, id);
    if (current.isEmpty())
        return store.fail(tr("The record no longer exists (it may have been deleted meanwhile)."), table);
    QVariantMap before, after;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (sameValue(current.value(it.key()), it.value()) && current.value(it.key()).isNull() == it.value().isNull())
            continue;
        before.insert(it.key(), current.value(it.key()));
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return true;
    if (!store.update(table, id, after))
        return false;
    undo.push(new UpdateCommand(store, table, current.value(QStringLiteral("uuid")).toString(), before, after, description));
    return true;
}

qint64 RecordEdit::insert(Store &store, QUndoStack &undo, const QString &table, QVariantMap values,
                          const QString &description)
{
    if (!values.contains(QStringLiteral("uuid")))
        values.insert(QStringLiteral("uuid"), Store::newUuid());
    const qint64 id = store.insert(table, values);
    if (id >= 0)
        undo.push(new InsertCommand(store, table, values, description));
    return id;
}

} // namespace citylab
