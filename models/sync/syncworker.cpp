// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace citylab {

SyncWorker::SyncWorker(const QString &path)
    : m_path(path)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::setServer(const QString &connectionString, const QString &password, const QString &userName)
{
    m_connection = connectionString;
    m_password = password;
    m_userName = userName;
    m_server.close();
}

void SyncWorker::markResolved(const QList<qint64> &conflictIds)
{
    m_resolved << conflictIds;
}

void SyncWorker::syncNow()
{
    SyncReport report = run();
    report.at = QDateTime::currentDateTimeUtc();
    if (m_store) {
        QString ignored;
        report.waiting = TeamSync::waitingChanges(*m_store, &ignored).value_or(0);
    }
    emit finished(report);
}

SyncReport SyncWorker::run()
{
    SyncReport report;
    if (!m_store) {
        m_store = std::make_unique<Store>();
        if (!m_store->open(m_path, Store::OpenMode::OpenExisting)) {
            report.error = m_store->errorString();
            m_store.reset();
            return report;
        }
        m_store->setWriteWaitLimit(5000);
    }
    if (m_connection.isEmpty()) {
        report.error = tr("No team server is set for this file.");
        return report;
    }
    // A connection lost (the server restarted, the laptop slept) is opened again.
    if (!m_server.isOpen() && !m_server.open(m_connection, m_password)) {
        report.error = m_server.errorString();
        return report;
    }
    report.reachable = true;
    m_store->setUserName(m_userName.isEmpty() ? m_server.userName() : m_userName);

    TeamSync sync(*m_store, m_server);
    QString error;
    const std::optional<SyncOutcome> outcome = sync.run(&error);
    if (!outcome) {
        report.error = error;
        report.reachable = m_server.isOpen() && !m_server.lastErrorIsConnection();
        if (!report.reachable)
            m_server.close();
        return report;
    }
    report.outcome = *outcome;
    report.viewer = outcome->viewer;   // the sync asked the server, and noted it in the file
    for (const qint64 id : std::as_const(m_resolved))
        m_server.exec(QStringLiteral("SELECT citylab.resolve_conflict($1)"), {id});
    m_resolved.clear();
    const std::optional<PgRows> open = m_server.query(QStringLiteral(
        "SELECT id, table_name, row_uuid, field, kind, server_value, their_value, server_who FROM citylab.conflicts "
        "WHERE resolved_at IS NULL AND who = current_user ORDER BY id"));
    if (!open) {
        report.error = m_server.errorString();
        return report;
    }
    const auto json = [](const QVariant &text) {
        if (text.isNull())
            return QJsonValue(QJsonValue::Null);
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + text.toString().toUtf8() + "]").array();
        return wrapped.isEmpty() ? QJsonValue(QJsonValue::Null) : wrapped.first();
    };
    for (const QVariantList &row : open->rows)
        report.openConflicts << SyncConflict{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                                             row.value(3).toString(), row.value(4).toString(), json(row.value(5)),
                                             json(row.value(6)), row.value(7).toString()};
    report.ok = true;
    return report;
}

} // namespace citylab
