// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkwritesettings.h"

#include "store.h"

#include <QSqlQuery>

namespace citylab {

namespace {

qint64 pragmaValue(const Store &store, const QString &name, qint64 fallback)
{
    QSqlQuery pragma(store.database());
    return pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next() ? pragma.value(0).toLongLong() : fallback;
}

void setPragma(const Store &store, const QString &name, qint64 value)
{
    QSqlQuery pragma(store.database());
    pragma.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value));
}

} // namespace

BulkWriteSettings::BulkWriteSettings(Store &store)
    : m_store(store)
    , m_foreignKeys(pragmaValue(store, QStringLiteral("foreign_keys"), 1))
    , m_cacheSize(pragmaValue(store, QStringLiteral("cache_size"), 0))
{
    setPragma(store, QStringLiteral("foreign_keys"), 0);
    setPragma(store, QStringLiteral("cache_size"), -262144);   // 256 MiB, taken only as used
}

BulkWriteSettings::~BulkWriteSettings()
{
    setPragma(m_store, QStringLiteral("foreign_keys"), m_foreignKeys);
    if (m_cacheSize != 0)
        setPragma(m_store, QStringLiteral("cache_size"), m_cacheSize);
}

} // namespace citylab
