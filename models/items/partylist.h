// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace citylab {

class Store;

// The organizations taking part in an experiment (its partners) or in an agreement (its
// parties besides the City), one row per organization and record.
class PartyList
{
public:
    enum class Of { Experiment, Agreement };

    struct Party
    {
        qint64 id = -1;               // the row of experiment_partners or agreement_parties
        qint64 organizationId = -1;
        QString organization;
        QString role;                 // empty when none is given
    };

    // The table of the rows and the column naming their experiment or agreement.
    static QString table(Of of);
    static QString ownerColumn(Of of);

    // The parties of one experiment or agreement, by organization name.
    static std::optional<QList<Party>> load(const Store &store, Of of, qint64 ownerId, QString *error = nullptr);
    // Whether the organization already takes part, in a row other than exceptPartyId.
    static std::optional<bool> includes(const Store &store, Of of, qint64 ownerId, const QVariant &organizationId,
                                        qint64 exceptPartyId, QString *error = nullptr);
    // The name of a party's organization.
    static std::optional<QString> organizationName(const Store &store, Of of, qint64 partyId, QString *error = nullptr);
};

} // namespace citylab
