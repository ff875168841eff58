// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace citylab {

// What one commit (or the commits of other programs since the last look) changed, table by
// table: the ids and uuids inserted, updated and deleted, and the bulk imports with what
// they said of themselves (experiment, batch, rows). Views update what changed from it,
// and team sync sends the same change_log rows it is read from.
struct ChangeSet
{
    enum class Origin {
        Local,      // this Store's own writes
        External,   // another window, the CLI, a background worker's own connection
    };

    struct TableChanges
    {
        QSet<qint64> inserted, updated, deleted;   // ids (a row deleted elsewhere has none)
        QSet<QString> uuids;                        // of every row above
        QList<QVariantMap> imports;                 // one per bulk write: rows, source, and its details
    };

    Origin origin = Origin::Local;
    // The file was replaced as a whole (a restore) or the log could not be followed: every
    // table may have changed.
    bool everything = false;
    // Personal data was erased: what still holds old values (an undo history) must forget them.
    bool erased = false;
    QHash<QString, TableChanges> tables;

    bool isEmpty() const { return !everything && tables.isEmpty(); }
    bool touches(const QString &table) const { return everything || tables.contains(table); }
    bool touchesAny(const QStringList &names) const;
    QStringList tableNames() const;   // sorted; empty when everything changed
    // The ids of `table` inserted or updated (what a view re-reads).
    QSet<qint64> changedIds(const QString &table) const;
    // The values given by the bulk imports into `table` for `key` (say experiment_id).
    QSet<qint64> importedValues(const QString &table, const QString &key) const;

    void merge(const ChangeSet &other);
};

} // namespace citylab

Q_DECLARE_METATYPE(citylab::ChangeSet)
