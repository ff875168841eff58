// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a partner's measurement CSV: the reader must detect a dialect, map the
// header and read or refuse every row without crashing or reading out of bounds.
#include "outcomes/measurementcsvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    citylab::MeasurementCsvReader reader(bytes);
    (void)reader.preview(5);
    citylab::MeasurementCsvMapping mapping = citylab::MeasurementCsvReader::guessMapping(reader.header());
    if (mapping.time < 0)
        mapping.time = 0;
    if (mapping.value < 0)
        mapping.value = reader.header().size() > 1 ? 1 : 0;
    if (mapping.metric < 0)
        mapping.fixedMetricId = 1;
    const QHash<QString, citylab::MeasurementCsvMetric> metrics = {
        {QStringLiteral("UAS_NOISE_DB"), {1, QStringLiteral("real")}},
        {QStringLiteral("UAS_FLIGHTS"), {2, QStringLiteral("integer")}},
        {QStringLiteral("OK"), {3, QStringLiteral("boolean")}}};
    const QHash<QString, qint64> zones = {{QStringLiteral("San Salvario"), 1}};
    QList<citylab::MeasurementCsvRow> rows;
    reader.read(mapping, metrics, zones, &rows);
    return 0;
}
