// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

class Store;

// The office that signs the letters: its letterhead, PEC and signatory, kept in the
// settings table so that every user of the database writes on the same paper.
struct OfficeSettings
{
    QString name, address, city, pec, logoPath, signatoryName, signatoryRole;

    static OfficeSettings load(const Store &store);
    bool save(Store &store) const;   // one transaction; Store::errorString() says why not
};

} // namespace citylab
