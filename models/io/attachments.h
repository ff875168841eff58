// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace citylab {

class Store;

// Files kept inside the database (signed agreements, authorizations, reports), each with its
// SHA-256, so the store is one file that travels whole.
class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(citylab::Attachments)
public:
    static constexpr qint64 maximumSize = 200LL * 1024 * 1024;

    // Stores the file at `path` for an experiment; returns its id, or -1 with *error
    // naming the file and the reason.
    static qint64 add(Store &store, qint64 experimentId, const QString &path, QString *error);

    // Writes attachment `id` into `folder` under its own name (for the system viewer);
    // returns the path, or an empty string with *error.
    static QString extract(const Store &store, qint64 id, const QString &folder, QString *error);
};

} // namespace citylab
