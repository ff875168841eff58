// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationmerge.h"

#include "store/store.h"

#include <QSqlQuery>

namespace citylab {

namespace {

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
            if (keys.value(0).toString() == QLatin1String("organizations"))
                references.append({table, keys.value(1).toString()});
    }
    return references;
}

} // namespace

int OrganizationMerge::merge(Store &store, qint64 survivorId, qint64 duplicateId)
{
    if (survivorId == duplicateId)
        return store.fail(tr("An organization cannot be merged into itself."), QStringLiteral("organizations")) ? 0 : -1;
    const QVariantMap survivor = store.record(QStringLiteral("organizations"), survivorId);
    const QVariantMap duplicate = store.record(QStringLiteral("organizations"), duplicateId);
    if (survivor.isEmpty() || duplicate.isEmpty()) {
        store.fail(tr("One of the organizations no longer exists."), QStringLiteral("organizations"));
        return -1;
    }
    int moved = 0;
    const bool ok = store.transact([&] {
        for (const Reference &ref : referencesToOrganizations(store)) {
            QSqlQuery rows(store.database());
            rows.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE \"%2\" = ?").arg(ref.table, ref.column));
            rows.addBindValue(duplicateId);
            if (!rows.exec())
                return store.fail(tr("Cannot read %1.").arg(ref.table));
            QList<qint64> ids;
            while (rows.next())
                ids << rows.value(0).toLongLong();
            for (const qint64 id : std::as_const(ids)) {
                // A link the survivor already has (a partnership of the same experiment, say)
                // is redundant: it goes instead of becoming a duplicate.
                const bool updated = store.transact([&] { return store.update(ref.table, id, {{ref.column, survivorId}}); });
                if (!updated && !store.remove(ref.table, id))
                    return false;
                ++moved;
            }
        }
        QVariantMap filled;
        for (auto it = duplicate.cbegin(); it != duplicate.cend(); ++it) {
            const QString &column = it.key();
            if (column == QLatin1String("id") || column == QLatin1String("uuid") || column.endsWith(QLatin1String("_at")))
                continue;
            if ((survivor.value(column).isNull() || survivor.value(column).toString().isEmpty()) && !it.value().isNull())
                filled.insert(column, it.value());
        }
        if (!filled.isEmpty() && !store.update(QStringLiteral("organizations"), survivorId, filled))
            return false;
        return store.remove(QStringLiteral("organizations"), duplicateId);
    });
    return ok ? moved : -1;
}

} // namespace citylab
