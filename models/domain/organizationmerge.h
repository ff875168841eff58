// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace citylab {

class Store;

// Merges a duplicate organization into the one that survives: every reference (contacts,
// experiments led, partnerships, agreement parties, requests addressed, contacts log,
// attachments) moves to the survivor, the survivor's empty fields take the duplicate's
// values, and the duplicate is deleted — all in one transaction, all in the change log.
class OrganizationMerge
{
    Q_DECLARE_TR_FUNCTIONS(citylab::OrganizationMerge)
public:
    // Returns the number of references moved, or -1 with store.lastError() set.
    static int merge(Store &store, qint64 survivorId, qint64 duplicateId);
};

} // namespace citylab
