// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

#include <algorithm>

namespace citylab {

bool ChangeSet::touchesAny(const QStringList &names) const
{
    return everything || std::any_of(names.cbegin(), names.cend(), [this](const QString &name) { return tables.contains(name); });
}

QStringList ChangeSet::tableNames() const
{
    QStringList names = tables.keys();
    names.sort();
    return names;
}

QSet<qint64> ChangeSet::changedIds(const QString &table) const
{
    const TableChanges changes = tables.value(table);
    return changes.inserted + changes.updated;
}

QSet<qint64> ChangeSet::importedValues(const QString &table, const QString &key) const
{
    QSet<qint64> values;
    for (const QVariantMap &import : tables.value(table).imports)
        if (import.contains(key))
            values.insert(import.value(key).toLongLong());
    return values;
}

void ChangeSet::merge(const ChangeSet &other)
{
    everything = everything || other.everything;
    erased = erased || other.erased;
    for (auto it = other.tables.cbegin(); it != other.tables.cend(); ++it) {
        TableChanges &mine = tables[it.key()];
        mine.inserted += it->inserted;
        mine.updated += it->updated;
        mine.deleted += it->deleted;
        mine.uuids += it->uuids;
        mine.imports += it->imports;
    }
}

} // namespace citylab
