// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// The conditions imposed on an experiment by its approval, its agreements and its
// authorizations: what each asks, who answers for it, when it is due, whether it is met.
struct ExperimentCondition
{
    qint64 id = -1;
    QString text;
    QString imposedBy;     // in words: "the approval", "agreement “…”", "authorization RR-…"
    QDate imposedOn;       // the date of that act (of the record, when the act has none)
    bool blocking = true;
    QDate dueOn;
    QString responsible;
    QString evidence;      // the attached document's file name
    qint64 evidenceId = -1;
    QDate metOn;           // invalid while not met
    QString metBy;

    bool met() const { return metOn.isValid(); }
};

class ExperimentConditions
{
    Q_DECLARE_TR_FUNCTIONS(citylab::ExperimentConditions)
public:
    // Unmet first (soonest due first), then met. Nothing, with *error set, when the store
    // cannot be read.
    static std::optional<QList<ExperimentCondition>> load(const Store &store, qint64 experimentId, QString *error = nullptr);
    // The conditions that cite the attachment as their evidence (their texts).
    static std::optional<QStringList> citingEvidence(const Store &store, qint64 attachmentId, QString *error = nullptr);
};

} // namespace citylab
