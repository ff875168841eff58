// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoresheet.h"

#include "committeeevaluation.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QHash>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUuid>

namespace citylab {

namespace {

const QString scoresTable = QStringLiteral("scores");
const QString conflictsTable = QStringLiteral("conflicts_of_interest");

// The member's rows for the proposal, table by table, each keyed by uuid: what a sheet is.
using SheetRows = QHash<QString, QHash<QString, QVariantMap>>;

const QStringList sheetTables = {scoresTable, conflictsTable};

SheetRows readRows(const Store &store, qint64 experimentId, qint64 memberId, bool *ok)
{
    SheetRows rows;
    *ok = true;
    for (const QString &table : sheetTables) {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE experiment_id = ? AND member_id = ?").arg(table));
        q.addBindValue(experimentId);
        q.addBindValue(memberId);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        if (StoreRead::failed(q, store, nullptr))
            *ok = false;   // a half-read sheet is no sheet: nothing is written from it
        q.finish();
        for (const qint64 id : std::as_const(ids)) {
            QVariantMap record = store.record(table, id);
            record.remove(QStringLiteral("id"));
            record.remove(QStringLiteral("created_at"));
            record.remove(QStringLiteral("updated_at"));
            rows[table].insert(record.value(QStringLiteral("uuid")).toString(), record);
        }
    }
    return rows;
}

// The row's id, or -1 when it is gone or cannot be read (the write then fails and says so).
qint64 idOf(const Store &store, const QString &table, const QString &uuid)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    q.addBindValue(uuid);
    q.exec();
    const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
    const bool failed = StoreRead::failed(q, store, nullptr);
    q.finish();
    return failed ? -1 : id;
}

// Makes the member's rows for the proposal what `target` says, in one transaction: rows kept
// (same uuid) are updated where they differ, the others removed or inserted.
bool applyRows(Store &store, qint64 experimentId, qint64 memberId, const SheetRows &target)
{
    return store.transact([&] {
        bool ok = false;
        const SheetRows current = readRows(store, experimentId, memberId, &ok);
        if (!ok)
            return store.fail(ScoreSheet::tr("The scores of this proposal cannot be read."));
        for (const QString &table : sheetTables) {
            const QHash<QString, QVariantMap> now = current.value(table);
            const QHash<QString, QVariantMap> wanted = target.value(table);
            for (auto it = now.cbegin(); it != now.cend(); ++it)
                if (!wanted.contains(it.key()) && !store.remove(table, idOf(store, table, it.key())))
                    return false;
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
                if (!now.contains(it.key())) {
                    if (store.insert(table, it.value()) < 0)
                        return false;
                    continue;
                }
                QVariantMap changes;
                for (auto field = it.value().cbegin(); field != it.value().cend(); ++field)
                    if (field.key() != QLatin1String("uuid") && now.value(it.key()).value(field.key()) != field.value())
                        changes.insert(field.key(), field.value());
                if (!changes.isEmpty() && !store.update(table, idOf(store, table, it.key()), changes))
                    return false;
            }
        }
        return true;
    });
}

class SheetCommand : public QUndoCommand
{
public:
    SheetCommand(Store &store, qint64 experimentId, qint64 memberId, const SheetRows &before, const SheetRows &after,
                 const QString &text)
        : QUndoCommand(text), m_store(store), m_experiment(experimentId), m_member(memberId), m_before(before), m_after(after)
    {
    }
    void undo() override
    {
        if (!applyRows(m_store, m_experiment, m_member, m_before))
            setObsolete(true);
    }
    void redo() override
    {
        if (!m_done) {   // saved before it was pushed
            m_done = true;
            return;
        }
        if (!applyRows(m_store, m_experiment, m_member, m_after))
            setObsolete(true);
    }

private:
    Store &m_store;
    qint64 m_experiment, m_member;
    SheetRows m_before, m_after;
    bool m_done = false;
};

} // namespace

bool ScoreSheet::save(Store &store, QUndoStack &undo, qint64 experimentId, qint64 memberId, bool conflict,
                      const QString &conflictNote, const QList<Entry> &entries)
{
    for (const Entry &e : entries)
        if (e.score && (*e.score < 0 || *e.score > 10))
            return store.fail(tr("A score goes from 0 to 10, not %1.").arg(*e.score), scoresTable, QStringLiteral("score"));
    // only a member of the proposal's call scores it, and only on the call's criteria
    QString error;
    const std::optional<CommitteeEvaluation> evaluation = CommitteeEvaluation::load(store, experimentId, &error);
    if (!evaluation)
        return store.fail(error);
    if (std::none_of(evaluation->members.cbegin(), evaluation->members.cend(),
                     [memberId](const CommitteeEvaluation::Member &m) { return m.id == memberId; }))
        return store.fail(tr("This person does not sit on the committee of the proposal's call."), scoresTable);
    for (const Entry &e : entries)
        if (std::none_of(evaluation->criteria.cbegin(), evaluation->criteria.cend(),
                         [&e](const CommitteeEvaluation::Criterion &c) { return c.id == e.criterionId; }))
            return store.fail(tr("A score is given on a criterion that is not the call's."), scoresTable);
    bool ok = false;
    const SheetRows before = readRows(store, experimentId, memberId, &ok);
    if (!ok)
        return store.fail(tr("The scores of this proposal cannot be read."));

    SheetRows after;
    const auto keep = [&](const QString &table, const std::function<bool(const QVariantMap &)> &same, QVariantMap row) {
        for (auto it = before.value(table).cbegin(); it != before.value(table).cend(); ++it)
            if (same(it.value()))
                row.insert(QStringLiteral("uuid"), it.key());
        if (!row.contains(QStringLiteral("uuid")))
            row.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        after[table].insert(row.value(QStringLiteral("uuid")).toString(), row);
    };
    if (conflict) {
        keep(conflictsTable, [](const QVariantMap &) { return true; },
             {{QStringLiteral("experiment_id"), experimentId}, {QStringLiteral("member_id"), memberId},
              {QStringLiteral("note"), conflictNote.trimmed().isEmpty() ? QVariant() : QVariant(conflictNote.trimmed())}});
    } else {
        // criteria the sheet does not speak of keep their scores
        for (auto it = before.value(scoresTable).cbegin(); it != before.value(scoresTable).cend(); ++it) {
            const qint64 criterion = it.value().value(QStringLiteral("criterion_id")).toLongLong();
            if (std::none_of(entries.cbegin(), entries.cend(), [criterion](const Entry &e) { return e.criterionId == criterion; }))
                after[scoresTable].insert(it.key(), it.value());
        }
        for (const Entry &e : entries) {
            if (!e.score)
                continue;
            keep(scoresTable,
                 [&e](const QVariantMap &row) { return row.value(QStringLiteral("criterion_id")).toLongLong() == e.criterionId; },
                 {{QStringLiteral("experiment_id"), experimentId}, {QStringLiteral("member_id"), memberId},
                  {QStringLiteral("criterion_id"), e.criterionId}, {QStringLiteral("score"), *e.score},
                  {QStringLiteral("comment"), e.comment.trimmed().isEmpty() ? QVariant() : QVariant(e.comment.trimmed())}});
        }
    }
    if (!applyRows(store, experimentId, memberId, after))
        return false;
    const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
    undo.push(new SheetCommand(store, experimentId, memberId, before, after,
                               conflict ? tr("Declare a conflict of interest on %1").arg(code) : tr("Score %1").arg(code)));
    return true;
}

} // namespace citylab
