// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace citylab {

class Store;

// A zone of an experiment that overlaps a city event's place (more than touching) on days of
// the event: the test must stop, move or agree with the organizer.
struct EventClash
{
    qint64 eventId = 0, zoneId = 0, experimentId = 0;
    QString eventName, eventKind, zoneName, experimentCode, experimentTitle;
    double overlapM2 = 0;
    QString from, to;   // ISO dates, inclusive: the days they share
};

// Finds clashes between city events and experiment zones: boxes that overlap from the
// zone_bounds R*Tree, active windows that share a day with the event's days (a zone without
// dates is active every day), then the GEOS intersection area. In a stable order: event's
// first day, event, experiment, zone.
class EventClashFinder
{
public:
    // With a valid day, only events and zones of that day. Empty with *error set when the
    // store could not be read.
    // With an experiment id, only that experiment's zones (its page).
    static QList<EventClash> find(const QSqlDatabase &db, const QDate &on = {}, QString *error = nullptr,
                                  qint64 experimentId = -1);
    static QList<EventClash> find(const Store &store, const QDate &on = {}, QString *error = nullptr, qint64 experimentId = -1);
    // The same on a read-only connection of its own, for a worker thread.
    static QList<EventClash> findInFile(const QString &path, const QDate &on = {}, QString *error = nullptr);
};

} // namespace citylab
