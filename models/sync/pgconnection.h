// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

struct pg_conn;

namespace citylab {

// The rows of a PostgreSQL answer: text values, a null QVariant for SQL NULL.
struct PgRows
{
    QStringList columns;
    QList<QVariantList> rows;

    int column(const QString &name) const { return int(columns.indexOf(name)); }
};

// One connection to a PostgreSQL server through libpq: parameterised queries, COPY, and
// errors that say which server and why (libpq's message plus the SQLSTATE code, so that a
// refused right is told from a lost connection).
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(citylab::PgConnection)
public:
    PgConnection();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // `url` is a libpq connection string or postgresql:// URI (host, port, dbname, user,
    // sslmode, sslrootcert...); a password, when given, is passed beside it, never in it.
    bool open(const QString &url, const QString &password = {});
    void close();
    bool isOpen() const;

    // With no params, `sql` may hold several statements (a migration script).
    std::optional<PgRows> query(const QString &sql, const QVariantList &params = {});
    bool exec(const QString &sql, const QVariantList &params = {});
    // A statement with a text parameter $1 and a binary one $2 (a file's bytes, sent as they are).
    bool execWithBytes(const QString &sql, const QString &text, const QByteArray &bytes);
    // The bytes of the first column of the first row (binary format), or nothing.
    std::optional<QByteArray> fetchBytes(const QString &sql, const QString &text);

    // COPY ... FROM STDIN with `data` in COPY's text format.
    bool copyIn(const QString &copySql, const QByteArray &data);
    // COPY ... TO STDOUT: each line (text format, without its newline) goes to `line`, which
    // returns false to stop.
    bool copyOut(const QString &copySql, const std::function<bool(const QByteArray &line)> &line);

    QString errorString() const { return m_error; }
    QString errorCode() const { return m_sqlState; }   // SQLSTATE, e.g. 42501
    bool lastErrorIsPermission() const { return m_sqlState == QLatin1String("42501"); }
    bool lastErrorIsConnection() const;

    QString serverDescription() const;  // user@host:port/dbname, for messages
    QString userName() const;
    // A password in the server's own SCRAM form, for CREATE ROLE ... PASSWORD.
    QString encryptPassword(const QString &password, const QString &user);

private:
    bool fail(const QString &message, const QString &sqlState = {});

    pg_conn *m_conn = nullptr;
    QString m_error;
    QString m_sqlState;
};

} // namespace citylab
