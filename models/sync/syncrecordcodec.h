// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synccatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QVariant>

#include <optional>

namespace citylab {

class Store;

// Records as the team server has them and as the store has them: the server names a record
// and its references by uuid, the store by its own ids. Also the rows of a synced table in
// the server's form (what a file sends when it joins).
class SyncRecordCodec
{
    Q_DECLARE_TR_FUNCTIONS(citylab::SyncRecordCodec)
public:
    explicit SyncRecordCodec(Store &store);

    // References become uuids: as they are now, or (logId) as they were when that change_log
    // entry was written.
    std::optional<QJsonObject> toServer(const SyncedTable &table, const QJsonObject &local, QString *error,
                                        qint64 logId = 0);
    std::optional<QVariantMap> toLocal(const SyncedTable &table, const QJsonObject &server, QString *error);
    // Every row of the table in the server's form, each with its "uuid", by uuid.
    std::optional<QList<QJsonObject>> tableRows(const SyncedTable &table, QString *error);
    QString uuidOfId(const QString &table, qint64 id);

    // The id this file gives the record with that uuid (-1: none).
    static qint64 localId(const Store &store, const QString &table, const QString &uuid);
    // A value as the server has it (a conflict's), as the store writes it: a reference
    // becomes the id this file gives the record it names.
    static std::optional<QVariant> localValue(const Store &store, const QString &table, const QString &field,
                                              const QJsonValue &value, QString *error);
    // A JSON object stored as text (a change_log entry, a server record).
    static QJsonObject parseObject(const QVariant &text);
    static QJsonObject parseObject(QByteArrayView text);
    // A field's value here and the server's, compared as the server keeps them (JSON).
    static bool sameValue(const QVariant &mine, const QVariant &theirs);

private:
    QString uuidOfIdAt(const QString &table, qint64 id, qint64 logId);

    Store &m_store;
    QHash<QString, QHash<qint64, QString>> m_uuids;   // table -> id -> uuid, as they are now
};

} // namespace citylab
