// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// One call as its page shows it: dates, checklist, criteria with weights, committee.
struct CallDetails
{
    struct Item { qint64 id = -1; QString text; };
    struct Criterion { qint64 id = -1; QString name; double weight = 0; };
    struct Member { qint64 id = -1; QString name; QString organization; QString role; };

    qint64 id = -1;
    QString name;
    QString notes;
    QDate openedOn, closedOn;
    QList<Item> checklist;
    QList<Criterion> criteria;
    QList<Member> committee;

    double totalWeight() const;

    // Nothing, with *error set, when the store cannot be read; an invalid call (id -1) when
    // there is none with this id.
    static std::optional<CallDetails> load(const Store &store, qint64 callId, QString *error = nullptr);
};

} // namespace citylab
