// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordremoval.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace citylab {

namespace {

// Found by uuid, not id: a record deleted, restored and deleted again has a new id.
class RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(Store &store, const QString &table, const QVariantMap &record, const QString &text)
        : QUndoCommand(text), m_store(store), m_table(table), m_record(record)
    {
        m_record.remove(QStringLiteral("id"));
    }
    void undo() override
    {
        if (m_store.insert(m_table, m_record) < 0)
            setObsolete(true);
    }
    void redo() override
    {
        if (!m_done) {   // removed before it was pushed
            m_done = true;
            return;
        }
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = :uuid").arg(m_table));
        q.bindValue(QStringLiteral(":uuid"), m_record.value(QStringLiteral("uuid")));
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        q.finish(); // the read ends before the write begins
        if (id < 0 || !m_store.remove(m_table, id))
            setObsolete(true);
    }

private:
    Store &m_store;
    QString m_table;
    QVariantMap m_record;
    bool m_done = false;
};

} // namespace

bool RecordRemoval::remove(Store &store, QUndoStack &undo, const QString &table, qint64 id, const QString &description)
{
    const QVariantMap record = store.record(table, id);
    if (record.isEmpty())
        return store.fail(QCoreApplication::translate("citylab::RecordEdit",
                                                      "The record no longer exists (it may have been deleted meanwhile)."),
                          table);
    if (!store.remove(table, id))
        return false;
    undo.push(new RemoveCommand(store, table, record, description));
    return true;
}

} // namespace citylab
