// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserveraddress.h"

#include "store/store.h"
#include "syncstate.h"

#include <QSqlQuery>

namespace citylab {

namespace {

QString quoted(QString value)
{
    value.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

const QStringList keys = {
    QStringLiteral("pg_host"), QStringLiteral("pg_port"), QStringLiteral("pg_database"),
    QStringLiteral("pg_user"), QStringLiteral("pg_sslmode"), QStringLiteral("pg_sslrootcert"),
};

} // namespace

QString TeamServerAddress::connectionString() const
{
    QString text = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=%5")
                       .arg(quoted(host)).arg(port).arg(quoted(database), quoted(user), quoted(sslMode));
    if (!caFile.isEmpty())
        text += QStringLiteral(" sslrootcert=") + quoted(caFile);
    return text;
}

QString TeamServerAddress::description() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

TeamServerAddress TeamServerAddress::load(const Store &store)
{
    TeamServerAddress address;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT key, value FROM sync_state WHERE key LIKE 'pg\\_%' ESCAPE '\\'")))
        return address;
    while (query.next()) {
        const QString key = query.value(0).toString(), value = query.value(1).toString();
        if (key == QLatin1String("pg_host"))
            address.host = value;
        else if (key == QLatin1String("pg_port"))
            address.port = value.toInt();
        else if (key == QLatin1String("pg_database"))
            address.database = value;
        else if (key == QLatin1String("pg_user"))
            address.user = value;
        else if (key == QLatin1String("pg_sslmode"))
            address.sslMode = value;
        else if (key == QLatin1String("pg_sslrootcert"))
            address.caFile = value;
    }
    return address;
}

bool TeamServerAddress::save(Store &store) const
{
    const QStringList values = {host, QString::number(port), database, user, sslMode, caFile};
    return store.transact([&] {
        for (int i = 0; i < keys.size(); ++i)
            if (!SyncState::write(store, keys.at(i), values.at(i)))
                return false;
        return true;
    });
}

} // namespace citylab
