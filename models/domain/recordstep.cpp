// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstep.h"

#include "store/store.h"

#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace citylab {

namespace {

qint64 idOfUuid(const Store &store, const QString &table, const QString &uuid)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = :uuid").arg(table));
    q.bindValue(QStringLiteral(":uuid"), uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Records are found by uuid: an undone and redone step may meet records with new ids.
class StepCommand : public QUndoCommand
{
public:
    StepCommand(Store &store, const QString &table, const QString &uuid, const QVariantMap &before, const QVariantMap &after,
                const QString &guard, const QString &logTable, const QString &ownerColumn, const QVariantMap &logRow,
                const QString &text)
        : QUndoCommand(text), m_store(store), m_table(table), m_uuid(uuid), m_before(before), m_after(after), m_guard(guard)
        , m_logTable(logTable), m_ownerColumn(ownerColumn), m_logRow(logRow)
    {
    }

    void undo() override
    {
        const qint64 id = idOfUuid(m_store, m_table, m_uuid);
        const qint64 logId = idOfUuid(m_store, m_logTable, m_logRow.value(QStringLiteral("uuid")).toString());
        const bool ok = id >= 0 && logId >= 0 && shows(id, m_after)
            && m_store.transact([&] { return m_store.update(m_table, id, m_before) && m_store.remove(m_logTable, logId); });
        if (!ok)
            setObsolete(true);
    }

    void redo() override
    {
        if (!m_done) {   // written before it was pushed
            m_done = true;
            return;
        }
        const qint64 id = idOfUuid(m_store, m_table, m_uuid);
        QVariantMap row = m_logRow;
        row.insert(m_ownerColumn, id);
        const bool ok = id >= 0 && shows(id, m_before)
            && m_store.transact([&] { return m_store.update(m_table, id, m_after) && m_store.insert(m_logTable, row) > 0; });
        if (!ok)
            setObsolete(true);
    }

private:
    bool shows(qint64 id, const QVariantMap &values) const
    {
        return m_store.record(m_table, id).value(m_guard).toString() == values.value(m_guard).toString();
    }

    Store &m_store;
    QString m_table, m_uuid;
    QVariantMap m_before, m_after;
    QString m_guard, m_logTable, m_ownerColumn;
    QVariantMap m_logRow;
    bool m_done = false;
};

} // namespace

void RecordStep::push(Store &store, QUndoStack &undo, const QString &table, qint64 id, const QVariantMap &before,
                      const QVariantMap &after, const QString &guardField, const Log &log, const QString &text)
{
    QVariantMap row = store.record(log.table, log.id);
    row.remove(QStringLiteral("id"));
    row.remove(log.ownerColumn);   // set on redo, from the record's uuid
    undo.push(new StepCommand(store, table, store.record(table, id).value(QStringLiteral("uuid")).toString(), before, after,
                              guardField, log.table, log.ownerColumn, row, text));
}

QVariantMap RecordStep::snapshot(const Store &store, const QString &table, qint64 id, const QStringList &fields)
{
    const QVariantMap record = store.record(table, id);
    QVariantMap values;
    for (const QString &field : fields)
        values.insert(field, record.value(field));
    return values;
}

qint64 RecordStep::newestLog(const Store &store, const QString &logTable, const QString &ownerColumn, qint64 id)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT max(id) FROM \"%1\" WHERE \"%2\" = :id").arg(logTable, ownerColumn));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : -1;
}

} // namespace citylab
