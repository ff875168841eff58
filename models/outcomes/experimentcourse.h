// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <optional>

namespace citylab {

class Store;

// What really happened to an experiment, against its plan: the days it went live and ended
// (its dated moves), the first and last day measured, and where its tests ran (tracks, their
// points and excursions by kind). The final report compares them with the test plan.
struct ExperimentCourse
{
    QDate wentLiveOn, concludedOn;        // invalid when it has not (yet)
    QDate firstMeasuredOn, lastMeasuredOn;
    qint64 measurements = 0;
    int tracks = 0;
    qint64 trackPoints = 0;
    QDate firstTrackedOn, lastTrackedOn;
    int excursions = 0, outside = 0, outsideDates = 0, outsideHours = 0, tooHigh = 0;

    // Up to and including `until` (Rome's days); invalid: everything.
    static std::optional<ExperimentCourse> load(const Store &store, qint64 experimentId, QDate until = {}, QString *error = nullptr);
};

} // namespace citylab
