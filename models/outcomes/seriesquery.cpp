// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesquery.h"

#include "store/readonlyconnection.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThread>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <limits>
#include <memory>

namespace citylab {

QList<MetricRef> SeriesQuery::metrics(qint64 experimentId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // The latest target wins when several are set for one metric.
    query.prepare(QStringLiteral(
        "SELECT m.id, m.code, m.name, m.unit, "
        " (SELECT t.value FROM targets t WHERE t.experiment_id = :e1 AND t.metric_id = m.id "
        "  ORDER BY t.due_on DESC, t.id DESC LIMIT 1) "
        "FROM metrics m WHERE m.id IN ("
        " SELECT DISTINCT metric_id FROM targets WHERE experiment_id = :e2"
        " UNION SELECT metric_id FROM (SELECT DISTINCT metric_id FROM measurements WHERE experiment_id = :e3)) "
        "ORDER BY m.name"));
    query.bindValue(QStringLiteral(":e1"), experimentId);
    query.bindValue(QStringLiteral(":e2"), experimentId);
    query.bindValue(QStringLiteral(":e3"), experimentId);
    QList<MetricRef> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        MetricRef metric;
        metric.id = query.value(0).toLongLong();
        metric.code = query.value(1).toString();
        metric.name = query.value(2).toString();
        metric.unit = query.value(3).toString();
        metric.hasTarget = !query.value(4).isNull();
        metric.target = query.value(4).toDouble();
        result.append(metric);
    }
    return result;
}

namespace {

// Points of one series in [from, to), appended to *out in time order; false when the read
// failed (*out may then hold part of it). Through SQLite's C API: a year of minute data is
// 525,600 rows, and QSqlQuery's QVariant per value made the read several times slower than
// the scan itself. The primary key is (experiment, metric, time, …) since 0006, so this is
// one range read in time order.
bool readRange(sqlite3 *db, qint64 experimentId, qint64 metricId, qint64 from, qint64 to, qint64 zoneId,
               QList<SeriesPoint> *out)
{
    QByteArray sql = "SELECT measured_at, value FROM measurements"
                     " WHERE experiment_id = ?1 AND metric_id = ?2 AND measured_at >= ?3 AND measured_at < ?4";
    if (zoneId > 0)
        sql += " AND zone_id = ?5";
    sql += " ORDER BY measured_at";
    sqlite3_stmt *statement = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return false;
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    sqlite3_bind_int64(statement, 1, experimentId);
    sqlite3_bind_int64(statement, 2, metricId);
    sqlite3_bind_int64(statement, 3, from);
    sqlite3_bind_int64(statement, 4, to);
    if (zoneId > 0)
        sqlite3_bind_int64(statement, 5, zoneId);
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        out->append({sqlite3_column_int64(statement, 0), sqlite3_column_double(statement, 1)});
    return step == SQLITE_DONE;
}

// The integer a statement gives, its parameters bound in order to experiment, metric, from
// and to; nullopt when it failed or gave NULL.
std::optional<qint64> integer(sqlite3 *db, const char *sql, qint64 experimentId = 0, qint64 metricId = 0,
                              qint64 from = 0, qint64 to = 0)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    const int parameters = sqlite3_bind_parameter_count(statement);
    const qint64 values[] = {experimentId, metricId, from, to};
    for (int i = 0; i < parameters && i < 4; ++i)
        sqlite3_bind_int64(statement, i + 1, values[i]);
    if (sqlite3_step(statement) != SQLITE_ROW || sqlite3_column_type(statement, 0) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(statement, 0);
}

// A statement of this connection stepped and not finished keeps its read transaction, and
// so the state it began in, open.
bool readStillOpen(sqlite3 *db)
{
    for (sqlite3_stmt *statement = sqlite3_next_stmt(db, nullptr); statement; statement = sqlite3_next_stmt(db, statement))
        if (sqlite3_stmt_busy(statement))
            return true;
    return false;
}

Q_LOGGING_CATEGORY(lcSeries, "citylab.series")

} // namespace

QList<SeriesPoint> SeriesQuery::points(qint64 experimentId, qint64 metricId, qint64 from, qint64 to,
                                       qint64 zoneId) const
{
    sqlite3 *db = m_store.sqliteHandle();
    if (to <= 0)
        to = std::numeric_limits<qint64>::max();
    QList<SeriesPoint> result;
    if (!db)
        return result;
    // A long series (a year of minutes) is read in two halves at once, the later one on a
    // thread of its own with a read-only connection: on two cores the read takes about half
    // as long. Only outside a transaction (the other connection would not see what this one
    // has not committed, and a read still open here would keep its older state), only for a
    // file, and only when the experiment's batches hold enough rows to be worth a connection
    // (~1 ms to open).
    constexpr qint64 RowsWorthTwoReaders = 100000;
    const qint64 rows = sqlite3_get_autocommit(db) && !readStillOpen(db) && QFileInfo(m_store.path()).isFile()
        ? integer(db, "SELECT coalesce(sum(row_count), 0) FROM measurement_batches WHERE experiment_id = ?1",
                  experimentId).value_or(0)
        : 0;
    if (rows >= RowsWorthTwoReaders) {
        const std::optional<qint64> first = integer(
            db, "SELECT min(measured_at) FROM measurements WHERE experiment_id = ?1 AND metric_id = ?2 AND measured_at >= ?3 AND measured_at < ?4",
            experimentId, metricId, from, to);
        const std::optional<qint64> last = integer(
            db, "SELECT max(measured_at) FROM measurements WHERE experiment_id = ?1 AND metric_id = ?2 AND measured_at >= ?3 AND measured_at < ?4",
            experimentId, metricId, from, to);
        const std::optional<qint64> versionBefore = integer(db, "PRAGMA data_version");
        if (first && last && *last > *first && versionBefore) {
            const qint64 middle = *first + (*last - *first) / 2 + 1;
            QList<SeriesPoint> later;
            bool laterRead = false;
            const QString path = m_store.path();
            std::unique_ptr<QThread> reader(QThread::create([&] {
                const ReadOnlyConnection connection(path);
                laterRead = connection.isOpen()
                    && readRange(Store::sqliteHandleOf(connection.database()), experimentId, metricId, middle, to, zoneId, &later);
            }));
            reader->start();
            const bool earlierRead = readRange(db, experimentId, metricId, from, middle, zoneId, &result);
            reader->wait();
            // Another connection's commit between the two reads would join halves of two
            // different states: the whole series is then read again here.
            if (earlierRead && laterRead && integer(db, "PRAGMA data_version") == versionBefore) {
                qCDebug(lcSeries, "read in two halves: %lld + %lld points", qint64(result.size()), qint64(later.size()));
                result.append(later);
                return result;
            }
            result.clear();
        }
    }
    if (!readRange(db, experimentId, metricId, from, to, zoneId, &result))
        result.clear();   // a half-read series is not the series
    return result;
}

std::optional<QList<ExperimentRef>> SeriesQuery::experiments(QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT id, code, title FROM experiments e WHERE EXISTS (SELECT 1 FROM targets t WHERE t.experiment_id = e.id) "
        "OR EXISTS (SELECT 1 FROM measurements m WHERE m.experiment_id = e.id) ORDER BY code"));
    QList<ExperimentRef> experiments;
    while (query.next())
        experiments.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    if (StoreRead::failed(query, m_store, error))
        return std::nullopt;
    return experiments;
}

std::optional<QList<ZoneRef>> SeriesQuery::zones(qint64 experimentId, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name FROM zones WHERE experiment_id = :experiment ORDER BY name"));
    query.bindValue(QStringLiteral(":experiment"), experimentId);
    QList<ZoneRef> zones;
    if (query.exec())
        while (query.next())
            zones.append({query.value(0).toLongLong(), query.value(1).toString()});
    if (StoreRead::failed(query, m_store, error))
        return std::nullopt;
    return zones;
}

std::optional<QList<ExperimentRef>> SeriesQuery::experimentsSharing(qint64 experimentId, qint64 metricId, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // Along the (experiment, metric) index: a probe per experiment, not a scan of every measurement.
    query.prepare(QStringLiteral(
        "SELECT id, code, title FROM experiments e WHERE id <> :experiment AND ("
        " EXISTS (SELECT 1 FROM measurements m WHERE m.experiment_id = e.id AND m.metric_id = :metric)"
        " OR EXISTS (SELECT 1 FROM targets t WHERE t.experiment_id = e.id AND t.metric_id = :metric2)) "
        "ORDER BY code"));
    query.bindValue(QStringLiteral(":experiment"), experimentId);
    query.bindValue(QStringLiteral(":metric"), metricId);
    query.bindValue(QStringLiteral(":metric2"), metricId);
    QList<ExperimentRef> experiments;
    if (query.exec())
        while (query.next())
            experiments.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    if (StoreRead::failed(query, m_store, error))
        return std::nullopt;
    return experiments;
}

std::optional<QPair<qint64, qint64>> SeriesQuery::measuredSpan(qint64 experimentId, qint64 metricId, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT min(measured_at), max(measured_at) FROM measurements "
                                 "WHERE experiment_id = :experiment AND metric_id = :metric"));
    query.bindValue(QStringLiteral(":experiment"), experimentId);
    query.bindValue(QStringLiteral(":metric"), metricId);
    QPair<qint64, qint64> span{0, 0};
    if (query.exec() && query.next() && !query.value(0).isNull())
        span = {query.value(0).toLongLong(), query.value(1).toLongLong()};
    if (StoreRead::failed(query, m_store, error))
        return std::nullopt;
    return span;
}

} // namespace citylab
