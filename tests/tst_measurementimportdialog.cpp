// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/measurementimportdialog.h"
#include "outcomes/measurementmappingmemory.h"
#include "store/store.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTreeWidget>

using namespace citylab;
using namespace testsupport;

class TestMeasurementImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;   // a demo store copied for each test, so tests do not see each other's imports

    static qint64 scalar(Store &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    static QString text(Store &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    QString freshStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_pristine, path))
            qFatal("cannot copy the demo store");
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    // An Italian spreadsheet's export: ';', decimal comma, dd/mm/yyyy dates.
    static QByteArray italianRows(const QByteArray &header, const QString &metric, int rows, int badLine = -1)
    {
        QByteArray bytes = header + "\r\n";
        for (int i = 0; i < rows; ++i) {
            const int line = i + 2;
            bytes += QStringLiteral("%1/03/2026 %2:%3;%4;%5\r\n")
                         .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                         .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                         .arg(i % 60, 2, 10, QLatin1Char('0'))
                         .arg(line == badLine ? QStringLiteral("dodici") : QStringLiteral("%1,5").arg(i), metric)
                         .toUtf8();
        }
        return bytes;
    }

    static bool waitForImport(MeasurementImportDialog &dialog)
    {
        if (!dialog.isRunning())
            return true;
        QSignalSpy finished(&dialog, &MeasurementImportDialog::importFinished);
        return finished.wait(60000);
    }

    struct Counts
    {
        qint64 measurements, batches, changes;
        bool operator==(const Counts &) const = default;
    };
    static Counts counts(Store &store)
    {
        return {scalar(store, QStringLiteral("SELECT count(*) FROM measurements")),
                scalar(store, QStringLiteral("SELECT count(*) FROM measurement_batches")),
                scalar(store, QStringLiteral("SELECT count(*) FROM change_log"))};
    }

    // Two experiments with different lead organizations, and a third sharing the first one's.
    struct Experiments
    {
        qint64 first = 0, sameLead = 0, otherLead = 0;
    };
    static Experiments experiments(Store &store)
    {
        Experiments e;
        e.first = scalar(store, QStringLiteral("SELECT min(id) FROM experiments WHERE lead_organization_id IN "
                                               "(SELECT lead_organization_id FROM experiments GROUP BY 1 HAVING count(*) > 1)"));
        e.sameLead = scalar(store, QStringLiteral("SELECT min(id) FROM experiments WHERE id <> %1 AND lead_organization_id = "
                                                  "(SELECT lead_organization_id FROM experiments WHERE id = %1)").arg(e.first));
        e.otherLead = scalar(store, QStringLiteral("SELECT min(id) FROM experiments WHERE lead_organization_id <> "
                                                   "(SELECT lead_organization_id FROM experiments WHERE id = %1)").arg(e.first));
        return e;
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_pristine = makeDemo(m_dir, QStringLiteral("pristine.citylab"));
    }

    void proposesMappingFromHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("time");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("zone");
        QTest::newRow("italian") << QByteArray("Data;Metrica;Valore;Zona") << 0 << 2 << 1 << 3;
        QTest::newRow("english, reordered") << QByteArray("value,zone,timestamp,metric") << 2 << 0 << 3 << 1;
        QTest::newRow("accents and case") << QByteArray("DATA E ORA;VALORE;Métrica") << 0 << 1 << 2 << -1;
        QTest::newRow("unknown headers") << QByteArray("quando;quanto;cosa") << -1 << -1 << -1 << -1;
    }

    void proposesMappingFromHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, time);
        QFETCH(int, value);
        QFETCH(int, metric);
        QFETCH(int, zone);
        Store store;
        QVERIFY(store.open(freshStore(QStringLiteral("headers.citylab"))));
        MeasurementImportDialog dialog(store, experiments(store).first);
        const char separator = header.contains(';') ? ';' : ',';
        const QByteArray row = QByteArray("01/03/2026") + separator + '1' + separator + '2' + separator + '3';
        QVERIFY(dialog.loadFile(writeFile(QStringLiteral("headers.csv"), header + '\n' + row + '\n')));
        QCOMPARE(dialog.proposal(), MeasurementImportDialog::Proposal::Headers);
        const MeasurementCsvMapping m = dialog.mapping();
        QCOMPARE(m.time, time);
        QCOMPARE(m.value, value);
        QCOMPARE(m.metric, metric);
        QCOMPARE(m.zone, zone);
        // The combos a user reads say the same.
        if (time >= 0)
            QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("timeColumn"))->currentText(),
                     QString::fromUtf8(header.split(separator).at(time)));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled(), time >= 0);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("detected"))->text().isEmpty());
    }

    void remembersMappingPerOrganization()
    {
        Store store;
        QVERIFY(store.open(freshStore(QStringLiteral("memory.citylab"))));
        const Experiments e = experiments(store);
        QVERIFY(e.first > 0 && e.sameLead > 0 && e.otherLead > 0);
        const QString metric = text(store, QStringLiteral("SELECT code FROM metrics WHERE value_kind = 'real' LIMIT 1"));
        const qint64 metricId = scalar(store, QStringLiteral("SELECT id FROM metrics WHERE code = '%1'").arg(metric));
        // Headers nobody could guess, and no metric column: one metric for the whole file.
        const QString file = writeFile(QStringLiteral("partner.csv"), italianRows("Rilevato il;Misura;Nota", QStringLiteral("x"), 20));
        {
            MeasurementImportDialog dialog(store, e.first);
            QVERIFY(dialog.loadFile(file));
            QCOMPARE(dialog.mapping().time, -1);
            MeasurementCsvMapping chosen;
            chosen.time = 0;
            chosen.value = 1;
            chosen.fixedMetricId = metricId;
            dialog.setMapping(chosen);
            dialog.startImport();
            QVERIFY(waitForImport(dialog));
            QCOMPARE(dialog.outcome(), MeasurementImportDialog::Outcome::Imported);
        }
        const auto check = [&](qint64 experiment, MeasurementImportDialog::Proposal expected) {
            MeasurementImportDialog dialog(store, experiment);
            QVERIFY(dialog.loadFile(file));
            QCOMPARE(dialog.proposal(), expected);
            const MeasurementCsvMapping m = dialog.mapping();
            if (expected == MeasurementImportDialog::Proposal::Remembered) {
                QCOMPARE(m.time, 0);
                QCOMPARE(m.value, 1);
                QCOMPARE(m.metric, -1);
                QCOMPARE(m.fixedMetricId, metricId);
                QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("proposal"))->text().contains(
                    text(store, QStringLiteral("SELECT o.name FROM organizations o JOIN experiments x ON x.lead_organization_id = o.id "
                                               "WHERE x.id = %1").arg(experiment))));
            } else {
                QCOMPARE(m.time, -1);
            }
        };
        check(e.first, MeasurementImportDialog::Proposal::Remembered);
        check(e.sameLead, MeasurementImportDialog::Proposal::Remembered);
        check(e.otherLead, MeasurementImportDialog::Proposal::Headers);
        // Switching the experiment in the dialog proposes again for the new lead organization.
        MeasurementImportDialog dialog(store, e.otherLead);
        QVERIFY(dialog.loadFile(file));
        dialog.setExperiment(e.first);
        QCOMPARE(dialog.proposal(), MeasurementImportDialog::Proposal::Remembered);
        // Kept in the shared settings table, under the organization's uuid.
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'measurement_import.mapping.%'")), 1);
    }

    void badRowsListedAndNothingStored()
    {
        const QString path = freshStore(QStringLiteral("bad.citylab"));
        Store store;
        QVERIFY(store.open(path));
        const qint64 experiment = experiments(store).first;
        const QString metric = text(store, QStringLiteral("SELECT code FROM metrics WHERE value_kind = 'real' LIMIT 1"));
        QByteArray bytes = italianRows("Data;Valore;Metrica", metric, 50, 7);
        bytes.replace(QStringLiteral("05/03/2026 00:04;4,5;%1").arg(metric).toUtf8(), "05/03/2026 00:04;4,5;NON_ESISTE");
        const Counts before = counts(store);
        const QByteArray hash = fileHash(path);
        MeasurementImportDialog dialog(store, experiment);
        QVERIFY(dialog.loadFile(writeFile(QStringLiteral("bad.csv"), bytes)));
        dialog.startImport();
        QVERIFY(waitForImport(dialog));
        QCOMPARE(dialog.outcome(), MeasurementImportDialog::Outcome::Rejected);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("errors"));
        QVERIFY(list->isVisible() || !dialog.isVisible());
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("6"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Metrica"));
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("NON_ESISTE")));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("7"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Valore"));
        QVERIFY(list->topLevelItem(1)->text(2).contains(QStringLiteral("dodici")));
        QCOMPARE(counts(store), before);
        store.close();
        QCOMPARE(fileHash(path), hash);
    }

    void goodImportStoresRows()
    {
        Store store;
        QVERIFY(store.open(freshStore(QStringLiteral("good.citylab"))));
        const qint64 experiment = experiments(store).first;
        const QString metric = text(store, QStringLiteral("SELECT code FROM metrics WHERE value_kind = 'real' LIMIT 1"));
        const Counts before = counts(store);
        MeasurementImportDialog dialog(store, experiment);
        QVERIFY(dialog.loadFile(writeFile(QStringLiteral("good.csv"), italianRows("Data;Valore;Metrica", metric, 300))));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("detected"))->text().contains(QStringLiteral(";")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("duplicate"))->isHidden());
        dialog.startImport();
        QVERIFY(waitForImport(dialog));
        QCOMPARE(dialog.outcome(), MeasurementImportDialog::Outcome::Imported);
        QCOMPARE(counts(store).measurements, before.measurements + 300);
        QCOMPARE(counts(store).batches, before.batches + 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM measurements WHERE experiment_id = %1 AND batch_id = "
                                              "(SELECT max(id) FROM measurement_batches) AND value = 299.5").arg(experiment)), 1);
        // 01/03/2026 00:00 in Rome is 23:00 UTC the day before.
        QCOMPARE(scalar(store, QStringLiteral("SELECT min(measured_at) FROM measurements WHERE batch_id = (SELECT max(id) FROM measurement_batches)")),
                 QDateTime(QDate(2026, 2, 28), QTime(23, 0), QTimeZone::UTC).toSecsSinceEpoch());
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("300")), qPrintable(summary));
        QVERIFY2(summary.contains(metric), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2026")), qPrintable(summary));
        // The same file is not offered twice by mistake: the button is off and the page says so.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        MeasurementImportDialog again(store, experiment);
        QVERIFY(again.loadFile(m_dir.filePath(QStringLiteral("good.csv"))));
        QTRY_VERIFY(!again.findChild<QLabel *>(QStringLiteral("duplicate"))->isHidden());
        again.setExperiment(experiments(store).otherLead);
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("duplicate"))->isHidden());
    }

    void cancelLeavesStoreUnchanged()
    {
        const QString path = freshStore(QStringLiteral("cancel.citylab"));
        Store store;
        QVERIFY(store.open(path));
        const qint64 experiment = experiments(store).first;
        const QString metric = text(store, QStringLiteral("SELECT code FROM metrics WHERE value_kind = 'real' LIMIT 1"));
        const Counts before = counts(store);
        const QByteArray hash = fileHash(path);
        MeasurementImportDialog dialog(store, experiment);
        QVERIFY(dialog.loadFile(writeFile(QStringLiteral("big.csv"), italianRows("Data;Valore;Metrica", metric, 600000))));
        dialog.show();
        dialog.startImport();
        QVERIFY(dialog.isRunning());
        // The window keeps handling events while the worker runs: the progress bar moves.
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0 || !dialog.isRunning(), 20000);
        QVERIFY2(dialog.isRunning(), "the import finished before it could be cancelled");
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("timeColumn"))->isEnabled());
        dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QVERIFY(waitForImport(dialog));
        QCOMPARE(dialog.outcome(), MeasurementImportDialog::Outcome::Cancelled);
        QCOMPARE(counts(store), before);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'measurement_import.mapping.%'")), 0);
        store.close();
        QCOMPARE(fileHash(path), hash);
    }
};

QTEST_MAIN(TestMeasurementImportDialog)
#include "tst_measurementimportdialog.moc"
