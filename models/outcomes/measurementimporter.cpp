// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementimporter.h"

#include "i18n/dateformat.h"
#include "store/bulkinsert.h"
#include "store/bulkwritesettings.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QFileInfo>
#include <QMutex>
#include <QQueue>
#include <QSqlError>
#include <QThread>
#include <QWaitCondition>
#include <QSet>
#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace citylab {

MeasurementImporter::MeasurementImporter(Store &store, qint64 experimentId)
    : m_store(store)
    , m_experimentId(experimentId)
{
}

QDateTime MeasurementImporter::importedBefore(const Store &store, qint64 experimentId, const QByteArray &sha256Hex)
{
    QSqlQuery batch(store.database());
    batch.setForwardOnly(true);
    batch.prepare(QStringLiteral("SELECT max(created_at) FROM measurement_batches WHERE experiment_id = :experiment AND source = :source"));
    batch.bindValue(QStringLiteral(":experiment"), experimentId);
    batch.bindValue(QStringLiteral(":source"), QString(QStringLiteral("csv sha256:") + QString::fromLatin1(sha256Hex)));
    if (!batch.exec() || !batch.next() || batch.value(0).isNull())
        return {};
    return QDateTime::fromString(batch.value(0).toString(), Qt::ISODateWithMs);
}

std::optional<MeasurementBatchSummary> MeasurementImporter::batchSummary(const Store &store, qint64 batchId, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    // within the batch's experiment: measurements are stored by series (0006)
    query.prepare(QStringLiteral("SELECT m.code, m.name, min(x.measured_at), max(x.measured_at) FROM measurement_batches b"
                                 " JOIN measurements x ON x.experiment_id = b.experiment_id AND x.batch_id = b.id"
                                 " JOIN metrics m ON m.id = x.metric_id WHERE b.id = :batch"
                                 " GROUP BY x.metric_id ORDER BY x.metric_id"));
    query.bindValue(QStringLiteral(":batch"), batchId);
    MeasurementBatchSummary summary;
    if (query.exec())
        while (query.next()) {
            summary.metrics.append({query.value(0).toString(), query.value(1).toString()});
            const qint64 from = query.value(2).toLongLong(), to = query.value(3).toLongLong();
            summary.from = summary.from == 0 ? from : std::min(summary.from, from);
            summary.to = std::max(summary.to, to);
        }
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return summary;
}

// The experiment, metrics and zones were read before the rows were checked; another window
// may have deleted one since. Looked up again inside the write (foreign keys are off for
// its speed), so no row can point at nothing.
bool MeasurementImporter::referencesStillThere(const QSet<qint64> &metrics, const QSet<qint64> &zones,
                                               const QHash<QString, qint64> &zoneIds)
{
    if (m_store.record(QStringLiteral("experiments"), m_experimentId).isEmpty())
        return m_store.lastError().message.isEmpty() ? m_store.fail(tr("The experiment no longer exists (it was deleted meanwhile).")) : false;
    const auto missing = [this](const QString &sql, const QSet<qint64> &ids) {
        QStringList list;
        for (const qint64 id : ids)
            list << QString::number(id);
        QSet<qint64> found;
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        if (query.exec(sql.arg(list.join(u','))))
            while (query.next())
                found.insert(query.value(0).toLongLong());
        return ids - found;
    };
    const QSet<qint64> goneZones = zones.isEmpty() ? QSet<qint64>()
        : missing(QStringLiteral("SELECT id FROM zones WHERE experiment_id = %1 AND id IN (%2)").arg(m_experimentId).arg(QStringLiteral("%1")), zones);
    if (!goneZones.isEmpty())
        return m_store.fail(tr("The zone %1 no longer exists (it was deleted meanwhile): nothing was imported.")
                                .arg(zoneIds.key(*goneZones.cbegin())));
    if (!missing(QStringLiteral("SELECT id FROM metrics WHERE id IN (%1)"), metrics).isEmpty())
        return m_store.fail(tr("A metric of the file no longer exists (it was deleted meanwhile): nothing was imported."));
    return true;
}

QHash<QString, MeasurementCsvMetric> MeasurementImporter::metrics() const
{
    QHash<QString, MeasurementCsvMetric> out;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT id, code, value_kind FROM metrics"));
    while (query.next())
        out.insert(query.value(1).toString(), {query.value(0).toLongLong(), query.value(2).toString()});
    return out;
}

QHash<QString, qint64> MeasurementImporter::zones() const
{
    QHash<QString, qint64> out;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, name FROM zones WHERE experiment_id = :experiment"));
    query.bindValue(QStringLiteral(":experiment"), m_experimentId);
    query.exec();
    while (query.next())
        out.insert(query.value(1).toString(), query.value(0).toLongLong());
    return out;
}

MeasurementImportResult MeasurementImporter::run(MeasurementCsvReader &reader, const MeasurementCsvMapping &mapping,
                                                 const QString &fileName, const QByteArray &sha256Hex,
                                                 const MeasurementCsvReader::Progress &progress)
{
    return run(reader, mapping, fileName, QtFuture::makeReadyValueFuture(sha256Hex), progress);
}

MeasurementImportResult MeasurementImporter::run(MeasurementCsvReader &reader, const MeasurementCsvMapping &mapping,
                                                 const QString &fileName, QFuture<QByteArray> sha256Hex,
                                                 const MeasurementCsvReader::Progress &progress)
{
    MeasurementImportResult result;
    // Named by the file, since the command line and the window show this alone. Before the
    // rows are read: a file without rows says so whatever its columns are.
    const QString baseName = QFileInfo(fileName).fileName();
    if (reader.header().isEmpty()) {
        result.message = tr("%1 is empty.").arg(baseName);
        return result;
    }
    if (reader.preview(1).isEmpty()) {
        result.message = tr("%1 has no measurements: only a header.").arg(baseName);
        return result;
    }
    // Rows go from the reading thread to this one in chunks, as they are read.
    struct Chunk
    {
        QList<MeasurementCsvRow> rows;
        qint64 position = 0, total = 0;
    };
    QMutex mutex;
    QWaitCondition changed;
    QQueue<Chunk> chunks;
    bool readingDone = false;
    std::atomic_bool stop = false;
    bool readable = false;
    const QHash<QString, qint64> zoneIds = zones();
    const QHash<QString, MeasurementCsvMetric> metricCodes = metrics();
    // A thread of its own, not the pool's: the window already runs this import on the pool,
    // and a pool of one thread would never start the reader the writer waits for.
    std::unique_ptr<QThread> reading(QThread::create([&] {
        readable = reader.read(
            mapping, metricCodes, zoneIds,
            [&](QList<MeasurementCsvRow> &rows, qint64 position, qint64 total) {
                QMutexLocker lock(&mutex);
                chunks.enqueue({std::move(rows), position, total});
                changed.wakeAll();
                return !stop.load();
            },
            [&](qint64, qint64) { return !stop.load(); });
        QMutexLocker lock(&mutex);
        readingDone = true;
        changed.wakeAll();
    }));
    reading->start();
    const auto finishReading = [&] {
        stop = true;
        reading->wait();
    };
    const auto nextChunk = [&](Chunk *chunk) {
        QMutexLocker lock(&mutex);
        while (chunks.isEmpty() && !readingDone)
            changed.wait(&mutex);
        if (chunks.isEmpty())
            return false;
        *chunk = chunks.dequeue();
        return true;
    };

    // Every reference of every row is checked (the metric and zone ids come from their
    // tables and are looked up again at the end of the write, the batch is written here).
    const BulkWriteSettings bulkWrite(m_store);
    bool cancelled = false;
    bool badRows = false;
    qint64 written = 0;
    const bool ok = m_store.transact([&] {
        // The rows are written before the batch row, whose count they give; the batch gets
        // the next id, max + 1, since this transaction holds the write lock and the table
        // has no AUTOINCREMENT (0001).
        QSqlQuery next(m_store.database());
        if (!next.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM measurement_batches")) || !next.next())
            return m_store.fail(tr("Cannot write to %1: %2").arg(m_store.path(), next.lastError().text()));
        const qint64 batchId = next.value(0).toLongLong();
        next.finish();
        BulkInsert insert(m_store, QStringLiteral("measurements"),
                          {QStringLiteral("batch_id"), QStringLiteral("experiment_id"), QStringLiteral("metric_id"),
                           QStringLiteral("zone_id"), QStringLiteral("measured_at"), QStringLiteral("value"), QStringLiteral("seq")});
        QVariantList values(7);
        values[0] = batchId;
        values[1] = m_experimentId;
        QSet<qint64> importedMetrics, importedZones;
        qint64 lastMetric = 0, lastZone = 0;
        Chunk chunk;
        while (nextChunk(&chunk)) {
            for (const MeasurementCsvRow &row : std::as_const(chunk.rows)) {
                if (row.metricId != lastMetric)
                    importedMetrics.insert(lastMetric = row.metricId);
                if (row.zoneId > 0 && row.zoneId != lastZone)
                    importedZones.insert(lastZone = row.zoneId);
                values[2] = row.metricId;
                values[3] = row.zoneId > 0 ? QVariant(row.zoneId) : QVariant();
                values[4] = row.measuredAt;
                values[5] = row.value;
                values[6] = written++;
                if (insert.add(values) < 0)
                    return false;
            }
            if (progress && !progress(chunk.position, chunk.total)) {
                cancelled = true;
                return m_store.fail(tr("Import cancelled."));
            }
        }
        finishReading();
        if (!readable) {
            badRows = !reader.cancelled();
            cancelled = reader.cancelled();
            return m_store.fail(cancelled ? tr("Import cancelled.") : tr("The file has rows that cannot be imported."));
        }
        if (written == 0)
            return m_store.fail(tr("%1 has no measurements: only a header.").arg(baseName));
        if (!m_allowDuplicate) {
            const QDateTime before = importedBefore(m_store, m_experimentId, sha256Hex.result());
            if (before.isValid()) {
                result.duplicateOf = before;
                return m_store.fail(tr("%1 was already imported into this experiment on %2 (the same content): nothing was "
                                       "imported again.")
                                        .arg(baseName, DateFormat::shortDate(before.toLocalTime().date())));
            }
        }
        if (!referencesStillThere(importedMetrics, importedZones, zoneIds))
            return false;
        const QString source = QStringLiteral("csv sha256:") + QString::fromLatin1(sha256Hex.result());
        const qint64 inserted = m_store.insert(QStringLiteral("measurement_batches"),
                                               {{QStringLiteral("experiment_id"), m_experimentId},
                                                {QStringLiteral("source"), source},
                                                {QStringLiteral("file_name"), baseName},
                                                {QStringLiteral("row_count"), written}});
        if (inserted < 0)
            return false;
        if (inserted != batchId)
            return m_store.fail(tr("Cannot write to %1: the import's batch was numbered %2, not %3.").arg(m_store.path()).arg(inserted).arg(batchId));
        QVariantList metricIds;
        for (const qint64 id : std::as_const(importedMetrics))
            metricIds << id;
        if (!insert.finish(baseName + QLatin1Char(' ') + source,
                           {{QStringLiteral("experiment_id"), m_experimentId}, {QStringLiteral("batch_id"), batchId},
                            {QStringLiteral("metric_ids"), metricIds}}))
            return false;
        result.batchId = batchId;
        return true;
    });
    finishReading();   // the write may have stopped early: the reader is told, and waited for
    result.warnings = reader.warnings();
    result.moreWarnings = reader.moreWarnings();
    if (badRows) {
        result.errors = reader.errors();
        result.moreErrors = reader.moreErrors();
    }
    if (!ok) {
        result.cancelled = cancelled;
        result.batchId = 0;
        result.message = m_store.errorString();
        return result;
    }
    result.ok = true;
    result.rows = int(written);
    return result;
}

} // namespace citylab
