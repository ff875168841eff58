// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementcommands.h"

#include "commandline.h"
#include "outcomes/measurementimporter.h"
#include "domain/recordcode.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace citylab {

namespace {

// A column given as a 1-based number or as a header name (case ignored); -1 when neither.
int columnIndex(const QString &given, const QStringList &header)
{
    bool isNumber = false;
    const int number = given.toInt(&isNumber);
    if (isNumber)
        return number >= 1 ? number - 1 : -1;
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).compare(given.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace

int MeasurementCommands::importMeasurements(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports measurements from a CSV file into an experiment. The separator, decimal mark, encoding and "
           "date format are detected; every row is checked and nothing is imported when any row is wrong."));
    CommandLine::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    parser.addOption({QStringLiteral("experiment"), tr("The experiment's code."), tr("CODE")});
    parser.addOption({QStringLiteral("metric"), tr("The metric of every row, when the file has no metric column."), tr("CODE")});
    parser.addOption({QStringLiteral("allow-duplicate"),
                      tr("Import the file even if the same content was already imported into the experiment.")});
    parser.addOption({QStringLiteral("columns"),
                      tr("Which column holds what, by 1-based number or header name: time=N,value=M,metric=K,zone=Z."),
                      tr("LIST")});
    if (!parser.parse(QStringList{QStringLiteral("citylab import measurements")} + cli.arguments().mid(2)))
        return cli.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << CommandLine::helpText(parser, QStringLiteral("citylab import measurements"));
        return CommandLine::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cli.usage(tr("import measurements: give exactly one CSV file"));
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        return cli.usage(tr("import measurements: --db FILE is required"));
    const QString experimentCode = parser.value(QStringLiteral("experiment"));
    if (experimentCode.isEmpty())
        return cli.usage(tr("import measurements: --experiment CODE is required"));
    const QString fileName = positional.at(0);

    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.err() << "citylab: " << tr("%1: cannot read: %2").arg(fileName, file.errorString()) << '\n';
        return CommandLine::BadData;
    }
    const QByteArray data = file.readAll();
    // Hashed while the rows are parsed: it takes about as long.
    const QFuture<QByteArray> sha256 = QtConcurrent::run([data] {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    });
    QElapsedTimer timer;
    timer.start();
    MeasurementCsvReader reader(data);

    MeasurementCsvMapping mapping = MeasurementCsvReader::guessMapping(reader.header());
    if (parser.isSet(QStringLiteral("columns"))) {
        mapping = {};
        const QStringList items = parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const QString role = item.section(QLatin1Char('='), 0, 0).trimmed();
            const int index = columnIndex(item.section(QLatin1Char('='), 1), reader.header());
            // An empty file has no column to name: the importer says it is empty (status 1).
            if (index < 0 && !reader.header().isEmpty())
                return cli.usage(tr("import measurements: no column '%1' in %2").arg(item.section(QLatin1Char('='), 1), fileName));
            if (role == QLatin1String("time"))
                mapping.time = index;
            else if (role == QLatin1String("value"))
                mapping.value = index;
            else if (role == QLatin1String("metric"))
                mapping.metric = index;
            else if (role == QLatin1String("zone"))
                mapping.zone = index;
            else
                return cli.usage(tr("import measurements: unknown role '%1' in --columns (time, value, metric, zone)").arg(role));
        }
    }

    Store store;
    if (!cli.openForWriting(store, db))
        return CommandLine::BadData;
    QString error;
    // the read is over before the import writes: a waiting writer needs no open read
    const std::optional<qint64> experimentId = RecordCode::experimentId(store, experimentCode, &error);
    if (!experimentId || *experimentId == 0) {
        cli.err() << "citylab: " << (!experimentId ? error : tr("no experiment with code '%1'").arg(experimentCode)) << '\n';
        return CommandLine::BadData;
    }
    MeasurementImporter importer(store, *experimentId);
    importer.setAllowDuplicate(parser.isSet(QStringLiteral("allow-duplicate")));
    if (parser.isSet(QStringLiteral("metric"))) {
        const QString code = parser.value(QStringLiteral("metric"));
        const MeasurementCsvMetric metric = importer.metrics().value(code);
        if (metric.id == 0) {
            cli.err() << "citylab: " << tr("no metric with code '%1'").arg(code) << '\n';
            return CommandLine::BadData;
        }
        mapping.metric = -1;
        mapping.fixedMetricId = metric.id;
    }
    // Exit status 2 is for the command's own mistakes: columns it must name. A file with no
    // rows to map is bad data (1), which the importer reports with the file's name.
    const bool hasRows = !reader.header().isEmpty() && !reader.preview(1).isEmpty();
    if (hasRows && (mapping.time < 0 || mapping.value < 0 || (mapping.metric < 0 && mapping.fixedMetricId <= 0)))
        return cli.usage(tr("import measurements: the time, value and metric columns are not recognised in %1; "
                            "give --columns (and --metric when the file has no metric column)").arg(fileName));

    const MeasurementImportResult result = importer.run(reader, mapping, fileName, sha256);
    if (!result.ok) {
        for (const MeasurementCsvError &error : result.errors) {
            cli.err() << fileName << ':' << error.line << ": ";
            if (!error.column.isEmpty())
                cli.err() << tr("column %1: ").arg(error.column);
            cli.err() << error.reason << '\n';
        }
        if (result.moreErrors > 0)
            cli.err() << "citylab: " << tr("%n more error(s) not shown", nullptr, result.moreErrors) << '\n';
        if (result.errors.isEmpty())
            cli.err() << "citylab: " << result.message << '\n';
        if (result.duplicateOf.isValid())
            cli.err() << "citylab: " << tr("give --allow-duplicate to import it again") << '\n';
        cli.err() << "citylab: " << tr("nothing imported") << '\n';
        return CommandLine::BadData;
    }
    for (const MeasurementCsvError &warning : result.warnings)
        cli.err() << fileName << ':' << warning.line << ": " << tr("column %1: ").arg(warning.column) << warning.reason << '\n';
    if (result.moreWarnings > 0)
        cli.err() << "citylab: " << tr("%n more warning(s) not shown", nullptr, result.moreWarnings) << '\n';
    cli.out() << tr("%n measurement(s) imported from %1 in %2 s", nullptr, result.rows)
                     .arg(fileName, QString::number(timer.elapsed() / 1000.0, 'f', 2))
              << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
