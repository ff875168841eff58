// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/measurementcsvreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QSet>
#include <QString>

#include <optional>

namespace citylab {

class Store;

struct MeasurementImportResult
{
    bool ok = false;
    bool cancelled = false;
    int rows = 0;
    qint64 batchId = 0;
    QString message; // why it failed when it was not a matter of bad rows
    QDateTime duplicateOf; // when the same file was imported before, if that is why
    QList<MeasurementCsvError> errors;
    int moreErrors = 0;
    QList<MeasurementCsvError> warnings;   // rows imported, but worth a look (summer time changes)
    int moreWarnings = 0;
};

// What one imported batch holds: its metrics (by id) and the span of its measurements.
struct MeasurementBatchSummary
{
    struct Metric { QString code; QString name; };
    QList<Metric> metrics;
    qint64 from = 0, to = 0;   // Unix seconds; 0 when the batch is empty
};

// Imports a partner's measurement file into one experiment, all or nothing: one thread reads
// and validates the rows while this one writes them by BulkInsert, in one transaction with one
// measurement_batches row (file name, sha256 in source) and one change_log entry; a bad row,
// a cancel or a failed write rolls all of it back.
class MeasurementImporter
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementImporter)
public:
    MeasurementImporter(Store &store, qint64 experimentId);

    // When a file with this content was last imported into the experiment (invalid: never).
    static QDateTime importedBefore(const Store &store, qint64 experimentId, const QByteArray &sha256Hex);
    // What a batch imported (MeasurementImportResult::batchId); std::nullopt and *error when it cannot be read.
    static std::optional<MeasurementBatchSummary> batchSummary(const Store &store, qint64 batchId, QString *error = nullptr);
    // The same file twice is almost always a mistake: refused unless allowed (the dialog
    // allows it once it has warned, the CLI with --allow-duplicate).
    void setAllowDuplicate(bool allow) { m_allowDuplicate = allow; }

    // The metric codes and the experiment's zone names that rows may name.
    QHash<QString, MeasurementCsvMetric> metrics() const;
    QHash<QString, qint64> zones() const;

    // progress(done, total) may return false to cancel; nothing is then left in the store.
    MeasurementImportResult run(MeasurementCsvReader &reader, const MeasurementCsvMapping &mapping,
                                const QString &fileName, const QByteArray &sha256Hex,
                                const MeasurementCsvReader::Progress &progress = {});
    // The same with the file's hash still being computed on another thread: hashing a large
    // file takes as long as parsing it, and the hash is needed only once every row is valid.
    MeasurementImportResult run(MeasurementCsvReader &reader, const MeasurementCsvMapping &mapping,
                                const QString &fileName, QFuture<QByteArray> sha256Hex,
                                const MeasurementCsvReader::Progress &progress = {});

private:
    bool referencesStillThere(const QSet<qint64> &metrics, const QSet<qint64> &zones, const QHash<QString, qint64> &zoneIds);

    Store &m_store;
    qint64 m_experimentId;
    bool m_allowDuplicate = false;
};

} // namespace citylab
