// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zone.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace citylab {

class Store;

// Reads zones with their experiment's facts, geometry parsed on all cores. A zone whose
// stored outline cannot be read is not dropped silently: it is named in unreadable.
class ZoneReader
{
public:
    struct Result
    {
        bool ok = true;
        QString error;            // why the store could not be read, when !ok
        QList<Zone> zones;        // by id
        QStringList unreadable;   // names of the zones left out
        QList<qint64> unreadableIds;
    };

    static Result all(const Store &store);
    static Result withIds(const Store &store, const QSet<qint64> &ids);
    static Result ofExperiment(const Store &store, qint64 experimentId);
    static Result ofExperiments(const Store &store, const QSet<qint64> &experimentIds);
    // The zones of experiments at a stage of the pipeline (say, the active ones for a report).
    static Result ofStage(const Store &store, const QString &stage);

private:
    static Result read(const Store &store, const QString &where, const QVariantMap &bindings = {});
};

} // namespace citylab
