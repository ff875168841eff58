// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonefilereader.h"
#include "zonegeometry.h"
#include "zoneimporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// A city event that takes a place for some days (a marathon, a market, a concert): an
// exclusion zone for experiments on those days.
struct CityEvent
{
    qint64 id = -1;
    QString uuid, name, kind, hours, organizer, notes;
    QDate startsOn, endsOn;   // inclusive
    ZoneGeometry geometry;    // lon/lat, holes included
    bool activeOn(const QDate &day) const { return !day.isValid() || (startsOn <= day && day <= endsOn); }
};

// Reads and imports the city's events. An import takes the zones of a GeoJSON or KML file
// (the readers and checks of zones) as events of one kind, all or nothing: each feature
// must give its first and last day, since an event without dates would exclude a place
// for ever.
class CityEvents
{
    Q_DECLARE_TR_FUNCTIONS(citylab::CityEvents)
public:
    static inline const QString table = QStringLiteral("city_events");

    // By first day, then name; events whose outline cannot be read are left out and named
    // in *unreadable. nullopt with *error when the store cannot be read.
    static std::optional<QList<CityEvent>> all(const Store &store, QString *error, QStringList *unreadable = nullptr);
    static ZoneImportResult importFile(Store &store, const QString &path, const QString &kind);
    static ZoneImportResult import(Store &store, const ZoneFileContent &content, const QString &fileName, const QString &kind);
};

} // namespace citylab
