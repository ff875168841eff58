// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/measurementcsvreader.h"
#include "outcomes/measurementimporter.h"
#include "outcomes/seriesquery.h"
#include "store/store.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>

using namespace citylab;
using namespace testsupport;

// A series as the charts read it: a long one is read in two halves at once (the later one on
// a connection of its own), which must give exactly the series a single read gives.
class TestSeriesQuery : public QObject
{
    Q_OBJECT

    static constexpr qint64 Start = 1767225600;   // 2026-01-01T00:00:00Z
    static constexpr int Rows = 150000;           // enough for two readers

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_experiment = 0, m_metric = 0, m_otherMetric = 0;
    QString m_metricCode, m_otherCode;

    // Rows every `step` seconds from `first`, value = the row's number; the other metric
    // alternates with it so that its rows sit on both sides of the series in the table.
    static QByteArray csv(const QString &metric, const QString &other, qint64 first, int rows, int step)
    {
        QByteArray bytes("measured_at,metric,value\n");
        bytes.reserve(rows * 70);
        for (int i = 0; i < rows; ++i) {
            const QByteArray time = QDateTime::fromSecsSinceEpoch(first + qint64(i) * step, QTimeZone::UTC)
                                        .toString(Qt::ISODate).toLatin1();
            bytes += time + ',' + metric.toLatin1() + ',' + QByteArray::number(i) + '\n';
            if (!other.isEmpty())
                bytes += time + ',' + other.toLatin1() + ",-1\n";
        }
        return bytes;
    }

    static MeasurementImportResult import(Store &store, qint64 experiment, const QByteArray &bytes, const QString &name)
    {
        MeasurementCsvReader reader(bytes);
        MeasurementImporter importer(store, experiment);
        importer.setAllowDuplicate(true);
        return importer.run(reader, MeasurementCsvReader::guessMapping(reader.header()), name, name.toLatin1());
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        m_path = makeDemo(m_dir);
        Store store;
        QVERIFY(store.open(m_path));
        QSqlQuery query(store.database());
        // an experiment of its own, with no measurements yet, so the series is ours alone
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM experiments e WHERE NOT EXISTS "
                                          "(SELECT 1 FROM measurements m WHERE m.experiment_id = e.id) LIMIT 1")) && query.next());
        m_experiment = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("SELECT id, code FROM metrics WHERE value_kind = 'real' ORDER BY code LIMIT 2")));
        QVERIFY(query.next());
        m_metric = query.value(0).toLongLong();
        m_metricCode = query.value(1).toString();
        QVERIFY(query.next());
        m_otherMetric = query.value(0).toLongLong();
        m_otherCode = query.value(1).toString();
        query.finish();
        // one row a second: whatever second the halves meet at holds a row
        const MeasurementImportResult result = import(store, m_experiment, csv(m_metricCode, m_otherCode, Start, Rows, 1),
                                                      QStringLiteral("seconds.csv"));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.rows, 2 * Rows);
    }

    void aLongSeriesIsReadWholeAndInOrder()
    {
        Store store;
        QVERIFY(store.open(m_path));
        // the two readers are what this checks: fails if the read fell back to one
        QLoggingCategory::setFilterRules(QStringLiteral("citylab.series.debug=true"));
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("^read in two halves")));
        const QList<SeriesPoint> points = SeriesQuery(store).points(m_experiment, m_metric);
        QCOMPARE(points.size(), Rows);
        for (int i = 0; i < Rows; ++i) {
            if (points.at(i).at != Start + i || points.at(i).value != i)
                QFAIL(qPrintable(QStringLiteral("point %1 is (%2, %3)").arg(i).arg(points.at(i).at).arg(points.at(i).value)));
        }
        QLoggingCategory::setFilterRules(QStringLiteral("citylab.series.debug=false"));
        // a window of it: [from, to)
        const QList<SeriesPoint> window = SeriesQuery(store).points(m_experiment, m_metric, Start + 1000, Start + 101000);
        QCOMPARE(window.size(), 100000);
        QCOMPARE(window.first().at, Start + 1000);
        QCOMPARE(window.last().at, Start + 100999);
        // the other metric is another series
        const QList<SeriesPoint> other = SeriesQuery(store).points(m_experiment, m_otherMetric);
        QCOMPARE(other.size(), Rows);
        QCOMPARE(other.first().value, -1.0);
    }

    // Rows this connection has written and not yet committed belong to what it reads, though
    // another connection cannot see them.
    void readsWhatItsOwnTransactionWrote()
    {
        Store store;
        QVERIFY(store.open(m_path));
        qsizetype seen = 0;
        const bool written = store.transact([&] {
            const MeasurementImportResult result = import(store, m_experiment, csv(m_metricCode, QString(), Start + Rows, 1000, 1),
                                                          QStringLiteral("later.csv"));
            if (!result.ok)
                return store.fail(result.message);
            seen = SeriesQuery(store).points(m_experiment, m_metric).size();
            return store.fail(QStringLiteral("rolled back on purpose"));
        });
        QVERIFY(!written);
        QCOMPARE(seen, Rows + 1000);
        QCOMPARE(SeriesQuery(store).points(m_experiment, m_metric).size(), Rows);
    }

    // Another window imports, again and again, rows spread over the whole series while this
    // one reads it: every read is the series before or after an import, never halves of two.
    void anotherWindowsImportNeverSplitsARead()
    {
        std::atomic_bool stop = false, failed = false;
        std::atomic_int imports = 0;
        QString failure;   // read once the other window has stopped
        std::unique_ptr<QThread> otherWindow(QThread::create([&] {
            Store other;
            if (!other.open(m_path, Store::OpenMode::OpenExisting)) {
                failure = other.errorString();
                failed = true;
                return;
            }
            while (!stop) {
                // 100 rows, one every 1,500 s: both halves of the series gain 50
                const MeasurementImportResult result = import(other, m_experiment, csv(m_metricCode, QString(), Start, 100, 1500),
                                                              QStringLiteral("spread.csv"));
                if (!result.ok) {
                    failure = result.message;
                    failed = true;
                    return;
                }
                ++imports;
            }
        }));
        Store store;
        QVERIFY(store.open(m_path));
        otherWindow->start();
        QElapsedTimer timer;
        timer.start();
        int reads = 0;
        QList<qsizetype> wrong;
        while ((timer.elapsed() < 3000 || imports < 3) && timer.elapsed() < 30000 && !failed) {
            const qsizetype size = SeriesQuery(store).points(m_experiment, m_metric).size();
            if (size < Rows || (size - Rows) % 100 != 0)
                wrong << size;
            ++reads;
        }
        stop = true;
        otherWindow->wait();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 of %2 reads mixed two states, e.g. %3 points")
                                                  .arg(wrong.size()).arg(reads).arg(wrong.value(0))));
        QVERIFY(imports >= 3);
        qInfo() << reads << "reads," << imports.load() << "imports meanwhile";
    }
};

QTEST_GUILESS_MAIN(TestSeriesQuery)
#include "tst_seriesquery.moc"
