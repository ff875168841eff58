// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecheck.h"

#include "migrations.h"
#include "sqlerrortext.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace citylab {

namespace {

void advise(StoreCheck &check, const QString &action)
{
    if (!check.actions.contains(action))
        check.actions << action;
}

} // namespace

StoreCheck StoreCheck::run(const Store &store)
{
    StoreCheck check;
    const QString restore = tr("The file is damaged: restore its latest good backup (File → Restore from Backup…, or "
                               "citylab restore --db %1 --from BACKUP; citylab backup --db %1 --list shows the daily "
                               "ones). Until then CityLab writes nothing to it.").arg(store.path());
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    check.schemaVersion = store.schemaVersion();
    check.latestSchemaVersion = Migrations::latestVersion();
    if (check.schemaVersion < check.latestSchemaVersion)
    {
        check.problems << tr("Schema version %1 is older than %2: opening the file in CityLab upgrades it.")
                              .arg(check.schemaVersion).arg(check.latestSchemaVersion);
        advise(check, tr("Open the file in CityLab (or run any command that writes to it) to upgrade it; a copy of the "
                         "old file is kept beside it."));
    }

    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok")) {
                check.problems << tr("Integrity: %1").arg(line);
                advise(check, restore);
            }
        }
        if (q.lastError().isValid()) {
            check.problems << tr("Integrity check failed: %1").arg(SqlErrorText::describe(q.lastError()));
            advise(check, restore);
        }
    } else {
        check.problems << tr("Integrity check failed: %1").arg(SqlErrorText::describe(q.lastError()));
        advise(check, restore);
    }

    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next()) {
            check.problems << tr("Table %1, row %2 refers to a missing record in %3.")
                                  .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            advise(check, tr("A record points at one that no longer exists: open it in CityLab and choose the "
                             "organization, experiment or zone again, or restore a backup from before the change."));
        }
    }

    // measurements name their batch without a foreign key since 0006 (a trigger deletes them
    // with it): rows whose batch is gone, or is another experiment's
    if (q.exec(QStringLiteral("SELECT count(*) FROM measurements m WHERE NOT EXISTS (SELECT 1 FROM measurement_batches b"
                              " WHERE b.id = m.batch_id AND b.experiment_id = m.experiment_id)"))
        && q.next() && q.value(0).toLongLong() > 0)
    {
        check.problems << tr("%n measurement(s) belong to no import of their experiment.", nullptr, q.value(0).toInt());
        advise(check, restore);
    }

    if (q.exec(QStringLiteral("SELECT rtreecheck('zone_bounds')")) && q.next()
        && q.value(0).toString() != QLatin1String("ok"))
    {
        check.problems << tr("Zone index: %1").arg(q.value(0).toString());
        advise(check, restore);
    }
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM zones) - (SELECT count(*) FROM zone_bounds)"))
        && q.next() && q.value(0).toLongLong() != 0)
    {
        check.problems << tr("Zone index: %1 zones are missing from the map index.").arg(q.value(0).toLongLong());
        advise(check, restore);
    }

    const QStringList indexed = {QStringLiteral("experiments"), QStringLiteral("organizations"),
                                 QStringLiteral("people"), QStringLiteral("agreements"),
                                 QStringLiteral("regulatory_requests"), QStringLiteral("interactions"),
                                 QStringLiteral("zones")};
    for (int kind = 1; kind <= indexed.size(); ++kind) {
        const QString table = indexed.at(kind - 1);
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM %1) - (SELECT count(*) FROM search_index"
                                  " WHERE kind = %2)").arg(table).arg(kind))
            && q.next() && q.value(0).toLongLong() != 0)
        {
            check.problems << tr("Search index: %1 records of %2 are not indexed.").arg(q.value(0).toLongLong()).arg(table);
            advise(check, restore);
        }
    }

    QStringList tables;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                              " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'"
                              " AND name NOT LIKE 'zone_bounds_%' ORDER BY name"))) {
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && q.next())
            check.rowCounts.append({table, q.value(0).toLongLong()});
    }
    return check;
}

} // namespace citylab
