// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace citylab {

class PgConnection;
class Store;

// Every synced record of a store or of the server, as table -> uuid -> fields (references as
// uuids, absent fields as null), and under "measurements" each batch's row count, sum of
// values and rows with a zone: two stores in step have equal contents.
using SyncContents = QMap<QString, QMap<QString, QJsonObject>>;

class SyncContentsReader
{
    Q_DECLARE_TR_FUNCTIONS(citylab::SyncContentsReader)
public:
    static std::optional<SyncContents> local(Store &store, QString *error);
    // The server's, with the catalog of `store`'s schema.
    static std::optional<SyncContents> server(PgConnection &server, const Store &store, QString *error);
};

} // namespace citylab
