// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace citylab {

class Store;

// Where a file's team server is and how to reach it: host, port, database, user, TLS mode
// and the certificate authority to trust. Kept in the file (sync_state), so each file knows
// its own server; the password is never kept here (the system keyring holds it).
struct TeamServerAddress
{
    QString host;
    int port = 5432;
    QString database = QStringLiteral("citylab");
    QString user;
    QString sslMode = QStringLiteral("verify-full");   // disable, prefer, require, verify-ca, verify-full
    QString caFile;                                     // empty: the system's authorities

    bool isValid() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty() && port > 0; }
    // A libpq connection string (values quoted as libpq wants).
    QString connectionString() const;
    // user@host:port/database, for messages and the keyring's entry.
    QString description() const;

    static TeamServerAddress load(const Store &store);
    bool save(Store &store) const;
};

} // namespace citylab
