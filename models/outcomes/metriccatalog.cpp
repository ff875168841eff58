// SPDX-License-Identifier: GPL-3.0-or-later
#include "metriccatalog.h"

#include "store/readonlyconnection.h"

#include "store/store.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

namespace citylab {

namespace {

const QString metricsTable = QStringLiteral("metrics");
const QString targetsTable = QStringLiteral("targets");

qint64 scalar(const Store &store, const QString &sql, const QVariant &bound)
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> targetIds(const Store &store, qint64 metricId)
{
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM targets WHERE metric_id = ? ORDER BY id"));
    q.addBindValue(metricId);
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

// Deletes the metric found by uuid and its targets, refusing while it has measurements.
bool removeNow(Store &store, const QString &uuid)
{
    return store.transact([&] {
        const qint64 id = scalar(store, QStringLiteral("SELECT id FROM metrics WHERE uuid = ?"), uuid);
        if (id <= 0)
            return store.fail(MetricCatalog::tr("The metric no longer exists (it may have been deleted meanwhile)."),
                              metricsTable);
        if (const QString refusal = MetricCatalog::deletionRefusal(store, id); !refusal.isEmpty())
            return store.fail(refusal, metricsTable);
        // one by one through the Store, so the change log keeps each target, not a cascade
        for (const qint64 target : targetIds(store, id))
            if (!store.remove(targetsTable, target))
                return false;
        return store.remove(metricsTable, id);
    });
}

QVariantMap withoutId(QVariantMap record)
{
    record.remove(QStringLiteral("id"));
    return record;
}

// Deleting a metric takes its targets along; undoing puts both back, the targets pointing
// at the metric's new id (uuids stay the same, ids may not).
class RemoveMetricCommand : public QUndoCommand
{
public:
    RemoveMetricCommand(Store &store, const QVariantMap &metric, const QList<QVariantMap> &targets, const QString &text)
        : QUndoCommand(text), m_store(store), m_metric(metric), m_targets(targets)
    {
    }
    void redo() override
    {
        if (m_done && !removeNow(m_store, m_metric.value(QStringLiteral("uuid")).toString()))
            setObsolete(true);
        m_done = true;
    }
    void undo() override
    {
        const bool restored = m_store.transact([this] {
            const qint64 id = m_store.insert(metricsTable, m_metric);
            if (id < 0)
                return false;
            for (QVariantMap target : std::as_const(m_targets)) {
                target.insert(QStringLiteral("metric_id"), id);
                if (m_store.insert(targetsTable, target) < 0)
                    return false;
            }
            return true;
        });
        if (!restored)
            setObsolete(true);
    }

private:
    Store &m_store;
    QVariantMap m_metric;
    QList<QVariantMap> m_targets;
    bool m_done = false;
};

} // namespace

QString MetricCatalog::codeProblem(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]{1,31}$"));
    if (pattern.match(code).hasMatch())
        return {};
    return tr("Write the code in capital letters, digits and underscores, starting with a letter "
              "(2 to 32 characters, e.g. NET_LATENCY_MS).");
}

QString MetricCatalog::codeTaken(const Store &store, const QString &code, qint64 exceptId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT name FROM metrics WHERE upper(code) = upper(?) AND id <> ?"));
    q.addBindValue(code);
    q.addBindValue(exceptId);
    if (q.exec() && q.next())
        return tr("The code %1 is already used by the metric “%2”.").arg(code, q.value(0).toString());
    return {};
}

// Measurements are indexed by experiment first: naming the experiments lets SQLite use the
// index instead of reading the whole table.
bool MetricCatalog::hasMeasurements(const Store &store, qint64 metricId)
{
    return scalar(store, QStringLiteral("SELECT EXISTS (SELECT 1 FROM measurements WHERE experiment_id IN"
                                        " (SELECT id FROM experiments) AND metric_id = ?)"), metricId) != 0;
}

qint64 MetricCatalog::measurementCount(const Store &store, qint64 metricId)
{
    return scalar(store, QStringLiteral("SELECT count(*) FROM measurements WHERE experiment_id IN"
                                        " (SELECT id FROM experiments) AND metric_id = ?"), metricId);
}

QHash<qint64, qint64> MetricCatalog::measurementCounts(const QString &path)
{
    QHash<qint64, qint64> counts;
    const ReadOnlyConnection connection(path);
    if (connection.isOpen()) {
        QSqlQuery q(connection.database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT metric_id, count(*) FROM measurements GROUP BY metric_id")))
            while (q.next())
                counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return counts;
}

int MetricCatalog::targetCount(const Store &store, qint64 metricId)
{
    return int(scalar(store, QStringLiteral("SELECT count(*) FROM targets WHERE metric_id = ?"), metricId));
}

QString MetricCatalog::deletionRefusal(const Store &store, qint64 metricId)
{
    if (!hasMeasurements(store, metricId))
        return {};
    const qint64 measured = measurementCount(store, metricId);
    const qint64 experiments = scalar(store, QStringLiteral("SELECT count(*) FROM experiments e WHERE EXISTS"
                                                            " (SELECT 1 FROM measurements x WHERE x.experiment_id = e.id"
                                                            "  AND x.metric_id = ?)"), metricId);
    const QString code = store.record(metricsTable, metricId).value(QStringLiteral("code")).toString();
    // %n cannot carry a 64-bit count: the number is formatted by the locale instead
    return tr("%1 cannot be deleted: it has %2 measurements in %n experiment(s), which would be lost with it. "
              "Edit its name or description instead.", nullptr, int(experiments))
        .arg(code, QLocale().toString(measured));
}

bool MetricCatalog::remove(Store &store, QUndoStack &undo, qint64 metricId)
{
    const QVariantMap metric = store.record(metricsTable, metricId);
    if (metric.isEmpty())
        return store.fail(tr("The metric no longer exists (it may have been deleted meanwhile)."), metricsTable);
    QList<QVariantMap> targets;
    for (const qint64 target : targetIds(store, metricId))
        targets.append(withoutId(store.record(targetsTable, target)));
    if (!removeNow(store, metric.value(QStringLiteral("uuid")).toString()))
        return false;
    undo.push(new RemoveMetricCommand(store, withoutId(metric), targets,
                                      tr("Delete metric %1").arg(metric.value(QStringLiteral("code")).toString())));
    return true;
}

} // namespace citylab
