// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace citylab {

namespace {

// Notices (a REVOKE of a role not granted, say) are not errors: libpq would print them on
// standard error.
void ignoreNotice(void *, const char *)
{
}

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// Query parameters as libpq takes them: UTF-8 text, a null pointer for NULL.
class ParamTexts
{
public:
    explicit ParamTexts(const QVariantList &params)
    {
        m_texts.reserve(params.size());
        for (const QVariant &param : params) {
            if (param.isNull()) {
                m_pointers.push_back(nullptr);
                continue;
            }
            // bytes are UTF-8 text already (a push's JSON): sent as they are, not converted twice
            m_texts.push_back(param.typeId() == QMetaType::Bool         ? QByteArray(param.toBool() ? "true" : "false")
                              : param.typeId() == QMetaType::QByteArray ? param.toByteArray()
                                                                        : param.toString().toUtf8());
            m_pointers.push_back(m_texts.back().constData());
        }
    }
    int count() const { return int(m_pointers.size()); }
    const char *const *pointers() const { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_texts;
    std::vector<const char *> m_pointers;
};

QString trimmedMessage(const char *text)
{
    return QString::fromUtf8(text).trimmed().replace(QLatin1String("\n"), QLatin1String(" "));
}

} // namespace

PgConnection::PgConnection() = default;

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QString &url, const QString &password)
{
    close();
    const QByteArray dbname = url.toUtf8();
    const QByteArray secret = password.toUtf8();
    std::vector<const char *> keys{"dbname", "application_name", "connect_timeout"};
    std::vector<const char *> values{dbname.constData(), "citylab", "10"};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(secret.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!m_conn)
        return fail(tr("Cannot reach the team server: out of memory."));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString reason = trimmedMessage(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        return fail(tr("Cannot connect to the team server: %1").arg(reason), QStringLiteral("08001"));
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    m_error.clear();
    m_sqlState.clear();
    return true;
}

void PgConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::lastErrorIsConnection() const
{
    return m_sqlState.startsWith(QLatin1String("08")) || m_sqlState.startsWith(QLatin1String("57P"))
        || (m_conn && PQstatus(m_conn) != CONNECTION_OK);
}

bool PgConnection::fail(const QString &message, const QString &sqlState)
{
    m_error = message;
    m_sqlState = sqlState;
    return false;
}

std::optional<PgRows> PgConnection::query(const QString &sql, const QVariantList &params)
{
    if (!m_conn) {
        fail(tr("Not connected to the team server."), QStringLiteral("08003"));
        return std::nullopt;
    }
    const ParamTexts texts(params);
    const QByteArray command = sql.toUtf8();
    // Without parameters, the simple protocol: a script of several statements runs too.
    Result result(params.isEmpty() ? PQexec(m_conn, command.constData())
                                   : PQexecParams(m_conn, command.constData(), texts.count(), nullptr,
                                                  texts.pointers(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        failWith(result.get());
        return std::nullopt;
    }
    PgRows rows;
    const int columns = PQnfields(result.get());
    for (int c = 0; c < columns; ++c)
        rows.columns << QString::fromUtf8(PQfname(result.get(), c));
    const int count = PQntuples(result.get());
    rows.rows.reserve(count);
    for (int r = 0; r < count; ++r) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << (PQgetisnull(result.get(), r, c)
                        ? QVariant()
                        : QVariant(QString::fromUtf8(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c))));
        rows.rows << row;
    }
    m_error.clear();
    m_sqlState.clear();
    return rows;
}

bool PgConnection::failWith(const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString message = primary ? QString::fromUtf8(primary) : trimmedMessage(PQerrorMessage(m_conn));
    if (message.startsWith(QLatin1String("citylab: ")))
        message = message.mid(9);
    return fail(message, state ? QString::fromLatin1(state) : QStringLiteral("08006"));
}

bool PgConnection::forEachRow(const QString &sql, const QVariantList &params,
                              const std::function<bool(const PgRowView &row)> &row)
{
    if (!m_conn)
        return fail(tr("Not connected to the team server."), QStringLiteral("08003"));
    const ParamTexts texts(params);
    if (!PQsendQueryParams(m_conn, sql.toUtf8().constData(), texts.count(), nullptr, texts.pointers(), nullptr, nullptr, 0))
        return failWith(nullptr);
#ifdef LIBPQ_HAS_CHUNK_MODE
    PQsetChunkedRowsMode(m_conn, 1000);
#else
    PQsetSingleRowMode(m_conn);
#endif
    bool wanted = true, ok = true;
    // every result is taken, whatever happened, so that the connection is ready for the next
    while (PGresult *raw = PQgetResult(m_conn)) {
        const Result result(raw);
        switch (PQresultStatus(raw)) {
#ifdef LIBPQ_HAS_CHUNK_MODE
        case PGRES_TUPLES_CHUNK:
#endif
        case PGRES_SINGLE_TUPLE:
        case PGRES_TUPLES_OK:
            for (int r = 0; wanted && ok && r < PQntuples(raw); ++r)
                wanted = row(PgRowView(raw, r));
            break;
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY:
            break;   // no rows
        default:
            ok = ok && failWith(raw);
        }
    }
    if (ok && wanted) {
        m_error.clear();
        m_sqlState.clear();
    }
    return ok && wanted;
}

bool PgRowView::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column);
}

QByteArrayView PgRowView::value(int column) const
{
    return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

bool PgConnection::execWithBytes(const QString &sql, const QString &text, const QByteArray &bytes)
{
    if (!m_conn)
        return fail(tr("Not connected to the team server."), QStringLiteral("08003"));
    const QByteArray command = sql.toUtf8(), first = text.toUtf8();
    const char *values[] = {first.constData(), bytes.constData()};
    const int lengths[] = {int(first.size()), int(bytes.size())};
    const int formats[] = {0, 1};
    Result result(PQexecParams(m_conn, command.constData(), 2, nullptr, values, lengths, formats, 0));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        return fail(trimmedMessage(PQerrorMessage(m_conn)), state ? QString::fromLatin1(state) : QStringLiteral("08006"));
    }
    return true;
}

std::optional<QByteArray> PgConnection::fetchBytes(const QString &sql, const QString &text)
{
    if (!m_conn) {
        fail(tr("Not connected to the team server."), QStringLiteral("08003"));
        return std::nullopt;
    }
    const QByteArray command = sql.toUtf8(), first = text.toUtf8();
    const char *values[] = {first.constData()};
    Result result(PQexecParams(m_conn, command.constData(), 1, nullptr, values, nullptr, nullptr, 1));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        fail(trimmedMessage(PQerrorMessage(m_conn)), state ? QString::fromLatin1(state) : QStringLiteral("08006"));
        return std::nullopt;
    }
    if (PQntuples(result.get()) == 0)
        return std::nullopt;
    return QByteArray(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0));
}

bool PgConnection::exec(const QString &sql, const QVariantList &params)
{
    return query(sql, params).has_value();
}

bool PgConnection::copyIn(const QString &copySql, const QByteArray &data)
{
    if (!m_conn)
        return fail(tr("Not connected to the team server."), QStringLiteral("08003"));
    Result start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        return fail(trimmedMessage(PQerrorMessage(m_conn)), QStringLiteral("08006"));
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += chunk) {
        if (PQputCopyData(m_conn, data.constData() + at, int(qMin(chunk, data.size() - at))) != 1)
            return fail(trimmedMessage(PQerrorMessage(m_conn)), QStringLiteral("08006"));
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return fail(trimmedMessage(PQerrorMessage(m_conn)), QStringLiteral("08006"));
    bool ok = true;
    while (PGresult *raw = PQgetResult(m_conn)) {
        Result result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK) {
            const char *state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
            ok = fail(QString::fromUtf8(PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY)),
                      state ? QString::fromLatin1(state) : QString());
        }
    }
    return ok;
}

bool PgConnection::copyOut(const QString &copySql, const std::function<bool(const QByteArray &line)> &line)
{
    if (!m_conn)
        return fail(tr("Not connected to the team server."), QStringLiteral("08003"));
    Result start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_OUT) {
        const char *state = start ? PQresultErrorField(start.get(), PG_DIAG_SQLSTATE) : nullptr;
        return fail(trimmedMessage(PQerrorMessage(m_conn)), state ? QString::fromLatin1(state) : QStringLiteral("08006"));
    }
    bool wanted = true;
    for (;;) {
        char *buffer = nullptr;
        const int size = PQgetCopyData(m_conn, &buffer, 0);
        if (size < 0)
            break;   // -1: done; -2: failed, told by the result below
        if (wanted) {
            const qsizetype length = size > 0 && buffer[size - 1] == '\n' ? size - 1 : size;
            wanted = line(QByteArray::fromRawData(buffer, length));
        }
        PQfreemem(buffer);
    }
    bool ok = true;
    while (PGresult *raw = PQgetResult(m_conn)) {
        Result result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK) {
            const char *state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
            ok = fail(trimmedMessage(PQresultErrorMessage(raw)), state ? QString::fromLatin1(state) : QStringLiteral("08006"));
        }
    }
    return ok && wanted;
}

QString PgConnection::serverDescription() const
{
    if (!m_conn)
        return {};
    return QStringLiteral("%1@%2:%3/%4")
        .arg(QString::fromUtf8(PQuser(m_conn)), QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)),
             QString::fromUtf8(PQdb(m_conn)));
}

QString PgConnection::userName() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

QString PgConnection::encryptPassword(const QString &password, const QString &user)
{
    if (!m_conn)
        return {};
    char *encrypted = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), user.toUtf8().constData(), nullptr);
    if (!encrypted) {
        fail(trimmedMessage(PQerrorMessage(m_conn)));
        return {};
    }
    const QString text = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return text;
}

} // namespace citylab
