// SPDX-License-Identifier: GPL-3.0-or-later
#include "calldefaults.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace citylab {

namespace {

const QStringList children = {QStringLiteral("call_checklist_items"), QStringLiteral("call_criteria")};

// The records a new call was made of, children first in the order they must be removed.
struct CallRows
{
    QList<std::pair<QString, QVariantMap>> rows;   // table, record without id
};

class CreateCallCommand : public QUndoCommand
{
public:
    CreateCallCommand(Store &store, const CallRows &made, const QString &text)
        : QUndoCommand(text), m_store(store), m_made(made)
    {
    }
    void undo() override
    {
        const QString uuid = m_made.rows.constLast().second.value(QStringLiteral("uuid")).toString();
        const bool ok = m_store.transact([&] {
            QSqlQuery q(m_store.database());
            q.prepare(QStringLiteral("SELECT id, (SELECT count(*) FROM experiments WHERE call_id = calls.id)"
                                     " + (SELECT count(*) FROM committee_members WHERE call_id = calls.id) FROM calls WHERE uuid = ?"));
            q.addBindValue(uuid);
            q.exec();
            const bool found = q.next();
            const qint64 id = found ? q.value(0).toLongLong() : -1;
            const int uses = found ? q.value(1).toInt() : 0;
            if (StoreRead::failed(q, m_store, nullptr) || !found)
                return false;
            q.finish();
            if (uses > 0)   // proposals or a committee came with it since: it stays
                return m_store.fail(CallDefaults::tr("The call is in use and stays."));
            for (const auto &[table, record] : std::as_const(m_made.rows)) {
                if (table == QLatin1String("calls"))
                    continue;
                q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
                q.addBindValue(record.value(QStringLiteral("uuid")));
                q.exec();
                const qint64 child = q.next() ? q.value(0).toLongLong() : -1;
                if (StoreRead::failed(q, m_store, nullptr))
                    return false;
                q.finish();
                if (child > 0 && !m_store.remove(table, child))
                    return false;
            }
            return m_store.remove(QStringLiteral("calls"), id);
        });
        if (!ok)
            setObsolete(true);
    }
    void redo() override
    {
        if (!m_done) {   // made before it was pushed
            m_done = true;
            return;
        }
        // the call first, then what belongs to it, with the uuids they had
        const bool ok = m_store.transact([&] {
            qint64 call = -1;
            for (auto it = m_made.rows.crbegin(); it != m_made.rows.crend(); ++it) {
                QVariantMap record = it->second;
                if (it->first != QLatin1String("calls"))
                    record.insert(QStringLiteral("call_id"), call);
                const qint64 id = m_store.insert(it->first, record);
                if (id < 0)
                    return false;
                if (it->first == QLatin1String("calls"))
                    call = id;
            }
            return true;
        });
        if (!ok)
            setObsolete(true);
    }

private:
    Store &m_store;
    CallRows m_made;
    bool m_done = false;
};

} // namespace

QStringList CallDefaults::checklist()
{
    return {tr("The application form is complete and signed by the legal representative"),
            tr("The proposer is identified (company registration or statute, VAT number)"),
            tr("The experiment fits the call's domains and takes place in the city"),
            tr("The places, times and technologies of the tests are described"),
            tr("Insurance cover for the tests is declared"),
            tr("Personal data processed in the tests is declared, with its legal basis")};
}

QList<CallDefaults::Criterion> CallDefaults::criteria()
{
    return {{tr("Technology maturity (TRL)"), 20}, {tr("Public interest"), 25}, {tr("Innovation"), 20},
            {tr("Scalability and replicability"), 15}, {tr("Risks and mitigations"), 10}, {tr("Proposer's capacity"), 10}};
}

qint64 CallDefaults::create(Store &store, const QString &name, const QDate &openedOn, QUndoStack *undo)
{
    if (!openedOn.isValid()) {
        store.fail(tr("A call needs the day it opened."), QStringLiteral("calls"), QStringLiteral("opened_on"));
        return -1;
    }
    qint64 id = -1;
    const bool created = store.transact([&] {
        id = store.insert(QStringLiteral("calls"), {{QStringLiteral("name"), name.trimmed()},
                                                    {QStringLiteral("opened_on"), openedOn.toString(Qt::ISODate)}});
        if (id < 0)
            return false;
        int position = 0;
        for (const QString &text : checklist())
            if (store.insert(QStringLiteral("call_checklist_items"), {{QStringLiteral("call_id"), id},
                                                                      {QStringLiteral("position"), ++position},
                                                                      {QStringLiteral("text"), text}}) < 0)
                return false;
        position = 0;
        for (const Criterion &c : criteria())
            if (store.insert(QStringLiteral("call_criteria"), {{QStringLiteral("call_id"), id}, {QStringLiteral("position"), ++position},
                                                               {QStringLiteral("name"), c.name}, {QStringLiteral("weight"), c.weight}}) < 0)
                return false;
        return true;
    });
    if (!created)
        return -1;
    if (undo) {
        CallRows made;
        bool read = true;
        for (const QString &table : children) {
            QSqlQuery q(store.database());
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE call_id = ? ORDER BY id").arg(table));
            q.addBindValue(id);
            q.exec();
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            read = read && !StoreRead::failed(q, store, nullptr);
            q.finish();
            for (const qint64 child : std::as_const(ids)) {
                QVariantMap record = store.record(table, child);
                record.remove(QStringLiteral("id"));
                made.rows.append({table, record});
            }
        }
        QVariantMap call = store.record(QStringLiteral("calls"), id);
        call.remove(QStringLiteral("id"));
        made.rows.append({QStringLiteral("calls"), call});
        if (read)   // a call not read back whole is made, but not offered for Ctrl+Z
            undo->push(new CreateCallCommand(store, made, tr("New call %1").arg(name.trimmed())));
    }
    return id;
}

} // namespace citylab
