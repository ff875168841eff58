// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace citylab {

class Store;

// Files kept inside the database (signed agreements, authorizations, reports), each with its
// SHA-256, so the store is one file that travels whole.
class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(citylab::Attachments)
public:
    static constexpr qint64 maximumSize = 200LL * 1024 * 1024;

    // The columns of a new attachments row holding the file at `path` (name, type, size,
    // sha256, content), or an empty map with *error naming the file and the reason.
    static QVariantMap readFile(const QString &path, QString *error);
    // The same for bytes already read.
    static QVariantMap columns(const QString &fileName, const QByteArray &data);

    // Stores the file at `path` for an experiment; returns its id, or -1 with *error
    // naming the file and the reason.
    static qint64 add(Store &store, qint64 experimentId, const QString &path, QString *error);
    // The same for any owner: ownerColumn is experiment_id, agreement_id or request_id.
    static qint64 add(Store &store, const QString &ownerColumn, qint64 ownerId, const QString &path, QString *error);

    // The documents of one owner, oldest first.
    struct Document
    {
        qint64 id = -1;
        QString fileName;
        qint64 size = 0;
        QString addedAt;   // ISO UTC, as created_at
    };
    static QList<Document> list(const Store &store, const QString &ownerColumn, qint64 ownerId);

    // The bytes of attachment `id`, checked against its SHA-256, and its file name; false with
    // *error when it is gone or damaged.
    static bool content(const Store &store, qint64 id, QByteArray *data, QString *fileName, QString *error);
    // Writes attachment `id` into `folder` under its own name (for the system viewer);
    // returns the path, or an empty string with *error.
    static QString extract(const Store &store, qint64 id, const QString &folder, QString *error);
};

} // namespace citylab
