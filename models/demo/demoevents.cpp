// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator's city events: a race through Parco del Valentino, the market of Porta
// Palazzo and a concert at Parco Dora, each taking its place for some days, so that the
// map hatches them and the conflict list shows the zones that clash with them.
#include "demogenerator.h"

#include "geo/zone.h"
#include "geo/zonegeometry.h"
#include "store/bulkinsert.h"

namespace citylab {

namespace {

struct DemoEvent
{
    const char *name, *kind, *hours, *organizer;
    double lon, lat, radiusM;
    int startInDays, days;
};

constexpr DemoEvent demoEvents[] = {
    {"Corsa podistica del Valentino", "marathon", "07:30-13:00", "ASD Torino Corre", 7.6840, 45.0545, 450, 12, 1},
    {"Mercato di Porta Palazzo", "market", "06:30-14:00 feriali", "Città di Torino - Commercio", 7.6849, 45.0766, 180, -60, 360},
    {"Concerto a Parco Dora", "concert", "18:00-24:00", "Associazione Parco Dora Live", 7.6655, 45.0930, 300, 25, 2},
};

} // namespace

bool DemoGenerator::addCityEvents()
{
    BulkInsert events(m_store, QStringLiteral("city_events"),
                      {QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("starts_on"),
                       QStringLiteral("ends_on"), QStringLiteral("hours"), QStringLiteral("organizer"), QStringLiteral("shape"),
                       QStringLiteral("geometry"), QStringLiteral("min_lon"), QStringLiteral("max_lon"), QStringLiteral("min_lat"),
                       QStringLiteral("max_lat"), QStringLiteral("constraints"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")});
    const QString created = stamp(m_options.today.addDays(-70));
    for (const DemoEvent &e : demoEvents) {
        const QVariantMap place = Zone::geometryColumns(ZoneGeometry::circle(QPointF(e.lon, e.lat), e.radiusM));
        const QDate first = m_options.today.addDays(e.startInDays);
        if (events.add({uuid(), QString::fromUtf8(e.name), QString::fromLatin1(e.kind), iso(first), iso(first.addDays(e.days - 1)),
                        QString::fromUtf8(e.hours), QString::fromUtf8(e.organizer), place.value(QStringLiteral("shape")),
                        place.value(QStringLiteral("geometry")), place.value(QStringLiteral("min_lon")),
                        place.value(QStringLiteral("max_lon")), place.value(QStringLiteral("min_lat")),
                        place.value(QStringLiteral("max_lat")), place.value(QStringLiteral("constraints")), created, created})
            < 0)
            return false;
    }
    return events.finish(QStringLiteral("demo"));
}

} // namespace citylab
