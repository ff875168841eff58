// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/measurementcsvreader.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace citylab;

Q_DECLARE_METATYPE(QList<double>)
Q_DECLARE_METATYPE(QList<qint64>)

class TestMeasurementCsv : public QObject
{
    Q_OBJECT

    static QHash<QString, MeasurementCsvMetric> metrics()
    {
        return {{QStringLiteral("PM10"), {1, QStringLiteral("real")}},
                {QStringLiteral("PASSAGGI"), {2, QStringLiteral("integer")}},
                {QStringLiteral("ATTIVO"), {3, QStringLiteral("boolean")}}};
    }
    static QHash<QString, qint64> zones() { return {{QStringLiteral("Z-01"), 10}, {QStringLiteral("Z-02"), 20}}; }
    static qint64 utc(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch(); }

private slots:
    void dialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("separator");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<qint64>>("zoneIds");

        // Winter: Rome is UTC+1; summer: UTC+2.
        const qint64 jan = utc(QStringLiteral("2026-01-15T07:30:00Z"));
        const qint64 jul = utc(QStringLiteral("2026-07-15T06:30:00Z"));
        QTest::newRow("italian excel, crlf")
            << QByteArray("Data;Metrica;Valore;Zona\r\n15/01/2026 08:30;PM10;1.234,5;Z-01\r\n15/07/2026 08:30;PM10;12,25;Z-02\r\n")
            << ';' << true << QList<double>{1234.5, 12.25} << QList<qint64>{jan, jul} << QList<qint64>{10, 20};
        QTest::newRow("utf-8 bom, comma, iso with zone")
            << QByteArray("\xEF\xBB\xBFtimestamp,metric,value,zone\n2026-01-15T07:30:00Z,PM10,1234.5,Z-01\n2026-07-15T08:30:00+02:00,PM10,\"1,234.5\",Z-02\n")
            << ',' << false << QList<double>{1234.5, 1234.5} << QList<qint64>{jan, jul} << QList<qint64>{10, 20};
        QTest::newRow("iso local time is Rome")
            << QByteArray("date,metric,value\n2026-01-15T08:30,PM10,1\n2026-07-15 08:30:00,PM10,2\n")
            << ',' << false << QList<double>{1, 2} << QList<qint64>{jan, jul} << QList<qint64>{0, 0};
        QTest::newRow("tab, date only, seconds")
            << QByteArray("Ora\tMetrica\tValore\n15/01/2026\tPM10\t3\n15/07/2026 08:30:00\tPM10\t4\n")
            << '\t' << false << QList<double>{3, 4}
            << QList<qint64>{utc(QStringLiteral("2026-01-14T23:00:00Z")), jul} << QList<qint64>{0, 0};
        QTest::newRow("comma, quoted thousands with decimal point")
            << QByteArray("date,metric,value\n2026-01-15T07:30:00Z,PM10,\"1,234,567\"\n2026-07-15T06:30:00Z,PM10,\"1,234.25\"\n")
            << ',' << false << QList<double>{1234567, 1234.25} << QList<qint64>{jan, jul} << QList<qint64>{0, 0};
        QTest::newRow("comma, a note full of semicolons")
            << QByteArray("date,metric,value,note\n2026-01-15T07:30:00Z,PM10,1.5,a;b;c;d;e;f;g\n2026-07-15T06:30:00Z,PM10,2,x\n")
            << ',' << false << QList<double>{1.5, 2} << QList<qint64>{jan, jul} << QList<qint64>{0, 0};
        QTest::newRow("quoted separator, quote and newline")
            << QByteArray("data;metrica;valore;note\n15/01/2026 08:30;PM10;\"1,5\";\"a; \"\"b\"\"\nc\"\n15/07/2026 08:30;PM10;2;x\n")
            << ';' << true << QList<double>{1.5, 2} << QList<qint64>{jan, jul} << QList<qint64>{0, 0};
    }

    void dialects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, separator);
        QFETCH(bool, decimalComma);
        QFETCH(QList<double>, values);
        QFETCH(QList<qint64>, times);
        QFETCH(QList<qint64>, zoneIds);

        MeasurementCsvReader reader(bytes);
        QCOMPARE(reader.dialect().separator, separator);
        QCOMPARE(reader.dialect().decimalComma, decimalComma);
        const MeasurementCsvMapping mapping = MeasurementCsvReader::guessMapping(reader.header());
        QVERIFY(mapping.time >= 0);
        QVERIFY(mapping.value >= 0);
        QVERIFY(mapping.metric >= 0);
        QList<MeasurementCsvRow> rows;
        QVERIFY2(reader.read(mapping, metrics(), zones(), &rows),
                 qPrintable(reader.errors().value(0).reason));
        QCOMPARE(rows.size(), values.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).value, values.at(i));
            QCOMPARE(rows.at(i).measuredAt, times.at(i));
            QCOMPARE(rows.at(i).zoneId, zoneIds.at(i));
            QCOMPARE(rows.at(i).metricId, 1);
        }
    }

    void windows1252()
    {
        // "Località" saved by Excel as Windows-1252: not valid UTF-8, header still recognised.
        MeasurementCsvReader reader(QByteArray("Data;Valore;Zona;Localit\xe0\n15/01/2026;1,5;Z-01;Via Po \xe8\n"));
        QVERIFY(!reader.dialect().utf8);
        QCOMPARE(reader.header().at(3), QStringLiteral("Località"));
        QCOMPARE(reader.preview(1).at(0).at(3), QStringLiteral("Via Po è"));
        MeasurementCsvMapping mapping = MeasurementCsvReader::guessMapping(reader.header());
        QCOMPARE(mapping.metric, -1);
        mapping.fixedMetricId = 1;
        QList<MeasurementCsvRow> rows;
        QVERIFY(reader.read(mapping, metrics(), zones(), &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).value, 1.5);
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad number") << QByteArray("15/01/2026;PM10;abc;Z-01") << QStringLiteral("Valore") << QStringLiteral("'abc' is not a number");
        QTest::newRow("point in decimal-comma file") << QByteArray("15/01/2026;PM10;1.5;Z-01") << QStringLiteral("Valore") << QStringLiteral("'1.5' is not a number");
        QTest::newRow("bad date") << QByteArray("31/02/2026;PM10;1;Z-01") << QStringLiteral("Data") << QStringLiteral("'31/02/2026' is not a date (dd/mm/yyyy or dd/mm/yy [HH:MM[:SS]], or ISO 8601)");
        QTest::newRow("unknown metric") << QByteArray("15/01/2026;NO2;1;Z-01") << QStringLiteral("Metrica") << QStringLiteral("unknown metric 'NO2'");
        QTest::newRow("integer given fraction") << QByteArray("15/01/2026;PASSAGGI;2,5;Z-01") << QStringLiteral("Valore") << QStringLiteral("'2,5' is not a whole number, as this metric requires");
        QTest::newRow("boolean given 7") << QByteArray("15/01/2026;ATTIVO;7;Z-01") << QStringLiteral("Valore") << QStringLiteral("'7' is not a yes/no value (0 or 1)");
        QTest::newRow("unknown zone") << QByteArray("15/01/2026;PM10;1;Z-99") << QStringLiteral("Zona") << QStringLiteral("unknown zone 'Z-99'");
        // No translator is loaded here: the plural form is the source's.
        QTest::newRow("extra field") << QByteArray("15/01/2026;PM10;1;Z-01;x") << QString() << QStringLiteral("5 field(s) where 4 are expected");
        QTest::newRow("extra empty field") << QByteArray("15/01/2026;PM10;1;Z-01;") << QString() << QStringLiteral("5 field(s) where 4 are expected");
        QTest::newRow("too few fields") << QByteArray("15/01/2026;PM10") << QString() << QStringLiteral("2 field(s) where 4 are expected");
    }

    void badRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        // The bad row is on line 4, after a good one and an empty line: nothing is returned.
        MeasurementCsvReader reader("Data;Metrica;Valore;Zona\r\n15/01/2026;PM10;1,5;Z-01\r\n\r\n" + row + "\r\n");
        QList<MeasurementCsvRow> rows;
        QVERIFY(!reader.read(MeasurementCsvReader::guessMapping(reader.header()), metrics(), zones(), &rows));
        QVERIFY(rows.isEmpty());
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().at(0).line, 4);
        QCOMPARE(reader.errors().at(0).column, column);
        QCOMPARE(reader.errors().at(0).reason, reason);
    }

    // With ',' as separator a number holding a comma cannot be read with certainty: 12,5
    // unquoted arrives as two fields, "1,234" is a thousand or one and a bit. The file is
    // refused once, at the first such value, with how to save it instead.
    void commaInNumbersOfCommaFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("number");

        QTest::newRow("decimal comma, unquoted, value last")
            << QByteArray("date,metric,value\n2026-01-15,PM10,12,5\n2026-01-16,PM10,13,5\n") << 2 << "value" << "12,5";
        QTest::newRow("thousands, unquoted, value in the middle")
            << QByteArray("date,value,metric\n2026-01-15,1,234.5,PM10\n") << 2 << "value" << "1,234.5";
        QTest::newRow("decimal comma, quoted")
            << QByteArray("date,metric,value\n2026-01-15,PM10,\"12,5\"\n") << 2 << "value" << "12,5";
        QTest::newRow("quoted, reads both ways")
            << QByteArray("date,metric,value\n2026-01-15,PM10,\"1,234\"\n") << 2 << "value" << "1,234";
        QTest::newRow("after good rows, reported once")
            << QByteArray("date,metric,value,zone\n2026-01-15,PM10,1.5,Z-01\n2026-01-16,PM10,2,\n"
                          "2026-01-17,PM10,\"2,5\",Z-01\n2026-01-18,PM10,\"3,5\",\n2026-01-19,PM10,4,5,\n")
            << 4 << "value" << "2,5";
    }

    void commaInNumbersOfCommaFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, number);

        MeasurementCsvReader reader(bytes);
        QCOMPARE(reader.dialect().separator, ',');
        QList<MeasurementCsvRow> rows;
        QVERIFY(!reader.read(MeasurementCsvReader::guessMapping(reader.header()), metrics(), zones(), &rows));
        QVERIFY(rows.isEmpty());
        QCOMPARE(reader.errors().size(), 1);
        const MeasurementCsvError error = reader.errors().at(0);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY2(error.reason.startsWith(QStringLiteral("'%1' holds a comma, and commas also separate this file's fields").arg(number)),
                 qPrintable(error.reason));
        QVERIFY2(error.reason.contains(QStringLiteral("save the file with ';' as separator, or with '.' as decimal mark")),
                 qPrintable(error.reason));
    }

    // The separator is what splits the header and most rows alike: one row whose value holds
    // commas must not turn a ';' file into a ',' file of one column.
    void separatorNotThrownOffByOneRow_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");

        QTest::newRow("two columns, as many commas as semicolons")
            << QByteArray("Data;Valore\n15/01/2026;1,5\n16/01/2026;12,3,4\n") << 3 << "Valore" << "'12,3,4' is not a number";
        QTest::newRow("three columns, more commas than semicolons")
            << QByteArray("Data;Metrica;Valore\n15/01/2026;PM10;1,5\n16/01/2026;PM10;1,2,3,4,5,6,7,8\n17/01/2026;PM10;2\n")
            << 3 << "Valore" << "'1,2,3,4,5,6,7,8' is not a number";
    }

    void separatorNotThrownOffByOneRow()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);

        MeasurementCsvReader reader(bytes);
        QCOMPARE(reader.dialect().separator, ';');
        QVERIFY(reader.dialect().decimalComma);
        MeasurementCsvMapping mapping = MeasurementCsvReader::guessMapping(reader.header());
        QVERIFY(mapping.time >= 0 && mapping.value >= 0);
        if (mapping.metric < 0)
            mapping.fixedMetricId = 1;
        QList<MeasurementCsvRow> rows;
        QVERIFY(!reader.read(mapping, metrics(), zones(), &rows));
        QCOMPARE(reader.errors().size(), 1);
        QCOMPARE(reader.errors().at(0).line, line);
        QCOMPARE(reader.errors().at(0).column, column);
        QCOMPARE(reader.errors().at(0).reason, reason);
    }

    // A number is the whole field or nothing: never its first digits.
    void parseNumber_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");

        QTest::newRow("comma in a point file") << QByteArray("12,5") << false << false << 0.0;
        QTest::newRow("thousands and point") << QByteArray("1,234.5") << false << true << 1234.5;
        QTest::newRow("thousands, no decimals") << QByteArray("1,234,567") << false << true << 1234567.0;
        QTest::newRow("decimal comma") << QByteArray("12,5") << true << true << 12.5;
        QTest::newRow("point in a comma file") << QByteArray("12.5") << true << false << 0.0;
        QTest::newRow("thousands and comma") << QByteArray("1.234,5") << true << true << 1234.5;
        QTest::newRow("two decimal marks") << QByteArray("1.2.3") << false << false << 0.0;
        QTest::newRow("trailing letters") << QByteArray("12abc") << false << false << 0.0;
        QTest::newRow("trailing exponent") << QByteArray("12e") << false << false << 0.0;
        QTest::newRow("inner space") << QByteArray("12 5") << false << false << 0.0;
        QTest::newRow("two signs") << QByteArray("--5") << false << false << 0.0;
        QTest::newRow("exponent") << QByteArray(" -1.5e3 ") << false << true << -1500.0;
        QTest::newRow("infinity") << QByteArray("1e999") << false << false << 0.0;
    }

    void parseNumber()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, decimalComma);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const std::optional<double> parsed = MeasurementCsvReader::parseNumber(text, decimalComma);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    // What LibreOffice Calc saves in Italian by default: two-digit years, and a line of
    // separators after the last row.
    void calcItalianDefaults()
    {
        QCOMPARE(MeasurementCsvReader::parseTime("10/05/24 09:15"), MeasurementCsvReader::parseTime("10/05/2024 09:15"));
        QCOMPARE(MeasurementCsvReader::parseTime("10/05/24"), MeasurementCsvReader::parseTime("10/05/2024"));
        QCOMPARE(MeasurementCsvReader::parseTime("31/12/99 23:59"), MeasurementCsvReader::parseTime("31/12/2099 23:59"));
        QVERIFY(!MeasurementCsvReader::parseTime("10/05/2 09:15"));
        QVERIFY(!MeasurementCsvReader::parseTime("31/02/24"));

        MeasurementCsvReader reader(QByteArray("Data;Metrica;Valore\r\n10/05/24 09:15;PM10;1,5\r\n11/05/24 09:15;PM10;2\r\n;;\r\n"));
        QList<MeasurementCsvRow> rows;
        QVERIFY2(reader.read(MeasurementCsvReader::guessMapping(reader.header()), metrics(), zones(), &rows),
                 qPrintable(reader.errors().value(0).reason));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).measuredAt, *MeasurementCsvReader::parseTime("2024-05-10T09:15:00+02:00"));
    }

    // Local times at the changes of summer time in Rome: imported, with a warning naming the
    // line, instead of shifted without a word.
    void summerTimeChangesAreNamed()
    {
        using LocalTime = MeasurementCsvReader::LocalTime;
        LocalTime kind = LocalTime::Ordinary;
        // 29 March 2026: 02:00-02:59 does not exist; read an hour later, summer time.
        QCOMPARE(MeasurementCsvReader::parseTime("29/03/2026 02:30", &kind), MeasurementCsvReader::parseTime("2026-03-29T03:30:00+02:00"));
        QCOMPARE(kind, LocalTime::Skipped);
        // 25 October 2026: 02:00-02:59 happens twice; read as the first, summer time.
        QCOMPARE(MeasurementCsvReader::parseTime("25/10/2026 02:30", &kind), MeasurementCsvReader::parseTime("2026-10-25T02:30:00+02:00"));
        QCOMPARE(kind, LocalTime::Repeated);
        QVERIFY(MeasurementCsvReader::parseTime("25/10/2026 03:30", &kind));
        QCOMPARE(kind, LocalTime::Ordinary);

        MeasurementCsvReader reader(QByteArray("Data;Metrica;Valore\r\n29/03/2026 01:30;PM10;1\r\n29/03/2026 02:30;PM10;2\r\n"
                                               "25/10/2026 02:30;PM10;3\r\n25/10/2026 02:30:00+01:00;PM10;4\r\n"));
        QList<MeasurementCsvRow> rows;
        QVERIFY(reader.read(MeasurementCsvReader::guessMapping(reader.header()), metrics(), zones(), &rows));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(reader.warnings().size(), 2);   // an offset given is not a question
        QCOMPARE(reader.warnings().at(0).line, 3);
        QVERIFY(reader.warnings().at(0).reason.contains(QLatin1String("does not exist")));
        QCOMPARE(reader.warnings().at(1).line, 4);
        QVERIFY(reader.warnings().at(1).reason.contains(QLatin1String("twice")));
    }

    void errorsStopAtHundred()
    {
        QByteArray bytes("data,metric,value\n");
        for (int i = 0; i < 150; ++i)
            bytes += "2026-01-15,PM10,x\n";
        MeasurementCsvReader reader(bytes);
        QList<MeasurementCsvRow> rows;
        QVERIFY(!reader.read(MeasurementCsvReader::guessMapping(reader.header()), metrics(), zones(), &rows));
        QCOMPARE(reader.errors().size(), MeasurementCsvReader::MaxErrors);
        QCOMPARE(reader.moreErrors(), 50);
        QCOMPARE(reader.errors().last().line, 101);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementCsv)
#include "tst_measurementcsv.moc"
