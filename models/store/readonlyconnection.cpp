// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlyconnection.h"

#include "sqlerrortext.h"

#include <QSqlError>
#include <QUuid>

namespace citylab {

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
    : m_name(QStringLiteral("citylab-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    m_db.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString ReadOnlyConnection::errorString() const
{
    return SqlErrorText::describe(m_db.lastError());
}

} // namespace citylab
