// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace citylab {

class Store;

// A stored value as people read it, for change histories and the question asked when an
// edit meets someone else's: dates in the locale, keys of closed lists as their labels,
// references as the record they point to (an organization's name, an experiment's code)
// and flags as yes or no. Anything else is shown as it is.
class FieldValues
{
    Q_DECLARE_TR_FUNCTIONS(citylab::FieldValues)
public:
    static QString readable(const Store &store, const QString &table, const QString &field, const QVariant &value);
};

} // namespace citylab
