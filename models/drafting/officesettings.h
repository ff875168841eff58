// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace citylab {

class Store;

// The office that signs the letters: its letterhead, PEC and signatory, kept in the
// settings table so that every user of the database writes on the same paper.
struct OfficeSettings
{
    QString name, address, city, pec, logoPath, signatoryName, signatoryRole;

    static OfficeSettings load(const Store &store);
    QList<std::pair<QString, QString>> entries() const;   // settings key and value of each field
    bool save(Store &store) const;   // one transaction; Store::errorString() says why not
};

} // namespace citylab
