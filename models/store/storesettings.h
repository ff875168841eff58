// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// The office's settings kept in the store (table settings, one text value per key), so
// that every desktop of the office shares them; writes go through the Store and its log.
class StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(StoreSettings)

public:
    // No value when the key is not set or cannot be read.
    static std::optional<QString> value(const Store &store, const QString &key);
    // Writes nothing when the value is already there; an empty value with no row is not
    // written either.
    static bool setValue(Store &store, const QString &key, const QString &value);
};

} // namespace citylab
