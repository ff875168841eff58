// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationmerge.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace citylab {

namespace {

const QString organizations = QStringLiteral("organizations");

struct Reference
{
    QString table;
    QString column;
};

// Every column that refers to organizations, read from the schema so that a table added by
// a later migration is merged too.
QList<Reference> referencesToOrganizations(const Store &store)
{
    QList<Reference> references;
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery keys(store.database());
        keys.exec(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('%1')").arg(table));
        while (keys.next())
            if (keys.value(0).toString() == organizations)
                references.append({table, keys.value(1).toString()});
    }
    return references;
}

qint64 idOfUuid(const Store &store, const QString &table, const QString &uuid)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = :uuid").arg(table));
    q.bindValue(QStringLiteral(":uuid"), uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

// What one merge did, so that it can be taken back exactly.
struct MergeRecord
{
    struct Move
    {
        QString table, column;
        QString uuid;      // how the row is found again; its id when the table has no uuid
        qint64 id = -1;
    };
    struct Removal
    {
        QString table, column;
        QVariantMap row;   // the whole row, without its id
    };

    QString survivorUuid;
    QVariantMap duplicate;      // the whole record, without its id
    QList<Move> moved;
    QList<Removal> removed;     // links the survivor already had
    QVariantMap filledBefore;   // the survivor's fields the merge filled, with what they held
    int count = 0;              // references moved or removed
};

bool mergeRecorded(Store &store, qint64 survivorId, qint64 duplicateId, MergeRecord *done)
{
    if (survivorId == duplicateId)
        return store.fail(OrganizationMerge::tr("An organization cannot be merged into itself."), organizations);
    const QVariantMap survivor = store.record(organizations, survivorId);
    const QVariantMap duplicate = store.record(organizations, duplicateId);
    if (survivor.isEmpty() || duplicate.isEmpty())
        return store.fail(OrganizationMerge::tr("One of the organizations no longer exists."), organizations);
    MergeRecord record;
    record.survivorUuid = survivor.value(QStringLiteral("uuid")).toString();
    record.duplicate = duplicate;
    record.duplicate.remove(QStringLiteral("id"));
    const bool ok = store.transact([&] {
        for (const Reference &ref : referencesToOrganizations(store)) {
            const bool hasUuid = store.columns(ref.table).contains(QLatin1String("uuid"));
            QSqlQuery rows(store.database());
            rows.prepare(QStringLiteral("SELECT id, %1 FROM \"%2\" WHERE \"%3\" = :id")
                             .arg(hasUuid ? QStringLiteral("uuid") : QStringLiteral("NULL"), ref.table, ref.column));
            rows.bindValue(QStringLiteral(":id"), duplicateId);
            if (!rows.exec())
                return store.fail(OrganizationMerge::tr("Cannot read %1.").arg(ref.table));
            QList<MergeRecord::Move> found;
            while (rows.next())
                found.append({ref.table, ref.column, rows.value(1).toString(), rows.value(0).toLongLong()});
            for (const MergeRecord::Move &row : std::as_const(found)) {
                // A link the survivor already has (a partnership of the same experiment, say)
                // is redundant: it goes instead of becoming a duplicate.
                if (store.transact([&] { return store.update(ref.table, row.id, {{ref.column, survivorId}}); })) {
                    record.moved.append(row);
                } else {
                    QVariantMap removed = store.record(ref.table, row.id);
                    if (!store.remove(ref.table, row.id))
                        return false;
                    removed.remove(QStringLiteral("id"));
                    record.removed.append({ref.table, ref.column, removed});
                }
                ++record.count;
            }
        }
        QVariantMap filled;
        for (auto it = duplicate.cbegin(); it != duplicate.cend(); ++it) {
            const QString &column = it.key();
            if (column == QLatin1String("id") || column == QLatin1String("uuid") || column.endsWith(QLatin1String("_at")))
                continue;
            if ((survivor.value(column).isNull() || survivor.value(column).toString().isEmpty()) && !it.value().isNull()) {
                filled.insert(column, it.value());
                record.filledBefore.insert(column, survivor.value(column));
            }
        }
        if (!filled.isEmpty() && !store.update(organizations, survivorId, filled))
            return false;
        return store.remove(organizations, duplicateId);
    });
    if (ok)
        *done = record;
    return ok;
}

// Takes a merge back in one transaction. Exact but for what the Store decides itself: the
// duplicate and the redundant links get new ids (unless theirs were the highest), and the
// rows written get a new updated_at. A reference that another window has meanwhile deleted
// or pointed elsewhere, and a survivor's field it has meanwhile changed, are left as they are.
bool unmerge(Store &store, const MergeRecord &record)
{
    return store.transact([&] {
        const qint64 survivorId = idOfUuid(store, organizations, record.survivorUuid);
        if (survivorId < 0)
            return store.fail(OrganizationMerge::tr("One of the organizations no longer exists."), organizations);
        const qint64 duplicateId = store.insert(organizations, record.duplicate);
        if (duplicateId < 0)
            return false;
        for (const MergeRecord::Move &move : record.moved) {
            const qint64 id = move.uuid.isEmpty() ? move.id : idOfUuid(store, move.table, move.uuid);
            const QVariant current = store.record(move.table, id).value(move.column);
            if (current.isNull() || current.toLongLong() != survivorId)
                continue;
            if (!store.update(move.table, id, {{move.column, duplicateId}}))
                return false;
        }
        for (const MergeRecord::Removal &removal : record.removed) {
            QVariantMap row = removal.row;
            row.insert(removal.column, duplicateId);
            if (store.insert(removal.table, row) < 0)
                return false;
        }
        const QVariantMap survivor = store.record(organizations, survivorId);
        QVariantMap restored;
        for (auto it = record.filledBefore.cbegin(); it != record.filledBefore.cend(); ++it)
            if (sameValue(survivor.value(it.key()), record.duplicate.value(it.key())))
                restored.insert(it.key(), it.value());
        return restored.isEmpty() || store.update(organizations, survivorId, restored);
    });
}

// The organizations are found by uuid: after an undo the duplicate has a new id. Redo merges
// again from what the database holds then, which after an undo is what the first merge met.
class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(Store &store, const MergeRecord &record, const QString &text)
        : QUndoCommand(text), m_store(store), m_record(record)
    {
    }
    void undo() override
    {
        if (!unmerge(m_store, m_record))
            setObsolete(true);
    }
    void redo() override
    {
        if (!m_done) {   // merged before it was pushed
            m_done = true;
            return;
        }
        MergeRecord again;
        if (mergeRecorded(m_store, idOfUuid(m_store, organizations, m_record.survivorUuid),
                          idOfUuid(m_store, organizations, m_record.duplicate.value(QStringLiteral("uuid")).toString()),
                          &again))
            m_record = again;
        else
            setObsolete(true);
    }

private:
    Store &m_store;
    MergeRecord m_record;
    bool m_done = false;
};

} // namespace

int OrganizationMerge::merge(Store &store, qint64 survivorId, qint64 duplicateId)
{
    MergeRecord done;
    return mergeRecorded(store, survivorId, duplicateId, &done) ? done.count : -1;
}

int OrganizationMerge::merge(Store &store, QUndoStack &undo, qint64 survivorId, qint64 duplicateId)
{
    const QString survivorName = store.record(organizations, survivorId).value(QStringLiteral("name")).toString();
    MergeRecord done;
    if (!mergeRecorded(store, survivorId, duplicateId, &done))
        return -1;
    undo.push(new MergeCommand(store, done,
                               tr("Merge “%1” into “%2”").arg(done.duplicate.value(QStringLiteral("name")).toString(),
                                                              survivorName)));
    return done.count;
}

std::optional<QList<OrganizationMerge::Candidate>> OrganizationMerge::survivorCandidates(const Store &store, qint64 duplicateId,
                                                                                      QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, coalesce(city, '') FROM organizations WHERE id <> ? ORDER BY name COLLATE NOCASE"));
    q.addBindValue(duplicateId);
    QList<Candidate> candidates;
    if (q.exec())
        while (q.next())
            candidates.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return candidates;
}

} // namespace citylab
