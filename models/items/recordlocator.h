// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

class Store;

// Where a record is shown in the window: an experiment, organization or regulatory request
// page. An agreement, contact or zone is shown on its experiment's page (or, without one,
// on its organization's); a person on their organization's.
class RecordLocator
{
public:
    struct Place
    {
        QString table;   // experiments, organizations or regulatory_requests; empty when nowhere
        qint64 id = -1;
    };

    static Place placeOf(const Store &store, const QString &table, qint64 id);
};

} // namespace citylab
