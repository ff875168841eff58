// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcode.h"

#include "store/store.h"
#include "store/storeread.h"

#include <QSqlQuery>

namespace citylab {

QString RecordCode::next(const Store &store, const QString &table, const QString &column, const QString &prefix,
                         int digits)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT max(CAST(substr(\"%1\", ?) AS INTEGER)) FROM \"%2\" WHERE \"%1\" LIKE ?").arg(column, table));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(QString(prefix + u'%'));
    const int last = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, digits, 10, QLatin1Char('0'));
}

QString RecordCode::nextExperiment(const Store &store, int year)
{
    return next(store, QStringLiteral("experiments"), QStringLiteral("code"), QStringLiteral("TCL-%1-").arg(year), 3);
}

QString RecordCode::nextRequest(const Store &store, int year)
{
    return next(store, QStringLiteral("regulatory_requests"), QStringLiteral("reference"),
                QStringLiteral("RR-%1-").arg(year), 4);
}

std::optional<qint64> RecordCode::experimentId(const Store &store, const QString &code, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM experiments WHERE code = :code"));
    query.bindValue(QStringLiteral(":code"), code);
    const qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    if (StoreRead::failed(query, store, error))
        return std::nullopt;
    return id;
}

std::optional<QString> RecordCode::protocolHolder(const Store &store, const QString &protocol, int year, qint64 exceptId,
                                                  QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT code FROM experiments WHERE trim(protocol_number) = trim(?)"
                             " AND substr(proposed_on, 1, 4) = ? AND id <> ? ORDER BY code LIMIT 1"));
    q.addBindValue(protocol);
    q.addBindValue(QString::number(year));
    q.addBindValue(exceptId);
    q.exec();
    const QString holder = q.next() ? q.value(0).toString() : QString();
    if (StoreRead::failed(q, store, error))
        return std::nullopt;
    return holder;
}

} // namespace citylab
