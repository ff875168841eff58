// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace citylab {

class Store;

// One entry of a combo box: the value saved and the text shown.
struct Choice
{
    QVariant value;
    QString label;
    QVariant group;   // what narrows the list, where a list has it: a person's organization
};

// The lists the record forms and the pickers offer, read from the store. A read that
// fails gives no list (std::nullopt) and says why, so that it never looks like an empty one.
class ChoiceLists
{
public:
    enum List {
        None,
        Organizations,            // id, name
        Authorities,              // id, name: authorities and public bodies
        Experiments,              // id, "code — title"
        People,                   // id, "name (organization)", grouped by organization id
        Agreements,               // id, title, grouped by experiment id
        Requests,                 // id, "reference — subject", grouped by experiment id
        Attachments,              // id, file name, grouped by experiment id
        Calls,                    // id, name
        Metrics,                  // id, "code — name (unit)"
        Officers,                 // officer, officer: the officers named on experiments
        ExperimentOrganizations,  // name, name: the organizations that lead or join an experiment
        Zones,                    // id, name, grouped by experiment id
        Barriers,                 // id, "reference — title"
        Art36Requests,            // id, "reference — subject" of art. 36 requests, grouped by experiment id
    };

    static std::optional<QList<Choice>> load(const Store &store, List list, QString *error = nullptr);

    // For pickers that show or key experiments their own way.
    struct Experiment
    {
        qint64 id = -1;
        QString code;
        QString title;
        QVariant leadOrganizationId;   // null when no lead is recorded
    };
    // Every experiment, by code.
    static std::optional<QList<Experiment>> experiments(const Store &store, QString *error = nullptr);

    struct Metric
    {
        qint64 id = -1;
        QString code;
        QString name;
        QString unit;
    };
    // Every metric, by code.
    static std::optional<QList<Metric>> metrics(const Store &store, QString *error = nullptr);
};

} // namespace citylab
