// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace citylab {

class PgConnection;
class Store;
class SyncRecordCodec;

// What travels beside the records: measurement rows (by COPY, with their batch) and the files
// of attachments (once per sha256). A push notes the batches and files it sends and calls
// send() in its server transaction; a pull fetches the files it needs before its local
// transaction and receives the rows of new batches inside it.
class SyncBulkTransfer
{
    Q_DECLARE_TR_FUNCTIONS(citylab::SyncBulkTransfer)
public:
    struct Batch
    {
        QString uuid, who;   // who made it, for the change log
        qint64 seq = 0;      // the server's sequence number of its record
    };

    SyncBulkTransfer(Store &store, PgConnection &server, SyncRecordCodec &codec);

    void noteBatch(const QString &uuid) { m_sentBatches.insert(uuid); }
    void noteFile(const QString &sha256) { m_sentBlobs.insert(sha256); }
    // The noted rows and files the server does not have yet; forgets them when done.
    bool send(QString *error);

    // The bytes of files with these hashes: from this file when it has them, else from the
    // server (each fetched once).
    bool fetchFiles(const QSet<QString> &hashes, QString *error);
    QByteArray file(const QString &sha256) const { return m_blobs.value(sha256); }
    bool receiveMeasurements(const QList<Batch> &batches, QString *error);

private:
    bool sendBlobs(QString *error);
    bool sendMeasurements(QString *error);

    Store &m_store;
    PgConnection &m_server;
    SyncRecordCodec &m_codec;
    QSet<QString> m_sentBatches;          // measurement batches in the push under way
    QSet<QString> m_sentBlobs;            // sha256 of files in the push under way
    QHash<QString, QByteArray> m_blobs;   // files fetched for the pull under way
};

} // namespace citylab
