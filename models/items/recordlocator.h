// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

class Store;

// Where a record is shown in the window: an experiment, organization, regulatory request or
// agreement page. A contact or zone is shown on its experiment's page (or, without one, on
// its organization's); a person on their organization's.
class RecordLocator
{
public:
    struct Place
    {
        QString table;   // experiments, organizations, regulatory_requests or agreements; empty when nowhere
        qint64 id = -1;
    };

    static Place placeOf(const Store &store, const QString &table, qint64 id);
};

} // namespace citylab
