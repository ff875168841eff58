// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinsert.h"

#include "store.h"

#include <QSqlError>

#include <QCoreApplication>

#include <sqlite3.h>

namespace citylab {

BulkInsert::BulkInsert(Store &store, const QString &table, const QStringList &columns)
    : m_store(store)
    , m_table(table)
    , m_columnCount(int(columns.size()))
{
    const QStringList known = store.columns(table);
    QStringList names = columns;
    m_addUuid = known.contains(QLatin1String("uuid")) && !columns.contains(QLatin1String("uuid"));
    m_addStamps = known.contains(QLatin1String("created_at")) && !columns.contains(QLatin1String("created_at"));
    if (m_addUuid)
        names << QStringLiteral("uuid");
    if (m_addStamps)
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
    m_now = Store::nowUtc().toUtf8();
    const QString sql = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                            .arg(table, names.join(u','), QStringList(names.size(), QStringLiteral("?")).join(u','));
    if (sqlite3_prepare_v3(store.sqliteHandle(), sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        store.fail(QCoreApplication::translate("citylab::BulkInsert", "Cannot write to %1: %2")
                       .arg(table, QString::fromUtf8(sqlite3_errmsg(store.sqliteHandle()))), table);
        m_statement = nullptr;
    }
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

qint64 BulkInsert::add(const QVariantList &values)
{
    if (!m_statement)
        return -1;
    Q_ASSERT(values.size() == m_columnCount);
    int index = 1;
    for (const QVariant &value : values) {
        if (value.isNull()) {
            sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool:
                sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                    SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text64(m_statement, index, text.constData(), sqlite3_uint64(text.size()),
                                    SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            }
        }
        ++index;
    }
    if (m_addUuid) {
        const QByteArray uuid = Store::newUuid().toUtf8();
        sqlite3_bind_text(m_statement, index++, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
    }
    if (m_addStamps) {
        sqlite3_bind_text(m_statement, index++, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_statement, index++, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    }
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        m_store.failFromSql(m_table, QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_store.sqliteHandle())),
                                               QSqlError::StatementError, QString::number(rc)));
        return -1;
    }
    ++m_count;
    return sqlite3_last_insert_rowid(m_store.sqliteHandle());
}

bool BulkInsert::finish(const QString &source, const QVariantMap &details)
{
    return m_statement && m_store.logImport(m_table, m_count, source, details);
}

} // namespace citylab
