// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/regulatoryclock.h"

#include <QDate>
#include <QList>
#include <QString>

namespace citylab {

class Store;

// One regulatory request with its procedure, read in one go.
struct RequestDetails
{
    struct Step { QDate on; QString status; QString note; };

    qint64 id = -1;
    QString reference, subject, kind, status, legalBasis, protocolNumber, decisionNumber, decisionNotes, body;
    QString authority, authorityPec, experimentCode, experimentTitle;
    QDate submittedOn, dueOn, suspendedOn, decidedOn;
    int statutoryDays = 0;
    int daysUsedBeforeSuspension = 0;
    bool requiredForActivation = true;
    int revisionCount = 0;
    QList<Step> steps;
    RegulatoryClock::State clock;   // the statutory clock at load time, from the steps

    bool isValid() const { return id >= 0; }
    static RequestDetails load(const Store &store, qint64 id);
};

} // namespace citylab
