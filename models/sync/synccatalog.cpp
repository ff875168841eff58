// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccatalog.h"

#include "pgconnection.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlDatabase>

namespace citylab {

namespace {

// Not records: settings are per desktop (window layout, last folders); measurement rows
// travel with their batch (TeamSync, by COPY).
const QStringList localTables = {
    QStringLiteral("settings"), QStringLiteral("measurements"), QStringLiteral("change_log"), QStringLiteral("sync_state"),
};

// agreements.document_id is not used (an agreement's documents are attachments that name it,
// schema 3) and would make agreements and attachments refer to each other: it stays local.
const QStringList localColumns = {QStringLiteral("agreements.document_id")};

// A zone's geometry and the columns derived from it (Zone::geometryColumns) change together.
const QStringList zoneGeometryColumns = {
    QStringLiteral("shape"), QStringLiteral("geometry"), QStringLiteral("min_lon"), QStringLiteral("max_lon"),
    QStringLiteral("min_lat"), QStringLiteral("max_lat"), QStringLiteral("constraints"),
};

struct DatedStep
{
    QString table, parentColumn, parentField, stepField;
};
const QList<DatedStep> datedSteps = {
    {QStringLiteral("stage_transitions"), QStringLiteral("experiment_id"), QStringLiteral("stage"), QStringLiteral("to_stage")},
    {QStringLiteral("request_status_changes"), QStringLiteral("request_id"), QStringLiteral("status"), QStringLiteral("to_status")},
};

} // namespace

std::optional<SyncCatalog> SyncCatalog::read(const Store &store, QString *error)
{
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE 'search_index%' AND name NOT LIKE 'zone_bounds%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (StoreRead::failed(tables, store, error))
        return std::nullopt;

    QHash<QString, SyncedTable> found;
    QHash<QString, QHash<QString, QString>> types;
    for (const QString &name : std::as_const(names)) {
        if (localTables.contains(name))
            continue;
        SyncedTable table;
        table.name = name;
        QSqlQuery info(store.database());
        info.exec(QStringLiteral("SELECT name, type FROM pragma_table_info('%1') ORDER BY cid").arg(name));
        while (info.next()) {
            table.columns << info.value(0).toString();
            types[name].insert(info.value(0).toString(), info.value(1).toString().toUpper());
        }
        if (StoreRead::failed(info, store, error))
            return std::nullopt;
        if (!table.columns.contains(QLatin1String("uuid")))
            continue;
        table.columns.removeAll(QStringLiteral("id"));
        table.columns.removeAll(QStringLiteral("uuid"));
        table.columns.removeAll(QStringLiteral("updated_at"));
        for (const QString &column : localColumns)
            if (column.startsWith(name + QLatin1Char('.')))
                table.columns.removeAll(column.section(u'.', 1));
        // A file's bytes go by their hash, once, beside the record.
        for (auto it = types[name].cbegin(); it != types[name].cend(); ++it) {
            if (it.value() == QLatin1String("BLOB") && table.columns.contains(QLatin1String("sha256"))) {
                table.blobColumn = it.key();
                table.columns.removeAll(it.key());
            }
        }
        found.insert(name, table);
    }

    for (SyncedTable &table : found) {
        QSqlQuery keys(store.database());
        keys.exec(QStringLiteral("SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list('%1')").arg(table.name));
        while (keys.next()) {
            const QString column = keys.value(0).toString();
            const QString target = keys.value(1).toString();
            if (!found.contains(target) || !table.columns.contains(column)) {
                table.columns.removeAll(column);   // a reference to what does not travel stays local
                continue;
            }
            table.references.insert(column, target);
            const QString action = keys.value(2).toString().toUpper();
            table.onDelete.insert(column, action == QLatin1String("CASCADE") || action == QLatin1String("SET NULL")
                                              ? action : QStringLiteral("RESTRICT"));
        }
        if (StoreRead::failed(keys, store, error))
            return std::nullopt;

        QSqlQuery indexes(store.database());
        indexes.exec(QStringLiteral("SELECT name FROM pragma_index_list('%1') WHERE \"unique\" = 1 ORDER BY name").arg(table.name));
        while (indexes.next()) {
            SyncUniqueKey key;
            key.name = indexes.value(0).toString();
            QSqlQuery columns(store.database());
            columns.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno").arg(key.name));
            while (columns.next())
                key.columns << columns.value(0).toString();
            if (StoreRead::failed(columns, store, error))
                return std::nullopt;
            if (key.columns == QStringList{QStringLiteral("uuid")} || key.columns.isEmpty())
                continue;
            for (const QString &column : std::as_const(key.columns)) {
                if (table.references.contains(column))
                    continue;
                const QString type = types[table.name].value(column);
                if (type == QLatin1String("TEXT") && key.renamable.isEmpty())
                    key.renamable = column;
                else if (type == QLatin1String("INTEGER") && key.renumberable.isEmpty())
                    key.renumberable = column;
            }
            if (!key.renamable.isEmpty())
                key.renumberable.clear();
            table.uniqueKeys << key;
        }
        if (StoreRead::failed(indexes, store, error))
            return std::nullopt;
    }

    // Parents first: a table comes once every table it refers to is placed.
    SyncCatalog catalog;
    QStringList pending = found.keys();
    std::sort(pending.begin(), pending.end());
    while (!pending.isEmpty()) {
        bool placed = false;
        for (const QString &name : std::as_const(pending)) {
            const SyncedTable &table = found[name];
            bool ready = true;
            for (const QString &target : table.references)
                ready = ready && (target == name || !pending.contains(target));
            if (ready) {
                catalog.m_tables << table;
                pending.removeOne(name);
                placed = true;
                break;
            }
        }
        if (!placed) {
            *error = tr("The tables %1 refer to each other in a circle and cannot be synced.").arg(pending.join(u", "));
            return std::nullopt;
        }
    }
    return catalog;
}

const SyncedTable *SyncCatalog::table(const QString &name) const
{
    for (const SyncedTable &table : m_tables)
        if (table.name == name)
            return &table;
    return nullptr;
}

bool SyncCatalog::upload(PgConnection &server, QString *error) const
{
    const auto run = [&](const QString &sql, const QVariantList &params = {}) {
        if (server.exec(sql, params))
            return true;
        *error = server.errorString();
        return false;
    };
    if (!run(QStringLiteral("DELETE FROM citylab.synced_tables")) || !run(QStringLiteral("DELETE FROM citylab.reference_columns"))
        || !run(QStringLiteral("DELETE FROM citylab.unique_keys")) || !run(QStringLiteral("DELETE FROM citylab.column_groups"))
        || !run(QStringLiteral("DELETE FROM citylab.dated_steps")))
        return false;
    const auto textArray = [](const QStringList &items) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
    };
    int position = 0;
    for (const SyncedTable &table : m_tables) {
        if (!run(QStringLiteral("INSERT INTO citylab.synced_tables (name, position) VALUES ($1, $2)"), {table.name, ++position}))
            return false;
        for (auto it = table.references.cbegin(); it != table.references.cend(); ++it) {
            if (!run(QStringLiteral("INSERT INTO citylab.reference_columns (table_name, column_name, target_table, on_delete) "
                                    "VALUES ($1, $2, $3, $4)"),
                     {table.name, it.key(), it.value(), table.onDelete.value(it.key())}))
                return false;
        }
        for (const SyncUniqueKey &key : table.uniqueKeys) {
            if (!run(QStringLiteral("INSERT INTO citylab.unique_keys (table_name, key_name, columns, renamable, renumberable) "
                                    "VALUES ($1, $2, ARRAY(SELECT jsonb_array_elements_text($3::jsonb)), $4, $5)"),
                     {table.name, key.name, textArray(key.columns), key.renamable.isEmpty() ? QVariant() : QVariant(key.renamable),
                      key.renumberable.isEmpty() ? QVariant() : QVariant(key.renumberable)}))
                return false;
        }
    }
    if (isSynced(QStringLiteral("zones"))
        && !run(QStringLiteral("INSERT INTO citylab.column_groups (table_name, columns) "
                               "VALUES ('zones', ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))"),
                {textArray(zoneGeometryColumns)}))
        return false;
    for (const DatedStep &step : datedSteps) {
        if (isSynced(step.table)
            && !run(QStringLiteral("INSERT INTO citylab.dated_steps (table_name, parent_column, parent_field, step_field) "
                                   "VALUES ($1, $2, $3, $4)"),
                    {step.table, step.parentColumn, step.parentField, step.stepField}))
            return false;
    }
    return true;
}

} // namespace citylab
