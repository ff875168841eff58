// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

struct pg_conn;
struct pg_result;

namespace citylab {

// The rows of a PostgreSQL answer: text values, a null QVariant for SQL NULL.
struct PgRows
{
    QStringList columns;
    QList<QVariantList> rows;

    int column(const QString &name) const { return int(columns.indexOf(name)); }
};

// One row of an answer read as it arrives: each value the server's text, not copied.
class PgRowView
{
public:
    PgRowView(const pg_result *result, int row) : m_result(result), m_row(row) {}
    bool isNull(int column) const;
    QByteArrayView value(int column) const;

private:
    const pg_result *m_result;
    int m_row;
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
    // The rows of a large answer handed to `row` in chunks as they arrive, without a copy of
    // each value (a clone's 325,000 records). False from `row` stops handing them over (the
    // rest is received and dropped) and is returned, with the caller's reason left to say.
    bool forEachRow(const QString &sql, const QVariantList &params, const std::function<bool(const PgRowView &row)> &row);
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
    // The failed answer's message (a "citylab: " prefix dropped) and SQLSTATE, or libpq's.
    bool failWith(const pg_result *result);

    pg_conn *m_conn = nullptr;
    QString m_error;
    QString m_sqlState;
};

} // namespace citylab
