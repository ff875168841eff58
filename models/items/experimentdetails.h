// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace citylab {

class Store;

// Everything the case manager shows about one experiment, read in one go.
struct ExperimentDetails
{
    struct Partner { QString name; QString role; };
    struct Transition { QDate on; QString fromStage; QString toStage; QString by; QString note = {}; };
    struct Agreement { qint64 id; QString title; QString kind; QString status; QDate validTo; };
    struct Request { qint64 id; QString reference; QString authority; QString subject; QString status; QDate dueOn; };
    struct Interaction { qint64 id; QDate on; QString kind; QString summary; QString with; QDate followUp; bool followUpDone = false; };

    qint64 id = -1;
    QString code, title, summary, domain, stage, officer, protocolNumber, determinaNumber, lead;
    QDate stageSince, proposedOn, startOn, endOn, approvedOn;
    int trl = 0;
    QList<Partner> partners;
    QList<Transition> history;
    QList<Agreement> agreements;
    QList<Request> requests;
    int zoneCount = 0;
    QDate zonesFrom, zonesTo;
    QList<Interaction> interactions;   // the latest first
    struct Attachment { qint64 id; QString fileName; qint64 size; QString addedAt; };
    QList<Attachment> attachments;
    struct Metric { QString code; QString name; QString unit; QString direction; int count; double last; double target; bool hasTarget; };
    QList<Metric> metrics;
    int interactionCount = 0;
    QDate lastInteraction;

    bool isValid() const { return id >= 0; }
    // interactionLimit < 0 loads every contact, for the full timeline.
    static ExperimentDetails load(const Store &store, qint64 id, int interactionLimit = 15);
};

} // namespace citylab
