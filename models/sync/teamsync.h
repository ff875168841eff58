// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncbulktransfer.h"
#include "synccatalog.h"
#include "syncrecordcodec.h"

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
    Q_DECLARE_TR_FUNCTIONS(citylab::SyncConflict)
public:
    // A value of a conflict as people read it: text as it is, numbers as written, "(empty)".
    static QString text(const QJsonValue &value);

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
    bool viewer = false;      // the login may read the team's records, not change them
    int pushed = 0;           // changes the server applied
    int repeated = 0;         // changes it had already (a push repeated after a crash)
    int pulled = 0;           // records this file took from the server
    int erased = 0;           // records whose personal data this push erased on the server
    int erasedHere = 0;       // records erased elsewhere whose values this pull removed here
    QList<SyncConflict> conflicts;
    qint64 serverSeq = 0;     // how far this file has now pulled
    QString notice;           // what went well but not all the way (an erasure's clean-up)
};

// Syncs one store with a team server: push sends the change_log entries the server has not
// had (field values before and after, references as uuids) in one server transaction; pull
// applies, in one local transaction and through the Store (so views refresh and the audit
// trail names the server's author), the state of every record changed on the server since
// the last pull. A file joins a server empty (it takes the server's records) or as the first
// to fill an empty server. A person erased in one file is erased on the server with the
// next push and in every other file with its next pull, history included.
class TeamSync
{
    Q_DECLARE_TR_FUNCTIONS(citylab::TeamSync)
public:
    TeamSync(Store &store, PgConnection &server);

    // Push, then pull. Nothing is lost locally on failure: what was not pushed stays waiting.
    std::optional<SyncOutcome> run(QString *error);

    // Local changes not yet sent to the server.
    static std::optional<int> waitingChanges(const Store &store, QString *error);
    // The server this file is joined to (empty when none).
    static QString joinedServer(const Store &store);
    // Makes `store` refuse changes of records, with the reason, when its last sync found its
    // user a viewer of the team server, so that no edit is made that the server would refuse;
    // allows them again when the last sync found an editor.
    static void followRole(Store &store);

private:
    struct Pending;
    // A record as a pull receives it: its state on the server.
    struct Incoming
    {
        QString uuid;
        QJsonObject data;
        bool deleted = false;
        qint64 seq = 0;
        QString who;
    };
    using Received = QHash<QString, QList<Incoming>>;   // by table
    // A record whose fields a desktop erased since this file last pulled (this one too: a file
    // restored from a backup has its own erasures to make again).
    struct Erasure
    {
        QString table;
        QString row;
        QStringList fields;
        QString who;
        qint64 seq = 0;
        QString replica;   // the desktop that erased
    };

    std::optional<SyncOutcome> runOnce(QString *error);
    // Whether the server's login may change the team's records (citylab_editor or above).
    static std::optional<bool> mayEdit(PgConnection &server, QString *error);
    bool load(QString *error);
    bool join(SyncOutcome &outcome, QString *error);
    bool push(SyncOutcome &outcome, QString *error);
    bool pull(SyncOutcome &outcome, QString *error);
    bool clone(const Received &byTable, qint64 pulledSeq, SyncOutcome &outcome, QString *error);
    bool apply(const Received &byTable, const QList<Erasure> &erasures, qint64 pulledSeq, SyncOutcome &outcome,
               QString *error);
    std::optional<QList<Erasure>> receivedErasures(qint64 after, qint64 upTo, QString *error);
    // `applied` gets the erasures this file had not made already.
    bool applyErasures(const Received &byTable, const QList<Erasure> &erasures, QList<Erasure> *applied, QString *error);
    bool forgetErasedHistory(const QList<Erasure> &erasures);
    std::optional<QVariantMap> lastKnownValues(const QString &table, const QString &uuid);
    void rewriteErasedTables(SyncOutcome &outcome);
    std::optional<QJsonObject> erasedValues(const SyncedTable &table, const QString &row, const QJsonObject &entry,
                                            qint64 logId, QString *error);
    // `changes`: each a JSON object, as text
    bool sendToServer(const QList<QByteArray> &changes, SyncOutcome &outcome, QString *error);
    QString state(const QString &key) const;
    bool setState(const QHash<QString, QString> &values);

    Store &m_store;
    PgConnection &m_server;
    std::optional<SyncCatalog> m_catalog;
    QString m_replica;
    SyncRecordCodec m_codec;
    SyncBulkTransfer m_transfer;
    // The server's last change after a push of edits and new records that met nothing new on
    // the server and no conflict: what the server then holds is what this file holds.
    qint64 m_serverHoldsFileAt = 0;
};

} // namespace citylab
