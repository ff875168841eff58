// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace citylab {

class Store;

// Where a file stands with its team server (sync_state: its server and replica ids, the
// last change sent and the last server change taken, the server's address): bookkeeping of
// sync, not records, so it is neither logged nor sent.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(citylab::SyncState)
public:
    static QString read(const Store &store, const QString &key);
    // Inside a Store::transact(); false with the store's error set.
    static bool write(Store &store, const QString &key, const QString &value);
};

} // namespace citylab
