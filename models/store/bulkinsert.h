// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

struct sqlite3_stmt;

namespace citylab {

class Store;

// Fast inserts of many rows into one table through SQLite's C API (about twice QtSql's
// rate, DESIGN.md). Use it inside Store::transact(); finish() records the whole batch as
// one 'import' entry in the change log. uuid/created_at/updated_at are filled in when the
// table has them and the caller's columns do not.
class BulkInsert
{
public:
    BulkInsert(Store &store, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Returns the new row's id, or -1 with store.lastError() set.
    qint64 add(const QVariantList &values);
    // `details` (the experiment, the batch) go into the change log and the ChangeSet.
    bool finish(const QString &source, const QVariantMap &details = {});
    int count() const { return m_count; }

private:
    Store &m_store;
    QString m_table;
    sqlite3_stmt *m_statement = nullptr;
    int m_columnCount = 0;
    bool m_addUuid = false;
    bool m_addStamps = false;
    QByteArray m_now;
    int m_count = 0;
};

} // namespace citylab
