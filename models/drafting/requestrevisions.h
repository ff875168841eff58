// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace citylab {

class Store;

// The saved versions of a request's text. Saving writes a new numbered revision and makes it
// the request's body; restoring an old one saves it again as the newest, so nothing is lost.
class RequestRevisions
{
    Q_DECLARE_TR_FUNCTIONS(citylab::RequestRevisions)
public:
    struct Revision
    {
        qint64 id = -1;
        int number = 0;
        QString body, author, note;
        QDateTime savedAt;   // UTC
    };

    static QList<Revision> list(const Store &store, qint64 requestId);   // newest first
    static Revision load(const Store &store, qint64 requestId, int number);

    // Returns the new revision's number, or 0 with *error. Saving the same text as the
    // latest revision is refused: it would only add noise to the list.
    static int save(Store &store, qint64 requestId, const QString &html, const QString &note, QString *error);
    static int restore(Store &store, qint64 requestId, int number, QString *error);
};

} // namespace citylab
