// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

struct sqlite3;
class QSqlDatabase;
class QSqlError;

namespace citylab {

// What went wrong with the last failed Store call, in words a user can act on.
struct StoreError
{
    QString table;
    QString field;   // empty when the error is not about one field
    QString message;
};

// The one door to a CityLab database file. It opens (refusing foreign files), creates and
// migrates the schema, and every change goes through insert/update/remove or BulkInsert,
// which validate, write, record the change in change_log and announce it with
// recordsChanged() once the outermost transaction commits.
class Store : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode {
        CreateIfMissing,
        OpenExisting,
        Inspect,    // existing file, never upgraded: for checks that must not change it
    };

    static constexpr quint32 applicationId = 0x43594C42; // "CYLB"

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    bool open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // For reads: models and reports query the connection directly.
    QSqlDatabase database() const;
    sqlite3 *sqliteHandle() const;
    // The SQLite handle under any QSQLITE connection (null for another driver or closed).
    static sqlite3 *sqliteHandleOf(const QSqlDatabase &database);

    StoreError lastError() const { return m_error; }
    QString errorString() const { return m_error.message; }

    // Who is named in the change log; defaults to the operating-system user.
    void setUserName(const QString &name) { m_user = name; }
    QString userName() const { return m_user; }

    // Refuses every change of a record with `reason` (a viewer of a team server may read but
    // not change the team's records); an empty reason allows changes again. This desktop's
    // own settings stay writable.
    void setReadOnlyReason(const QString &reason);
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // Marks the writes that follow as the team server's (a pull): their change_log entries name
    // the server's author and carry the server's sequence number, so they are not sent back.
    // A serverSeq of 0 returns to local writes.
    void setChangeSource(const QString &who, qint64 serverSeq) { m_changeSource = {who, serverSeq}; }

    // Returns the new row's id, or -1 (see lastError()). uuid, created_at and updated_at
    // are filled in unless given.
    qint64 insert(const QString &table, QVariantMap values);
    bool update(const QString &table, qint64 id, const QVariantMap &values);
    bool remove(const QString &table, qint64 id);

    // Overwrites fields of one record and forgets what they were (erasure of personal data):
    // the record gets `values`, every change_log entry of the record loses those fields' old
    // and new values, and one entry of kind 'erase' records when, by whom and which fields,
    // without values. Unlike update() it cannot be undone, by design.
    bool erase(const QString &table, qint64 id, const QVariantMap &values);
    // The history part of erase() alone, for a record no longer in the file (deleted here
    // before the erasure made elsewhere arrived): its entries lose those fields' values.
    bool forgetFieldsInHistory(const QString &table, const QString &uuid, const QStringList &fields);
    // Replaces each of `texts` by `replacement` wherever the change log holds it, in the old
    // and new values of every record (erasure: a contact's summary that named a person
    // before it was edited). Inside or outside a transaction.
    bool forgetInHistory(const QStringList &texts, const QString &replacement);
    // Leaves nothing of deleted or overwritten values in the file: merges the full-text
    // index (whose segments keep deleted words until merged), rebuilds the file (VACUUM) and
    // empties the write-ahead log. Outside any transaction; takes as long as copying the file.
    bool compact();

    // Runs work in one transaction (nested calls become savepoints). work returns false to
    // roll back; recordsChanged() is emitted once, after the outermost commit.
    bool transact(const std::function<bool()> &work);

    // A record of a bulk write (demo data, imports) as one change_log entry; `details` (the
    // experiment and batch of a measurement import, say) go into the entry and the ChangeSet.
    bool logImport(const QString &table, int rowCount, const QString &source, const QVariantMap &details = {});

    QVariantMap record(const QString &table, qint64 id) const;
    QStringList columns(const QString &table) const { return m_columns.value(table); }

    // Whether the file is known to be damaged: SQLite reported a damaged page to this process
    // and a quick check of this file confirmed it. A damaged store takes no more writes.
    bool isDamaged() const;
    QString damageMessage() const;

    // How long a write waits for another program (a second window, the CLI, an import)
    // to finish writing before giving up; waitingForWriter() is emitted after a second.
    void setWriteWaitLimit(int milliseconds) { m_writeWaitLimitMs = milliseconds; }
    int writeWaitLimit() const { return m_writeWaitLimitMs; }

    // Polls PRAGMA data_version so that a change made by another connection (a second
    // window, the CLI, a worker thread) is announced too: what it changed is read from the
    // change_log entries written since the last look.
    void watchExternalChanges(int intervalMs = 500);
    // Looks for other connections' changes now (the poll's work).
    void checkExternalChanges() { pollDataVersion(); }

    // Records why an operation failed and returns false: for work passed to transact().
    bool fail(const QString &message, const QString &table = {}, const QString &field = {});

    static QString nowUtc();
    static QString newUuid();

signals:
    // What a commit of this store, or other connections' commits, changed.
    void changed(const citylab::ChangeSet &changes);
    // The same, as the names of the tables changed; empty when anything may have changed.
    void recordsChanged(const QStringList &tables);
    // The store began or stopped refusing changes of records (see setReadOnlyReason).
    void readOnlyChanged(bool readOnly);
    // A write has waited a second for another program writing to the file, and goes on waiting.
    void waitingForWriter();
    // SQLite met a damaged page while this store read or wrote (emitted once).
    void damageFound(const QString &message);

private:
    bool checkFileBeforeOpening(const QString &path, bool *creating);
    bool configureConnection(bool creating, OpenMode mode);
    bool loadColumns();
    bool checkWritable(const QString &table, const QVariantMap &values, bool inserting);
    // The record as it is now; false with the error set when it is gone or unreadable.
    bool readExisting(const QString &table, qint64 id, QVariantMap *current);
    // UPDATE of the given fields (and updated_at), without logging.
    bool writeFields(const QString &table, qint64 id, QVariantMap values);
    bool writeChangeLog(const QString &table, const QString &rowUuid, const QString &action,
                        const QVariantMap &before, const QVariantMap &after);
    void markChanged(const QString &table, const QString &action, qint64 id, const QString &uuid);
    void announce(const ChangeSet &changes);
    ChangeSet readExternalChanges();
    void rememberLogPosition();
    void pollDataVersion();
    static int busyHandler(void *store, int attempt);
    void warnAboutOpenReads() const;
    bool failFromSql(const QString &table, const QSqlError &error);

    friend class BulkInsert;

    QString m_connectionName;
    std::unique_ptr<QSqlDatabase> m_db;   // a pointer, so that Qt SQL stays out of this header
    QString m_path;
    QString m_user;
    struct ChangeSource { QString who; qint64 serverSeq = 0; } m_changeSource;
    QString m_readOnlyReason;
    mutable StoreError m_error;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QSet<QString>> m_requiredColumns;
    int m_transactionDepth = 0;
    ChangeSet m_pending;
    qint64 m_lastLogId = 0;        // the last change_log entry seen
    QString m_lastLogUuid;         // its uuid: another one there means the file was replaced
    QSet<qint64> m_ownLogIds;      // entries this store wrote after m_lastLogId
    QTimer m_dataVersionTimer;
    qint64 m_dataVersion = -1;
    int m_writeWaitLimitMs = 20000;
    QElapsedTimer m_busyTimer;
    bool m_announcedWaiting = false;
    mutable quint64 m_corruptionReportsSeen = 0;
    mutable bool m_damaged = false;
    bool m_registered = false;
    bool m_damageAnnounced = false;
};

} // namespace citylab
