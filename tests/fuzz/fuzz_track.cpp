// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a partner's track: the first byte picks how the file is named (GPX, GeoJSON,
// CSV or unnamed), the rest is its content. The reader must read or refuse it without
// crashing or reading out of bounds, and a track it reads must go through the footprint
// check against a zone with a hole and hours.
#include "geo/footprintcheck.h"
#include "geo/trackreader.h"
#include "geo/zonehours.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const char *names[] = {"t.gpx", "t.geojson", "t.csv", "t"};
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const citylab::TrackReader::Result read = citylab::TrackReader::read(bytes, QString::fromLatin1(names[data[0] % 4]));
    (void)citylab::ZoneHours::parse(QString::fromUtf8(bytes.left(200)));
    if (!read.ok || read.track.points.size() > 5000)
        return 0;
    static const QList<citylab::Zone> zones = [] {
        citylab::Zone zone;
        zone.id = 1;
        zone.name = QStringLiteral("Piazza");
        zone.hours = QStringLiteral("08:00-20:00, weekdays");
        zone.maxHeightM = 120;
        zone.geometry = citylab::ZoneGeometry::fromGeoJsonText(
            R"({"type":"Polygon","coordinates":[[[7.67,45.06],[7.69,45.06],[7.69,45.08],[7.67,45.08],[7.67,45.06]],
                [[7.675,45.065],[7.685,45.065],[7.685,45.075],[7.675,45.075],[7.675,45.065]]]})");
        return QList<citylab::Zone>{zone};
    }();
    (void)citylab::FootprintCheck(zones).check(read.track);
    return 0;
}
