// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityevents.h"

#include "zone.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace citylab {

std::optional<QList<CityEvent>> CityEvents::all(const Store &store, QString *error, QStringList *unreadable)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, uuid, name, kind, starts_on, ends_on, hours, organizer, notes, geometry FROM city_events"
                          " ORDER BY starts_on, name COLLATE NOCASE, id"));
    QList<CityEvent> events;
    while (q.next()) {
        CityEvent e;
        e.id = q.value(0).toLongLong();
        e.uuid = q.value(1).toString();
        e.name = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.startsOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        e.endsOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.hours = q.value(6).toString();
        e.organizer = q.value(7).toString();
        e.notes = q.value(8).toString();
        e.geometry = ZoneGeometry::fromGeoJsonText(q.value(9).toByteArray());
        if (!e.geometry.isValid() || !e.startsOn.isValid() || !e.endsOn.isValid()) {
            if (unreadable)
                *unreadable << e.name;
            continue;
        }
        events << e;
    }
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return events;
}

ZoneImportResult CityEvents::importFile(Store &store, const QString &path, const QString &kind)
{
    return import(store, ZoneFileReader::readFile(path), path, kind);
}

ZoneImportResult CityEvents::import(Store &store, const ZoneFileContent &content, const QString &fileName, const QString &kind)
{
    ZoneImportResult result;
    result.problems = content.problems;
    for (const ZoneFileFeature &f : content.features)
        if (!f.activeFrom.isValid() || !f.activeTo.isValid())
            result.problems.append({f.number, f.name, 0, 0,
                                    tr("an event needs its first and last day (properties active_from and active_to, "
                                       "or dal and al)")});
    if (!result.problems.isEmpty() || content.features.isEmpty()) {
        result.message = content.features.isEmpty() && result.problems.isEmpty() ? tr("The file has no event.")
                                                                                  : tr("The file has events that cannot be imported.");
        return result;
    }
    const QString baseName = QFileInfo(fileName).fileName();
    const bool ok = store.transact([&] {
        for (const ZoneFileFeature &f : content.features) {
            QVariantMap values = Zone::geometryColumns(f.geometry);
            values.insert({{QStringLiteral("name"), f.name.isEmpty() ? QStringLiteral("%1 %2").arg(baseName).arg(f.number) : f.name},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("starts_on"), f.activeFrom.toString(Qt::ISODate)},
                           {QStringLiteral("ends_on"), f.activeTo.toString(Qt::ISODate)},
                           {QStringLiteral("hours"), f.hours.isEmpty() ? QVariant() : QVariant(f.hours)},
                           {QStringLiteral("notes"), f.notes.isEmpty() ? QVariant() : QVariant(f.notes)}});
            if (store.insert(table, values) < 0) {
                ZoneFileProblem problem{f.number, f.name, 0, 0, store.errorString()};
                return store.fail(problem.describe(), table);
            }
        }
        return true;
    });
    if (!ok) {
        result.message = store.errorString();
        return result;
    }
    result.ok = true;
    result.zones = int(content.features.size());
    return result;
}

} // namespace citylab
