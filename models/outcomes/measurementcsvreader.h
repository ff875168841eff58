// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace citylab {

// How a partner's CSV file is written: partners send what their spreadsheet saves, so the
// reader guesses instead of asking (an Italian Excel file is ';', decimal comma, Windows-1252).
struct MeasurementCsvDialect
{
    char separator = ',';
    bool decimalComma = false;
    bool utf8 = true;
};

// Which column plays which role (0-based, -1 = absent). metricId > 0 means one fixed metric.
struct MeasurementCsvMapping
{
    int time = -1;
    int value = -1;
    int metric = -1;
    int zone = -1;
    qint64 fixedMetricId = 0;
};

struct MeasurementCsvMetric
{
    qint64 id = 0;
    QString kind; // real, integer, boolean
};

struct MeasurementCsvError
{
    int line = 0;
    QString column;
    QString reason;
};

struct MeasurementCsvRow
{
    qint64 measuredAt = 0; // Unix seconds UTC
    double value = 0;
    qint64 metricId = 0;
    qint64 zoneId = 0; // 0 = none
};

// Reads measurements from the bytes of a CSV file and validates every row, collecting
// errors with line, column and reason. Fields are parsed as byte views (no QString per
// field) because a million-row file must import about as fast as sqlite3's own .import.
class MeasurementCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementCsvReader)
public:
    static constexpr int MaxErrors = 100;

    explicit MeasurementCsvReader(QByteArray data);

    static MeasurementCsvDialect detectDialect(const QByteArray &data);
    // The header names' roles, found by name (case and accents ignored); -1 when not found.
    static MeasurementCsvMapping guessMapping(const QStringList &header);

    static std::optional<double> parseNumber(QByteArrayView text, bool decimalComma);
    // What a local time is in Rome: an ordinary one, one the clocks skip when summer time
    // begins (read an hour later), or one they pass twice when it ends (read as the first).
    enum class LocalTime { Ordinary, Skipped, Repeated };
    // Local times without a zone are Europe/Rome; *localTime says which kind one was.
    static std::optional<qint64> parseTime(QByteArrayView text, LocalTime *localTime = nullptr);

    // Splits the record of `data` starting at *pos into fields (views into data, or copies
    // where quotes had to be unescaped), skipping empty lines; advances *pos and *line.
    // False at the end of the data.
    static bool splitRecord(const QByteArray &data, char separator, qsizetype *pos, QList<QByteArray> *fields, int *line);
    // A header name as names are compared: without case and accents ("Località" == "localita").
    static QString headerKey(const QString &name);
    // A field's text: UTF-8, or Windows-1252 as an Italian Excel saves it.
    static QString decode(const QByteArray &bytes, bool utf8);

    MeasurementCsvDialect dialect() const { return m_dialect; }
    void setDialect(const MeasurementCsvDialect &dialect);

    QStringList header() const { return m_header; }
    // The first data rows as text, for a preview.
    QList<QStringList> preview(int rows) const;

    // Validates and converts every data row. Returns false when any row is bad (errors()
    // then holds at most MaxErrors entries and moreErrors() the ones not listed).
    // progress(done, total) may return false to cancel.
    using Progress = std::function<bool(qint64, qint64)>;
    bool read(const MeasurementCsvMapping &mapping, const QHash<QString, MeasurementCsvMetric> &metrics,
              const QHash<QString, qint64> &zones, QList<MeasurementCsvRow> *rows,
              const Progress &progress = {});
    // The same, handing the rows over in chunks of ChunkRows while it reads, so that they can
    // be written meanwhile; none once a row is bad. `ready` may take the chunk's rows, or
    // return false to stop (then cancelled() is true). The last chunk comes only when every
    // row is good.
    static constexpr qsizetype ChunkRows = 65536;
    using RowsReady = std::function<bool(QList<MeasurementCsvRow> &rows, qint64 position, qint64 total)>;
    bool read(const MeasurementCsvMapping &mapping, const QHash<QString, MeasurementCsvMetric> &metrics,
              const QHash<QString, qint64> &zones, const RowsReady &ready, const Progress &progress = {});
    QList<MeasurementCsvError> errors() const { return m_errors; }
    int moreErrors() const { return m_moreErrors; }
    // Rows read, but not as plainly as they look: local times at the change of summer time.
    // At most MaxErrors, and how many more.
    QList<MeasurementCsvError> warnings() const { return m_warnings; }
    int moreWarnings() const { return m_moreWarnings; }
    bool cancelled() const { return m_cancelled; }

private:
    bool nextRecord(qsizetype *pos, QList<QByteArray> *fields, int *line) const;
    QString decode(const QByteArray &bytes) const;
    void addError(int line, const QString &column, const QString &reason);

    QByteArray m_data;
    qsizetype m_bodyStart = 0;
    int m_bodyLine = 2;
    MeasurementCsvDialect m_dialect;
    QStringList m_header;
    QList<MeasurementCsvError> m_errors;
    int m_moreErrors = 0;
    QList<MeasurementCsvError> m_warnings;
    int m_moreWarnings = 0;
    bool m_cancelled = false;
};

} // namespace citylab
