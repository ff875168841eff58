// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QUndoStack;

namespace citylab {

class Store;

// The rules of metric definitions that a form cannot know by itself: how a code is written,
// that it is not taken, and that a metric with measurements stays (deleting it would take
// the partners' data with it).
class MetricCatalog
{
    Q_DECLARE_TR_FUNCTIONS(citylab::MetricCatalog)
public:
    // What is wrong with a code as written (capital letters, digits and underscores,
    // starting with a letter, as in NET_LATENCY_MS), or an empty string.
    static QString codeProblem(const QString &code);
    // Which other metric (not exceptId) already has the code, as a sentence; empty if none.
    static QString codeTaken(const Store &store, const QString &code, qint64 exceptId);

    // Along the (experiment, metric) index: milliseconds even with millions of measurements.
    static bool hasMeasurements(const Store &store, qint64 metricId);
    static qint64 measurementCount(const Store &store, qint64 metricId);
    // Measurements per metric id, on a connection of its own to the database at `path`, so
    // that a worker thread can count millions of rows while the window stays responsive.
    static QHash<qint64, qint64> measurementCounts(const QString &path);
    static int targetCount(const Store &store, qint64 metricId);
    // Why the metric cannot be deleted, or an empty string when it can.
    static QString deletionRefusal(const Store &store, qint64 metricId);

    // Deletes the metric with its targets as one step on `undo` (undo brings both back).
    // False with store.lastError() set, and nothing changed, when it is refused.
    static bool remove(Store &store, QUndoStack &undo, qint64 metricId);
};

} // namespace citylab
