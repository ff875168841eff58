// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace citylab {

class Store;

// The documents a request of each kind must carry (a derogation needs a risk assessment, a
// drone authorization the operator's registration and insurance...). An item is satisfied
// by a document attached to the request for it. Submitting with items missing is allowed,
// but only with a reason, which is written in the submission step and so in the change log.
class RequestChecklist
{
    Q_DECLARE_TR_FUNCTIONS(citylab::RequestChecklist)
public:
    struct Item
    {
        QString key;
        QString label;
        QList<qint64> attachmentIds;
        QStringList fileNames;
        bool done() const { return !attachmentIds.isEmpty(); }
    };

    // The items for a kind of request; drone experiments ask what EU 2019/947 asks.
    static QList<Item> itemsFor(const QString &kind, const QString &experimentDomain);
    static QList<Item> load(const Store &store, qint64 requestId);
    static QStringList missing(const Store &store, qint64 requestId);   // labels

    // Attaches the file at `path` to the request for `itemKey`; returns its id or -1.
    static qint64 attach(Store &store, qint64 requestId, const QString &itemKey, const QString &path, QString *error);

    // Marks the request submitted on `on`. With items missing, `reason` is required and is
    // recorded with the list of what was missing.
    static bool submit(Store &store, qint64 requestId, const QDate &on, const QString &note, const QString &reason,
                       QString *error);
    static QString submissionNote(const QStringList &missing, const QString &note, const QString &reason);
};

} // namespace citylab
