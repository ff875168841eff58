// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace citylab {

// A read-only connection of its own to a store's file, for a worker thread (a connection
// belongs to the thread that opened it): opened on construction, closed and removed on
// destruction. Waits up to five seconds for a writer.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const;   // why it did not open, in the user's words
    const QSqlDatabase &database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace citylab
