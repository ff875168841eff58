// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citylab {

class PgConnection;
class Store;

// A unique key other than the uuid (an experiment's code). When two desktops create records
// with the same key, the server keeps both and gives the second a suffix in `renamable` (or
// the next number in `renumberable`); with neither, the second is a duplicate and is refused.
struct SyncUniqueKey
{
    QString name;
    QStringList columns;
    QString renamable;
    QString renumberable;
};

struct SyncedTable
{
    QString name;
    QStringList columns;                 // what travels: every column but id and updated_at
    QHash<QString, QString> references;  // column -> the synced table it refers to
    QHash<QString, QString> onDelete;    // column -> CASCADE, SET NULL or RESTRICT
    QList<SyncUniqueKey> uniqueKeys;
    // A file's bytes (attachments.data): not in `columns`, they travel by their sha256.
    QString blobColumn;
};

// Which tables of a store the team server keeps, in an order where every table comes after
// the tables it refers to, with their references and unique keys: read from the store's own
// schema, so that a column added by a migration travels without a server upgrade.
class SyncCatalog
{
    Q_DECLARE_TR_FUNCTIONS(citylab::SyncCatalog)
public:
    static std::optional<SyncCatalog> read(const Store &store, QString *error);

    const QList<SyncedTable> &tables() const { return m_tables; }
    const SyncedTable *table(const QString &name) const;
    bool isSynced(const QString &name) const { return table(name) != nullptr; }

    // Writes the catalog into the server's citylab schema (server init and upgrades).
    bool upload(PgConnection &server, QString *error) const;

private:
    QList<SyncedTable> m_tables;
};

} // namespace citylab
