// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// The admissibility check of a proposal: each item of its call's checklist, and whether the
// office found it met, not met, or has not checked it yet.
class Admissibility
{
    Q_DECLARE_TR_FUNCTIONS(citylab::Admissibility)
public:
    struct Item
    {
        qint64 itemId = -1;
        QString text;
        QString outcome;      // "met", "not_met", or empty: not checked yet
        qint64 checkId = -1;  // the admissibility_checks row, when checked
        QString note;
    };

    QList<Item> items;

    // Nothing, with *error set, when the store cannot be read. No items when the proposal
    // came through no call or its call has no checklist.
    static std::optional<Admissibility> load(const Store &store, qint64 experimentId, QString *error = nullptr);

    int unchecked() const;
    QStringList notMet() const;   // the text of each item found not met
    bool isAdmissible() const { return unchecked() == 0 && notMet().isEmpty(); }
};

} // namespace citylab
