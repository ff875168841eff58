// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a GeoJSON or KML zone file: the reader must answer with zones or with
// problems, never crash, hang or read out of bounds. The first byte picks the format.
#include "geo/zonefilereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto format = data[0] % 3 == 0 ? citylab::ZoneFileReader::Format::GeoJson
                        : data[0] % 3 == 1 ? citylab::ZoneFileReader::Format::Kml
                                           : citylab::ZoneFileReader::Format::Unknown;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const citylab::ZoneFileContent content = citylab::ZoneFileReader::read(bytes, format);
    for (const citylab::ZoneFileProblem &problem : content.problems)
        (void)problem.describe();
    return 0;
}
