// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace citylab {

class Store;

// The contacts logged about one record (an experiment, an organization, an agreement, a
// request: whatever column of interactions names it), the latest first.
class ContactLog
{
public:
    struct Entry
    {
        qint64 id = -1;
        QDate occurredOn;
        QString kind;
        QString summary;
        QDate followUpOn;          // invalid when no follow-up is due
        bool followUpDone = false;
    };

    // No entries when interactions has no such column.
    static std::optional<QList<Entry>> load(const Store &store, const QString &ownerColumn, qint64 ownerId,
                                            QString *error = nullptr);
};

} // namespace citylab
