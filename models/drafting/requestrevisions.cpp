// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestrevisions.h"

#include "store/store.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace citylab {

namespace {

RequestRevisions::Revision read(const QSqlQuery &q)
{
    RequestRevisions::Revision r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toInt();
    r.body = q.value(2).toString();
    r.author = q.value(3).toString();
    r.note = q.value(4).toString();
    r.savedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    r.savedAt.setTimeZone(QTimeZone::UTC);
    return r;
}

const QString columns = QStringLiteral("SELECT id, revision, body, author, note, created_at FROM request_revisions");

} // namespace

QList<RequestRevisions::Revision> RequestRevisions::list(const Store &store, qint64 requestId)
{
    QList<Revision> result;
    QSqlQuery q(store.database());
    q.prepare(columns + QStringLiteral(" WHERE request_id = :id ORDER BY revision DESC"));
    q.bindValue(QStringLiteral(":id"), requestId);
    if (q.exec())
        while (q.next())
            result << read(q);
    return result;
}

RequestRevisions::Revision RequestRevisions::load(const Store &store, qint64 requestId, int number)
{
    QSqlQuery q(store.database());
    q.prepare(columns + QStringLiteral(" WHERE request_id = :id AND revision = :n"));
    q.bindValue(QStringLiteral(":id"), requestId);
    q.bindValue(QStringLiteral(":n"), number);
    return q.exec() && q.next() ? read(q) : Revision();
}

int RequestRevisions::save(Store &store, qint64 requestId, const QString &html, const QString &note, QString *error)
{
    int number = 0;
    const bool ok = store.transact([&] {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT coalesce(max(revision), 0),"
                                 " (SELECT body FROM request_revisions WHERE request_id = :id ORDER BY revision DESC LIMIT 1)"
                                 " FROM request_revisions WHERE request_id = :id"));
        q.bindValue(QStringLiteral(":id"), requestId);
        if (!q.exec() || !q.next())
            return store.fail(tr("The revisions of the request cannot be read."), QStringLiteral("request_revisions"));
        if (q.value(0).toInt() > 0 && q.value(1).toString() == html)
            return store.fail(tr("The text has not changed since revision %1.").arg(q.value(0).toInt()), QStringLiteral("request_revisions"));
        number = q.value(0).toInt() + 1;
        if (store.insert(QStringLiteral("request_revisions"),
                         {{QStringLiteral("request_id"), requestId},
                          {QStringLiteral("revision"), number},
                          {QStringLiteral("body"), html},
                          {QStringLiteral("author"), store.userName()},
                          {QStringLiteral("note"), note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())}}) < 0)
            return false;
        return store.update(QStringLiteral("regulatory_requests"), requestId, {{QStringLiteral("body"), html}});
    });
    if (!ok) {
        *error = store.errorString();
        return 0;
    }
    return number;
}

int RequestRevisions::restore(Store &store, qint64 requestId, int number, QString *error)
{
    const Revision old = load(store, requestId, number);
    if (old.id < 0) {
        *error = tr("Revision %1 of the request does not exist.").arg(number);
        return 0;
    }
    return save(store, requestId, old.body, tr("Restored from revision %1").arg(number), error);
}

} // namespace citylab
