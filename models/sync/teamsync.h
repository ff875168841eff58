// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synccatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace citylab {

class PgConnection;
class Store;

// A change the server did not apply as sent: a field another desktop had changed first, an
// edit of a record deleted meanwhile, a stage move the merged state no longer allows...
struct SyncConflict
{
    qint64 id = 0;
    QString table;
    QString row;          // the record's uuid
    QString field;        // empty when the whole record is concerned
    QString kind;         // edited, deleted, delete_edited, parent_deleted, duplicate, renamed, move_refused
    QJsonValue server;    // what the server kept
    QJsonValue theirs;    // what the change wanted
    QString serverWho;    // who made the value the server kept
};

struct SyncOutcome
{
    bool joined = false;      // this file was joined to the server by this sync
    int pushed = 0;           // changes the server applied
    int repeated = 0;         // changes it had already (a push repeated after a crash)
    int pulled = 0;           // records this file took from the server
    QList<SyncConflict> conflicts;
    qint64 serverSeq = 0;     // how far this file has now pulled
};

// Syncs one store with a team server: push sends the change_log entries the server has not
// had (field values before and after, references as uuids) in one server transaction; pull
// applies, in one local transaction and through the Store (so views refresh and the audit
// trail names the server's author), the state of every record changed on the server since
// the last pull. A file joins a server empty (it takes the server's records) or as the first
// to fill an empty server.
class TeamSync
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TeamSync)
public:
    TeamSync(Store &store, PgConnection &server);

    // Push, then pull. Nothing is lost locally on failure: what was not pushed stays waiting.
    std::optional<SyncOutcome> run(QString *error);

    // A value as the server has it (a conflict's), as the store writes it: a reference
    // becomes the id this file gives the record it names.
    static std::optional<QVariant> localValue(const Store &store, const QString &table, const QString &field,
                                              const QJsonValue &value, QString *error);
    // The id this file gives the record with that uuid (-1: none).
    static qint64 localId(const Store &store, const QString &table, const QString &uuid);

    // Local changes not yet sent to the server.
    static std::optional<int> waitingChanges(const Store &store, QString *error);
    // The server this file is joined to (empty when none).
    static QString joinedServer(const Store &store);

    // Every synced record of the store or the server, as table -> uuid -> fields (references
    // as uuids, absent fields as null), and under "measurements" each batch's row count, sum
    // of values and rows with a zone: two stores in step have equal contents.
    using Contents = QMap<QString, QMap<QString, QJsonObject>>;
    static std::optional<Contents> localContents(Store &store, QString *error);
    static std::optional<Contents> serverContents(PgConnection &server, const Store &store, QString *error);

private:
    struct Pending;

    std::optional<SyncOutcome> runOnce(QString *error);
    bool load(QString *error);
    bool join(SyncOutcome &outcome, QString *error);
    bool push(SyncOutcome &outcome, QString *error);
    bool pull(SyncOutcome &outcome, QString *error);
    bool sendToServer(const QJsonArray &changes, SyncOutcome &outcome, QString *error);
    bool sendMeasurements(QString *error);
    bool sendBlobs(QString *error);
    // The bytes of files with these hashes: from this file when it has them, else from the
    // server (each fetched once).
    bool fetchBlobs(const QSet<QString> &hashes, QString *error);
    struct Batch
    {
        QString uuid, who;
        qint64 seq = 0;
    };
    bool receiveMeasurements(const QList<Batch> &batches, QString *error);

    QString state(const QString &key) const;
    bool setState(const QHash<QString, QString> &values);

    // References become uuids: as they are now, or (logId) as they were when that change_log
    // entry was written.
    std::optional<QJsonObject> toServer(const SyncedTable &table, const QJsonObject &local, QString *error,
                                        qint64 logId = 0);
    std::optional<QVariantMap> toLocal(const SyncedTable &table, const QJsonObject &server, QString *error);
    QString uuidOfId(const QString &table, qint64 id);
    QString uuidOfIdAt(const QString &table, qint64 id, qint64 logId);
    qint64 idOfUuid(const QString &table, const QString &uuid);
    std::optional<QList<QJsonObject>> tableRows(const SyncedTable &table, QString *error);

    Store &m_store;
    PgConnection &m_server;
    std::optional<SyncCatalog> m_catalog;
    QString m_replica;
    QHash<QString, QHash<qint64, QString>> m_uuids;   // table -> id -> uuid
    QSet<QString> m_sentBatches;                      // measurement batches in the push under way
    QSet<QString> m_sentBlobs;                        // sha256 of files in the push under way
    QHash<QString, QByteArray> m_blobs;               // files fetched for the pull under way
};

} // namespace citylab
