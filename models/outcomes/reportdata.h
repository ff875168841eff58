// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// What the portfolio and experiment reports read from the store besides the figures,
// series, targets and deadlines other classes give. Dates are ISO text as stored (the
// report writes them in the reader's language); a read that fails gives std::nullopt and
// *error, so that a report is never written as if the store were empty.
class ReportData
{
public:
    // The period's bounds, ISO dates, both included.
    struct Period
    {
        QString from;
        QString to;
    };

    struct KeyFigures
    {
        int experiments = 0;
        int active = 0;
        int started = 0;            // start_on in the period
        int signedAgreements = 0;   // signed_on in the period
        int decisions = 0;          // regulatory requests decided in the period
    };
    static std::optional<KeyFigures> keyFigures(const Store &store, const Period &period, QString *error = nullptr);

    struct DomainRow
    {
        QString domain;
        int experiments = 0;
        int active = 0;
        int concluded = 0;   // concluded or evaluated
    };
    // Every domain with experiments, the largest first.
    static std::optional<QList<DomainRow>> domains(const Store &store, QString *error = nullptr);

    struct ActiveExperiment
    {
        QString code, title, domain, lead, startOn, endOn;
    };
    // The experiments active now, by code.
    static std::optional<QList<ActiveExperiment>> activeExperiments(const Store &store, QString *error = nullptr);

    struct Experiment
    {
        qint64 id = -1;   // -1: no experiment has the code
        QString code, title, summary, domain, stage, stageSince, lead, officer, startOn, endOn, protocolNumber;
        QString trl;      // empty when not assessed
    };
    static std::optional<Experiment> experiment(const Store &store, const QString &code, QString *error = nullptr);

    struct Partner
    {
        QString name, role;
    };
    static std::optional<QList<Partner>> partners(const Store &store, qint64 experimentId, QString *error = nullptr);

    struct Agreement
    {
        QString title, kind, status, signedOn, validTo;
    };
    // By signature date.
    static std::optional<QList<Agreement>> agreements(const Store &store, qint64 experimentId, QString *error = nullptr);

    struct StatusChange
    {
        QString on, reference, authority, fromStatus, toStatus, note;
    };
    // The status changes of the experiment's regulatory requests in the period, in date
    // order (as its contacts are: a report of last year does not list this year's steps).
    static std::optional<QList<StatusChange>> regulatoryHistory(const Store &store, qint64 experimentId, const Period &period,
                                                                QString *error = nullptr);

    struct Interaction
    {
        QString occurredOn, kind, organization, summary;
    };
    // The contacts logged about the experiment in the period, in date order.
    static std::optional<QList<Interaction>> interactions(const Store &store, qint64 experimentId, const Period &period,
                                                          QString *error = nullptr);
};

} // namespace citylab
