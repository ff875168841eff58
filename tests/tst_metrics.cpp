// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "cases/experimentsview.h"
#include "editing/recordeditdialog.h"
#include "i18n/language.h"
#include "items/metrictablemodel.h"
#include "outcomes/experimenttargets.h"
#include "outcomes/metriccatalog.h"
#include "outcomes/metricsmanager.h"
#include "outcomes/outcomesview.h"
#include "shell/mainwindow.h"
#include "shell/recordtable.h"
#include "store/bulkinsert.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QTimer>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextCursor>
#include <QUndoStack>

using namespace citylab;

// Metric definitions and experiment targets edited in the window: the manager's form refuses
// bad codes where they are typed, a metric with measurements is never deleted, targets are
// typed as the locale writes numbers, and every change is a step of the undo history.
class TestMetrics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    // Each test works on its own copy of the demo, so that no test sees another's edits.
    QString freshDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.citylab").arg(++m_copies));
        QFile::copy(m_demo, path);
        return path;
    }

    static qint64 count(const Store &store, const QString &sql)
    {
        QSqlQuery q(store.database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static qint64 metricId(const Store &store, const QString &code)
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id FROM metrics WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    static QString errorUnder(RecordEditDialog *dialog, const QString &column)
    {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("error_") + column);
        return label && label->isVisible() ? label->text() : QString();
    }

    static void type(RecordEditDialog *dialog, const QString &column, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("field_") + column);
        QVERIFY(edit);
        edit->selectAll();
        if (text.isEmpty())
            edit->clear();
        else
            QTest::keyClicks(edit, text);
    }

    static RecordEditDialog *clickNew(MetricsManager &manager)
    {
        QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("newMetric")), Qt::LeftButton);
        return manager.findChild<RecordEditDialog *>(QStringLiteral("metricForm"));
    }

    static QString shotsFolder() { return qEnvironmentVariable("CITYLAB_TEST_SHOTS"); }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_demo = testsupport::makeDemo(m_dir);
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void codeRules_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("as the demo writes them") << QStringLiteral("NET_LATENCY_MS") << true;
        QTest::newRow("two characters") << QStringLiteral("AB") << true;
        QTest::newRow("digits after the first letter") << QStringLiteral("PM10") << true;
        QTest::newRow("thirty-two characters") << QStringLiteral("A").repeated(32) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one character") << QStringLiteral("A") << false;
        QTest::newRow("thirty-three characters") << QStringLiteral("A").repeated(33) << false;
        QTest::newRow("lower case") << QStringLiteral("net_latency") << false;
        QTest::newRow("starts with a digit") << QStringLiteral("10_PM") << false;
        QTest::newRow("space") << QStringLiteral("NET LATENCY") << false;
        QTest::newRow("hyphen") << QStringLiteral("NET-LATENCY") << false;
        QTest::newRow("accented letter") << QStringLiteral("QUALITÀ") << false;
    }

    void codeRules()
    {
        QFETCH(QString, code);
        QFETCH(bool, accepted);
        QCOMPARE(MetricCatalog::codeProblem(code).isEmpty(), accepted);
    }

    void createAMetricThroughTheManagerThenUndo()
    {
        Store store;
        QVERIFY(store.open(freshDemo()));
        QUndoStack undo;
        MetricsManager manager(store, undo);
        manager.show();
        const int rows = manager.table()->model()->rowCount();
        QCOMPARE(rows, int(count(store, QStringLiteral("SELECT count(*) FROM metrics"))));

        RecordEditDialog *form = clickNew(manager);
        QVERIFY(form && form->isVisible());
        type(form, QStringLiteral("code"), QStringLiteral("BIKE_TRIPS"));
        type(form, QStringLiteral("name"), QStringLiteral("Viaggi in bicicletta condivisa"));
        type(form, QStringLiteral("unit"), QStringLiteral("viaggi"));
        auto *direction = form->findChild<QComboBox *>(QStringLiteral("field_direction"));
        direction->setCurrentIndex(direction->findData(QStringLiteral("lower_is_better")));
        form->accept();
        QTRY_VERIFY(!manager.findChild<RecordEditDialog *>());

        const qint64 id = metricId(store, QStringLiteral("BIKE_TRIPS"));
        QVERIFY(id > 0);
        const QVariantMap saved = store.record(QStringLiteral("metrics"), id);
        QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("Viaggi in bicicletta condivisa"));
        QCOMPARE(saved.value(QStringLiteral("unit")).toString(), QStringLiteral("viaggi"));
        QCOMPARE(saved.value(QStringLiteral("direction")).toString(), QStringLiteral("lower_is_better"));
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'metrics' AND action = 'insert'")), 1);
        // the list shows the new metric, selected
        QCOMPARE(manager.table()->model()->rowCount(), rows + 1);
        QCOMPARE(manager.currentMetric(), id);

        undo.undo();
        QCOMPARE(metricId(store, QStringLiteral("BIKE_TRIPS")), -1);
        QCOMPARE(manager.table()->model()->rowCount(), rows);
    }

    void editAMetricIsUndoable()
    {
        Store store;
        QVERIFY(store.open(freshDemo()));
        QUndoStack undo;
        MetricsManager manager(store, undo);
        manager.show();
        const qint64 id = metricId(store, QStringLiteral("ENV_NO2"));
        QVERIFY(manager.selectMetric(id));
        RecordEditDialog *form = manager.editCurrent();
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("field_code"))->text(), QStringLiteral("ENV_NO2"));
        type(form, QStringLiteral("unit"), QStringLiteral("mg/m³"));
        form->accept();
        QCOMPARE(store.record(QStringLiteral("metrics"), id).value(QStringLiteral("unit")).toString(), QStringLiteral("mg/m³"));
        undo.undo();
        QCOMPARE(store.record(QStringLiteral("metrics"), id).value(QStringLiteral("unit")).toString(), QStringLiteral("µg/m³"));
    }

    void badDefinitionsAreRefusedUnderTheirField_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("code of another metric") << QStringLiteral("UAS_FLIGHTS") << QStringLiteral("voli")
                                                << QStringLiteral("code") << QStringLiteral("already used by the metric “Voli completati”");
        QTest::newRow("same code in lower case") << QStringLiteral("uas_flights") << QStringLiteral("voli")
                                                 << QStringLiteral("code") << QStringLiteral("capital letters");
        QTest::newRow("code with a space") << QStringLiteral("BIKE TRIPS") << QStringLiteral("viaggi")
                                           << QStringLiteral("code") << QStringLiteral("capital letters");
        QTest::newRow("no code") << QString() << QStringLiteral("viaggi") << QStringLiteral("code") << QStringLiteral("required");
        QTest::newRow("no unit") << QStringLiteral("BIKE_TRIPS") << QString() << QStringLiteral("unit") << QStringLiteral("required");
    }

    void badDefinitionsAreRefusedUnderTheirField()
    {
        QFETCH(QString, code);
        QFETCH(QString, unit);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString path = freshDemo();
        const QByteArray before = testsupport::fileHash(path);
        {
            Store store;
            QVERIFY(store.open(path, Store::OpenMode::OpenExisting));
            const qint64 metrics = count(store, QStringLiteral("SELECT count(*) FROM metrics"));
            const qint64 changes = count(store, QStringLiteral("SELECT count(*) FROM change_log"));
            QUndoStack undo;
            MetricsManager manager(store, undo);
            manager.show();
            RecordEditDialog *form = clickNew(manager);
            QVERIFY(form);
            type(form, QStringLiteral("code"), code);
            type(form, QStringLiteral("name"), QStringLiteral("Viaggi"));
            type(form, QStringLiteral("unit"), unit);
            form->accept();
            QVERIFY(form->isVisible());
            QVERIFY2(errorUnder(form, field).contains(message), qPrintable(errorUnder(form, field)));
            if (!shotsFolder().isEmpty() && field == QLatin1String("code") && message.startsWith(QLatin1String("already")))
                form->grab().save(QDir(shotsFolder()).filePath(QStringLiteral("metric-duplicate-code.png")));
            form->reject();
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM metrics")), metrics);
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log")), changes);
            QCOMPARE(undo.count(), 0);
        }
        // checked before anything was written: the file itself is as it was
        QCOMPARE(testsupport::fileHash(path), before);
    }

    void aMetricWithMeasurementsIsNotDeleted()
    {
        Store store;
        QVERIFY(store.open(freshDemo()));
        QUndoStack undo;
        MetricsManager manager(store, undo);
        manager.show();
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT metric_id, count(*), count(DISTINCT experiment_id) FROM measurements"
                                      " GROUP BY metric_id ORDER BY 2 DESC LIMIT 1")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        const qint64 measurements = q.value(1).toLongLong();
        QVERIFY(measurements > 0);
        const QString code = store.record(QStringLiteral("metrics"), id).value(QStringLiteral("code")).toString();
        bool asked = false;
        manager.confirm = [&asked](const QString &) { return asked = true; };

        QVERIFY(manager.selectMetric(id));
        // counted in the background, then shown in the list
        const QModelIndex shown = manager.table()->currentIndex().siblingAtColumn(MetricTableModel::Measurements);
        QTRY_COMPARE(shown.data().toString(), QLocale().toString(measurements));
        QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("deleteMetric")), Qt::LeftButton);
        auto *message = manager.findChild<QLabel *>(QStringLiteral("metricsMessage"));
        QVERIFY(message->isVisible());
        // says which metric, how many measurements (as the locale writes numbers) and why
        QVERIFY2(message->text().contains(code), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QLocale().toString(measurements) + QStringLiteral(" measurements")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("would be lost")), qPrintable(message->text()));
        QVERIFY(!asked);
        QVERIFY(!store.record(QStringLiteral("metrics"), id).isEmpty());
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM measurements WHERE metric_id = %1").arg(id)), measurements);
        QCOMPARE(undo.count(), 0);
        if (!shotsFolder().isEmpty())
            manager.grab().save(QDir(shotsFolder()).filePath(QStringLiteral("metrics-manager-refusal.png")));
    }

    void deletingAMetricTakesItsTargetsAndUndoBringsThemBack()
    {
        Store store;
        QVERIFY(store.open(freshDemo()));
        QUndoStack undo;
        const qint64 experiment = count(store, QStringLiteral("SELECT min(id) FROM experiments"));
        const qint64 metric = store.insert(QStringLiteral("metrics"), {{QStringLiteral("code"), QStringLiteral("BIKE_TRIPS")},
                                                                       {QStringLiteral("name"), QStringLiteral("Viaggi")},
                                                                       {QStringLiteral("unit"), QStringLiteral("viaggi")},
                                                                       {QStringLiteral("direction"), QStringLiteral("higher_is_better")}});
        QVERIFY(metric > 0);
        const qint64 target = store.insert(QStringLiteral("targets"), {{QStringLiteral("experiment_id"), experiment},
                                                                       {QStringLiteral("metric_id"), metric},
                                                                       {QStringLiteral("value"), 250.0},
                                                                       {QStringLiteral("due_on"), QStringLiteral("2026-12-31")}});
        QVERIFY(target > 0);
        const QString targetUuid = store.record(QStringLiteral("targets"), target).value(QStringLiteral("uuid")).toString();

        MetricsManager manager(store, undo);
        manager.show();
        QString question;
        manager.confirm = [&question](const QString &text) {
            question = text;
            return true;
        };
        QVERIFY(manager.selectMetric(metric));
        QVERIFY(manager.deleteCurrent());
        QVERIFY(question.contains(QStringLiteral("1 target")));
        QCOMPARE(metricId(store, QStringLiteral("BIKE_TRIPS")), -1);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM targets WHERE uuid = '%1'").arg(targetUuid)), 0);
        // each deletion is in the change log, not only the metric's
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE action = 'delete' AND row_uuid = '%1'").arg(targetUuid)), 1);

        undo.undo();
        const qint64 restored = metricId(store, QStringLiteral("BIKE_TRIPS"));
        QVERIFY(restored > 0);
        QCOMPARE(count(store, QStringLiteral("SELECT metric_id FROM targets WHERE uuid = '%1'").arg(targetUuid)), restored);
        QCOMPARE(count(store, QStringLiteral("SELECT value FROM targets WHERE uuid = '%1'").arg(targetUuid)), 250);
        undo.redo();
        QCOMPARE(metricId(store, QStringLiteral("BIKE_TRIPS")), -1);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM targets WHERE uuid = '%1'").arg(targetUuid)), 0);
    }

    void targetValueAsTheLocaleWritesIt_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<double>("stored");
        QTest::newRow("decimal comma") << QStringLiteral("12,5") << true << 12.5;
        QTest::newRow("thousands and decimals") << QStringLiteral("1.250,75") << true << 1250.75;
        QTest::newRow("whole number") << QStringLiteral("40") << true << 40.0;
        QTest::newRow("negative") << QStringLiteral("-3,5") << true << -3.5;
        QTest::newRow("decimal point is not Italian") << QStringLiteral("12.5") << false << 0.0;
        QTest::newRow("words") << QStringLiteral("dodici") << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
    }

    // From the experiment page, in Italian: Add target…, "12,5", saved as 12.5; undo takes it away.
    void targetValueAsTheLocaleWritesIt()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(double, stored);
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        Store store;
        QVERIFY(store.open(freshDemo()));
        QUndoStack undo;
        ExperimentsView view(store, undo);
        view.resize(1400, 900);
        view.show();
        const qint64 experiment = view.currentRecord();
        QVERIFY(experiment > 0);
        auto *page = view.findChild<ExperimentDetailPanel *>();
        QVERIFY(page);
        QVERIFY(page->toHtml().contains(QStringLiteral("target:add")));
        const qint64 targets = count(store, QStringLiteral("SELECT count(*) FROM targets"));

        emit page->anchorClicked(QUrl(QStringLiteral("target:add")));
        auto *form = view.findChild<RecordEditDialog *>(QStringLiteral("targetForm"));
        QVERIFY(form && form->isVisible());
        auto *metric = form->findChild<QComboBox *>(QStringLiteral("field_metric_id"));
        const int index = metric->findText(QStringLiteral("NET_LATENCY_MS"), Qt::MatchStartsWith);
        QVERIFY(index >= 0);
        QVERIFY(metric->itemText(index).contains(QStringLiteral("(ms)")));   // the unit shows with the metric
        metric->setCurrentIndex(index);
        type(form, QStringLiteral("value"), typed);
        form->findChild<QDateEdit *>(QStringLiteral("field_due_on"))->setDate(QDate(2026, 10, 31));
        form->accept();
        if (!accepted) {
            QVERIFY(form->isVisible());
            QVERIFY(!errorUnder(form, QStringLiteral("value")).isEmpty());
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM targets")), targets);
            QCOMPARE(undo.count(), 0);
            return;
        }
        QVERIFY2(!form->isVisible(), qPrintable(errorUnder(form, QStringLiteral("value"))));
        QTRY_VERIFY(!view.findChild<RecordEditDialog *>());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, value, due_on FROM targets WHERE experiment_id = %1 AND metric_id = %2")
                           .arg(experiment).arg(metricId(store, QStringLiteral("NET_LATENCY_MS"))))
                && q.next());
        const qint64 target = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toDouble(), stored);
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-10-31"));
        q.finish(); // reads end before a write, as in the application
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'targets' AND action = 'insert'")), 1);
        // the page lists it as Italian writes numbers and dates, with links to edit and remove it
        const QString text = page->toPlainText().replace(QChar(0x00A0), u' ');
        QVERIFY2(text.contains(QStringLiteral("at most ") + QLocale().toString(stored, 'g', QLocale::FloatingPointShortest)
                               + QStringLiteral(" ms")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("31/10/2026")));
        QVERIFY(page->toHtml().contains(QStringLiteral("target:remove/%1").arg(target)));

        undo.undo();
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM targets")), targets);
        QVERIFY(!page->toHtml().contains(QStringLiteral("target:remove/%1").arg(target)));
        undo.redo();
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM targets")), targets + 1);
    }

    void editAndRemoveATargetFromThePage()
    {
        Store store;
        QVERIFY(store.open(freshDemo()));
        QUndoStack undo;
        ExperimentsView view(store, undo);
        view.show();
        const qint64 experiment = view.currentRecord();
        const qint64 target = store.insert(QStringLiteral("targets"), {{QStringLiteral("experiment_id"), experiment},
                                                                       {QStringLiteral("metric_id"), metricId(store, QStringLiteral("ENV_PM10"))},
                                                                       {QStringLiteral("value"), 30.0}});
        QVERIFY(target > 0);
        auto *page = view.findChild<ExperimentDetailPanel *>();
        QTRY_VERIFY(page->toHtml().contains(QStringLiteral("target:edit/%1").arg(target)));

        emit page->anchorClicked(QUrl(QStringLiteral("target:edit/%1").arg(target)));
        auto *form = view.findChild<RecordEditDialog *>(QStringLiteral("targetForm"));
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("field_value"))->text(), QStringLiteral("30"));
        type(form, QStringLiteral("value"), QStringLiteral("28.5"));
        form->accept();
        QTRY_VERIFY(!view.findChild<RecordEditDialog *>());
        QCOMPARE(store.record(QStringLiteral("targets"), target).value(QStringLiteral("value")).toDouble(), 28.5);

        emit page->anchorClicked(QUrl(QStringLiteral("target:remove/%1").arg(target)));
        QVERIFY(store.record(QStringLiteral("targets"), target).isEmpty());
        QVERIFY(!page->toHtml().contains(QStringLiteral("target:edit/%1").arg(target)));
        QVERIFY(!page->toPlainText().contains(QStringLiteral("at most 28.5")));
        undo.undo();   // the removal
        QVERIFY(page->toPlainText().contains(QStringLiteral("at most 28.5")));
        undo.redo();
        QVERIFY(!page->toPlainText().contains(QStringLiteral("at most 28.5")));
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'targets' AND action = 'delete'")), 2);
    }

    void targetMetAgainstTheLatestWeeklyMean_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("met");
        // the latest week's mean is 20 (10, 20, 30); the week before (100) does not count
        QTest::newRow("higher is better, above the target") << QStringLiteral("higher_is_better") << 15.0 << true;
        QTest::newRow("higher is better, below the target") << QStringLiteral("higher_is_better") << 25.0 << false;
        QTest::newRow("higher is better, on the target") << QStringLiteral("higher_is_better") << 20.0 << true;
        QTest::newRow("lower is better, above the target") << QStringLiteral("lower_is_better") << 15.0 << false;
        QTest::newRow("lower is better, below the target") << QStringLiteral("lower_is_better") << 25.0 << true;
        QTest::newRow("lower is better, on the target") << QStringLiteral("lower_is_better") << 20.0 << true;
        QTest::newRow("not met by the older week") << QStringLiteral("higher_is_better") << 90.0 << false;
    }

    void targetMetAgainstTheLatestWeeklyMean()
    {
        QFETCH(QString, direction);
        QFETCH(double, target);
        QFETCH(bool, met);
        Store store;
        QVERIFY(store.open(freshDemo()));
        const qint64 experiment = count(store, QStringLiteral("SELECT min(id) FROM experiments"));
        const qint64 metric = store.insert(QStringLiteral("metrics"), {{QStringLiteral("code"), QStringLiteral("TEST_METRIC")},
                                                                       {QStringLiteral("name"), QStringLiteral("Test")},
                                                                       {QStringLiteral("unit"), QStringLiteral("u")},
                                                                       {QStringLiteral("direction"), direction}});
        QVERIFY(store.insert(QStringLiteral("targets"), {{QStringLiteral("experiment_id"), experiment},
                                                         {QStringLiteral("metric_id"), metric},
                                                         {QStringLiteral("value"), target}}) > 0);

        // no measurements yet: nothing to judge by
        QList<TargetStatus> targets = ExperimentTargets::load(store, experiment, QTimeZone::UTC);
        auto mine = std::find_if(targets.cbegin(), targets.cend(), [&](const TargetStatus &t) { return t.metricId == metric; });
        QVERIFY(mine != targets.cend());
        QVERIFY(!mine->hasMean);
        QVERIFY(!mine->met());

        const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::UTC).toSecsSinceEpoch(); };
        QVERIFY(store.transact([&] {
            const qint64 batch = store.insert(QStringLiteral("measurement_batches"), {{QStringLiteral("experiment_id"), experiment},
                                                                                      {QStringLiteral("source"), QStringLiteral("test")}});
            BulkInsert rows(store, QStringLiteral("measurements"),
                            {QStringLiteral("batch_id"), QStringLiteral("experiment_id"), QStringLiteral("metric_id"),
                             QStringLiteral("measured_at"), QStringLiteral("value"), QStringLiteral("seq")});
            int seq = 0;
            // Monday 2 March, then Monday 9, Wednesday 11 and Sunday 15 late in the evening
            for (const auto &[when, value] : {std::pair{at(2, 10), 100.0}, {at(9, 0), 10.0}, {at(11, 12), 20.0}, {at(15, 23), 30.0}})
                if (rows.add({batch, experiment, metric, when, value, seq++}) < 0)
                    return false;
            return rows.finish(QStringLiteral("test"));
        }));
        targets = ExperimentTargets::load(store, experiment, QTimeZone::UTC);
        mine = std::find_if(targets.cbegin(), targets.cend(), [&](const TargetStatus &t) { return t.metricId == metric; });
        QVERIFY(mine->hasMean);
        QCOMPARE(mine->latestMean, 20.0);
        QCOMPARE(mine->meanWeek, QDate(2026, 3, 9));
        QCOMPARE(mine->met(), met);

        // A report of a period ending before the second week judges by the first one.
        const auto before = ExperimentTargets::load(store, experiment, QTimeZone::UTC, at(9, 0));
        const auto earlier = std::find_if(before.cbegin(), before.cend(), [&](const TargetStatus &t) { return t.metricId == metric; });
        QVERIFY(earlier->hasMean);
        QCOMPARE(earlier->latestMean, 100.0);
        QCOMPARE(earlier->meanWeek, QDate(2026, 3, 2));
    }

    // CITYLAB_TEST_SHOTS=DIR: the manager and an experiment page with targets, in Italian, to look at.
    void italianScreenshots()
    {
        if (shotsFolder().isEmpty())
            QSKIP("set CITYLAB_TEST_SHOTS to a folder to keep the pictures");
        QVERIFY(Language::install(QStringLiteral("it")));
        QLocale::setDefault(Language::localeFor(QStringLiteral("it")));
        Store store;
        QVERIFY(store.open(freshDemo()));
        QUndoStack undo;
        {
            MetricsManager manager(store, undo);
            manager.show();
            QVERIFY(manager.selectMetric(metricId(store, QStringLiteral("NET_LATENCY_MS"))));
            manager.grab().save(QDir(shotsFolder()).filePath(QStringLiteral("metrics-manager-it.png")));
            RecordEditDialog *form = manager.editCurrent();
            form->grab().save(QDir(shotsFolder()).filePath(QStringLiteral("metric-form-it.png")));
            form->reject();
        }
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT experiment_id FROM measurements GROUP BY experiment_id ORDER BY count(*) DESC LIMIT 1"))
                && q.next());
        const qint64 experiment = q.value(0).toLongLong();
        ExperimentsView view(store, undo);
        view.resize(1500, 1000);
        view.show();
        QVERIFY(view.selectRecord(experiment));
        auto *page = view.findChild<ExperimentDetailPanel *>();
        emit page->anchorClicked(QUrl(QStringLiteral("target:add")));
        auto *form = view.findChild<RecordEditDialog *>(QStringLiteral("targetForm"));
        auto *metric = form->findChild<QComboBox *>(QStringLiteral("field_metric_id"));
        metric->setCurrentIndex(metric->findText(QStringLiteral("NET_LATENCY_MS"), Qt::MatchStartsWith));
        type(form, QStringLiteral("value"), QStringLiteral("12,5"));
        form->findChild<QDateEdit *>(QStringLiteral("field_due_on"))->setDate(QDate(2026, 10, 31));
        form->grab().save(QDir(shotsFolder()).filePath(QStringLiteral("target-form-it.png")));
        form->accept();
        QTRY_VERIFY(!view.findChild<RecordEditDialog *>());
        // the page scrolled to its targets
        if (page->find(QStringLiteral("Obiettivi")) || page->find(QStringLiteral("Targets"))) {
            QTextCursor cursor = page->textCursor();
            cursor.clearSelection();
            page->setTextCursor(cursor);
        }
        view.grab().save(QDir(shotsFolder()).filePath(QStringLiteral("experiment-targets-it.png")));
        Language::install(QStringLiteral("en"));
    }

    void theWindowOffersTheManager()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(freshDemo()));
        QAction *action = window.findChild<QAction *>(QStringLiteral("metricsAction"));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        // it lives in the Edit menu, next to the other definitions of the office
        bool inEditMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(action))
                inEditMenu = menu->text().contains(QStringLiteral("Edit"));
        QVERIFY(inEditMenu);

        // and from the Outcomes view, where metrics are charted
        window.show();
        window.showView(QStringLiteral("outcomes"));
        auto *outcomes = qobject_cast<OutcomesView *>(window.view(QStringLiteral("outcomes")));
        QVERIFY(outcomes);
        auto *button = outcomes->findChild<QPushButton *>(QStringLiteral("manageMetrics"));
        QVERIFY(button && button->isVisible());
        QString opened;
        QTimer::singleShot(0, &window, [&opened] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                opened = modal->objectName();
                modal->close();
            }
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(opened, QStringLiteral("metricsManager"));
    }
};

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
