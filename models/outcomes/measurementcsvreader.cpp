// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementcsvreader.h"

#include <QDateTime>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUtf8StringView>

#include <algorithm>
#include <array>
#include <cmath>

namespace citylab {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

// Header names are compared without case and accents ("Località" == "localita").
QString folded(const QString &name)
{
    const QString decomposed = name.trimmed().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

bool digits(QByteArrayView text, qsizetype from, qsizetype count, int *value)
{
    if (from + count > text.size())
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

// Europe/Rome's offset changes only at hour boundaries, so one lookup per local hour is
// enough; a million rows then cost a few thousand QTimeZone calls. The same lookup says whether
// the hour is one the clocks skip or pass twice: of the two readings, as winter time (UTC+1)
// and as summer time (UTC+2), none or both give back the same local time.
qint64 romeToUtc(const QDate &date, int h, int m, int s, MeasurementCsvReader::LocalTime *kind)
{
    static const QTimeZone rome("Europe/Rome");
    thread_local qint64 cachedKey = -1;
    thread_local qint64 cachedBase = 0;
    thread_local MeasurementCsvReader::LocalTime cachedKind = MeasurementCsvReader::LocalTime::Ordinary;
    const qint64 key = date.toJulianDay() * 24 + h;
    if (key != cachedKey) {
        cachedBase = QDateTime(date, QTime(h, 0), rome).toSecsSinceEpoch();
        const qint64 asUtc = QDateTime(date, QTime(h, 0), QTimeZone::UTC).toSecsSinceEpoch();
        int readings = 0;
        for (const int offset : {3600, 7200})
            readings += rome.offsetFromUtc(QDateTime::fromSecsSinceEpoch(asUtc - offset, QTimeZone::UTC)) == offset ? 1 : 0;
        cachedKind = readings == 0 ? MeasurementCsvReader::LocalTime::Skipped
                     : readings == 2 ? MeasurementCsvReader::LocalTime::Repeated
                                     : MeasurementCsvReader::LocalTime::Ordinary;
        cachedKey = key;
    }
    if (kind)
        *kind = cachedKind;
    return cachedBase + m * 60 + s;
}

} // namespace

QString MeasurementCsvReader::headerKey(const QString &name)
{
    return folded(name);
}

MeasurementCsvReader::MeasurementCsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith(utf8Bom))
        m_data.remove(0, utf8Bom.size());
    setDialect(detectDialect(m_data));
}

MeasurementCsvDialect MeasurementCsvReader::detectDialect(const QByteArray &data)
{
    MeasurementCsvDialect dialect;
    QByteArrayView body(data);
    if (body.startsWith(utf8Bom))
        body = body.sliced(utf8Bom.size());
    dialect.utf8 = QUtf8StringView(body.data(), body.size()).isValidUtf8();

    // The separator is the candidate that splits the most of the first lines into the same
    // number of fields (more fields first, then tab, ';', ',' on a tie). Counting the
    // characters over all lines instead let one bad row outvote the header and every other
    // row: a ';' file with "12,3,4" in one value became a ',' file of one column.
    const QByteArrayView sample = body.first(std::min<qsizetype>(body.size(), 64 * 1024));
    constexpr int candidateCount = 3;
    const char candidates[candidateCount] = {'\t', ';', ','};
    QList<std::array<int, candidateCount>> lineCounts;
    std::array<int, candidateCount> current{};
    bool quoted = false;
    bool content = false;
    for (const char c : sample) {
        if (c == '"') {
            quoted = !quoted;
            content = true;
        } else if (!quoted && c == '\n') {
            if (content)
                lineCounts.append(current);
            current = {};
            content = false;
            if (lineCounts.size() >= 50)
                break;
        } else {
            if (!quoted)
                for (int i = 0; i < candidateCount; ++i)
                    if (c == candidates[i])
                        ++current[i];
            content = content || c != '\r';
        }
    }
    if (content && lineCounts.size() < 50)
        lineCounts.append(current);
    int best = candidateCount - 1;   // ',' when no candidate splits any line
    int bestLines = 0, bestSeparators = 0;
    for (int i = 0; i < candidateCount; ++i) {
        QHash<int, int> linesWith;   // separators on a line -> lines with that many
        for (const auto &counts : std::as_const(lineCounts))
            if (counts[i] > 0)
                ++linesWith[counts[i]];
        for (auto it = linesWith.cbegin(); it != linesWith.cend(); ++it) {
            if (it.value() > bestLines || (it.value() == bestLines && it.key() > bestSeparators)) {
                best = i;
                bestLines = it.value();
                bestSeparators = it.key();
            }
        }
    }
    dialect.separator = candidates[best];
    // With ';' or tab as separator, a comma can only be a decimal comma; with ',' it cannot be.
    if (dialect.separator != ',') {
        dialect.decimalComma = sample.contains(',');
    }
    return dialect;
}

void MeasurementCsvReader::setDialect(const MeasurementCsvDialect &dialect)
{
    m_dialect = dialect;
    qsizetype pos = 0;
    int line = 1;
    QList<QByteArray> fields;
    m_header.clear();
    if (nextRecord(&pos, &fields, &line)) {
        for (const QByteArray &f : std::as_const(fields))
            m_header.append(decode(f).trimmed());
    }
    m_bodyStart = pos;
    m_bodyLine = line;
}

QString MeasurementCsvReader::decode(const QByteArray &bytes) const
{
    return decode(bytes, m_dialect.utf8);
}

QString MeasurementCsvReader::decode(const QByteArray &bytes, bool utf8)
{
    if (utf8)
        return QString::fromUtf8(bytes);
    QStringDecoder decoder("windows-1252");
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder.decode(bytes);
}

bool MeasurementCsvReader::nextRecord(qsizetype *pos, QList<QByteArray> *fields, int *line) const
{
    return splitRecord(m_data, m_dialect.separator, pos, fields, line);
}

bool MeasurementCsvReader::splitRecord(const QByteArray &bytes, char sep, qsizetype *pos, QList<QByteArray> *fields, int *line)
{
    fields->clear();
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype i = *pos;
    // Skip empty lines.
    while (i < size && (data[i] == '\n' || data[i] == '\r')) {
        if (data[i] == '\n')
            ++*line;
        ++i;
    }
    if (i >= size) {
        *pos = i;
        return false;
    }
    while (true) {
        if (i < size && data[i] == '"') {
            QByteArray field;
            ++i;
            while (i < size) {
                if (data[i] == '"') {
                    if (i + 1 < size && data[i + 1] == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (data[i] == '\n')
                    ++*line;
                if (!(data[i] == '\r' && i + 1 < size && data[i + 1] == '\n'))
                    field.append(data[i]);
                ++i;
            }
            // Anything between the closing quote and the separator is kept as text.
            while (i < size && data[i] != sep && data[i] != '\n' && data[i] != '\r')
                field.append(data[i++]);
            fields->append(field);
        } else {
            const qsizetype start = i;
            while (i < size && data[i] != sep && data[i] != '\n' && data[i] != '\r')
                ++i;
            fields->append(QByteArray::fromRawData(data + start, i - start));
        }
        if (i < size && data[i] == sep) {
            ++i;
            continue;
        }
        if (i < size && data[i] == '\r')
            ++i;
        if (i < size && data[i] == '\n')
            ++i;
        ++*line;
        break;
    }
    *pos = i;
    return true;
}

QList<QStringList> MeasurementCsvReader::preview(int rows) const
{
    QList<QStringList> out;
    qsizetype pos = m_bodyStart;
    int line = m_bodyLine;
    QList<QByteArray> fields;
    while (out.size() < rows && nextRecord(&pos, &fields, &line)) {
        QStringList row;
        for (const QByteArray &f : std::as_const(fields))
            row.append(decode(f));
        out.append(row);
    }
    return out;
}

MeasurementCsvMapping MeasurementCsvReader::guessMapping(const QStringList &header)
{
    static const QStringList timeNames = {QStringLiteral("data"), QStringLiteral("date"), QStringLiteral("timestamp"), QStringLiteral("ora"), QStringLiteral("time"),
                                          QStringLiteral("data e ora"), QStringLiteral("datetime"), QStringLiteral("measured_at")};
    static const QStringList valueNames = {QStringLiteral("valore"), QStringLiteral("value")};
    static const QStringList metricNames = {QStringLiteral("metrica"), QStringLiteral("metric"), QStringLiteral("codice metrica"), QStringLiteral("metric_code")};
    static const QStringList zoneNames = {QStringLiteral("zona"), QStringLiteral("zone"), QStringLiteral("codice zona"), QStringLiteral("zone_code")};
    MeasurementCsvMapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = folded(header.at(i));
        if (mapping.time < 0 && timeNames.contains(name))
            mapping.time = i;
        else if (mapping.value < 0 && valueNames.contains(name))
            mapping.value = i;
        else if (mapping.metric < 0 && metricNames.contains(name))
            mapping.metric = i;
        else if (mapping.zone < 0 && zoneNames.contains(name))
            mapping.zone = i;
    }
    return mapping;
}

std::optional<double> MeasurementCsvReader::parseNumber(QByteArrayView text, bool decimalComma)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const char decimal = decimalComma ? ',' : '.';
    const char thousands = decimalComma ? '.' : ',';
    // Thousands separators are accepted only in groups of three before the decimal mark
    // ("1.234,5"), so "1.5" in a decimal-comma file is an error and not 15.
    char buffer[64];
    qsizetype n = 0;
    qsizetype decimalAt = text.indexOf(decimal);
    const qsizetype integerEnd = decimalAt < 0 ? text.size() : decimalAt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (n >= qsizetype(sizeof buffer) - 1)
            return std::nullopt;
        if (i < integerEnd && c == thousands) {
            // Every group after a thousands separator has exactly three digits.
            qsizetype j = i + 1, k = 0;
            while (j < integerEnd && text.at(j) >= '0' && text.at(j) <= '9') {
                ++j;
                ++k;
            }
            if (k != 3 || n == 0)
                return std::nullopt;
            continue;
        }
        if (i == decimalAt) {
            buffer[n++] = '.';
            continue;
        }
        if ((c >= '0' && c <= '9') || ((c == '-' || c == '+') && i == 0) || c == 'e' || c == 'E'
            || ((c == '-' || c == '+') && i > 0 && (text.at(i - 1) == 'e' || text.at(i - 1) == 'E'))) {
            buffer[n++] = c;
            continue;
        }
        return std::nullopt;
    }
    buffer[n] = '\0';
    char *end = nullptr;
    const double value = std::strtod(buffer, &end);
    if (end != buffer + n || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> MeasurementCsvReader::parseTime(QByteArrayView text, LocalTime *localTime)
{
    if (localTime)
        *localTime = LocalTime::Ordinary;
    text = text.trimmed();
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    qsizetype i = 0;
    if (text.size() >= 10 && text.at(4) == '-') {
        if (!digits(text, 0, 4, &y) || !digits(text, 5, 2, &mo) || text.at(7) != '-' || !digits(text, 8, 2, &d))
            return std::nullopt;
        i = 10;
    } else if (text.size() >= 10 && text.at(2) == '/' && text.at(5) == '/' && text.at(8) != ' ' && text.at(8) != 'T') {
        if (!digits(text, 0, 2, &d) || !digits(text, 3, 2, &mo) || !digits(text, 6, 4, &y))
            return std::nullopt;
        i = 10;
    } else if (text.size() >= 8 && text.at(2) == '/' && text.at(5) == '/') {
        // Calc's default Italian date has a two-digit year ("10/05/24 09:15"): 00-99 are
        // 2000-2099, the years a city lab measures in.
        if (!digits(text, 0, 2, &d) || !digits(text, 3, 2, &mo) || !digits(text, 6, 2, &y))
            return std::nullopt;
        y += 2000;
        i = 8;
    } else {
        return std::nullopt;
    }
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    if (i < text.size()) {
        if (text.at(i) != 'T' && text.at(i) != ' ')
            return std::nullopt;
        ++i;
        if (!digits(text, i, 2, &h) || i + 2 >= text.size() || text.at(i + 2) != ':' || !digits(text, i + 3, 2, &mi))
            return std::nullopt;
        i += 5;
        if (i < text.size() && text.at(i) == ':') {
            if (!digits(text, i + 1, 2, &s))
                return std::nullopt;
            i += 3;
            // Fractions of a second are dropped: measurements are stored in whole seconds.
            if (i < text.size() && (text.at(i) == '.' || text.at(i) == ',')) {
                ++i;
                while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9')
                    ++i;
            }
        }
        if (h > 23 || mi > 59 || s > 59)
            return std::nullopt;
    }
    if (i == text.size())
        return romeToUtc(date, h, mi, s, localTime);
    const qint64 utc = QDateTime(date, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch() + h * 3600 + mi * 60 + s;
    if (text.at(i) == 'Z' && i + 1 == text.size())
        return utc;
    if (text.at(i) == '+' || text.at(i) == '-') {
        const int sign = text.at(i) == '+' ? 1 : -1;
        int oh = 0, om = 0;
        if (!digits(text, i + 1, 2, &oh))
            return std::nullopt;
        qsizetype j = i + 3;
        if (j < text.size() && text.at(j) == ':')
            ++j;
        if (j < text.size()) {
            if (!digits(text, j, 2, &om) || j + 2 != text.size())
                return std::nullopt;
        }
        return utc - sign * (oh * 3600 + om * 60);
    }
    return std::nullopt;
}

void MeasurementCsvReader::addError(int line, const QString &column, const QString &reason)
{
    if (m_errors.size() < MaxErrors)
        m_errors.append({line, column, reason});
    else
        ++m_moreErrors;
}

bool MeasurementCsvReader::read(const MeasurementCsvMapping &mapping,
                                const QHash<QString, MeasurementCsvMetric> &metrics,
                                const QHash<QString, qint64> &zones, QList<MeasurementCsvRow> *rows,
                                const Progress &progress)
{
    rows->clear();
    const bool ok = read(mapping, metrics, zones, [rows](QList<MeasurementCsvRow> &chunk, qint64, qint64) {
        rows->append(chunk);
        return true;
    }, progress);
    if (!ok)
        rows->clear();
    return ok;
}

bool MeasurementCsvReader::read(const MeasurementCsvMapping &mapping,
                                const QHash<QString, MeasurementCsvMetric> &metrics,
                                const QHash<QString, qint64> &zones, const RowsReady &ready,
                                const Progress &progress)
{
    m_errors.clear();
    m_moreErrors = 0;
    m_cancelled = false;
    QList<MeasurementCsvRow> chunk;
    chunk.reserve(ChunkRows);
    auto columnName = [this](int column) {
        return column < m_header.size() && !m_header.at(column).isEmpty() ? m_header.at(column)
                                                                          : QString::number(column + 1);
    };
    if (mapping.time < 0 || mapping.value < 0 || (mapping.metric < 0 && mapping.fixedMetricId <= 0)) {
        addError(1, QString(), tr("the columns for time, value and metric are not all chosen"));
        return false;
    }
    MeasurementCsvMetric fixed;
    if (mapping.metric < 0) {
        for (const MeasurementCsvMetric &m : metrics)
            if (m.id == mapping.fixedMetricId)
                fixed = m;
        if (fixed.id == 0) {
            addError(1, QString(), tr("the chosen metric does not exist"));
            return false;
        }
    }
    const int needed = std::max({mapping.time, mapping.value, mapping.metric, mapping.zone}) + 1;
    // A row may leave out trailing fields the mapping does not use, never add any: an extra
    // field means a value was split or the columns shifted.
    const qsizetype expected = std::max<qsizetype>(needed, m_header.size());
    // With ',' as separator a comma inside a number makes the file read more than one way
    // ("1,234" is a thousand or one and a bit): such a file is refused with how to save it,
    // at the first such number, since every other row has the same trouble.
    const bool commaSeparated = m_dialect.separator == ',';
    auto commaInNumber = [this](const QByteArray &number) {
        return tr("'%1' holds a comma, and commas also separate this file's fields, so it reads more than one way: "
                  "save the file with ';' as separator, or with '.' as decimal mark and no thousands separator")
            .arg(decode(number));
    };
    qsizetype pos = m_bodyStart;
    int line = m_bodyLine;
    QList<QByteArray> fields;
    // Partners' files repeat a handful of metric and zone codes: while a field's bytes equal
    // the last code found, its decoding and hash lookup are skipped.
    QByteArray lastMetricBytes, lastZoneBytes;
    MeasurementCsvMetric lastMetric;
    qint64 lastZone = 0;
    const qint64 total = m_data.size();
    qint64 counter = 0;
    while (true) {
        const int recordLine = [&] {
            // The record starts after any empty lines nextRecord skips.
            int l = line;
            for (qsizetype p = pos; p < m_data.size() && (m_data.at(p) == '\n' || m_data.at(p) == '\r'); ++p)
                if (m_data.at(p) == '\n')
                    ++l;
            return l;
        }();
        if (!nextRecord(&pos, &fields, &line))
            break;
        if (progress && (++counter & 0x3fff) == 0 && !progress(pos, total)) {
            m_cancelled = true;
            return false;
        }
        // A line of separators only (";;", what a spreadsheet leaves after the last row) holds no
        // measurement: it is skipped like an empty line.
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QByteArray &field) { return field.trimmed().isEmpty(); }))
            continue;
        if (fields.size() < needed) {
            addError(recordLine, QString(), tr("%n field(s) where %1 are expected", nullptr, int(fields.size())).arg(needed));
            continue;
        }
        if (fields.size() > expected) {
            // In a file separated by commas, 12,5 or 1,234.5 written without quotes arrives as
            // fields of their own: the value column would silently read 12 or 1.
            if (commaSeparated) {
                const QList<QByteArray> pieces = fields.mid(mapping.value, fields.size() - expected + 1);
                const QByteArray joined = pieces.join(',');
                const bool noEmptyPiece = std::none_of(pieces.cbegin(), pieces.cend(),
                                                       [](const QByteArray &piece) { return piece.trimmed().isEmpty(); });
                if (noEmptyPiece && (parseNumber(joined, true) || parseNumber(joined, false))) {
                    addError(recordLine, columnName(mapping.value), commaInNumber(joined));
                    break;
                }
            }
            addError(recordLine, QString(), tr("%n field(s) where %1 are expected", nullptr, int(fields.size())).arg(expected));
            continue;
        }
        MeasurementCsvRow row;
        bool ok = true;
        LocalTime localTime = LocalTime::Ordinary;
        const std::optional<qint64> time = parseTime(fields.at(mapping.time), &localTime);
        if (time && localTime != LocalTime::Ordinary) {
            const QString text = decode(fields.at(mapping.time)).trimmed();
            const QString reason = localTime == LocalTime::Skipped
                ? tr("warning: '%1' does not exist in Rome (the clocks go forward an hour that night): read as an hour later, "
                     "summer time")
                      .arg(text)
                : tr("warning: '%1' happens twice in Rome (the clocks go back an hour that night): read as the first, "
                     "summer time; give the offset (+01:00 or +02:00) to tell them apart")
                      .arg(text);
            if (m_warnings.size() < MaxErrors)
                m_warnings.append({recordLine, columnName(mapping.time), reason});
            else
                ++m_moreWarnings;
        }
        if (!time) {
            addError(recordLine, columnName(mapping.time),
                     tr("'%1' is not a date (dd/mm/yyyy or dd/mm/yy [HH:MM[:SS]], or ISO 8601)").arg(decode(fields.at(mapping.time))));
            ok = false;
        } else {
            row.measuredAt = *time;
        }
        MeasurementCsvMetric metric = fixed;
        if (mapping.metric >= 0 && lastMetric.id > 0 && fields.at(mapping.metric) == lastMetricBytes) {
            metric = lastMetric;
        } else if (mapping.metric >= 0) {
            const QString code = decode(fields.at(mapping.metric)).trimmed();
            const auto it = metrics.constFind(code);
            if (it == metrics.constEnd()) {
                addError(recordLine, columnName(mapping.metric), tr("unknown metric '%1'").arg(code));
                ok = false;
                metric = {};
            } else {
                metric = *it;
                lastMetric = metric;
                lastMetricBytes = fields.at(mapping.metric);
            }
        }
        row.metricId = metric.id;
        const QByteArrayView valueText = QByteArrayView(fields.at(mapping.value)).trimmed();
        std::optional<double> value;
        if (metric.kind == QLatin1String("boolean")) {
            const QByteArray lower = valueText.toByteArray().toLower();
            if (lower == "1" || lower == "true" || lower == "si" || lower == "s\xc3\xac" || lower == "yes" || lower == "vero")
                value = 1;
            else if (lower == "0" || lower == "false" || lower == "no" || lower == "falso")
                value = 0;
            if (!value) {
                addError(recordLine, columnName(mapping.value),
                         tr("'%1' is not a yes/no value (0 or 1)").arg(decode(valueText.toByteArray())));
                ok = false;
            }
        } else {
            // A quoted "12,5" or "1,234" reads as a number with a decimal comma: in a file
            // separated by commas that cannot be told from a thousands separator.
            if (commaSeparated && valueText.contains(',') && parseNumber(valueText, true)) {
                addError(recordLine, columnName(mapping.value), commaInNumber(valueText.toByteArray()));
                break;
            }
            value = parseNumber(valueText, m_dialect.decimalComma);
            if (!value) {
                addError(recordLine, columnName(mapping.value), tr("'%1' is not a number").arg(decode(valueText.toByteArray())));
                ok = false;
            } else if (metric.kind == QLatin1String("integer") && *value != std::floor(*value)) {
                addError(recordLine, columnName(mapping.value),
                         tr("'%1' is not a whole number, as this metric requires").arg(decode(valueText.toByteArray())));
                ok = false;
            }
        }
        if (value)
            row.value = *value;
        if (mapping.zone >= 0 && lastZone > 0 && fields.at(mapping.zone) == lastZoneBytes) {
            row.zoneId = lastZone;
        } else if (mapping.zone >= 0) {
            const QString code = decode(fields.at(mapping.zone)).trimmed();
            if (!code.isEmpty()) {
                const auto it = zones.constFind(code);
                if (it == zones.constEnd()) {
                    addError(recordLine, columnName(mapping.zone), tr("unknown zone '%1'").arg(code));
                    ok = false;
                } else {
                    row.zoneId = *it;
                    lastZone = *it;
                    lastZoneBytes = fields.at(mapping.zone);
                }
            }
        }
        if (ok && m_errors.isEmpty()) {
            chunk.append(row);
            if (chunk.size() == ChunkRows) {
                if (!ready(chunk, pos, total)) {
                    m_cancelled = true;
                    return false;
                }
                chunk.clear();
                chunk.reserve(ChunkRows);
            }
        }
    }
    if (!m_errors.isEmpty())
        return false;
    if (!chunk.isEmpty() && !ready(chunk, total, total)) {
        m_cancelled = true;
        return false;
    }
    return true;
}

} // namespace citylab
