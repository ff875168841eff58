// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "charts/barchart.h"
#include "charts/boxplotchart.h"
#include "charts/stackedbarchart.h"
#include "charts/timeserieschart.h"
#include "i18n/language.h"
#include "outcomes/outcomesview.h"
#include "outcomes/seriesexplorer.h"
#include "reports/reportdialog.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QProcess>
#include <QToolButton>
#include <QWheelEvent>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QStyleOptionComboBox>
#include <QTextDocument>
#include <QTranslator>
#include <qcustomplot.h>

using namespace citylab;

// The Outcomes view on the demo of the reference day: the explorer draws a metric with its
// target over zones, experiments and periods, each chart exports, and an experiment page
// shows its charts. The Portfolio tab and the report dialog have tests of their own.
class TestOutcomesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seriesWithTarget();
    void overlayZones();
    void overlayExperiments();
    void periodFiltersData_data();
    void periodFiltersData();
    void aggregationBuckets_data();
    void aggregationBuckets();
    void newMeasurementsRedraw();
    void zoomAndPanWithTheMouse();
    void axesInTheLocale();
    void experimentPageLinkOpensExplorer();
    void linkToASeriesNewSinceTheViewWasLeft();
    void exports_data();
    void exports();
    void everyChartExports_data();
    void everyChartExports();
    void experimentPageCharts();
    void combosFitTheirLongestItem();
    void italianScreenshots();

private:
    // The experiment with the most measurements of one metric, and that metric.
    static QPair<qint64, qint64> busiestSeries(Store &store);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestOutcomesView::initTestCase()
{
    testsupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = testsupport::makeDemo(m_dir);
}

void TestOutcomesView::seriesWithTarget()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    QCustomPlot *plot = view.seriesChart()->plot();
    QVERIFY(plot->graphCount() >= 1);
    QVERIFY(plot->graph(0)->dataCount() > 10);
    // The demo sets targets: the dashed line is there and inside the value range shown.
    QCOMPARE(plot->itemCount(), 2);
    auto *line = qobject_cast<QCPItemStraightLine *>(plot->item(0));
    QVERIFY(line);
    QVERIFY(plot->yAxis->range().contains(line->point1->coords().y()));
}

QPair<qint64, qint64> TestOutcomesView::busiestSeries(Store &store)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT experiment_id, metric_id FROM measurements GROUP BY 1, 2 "
                              "ORDER BY count(*) DESC, 1, 2 LIMIT 1"));
    return query.next() ? qMakePair(query.value(0).toLongLong(), query.value(1).toLongLong()) : qMakePair(0LL, 0LL);
}

// One line per ticked zone, each with its colour and legend entry.
void TestOutcomesView::overlayZones()
{
    Store store;
    QVERIFY(store.open(m_demo));
    QSqlQuery query(store.database());
    // An experiment whose measurements come from at least two zones.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT experiment_id, metric_id, count(DISTINCT zone_id) FROM measurements WHERE zone_id IS NOT NULL "
        "GROUP BY 1, 2 HAVING count(DISTINCT zone_id) >= 2 ORDER BY 3 DESC, 1, 2 LIMIT 1")));
    QVERIFY2(query.next(), "the demo measures some metric in several zones");
    const qint64 experiment = query.value(0).toLongLong();
    const qint64 metric = query.value(1).toLongLong();
    const int zonesWithData = query.value(2).toInt();
    OutcomesView view(store);
    SeriesExplorer *explorer = view.explorer();
    QVERIFY(explorer->showMetric(experiment, metric));
    explorer->setCompare(SeriesExplorer::Zones);
    QListWidget *list = explorer->compareList();
    QVERIFY(list->count() >= zonesWithData);
    QCustomPlot *plot = explorer->chart()->plot();
    QCOMPARE(plot->graphCount(), zonesWithData);
    QCOMPARE(plot->legend->itemCount(), zonesWithData);
    QSet<QRgb> colours;
    for (int i = 0; i < plot->graphCount(); ++i)
        colours.insert(plot->graph(i)->pen().color().rgb());
    QCOMPARE(colours.size(), zonesWithData);
    // Unticking every zone but one leaves one line.
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QString name = list->item(i)->text();
        bool hasData = false;
        for (int g = 0; g < plot->graphCount(); ++g)
            hasData = hasData || plot->graph(g)->name() == name;
        if (hasData && ticked++ == 0)
            continue;
        list->item(i)->setCheckState(Qt::Unchecked);
    }
    QCOMPARE(plot->graphCount(), 1);
}

// Other experiments measuring the same metric overlay with their own targets.
void TestOutcomesView::overlayExperiments()
{
    Store store;
    QVERIFY(store.open(m_demo));
    const auto [experiment, metric] = busiestSeries(store);
    OutcomesView view(store);
    SeriesExplorer *explorer = view.explorer();
    QVERIFY(explorer->showMetric(experiment, metric));
    explorer->setCompare(SeriesExplorer::Experiments);
    QListWidget *list = explorer->compareList();
    QCustomPlot *plot = explorer->chart()->plot();
    QCOMPARE(plot->graphCount(), 1);   // nothing ticked yet: the experiment alone

    // Tick up to three others that have measurements of the metric.
    QList<qint64> drawn{experiment};
    for (int i = 0; i < list->count() && drawn.size() < 4; ++i) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM measurements WHERE experiment_id = :e AND metric_id = :m"));
        query.bindValue(QStringLiteral(":e"), list->item(i)->data(Qt::UserRole));
        query.bindValue(QStringLiteral(":m"), metric);
        QVERIFY(query.exec() && query.next());
        if (query.value(0).toInt() == 0)
            continue;
        list->item(i)->setCheckState(Qt::Checked);
        drawn.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    QVERIFY2(drawn.size() >= 2, "the demo measures a metric in several experiments");
    QCOMPARE(plot->graphCount(), drawn.size());
    QCOMPARE(plot->legend->itemCount(), drawn.size());
    // Each series has its points, within the whole period of all of them.
    for (int g = 0; g < plot->graphCount(); ++g)
        QVERIFY(plot->graph(g)->dataCount() > 0);
    // One dashed target line (and its label) per drawn experiment with a target.
    int targets = 0;
    for (qint64 id : std::as_const(drawn)) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM targets WHERE experiment_id = :e AND metric_id = :m"));
        query.bindValue(QStringLiteral(":e"), id);
        query.bindValue(QStringLiteral(":m"), metric);
        QVERIFY(query.exec() && query.next());
        targets += query.value(0).toInt() > 0;
    }
    int lines = 0;
    for (int i = 0; i < plot->itemCount(); ++i)
        lines += qobject_cast<QCPItemStraightLine *>(plot->item(i)) != nullptr;
    QCOMPARE(lines, targets);
    // The target values are named in the legend, not printed over one another on the chart.
    QCOMPARE(plot->itemCount(), targets);
    int named = 0;
    for (int g = 0; g < plot->graphCount(); ++g)
        named += plot->graph(g)->name().contains(u'(');
    QCOMPARE(named, targets);
    if (!qEnvironmentVariableIsEmpty("CITYLAB_SHOT_DIR")) {
        view.resize(1200, 800);
        view.openLink(SeriesExplorer::link(experiment, metric));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab().save(QDir(qEnvironmentVariable("CITYLAB_SHOT_DIR")).filePath(QStringLiteral("explorer-compare.png")));
    }
}

void TestOutcomesView::periodFiltersData_data()
{
    QTest::addColumn<int>("fromDay");   // days after the first measurement
    QTest::addColumn<int>("length");    // days in the period, both ends included
    QTest::newRow("first week") << 0 << 7;
    QTest::newRow("a month inside") << 20 << 30;
    QTest::newRow("one day") << 10 << 1;
}

// Dates typed in the two date edits limit the series to that period, ends included.
void TestOutcomesView::periodFiltersData()
{
    QFETCH(int, fromDay);
    QFETCH(int, length);
    Store store;
    QVERIFY(store.open(m_demo));
    const auto [experiment, metric] = busiestSeries(store);
    OutcomesView view(store);
    SeriesExplorer *explorer = view.explorer();
    QVERIFY(explorer->showMetric(experiment, metric));
    auto *aggregation = explorer->findChild<QComboBox *>(QStringLiteral("aggregation"));
    aggregation->setCurrentIndex(aggregation->findData(-1));   // every measurement

    const QDate first = explorer->periodFrom();
    QVERIFY(first.isValid());
    const QDate from = first.addDays(fromDay);
    const QDate to = from.addDays(length - 1);
    // As a user does it: the "to" date first, then the "from" date.
    explorer->findChild<QDateEdit *>(QStringLiteral("periodTo"))->setDate(to);
    explorer->findChild<QDateEdit *>(QStringLiteral("periodFrom"))->setDate(from);
    QCOMPARE(explorer->findChild<QComboBox *>(QStringLiteral("periodPreset"))->currentData().toInt(), -1);

    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM measurements WHERE experiment_id = :e AND metric_id = :m "
                                 "AND measured_at >= :from AND measured_at < :to"));
    query.bindValue(QStringLiteral(":e"), experiment);
    query.bindValue(QStringLiteral(":m"), metric);
    query.bindValue(QStringLiteral(":from"), from.startOfDay().toSecsSinceEpoch());
    query.bindValue(QStringLiteral(":to"), to.addDays(1).startOfDay().toSecsSinceEpoch());
    QVERIFY(query.exec() && query.next());
    const int expected = query.value(0).toInt();
    QVERIFY(expected > 0);
    QCustomPlot *plot = explorer->chart()->plot();
    QCOMPARE(plot->graphCount(), 1);
    QCOMPARE(plot->graph(0)->dataCount(), expected);
    QVERIFY(plot->graph(0)->data()->constBegin()->key >= from.startOfDay().toSecsSinceEpoch());
    QVERIFY((plot->graph(0)->data()->constEnd() - 1)->key < to.addDays(1).startOfDay().toSecsSinceEpoch());
    // The time axis shows the period chosen.
    QCOMPARE(plot->xAxis->range().lower, double(from.startOfDay().toSecsSinceEpoch()));
    QCOMPARE(plot->xAxis->range().upper, double(to.addDays(1).startOfDay().toSecsSinceEpoch()));
}

void TestOutcomesView::aggregationBuckets_data()
{
    QTest::addColumn<int>("granularity");
    QTest::newRow("daily") << int(Aggregation::Daily);
    QTest::newRow("weekly") << int(Aggregation::Weekly);
    QTest::newRow("monthly") << int(Aggregation::Monthly);
}

// A bucket per day, ISO week or month from the first measured to the last.
void TestOutcomesView::aggregationBuckets()
{
    QFETCH(int, granularity);
    Store store;
    QVERIFY(store.open(m_demo));
    const auto [experiment, metric] = busiestSeries(store);
    OutcomesView view(store);
    SeriesExplorer *explorer = view.explorer();
    QVERIFY(explorer->showMetric(experiment, metric));
    auto *aggregation = explorer->findChild<QComboBox *>(QStringLiteral("aggregation"));
    aggregation->setCurrentIndex(aggregation->findData(granularity));

    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT min(measured_at), max(measured_at) FROM measurements "
                                 "WHERE experiment_id = :e AND metric_id = :m"));
    query.bindValue(QStringLiteral(":e"), experiment);
    query.bindValue(QStringLiteral(":m"), metric);
    QVERIFY(query.exec() && query.next());
    const QDate first = QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong()).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong()).date();
    qint64 expected = 0;
    switch (granularity) {
    case Aggregation::Daily:
        expected = first.daysTo(last) + 1;
        break;
    case Aggregation::Weekly:
        expected = Aggregation::bucketDate(first, Aggregation::Weekly).daysTo(Aggregation::bucketDate(last, Aggregation::Weekly)) / 7 + 1;
        break;
    default:
        expected = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    }
    QCOMPARE(qint64(explorer->chart()->plot()->graph(0)->dataCount()), expected);
}

// Measurements imported while the explorer is open appear at once, and the user's choices
// (experiment, metric, ticked zones) stay as they were.
void TestOutcomesView::newMeasurementsRedraw()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.citylab"));
    QVERIFY(QFile::copy(m_demo, copy));
    Store store;
    QVERIFY(store.open(copy));
    const auto [experiment, metric] = busiestSeries(store);
    OutcomesView view(store);
    SeriesExplorer *explorer = view.explorer();
    // on screen, as the user has it: a chart behind another tab is drawn when shown
    view.show();
    view.findChild<QTabWidget *>(QStringLiteral("outcomesTabs"))->setCurrentWidget(explorer);
    QVERIFY(explorer->showMetric(experiment, metric));
    auto *aggregation = explorer->findChild<QComboBox *>(QStringLiteral("aggregation"));
    aggregation->setCurrentIndex(aggregation->findData(-1));
    QCustomPlot *plot = explorer->chart()->plot();
    const int before = plot->graph(0)->dataCount();
    const QDate lastDay = explorer->periodTo();

    // Another program (the CLI, as a partner's script would) imports one more day of the series.
    QSqlQuery last(store.database());
    last.prepare(QStringLiteral("SELECT e.code, m.code, max(x.measured_at) FROM measurements x JOIN experiments e ON e.id = x.experiment_id "
                                "JOIN metrics m ON m.id = x.metric_id WHERE x.experiment_id = :e AND x.metric_id = :m"));
    last.bindValue(QStringLiteral(":e"), experiment);
    last.bindValue(QStringLiteral(":m"), metric);
    QVERIFY(last.exec() && last.next());
    const QString experimentCode = last.value(0).toString(), metricCode = last.value(1).toString();
    const QDateTime lastTime = QDateTime::fromSecsSinceEpoch(last.value(2).toLongLong(), QTimeZone::UTC);
    last.finish();
    const QString csv = dir.filePath(QStringLiteral("one more day.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("time,value\n" + lastTime.addDays(3).toString(Qt::ISODate).toLatin1() + ",42\n");
    file.close();
    store.watchExternalChanges(50);
    const testsupport::RunResult import = testsupport::runCitylab(
        {QStringLiteral("import"), QStringLiteral("measurements"), csv, QStringLiteral("--db"), copy, QStringLiteral("--experiment"),
         experimentCode, QStringLiteral("--metric"), metricCode});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QTRY_COMPARE(plot->graph(0)->dataCount(), before + 1);

    QCOMPARE(explorer->experimentId(), experiment);
    QCOMPARE(explorer->metricId(), metric);
    QCOMPARE(explorer->periodTo(), lastDay.addDays(3));   // "whole period" follows the data

    // A zone the user unticked stays unticked when the store changes again.
    explorer->setCompare(SeriesExplorer::Zones);
    QListWidget *list = explorer->compareList();
    QVERIFY(list->count() >= 1);
    list->item(0)->setCheckState(Qt::Unchecked);
    const int zoneLines = plot->graphCount();
    QVERIFY(store.insert(QStringLiteral("targets"), {{QStringLiteral("experiment_id"), experiment}, {QStringLiteral("metric_id"), metric},
                                                     {QStringLiteral("value"), 1.0}}) > 0);
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(plot->graphCount(), zoneLines);

    // Behind the Portfolio tab the chart is not read again at each import; it is when shown.
    explorer->setCompare(SeriesExplorer::Single);
    const int shown = plot->graph(0)->dataCount();
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("outcomesTabs"));
    tabs->setCurrentIndex(0);
    QVERIFY(!explorer->isVisible());
    file.open(QIODevice::WriteOnly);
    file.write("time,value\n" + lastTime.addDays(4).toString(Qt::ISODate).toLatin1() + ",43\n");
    file.close();
    const testsupport::RunResult another = testsupport::runCitylab(
        {QStringLiteral("import"), QStringLiteral("measurements"), csv, QStringLiteral("--db"), copy, QStringLiteral("--experiment"),
         experimentCode, QStringLiteral("--metric"), metricCode});
    QVERIFY2(another.exitCode == 0, qPrintable(another.err));
    QSignalSpy heard(&store, &Store::changed);
    QTRY_VERIFY(heard.count() > 0);
    QCOMPARE(plot->graph(0)->dataCount(), shown);
    tabs->setCurrentWidget(explorer);
    QCOMPARE(plot->graph(0)->dataCount(), shown + 1);
}

// The explorer's chart pans with a drag and zooms with the wheel, along the time axis.
void TestOutcomesView::zoomAndPanWithTheMouse()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    SeriesExplorer *explorer = view.explorer();
    QVERIFY(view.openLink(SeriesExplorer::link(busiestSeries(store).first, busiestSeries(store).second)));
    QCustomPlot *plot = explorer->chart()->plot();
    QVERIFY(plot->isVisible());
    const QCPRange before = plot->xAxis->range();
    const QCPRange values = plot->yAxis->range();
    const QPoint centre = plot->axisRect()->rect().center();

    // Wheel forward zooms in around the cursor.
    QWheelEvent wheel(QPointF(centre), plot->mapToGlobal(QPointF(centre)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    const QCPRange zoomed = plot->xAxis->range();
    QVERIFY2(zoomed.size() < before.size() * 0.95, qPrintable(QStringLiteral("%1 -> %2").arg(before.size()).arg(zoomed.size())));
    QVERIFY(before.contains(zoomed.lower) && before.contains(zoomed.upper));

    // Dragging to the right shows earlier times.
    QTest::mousePress(plot, Qt::LeftButton, {}, centre);
    QMouseEvent move(QEvent::MouseMove, QPointF(centre + QPoint(150, 0)), plot->mapToGlobal(QPointF(centre + QPoint(150, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, centre + QPoint(150, 0));
    const QCPRange panned = plot->xAxis->range();
    QVERIFY2(panned.lower < zoomed.lower, qPrintable(QStringLiteral("%1 -> %2").arg(zoomed.lower).arg(panned.lower)));
    QVERIFY(qAbs(panned.size() - zoomed.size()) < 1.0);
    // Values keep their scale: only time moves.
    QCOMPARE(plot->yAxis->range().lower, values.lower);
    QCOMPARE(plot->yAxis->range().upper, values.upper);

    // A double click shows the whole period again.
    QTest::mouseDClick(plot, Qt::LeftButton, {}, centre);
    QCOMPARE(plot->xAxis->range().lower, before.lower);
    QCOMPARE(plot->xAxis->range().upper, before.upper);
}

// Italian axes: month names and decimal commas, as an Italian reader expects.
void TestOutcomesView::axesInTheLocale()
{
    QLocale::setDefault(QLocale(QStringLiteral("it_IT")));
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    SeriesExplorer *explorer = view.explorer();
    QVERIFY(view.openLink(SeriesExplorer::link(busiestSeries(store).first, busiestSeries(store).second)));
    const QDate to = explorer->periodTo();
    explorer->setPeriod(to.addMonths(-8), to);
    QCustomPlot *plot = explorer->chart()->plot();
    plot->yAxis->setRange(0, 1);
    plot->replot();
    const QLocale italian(QStringLiteral("it_IT"));
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months.append(italian.monthName(m, QLocale::ShortFormat));
    const QList<QString> timeLabels = plot->xAxis->tickVectorLabels();
    QVERIFY(!timeLabels.isEmpty());
    for (const QString &label : timeLabels)
        QVERIFY2(months.contains(label.section(u' ', 0, 0)) && label.section(u' ', 1).toInt() > 2000, qPrintable(label));
    const QList<QString> valueLabels = plot->yAxis->tickVectorLabels();
    QVERIFY2(valueLabels.contains(QStringLiteral("0,2")) || valueLabels.contains(QStringLiteral("0,5")),
             qPrintable(valueLabels.join(u'|')));

    if (!qEnvironmentVariableIsEmpty("CITYLAB_SHOT_DIR")) {
        explorer->setCompare(SeriesExplorer::Zones);
        QTest::qWait(200);
        view.grab().save(QDir(qEnvironmentVariable("CITYLAB_SHOT_DIR")).filePath(QStringLiteral("explorer-it.png")));
        explorer->setCompare(SeriesExplorer::Single);
        plot->yAxis->setRange(0, 1);
        plot->replot();
    }
    // Within a month: day and month name.
    explorer->setPeriod(to.addDays(-20), to);
    plot->replot();
    for (const QString &label : plot->xAxis->tickVectorLabels())
        QVERIFY2(months.contains(label.section(u' ', 1)), qPrintable(label));
    QLocale::setDefault(QLocale::c());
}

// Clicking a chart on the experiment page opens that experiment and metric in the explorer.
void TestOutcomesView::experimentPageLinkOpensExplorer()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openDatabase(m_demo), qPrintable(window.lastError()));
    QSqlQuery query(window.store().database());
    // The last experiment with measurements of two metrics, so the second chart is not the default.
    QVERIFY(query.exec(QStringLiteral("SELECT experiment_id FROM measurements GROUP BY experiment_id "
                                      "HAVING count(DISTINCT metric_id) >= 2 ORDER BY experiment_id DESC LIMIT 1")));
    QVERIFY(query.next());
    const qint64 experiment = query.value(0).toLongLong();
    window.showView(QStringLiteral("experiments"));
    auto *page = window.findChild<ExperimentDetailPanel *>(QStringLiteral("experimentDetails"));
    QVERIFY(page);
    page->showRecord(experiment);
    const QString html = page->toHtml();
    const QRegularExpression links(QStringLiteral("href=\"(outcomes:experiment/%1/metric/(\\d+))\"").arg(experiment));
    QList<QPair<QString, qint64>> found;
    for (auto it = links.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (found.isEmpty() || found.constLast().first != match.captured(1))
            found.append({match.captured(1), match.captured(2).toLongLong()});
    }
    QVERIFY2(found.size() >= 2, qPrintable(html.right(3000)));
    const auto [link, metric] = found.constLast();
    // Click the picture itself, as a user does.
    int position = -1;
    for (QTextBlock block = page->document()->begin(); block.isValid() && position < 0; block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat() && it.fragment().charFormat().anchorHref() == link)
                position = it.fragment().position();
    QVERIFY(position >= 0);
    QTextCursor cursor(page->document());
    cursor.setPosition(position);
    page->setTextCursor(cursor);
    page->ensureCursorVisible();
    const QRect at = page->cursorRect(cursor);
    const QPoint click(at.left() + 40, at.top() + at.height() / 2);
    QCOMPARE(page->anchorAt(click), link);
    QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(window.currentViewId(), QStringLiteral("outcomes"));
    auto *outcomes = qobject_cast<OutcomesView *>(window.view(QStringLiteral("outcomes")));
    QVERIFY(outcomes);
    QCOMPARE(outcomes->explorer()->experimentId(), experiment);
    QCOMPARE(outcomes->explorer()->metricId(), metric);
    QVERIFY(outcomes->explorer()->isVisible());
    QVERIFY(outcomes->seriesChart()->plot()->graphCount() >= 1);
}

// Outcomes was opened once and left on its Portfolio tab; meanwhile the CLI imports the first
// measurements of an experiment. A link to that series (its page's chart) opens it: the
// series list waiting to be read again is read before the link is followed.
void TestOutcomesView::linkToASeriesNewSinceTheViewWasLeft()
{
    QTemporaryDir dir;
    const QString copy = testsupport::makeDemo(dir, QStringLiteral("left.citylab"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openDatabase(copy), qPrintable(window.lastError()));
    window.showView(QStringLiteral("outcomes"));
    auto *outcomes = qobject_cast<OutcomesView *>(window.view(QStringLiteral("outcomes")));
    QVERIFY(outcomes);
    outcomes->findChild<QTabWidget *>(QStringLiteral("outcomesTabs"))->setCurrentIndex(0);
    window.showView(QStringLiteral("today"));
    QSqlQuery query(window.store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT e.id, e.code, (SELECT code FROM metrics ORDER BY id LIMIT 1), "
                                      "(SELECT id FROM metrics ORDER BY id LIMIT 1) FROM experiments e "
                                      "WHERE NOT EXISTS (SELECT 1 FROM measurements m WHERE m.experiment_id = e.id) LIMIT 1")));
    QVERIFY(query.next());
    const qint64 experiment = query.value(0).toLongLong(), metric = query.value(3).toLongLong();
    const QString experimentCode = query.value(1).toString(), metricCode = query.value(2).toString();
    query.finish();
    QVERIFY(!outcomes->explorer()->listsExperiment(experiment));
    const QString csv = dir.filePath(QStringLiteral("first.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("time,value\n2026-03-01T10:00:00Z,12\n2026-03-02T10:00:00Z,14\n");
    file.close();
    const testsupport::RunResult import = testsupport::runCitylab(
        {QStringLiteral("import"), QStringLiteral("measurements"), csv, QStringLiteral("--db"), copy, QStringLiteral("--experiment"),
         experimentCode, QStringLiteral("--metric"), metricCode});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QSignalSpy heard(&window.store(), &Store::changed);
    QTRY_VERIFY(heard.count() > 0);
    window.openOutcomesLink(SeriesExplorer::link(experiment, metric));
    QCOMPARE(window.currentViewId(), QStringLiteral("outcomes"));
    QCOMPARE(outcomes->explorer()->experimentId(), experiment);
    QCOMPARE(outcomes->explorer()->metricId(), metric);
    QVERIFY(outcomes->explorer()->isVisible());
}

void TestOutcomesView::exports_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("English") << QStringLiteral("en_GB") << QChar(u',');
    QTest::newRow("Italian") << QStringLiteral("it_IT") << QChar(u';');
}

void TestOutcomesView::exports()
{
    QFETCH(QString, locale);
    QFETCH(QChar, separator);
    QLocale::setDefault(QLocale(locale));
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTemporaryDir out;
    TimeSeriesChart *chart = view.seriesChart();
    const QString png = out.filePath(QStringLiteral("chart.png"));
    const QString pdf = out.filePath(QStringLiteral("chart.pdf"));
    const QString csv = out.filePath(QStringLiteral("chart.csv"));
    QVERIFY(chart->exportPng(png));
    QVERIFY(chart->exportPdf(pdf));
    QVERIFY(chart->exportCsv(csv));

    QImage image(png);
    QVERIFY(!image.isNull());
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            coloured += qGray(image.pixel(x, y)) < 200;
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));

    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // spreadsheets read UTF-8 only with the mark
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QCOMPARE(lines.at(0).count(separator), 2);
    QCOMPARE(lines.at(1).count(separator), 2);
    // Values are written as the locale writes them.
    const QString value = lines.at(1).section(separator, 2);
    bool ok = false;
    QLocale().toDouble(value, &ok);
    QVERIFY2(ok, qPrintable(value));
    QLocale::setDefault(QLocale::c());
}

void TestOutcomesView::everyChartExports_data()
{
    QTest::addColumn<QString>("chart");
    for (const char *chart : {"funnel", "domainYears", "agreements", "leadTimes", "series"})
        QTest::newRow(chart) << QString::fromLatin1(chart);
}

// Each chart of the view, through its Export menu's three actions: a picture with something
// drawn, a PDF made of vectors (no picture inside), and the chart's figures as CSV.
void TestOutcomesView::everyChartExports()
{
    QFETCH(QString, chart);
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.openLink(SeriesExplorer::link(busiestSeries(store).first, busiestSeries(store).second)));
    ChartView *subject = chart == u"funnel"        ? static_cast<ChartView *>(view.funnelChart())
                         : chart == u"domainYears" ? static_cast<ChartView *>(view.domainYearChart())
                         : chart == u"agreements"  ? static_cast<ChartView *>(view.agreementsChart())
                         : chart == u"leadTimes"   ? static_cast<ChartView *>(view.leadTimeChart())
                                                   : static_cast<ChartView *>(view.seriesChart());
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("chart.png"));
    const QString pdf = out.filePath(QStringLiteral("chart.pdf"));
    const QString csv = out.filePath(QStringLiteral("chart.csv"));
    // The menu offers the three formats.
    auto *button = subject->findChild<QToolButton *>(QStringLiteral("chartExportButton"));
    QVERIFY(button && button->menu());
    QCOMPARE(button->menu()->actions().size(), 3);
    QVERIFY(subject->exportPng(png));
    QVERIFY(subject->exportPdf(pdf));
    QVERIFY(subject->exportCsv(csv));

    QImage image(png);
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 4, qPrintable(QString::number(colours.size())));

    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.waitForFinished(30000));
    QCOMPARE(images.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size(), 2);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QVERIFY(!QString::fromUtf8(text.readAllStandardOutput()).trimmed().isEmpty());   // axis labels as text

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(subject->tableRows().size() > 0);
    QCOMPARE(lines.size(), subject->tableRows().size() + 1);
    QCOMPARE(lines.first().split(u',').size(), subject->tableHeader().size());
}

// The experiment page shows one chart per measured metric, held by its document.
void TestOutcomesView::experimentPageCharts()
{
    Store store;
    QVERIFY(store.open(m_demo));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT experiment_id, count(DISTINCT metric_id) FROM measurements "
                                      "GROUP BY experiment_id ORDER BY experiment_id LIMIT 1")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    const int metrics = query.value(1).toInt();
    ExperimentDetailPanel panel(store);
    panel.showRecord(id);
    const QString html = panel.toHtml();
    QCOMPARE(html.count(QStringLiteral("chart:experiment/%1/metric/").arg(id)), metrics);
    const QString src = QStringLiteral("chart:experiment/%1/metric/").arg(id);
    const qsizetype at = html.indexOf(src);
    const QString url = html.mid(at, html.indexOf(u'"', at) - at);
    const QImage image = panel.document()->resource(QTextDocument::ImageResource, QUrl(url)).value<QImage>();
    QVERIFY2(!image.isNull(), qPrintable(url));
    // Each chart image is itself a link to the explorer, so a click on the picture opens it.
    int linkedImages = 0;
    for (QTextBlock block = panel.document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().startsWith(QStringLiteral("chart:"))) {
                QVERIFY(it.fragment().charFormat().isAnchor());
                QVERIFY2(it.fragment().charFormat().anchorHref().startsWith(QStringLiteral("outcomes:experiment/%1/metric/").arg(id)),
                         qPrintable(it.fragment().charFormat().anchorHref()));
                ++linkedImages;
            }
        }
    QCOMPARE(linkedImages, metrics);

    // In a narrow side panel the charts fit its width: no scrolling sideways to read the last months.
    ExperimentDetailPanel narrow(store);
    narrow.resize(440, 700);
    narrow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&narrow));
    narrow.showRecord(id);
    const QImage fitted = narrow.document()->resource(QTextDocument::ImageResource, QUrl(url)).value<QImage>();
    QVERIFY(!fitted.isNull());
    QVERIFY2(fitted.width() <= narrow.viewport()->width() && fitted.width() >= narrow.viewport()->width() * 2 / 3,
             qPrintable(QStringLiteral("%1 in %2").arg(fitted.width()).arg(narrow.viewport()->width())));
    if (!qEnvironmentVariableIsEmpty("CITYLAB_SHOT_DIR")) {
        panel.document()->setTextWidth(500);
        QImage page(500, int(panel.document()->size().height()), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        panel.document()->drawContents(&painter);
        painter.end();
        page.save(QDir(qEnvironmentVariable("CITYLAB_SHOT_DIR")).filePath(QStringLiteral("experimentpage.png")));
    }
}

// Stands for a translation whose words are longer than the English ones, as Italian's are.
class LongerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "citylab::SeriesExplorer") == 0 ? QString::fromUtf8(source) + QStringLiteral(" (più lungo)")
                                                                 : QString();
    }
};

// The explorer's choices are read whole at the window's first size, also after the language
// changed while it was open ("Media giorna", "Intero pe" were cut short).
void TestOutcomesView::combosFitTheirLongestItem()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    view.resize(1280 - 140, 800 - 60);   // the main window's first size, less the view list
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.openLink(SeriesExplorer::link(busiestSeries(store).first, busiestSeries(store).second)));
    const auto check = [&view](const char *when) {
        for (const char *name : {"aggregation", "periodPreset", "compareMode"}) {
            auto *combo = view.findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(combo && combo->isVisible());
            int longest = 0;
            for (int i = 0; i < combo->count(); ++i)
                longest = qMax(longest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
            // The text is drawn in the edit field and elided when wider.
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.rect = combo->rect();
            option.frame = true;
            const int room =
                combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
            QVERIFY2(room >= longest, qPrintable(QStringLiteral("%1 %2: %3 px for %4 px of text")
                                                     .arg(QLatin1String(when), QLatin1String(name))
                                                     .arg(room)
                                                     .arg(longest)));
        }
    };
    check("at first");
    LongerTranslator longer;
    QCoreApplication::installTranslator(&longer);
    QCoreApplication::processEvents();
    QTRY_VERIFY(view.findChild<QComboBox *>(QStringLiteral("aggregation"))->currentText().endsWith(QStringLiteral("lungo)")));
    QCoreApplication::processEvents();
    check("after a language change");
    QCoreApplication::removeTranslator(&longer);
}

// CITYLAB_TEST_SHOTS=DIR: what an Italian user sees at the window's first size: both tabs of
// the Outcomes view, an experiment page at its charts, and the report dialog with its preview.
void TestOutcomesView::italianScreenshots()
{
    const QString folder = qEnvironmentVariable("CITYLAB_TEST_SHOTS");
    if (folder.isEmpty())
        QSKIP("set CITYLAB_TEST_SHOTS to a folder to keep the pictures");
    QVERIFY(Language::install(QStringLiteral("it")));
    const auto shoot = [&folder](QWidget *widget, const QString &name) {
        QTest::qWait(200);
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    };
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openDatabase(m_demo), qPrintable(window.lastError()));
    window.showView(QStringLiteral("outcomes"));
    auto *outcomes = qobject_cast<OutcomesView *>(window.view(QStringLiteral("outcomes")));
    QVERIFY(outcomes);
    shoot(&window, QStringLiteral("outcomes-portfolio-it.png"));
    // A period by dates: the fields show, the titles name it.
    outcomes->setPeriod(QDate(2025, 3, 1), QDate(2026, 2, 28));
    shoot(&window, QStringLiteral("outcomes-portfolio-period-it.png"));
    outcomes->setPeriod(OutcomesView::WholeHistory);
    const auto [experiment, metric] = busiestSeries(window.store());
    QVERIFY(outcomes->openLink(SeriesExplorer::link(experiment, metric)));
    outcomes->explorer()->setCompare(SeriesExplorer::Zones);
    shoot(&window, QStringLiteral("outcomes-explorer-it.png"));

    window.showView(QStringLiteral("experiments"));
    auto *page = window.findChild<ExperimentDetailPanel *>(QStringLiteral("experimentDetails"));
    QVERIFY(page);
    page->showRecord(experiment);
    for (QTextBlock block = page->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()
                && it.fragment().charFormat().toImageFormat().name().startsWith(QStringLiteral("chart:"))) {
                QTextCursor cursor(page->document());
                cursor.setPosition(it.fragment().position());
                page->setTextCursor(cursor);
                page->ensureCursorVisible();
                block = page->document()->lastBlock();
                break;
            }
    shoot(&window, QStringLiteral("experiment-charts-it.png"));

    ReportDialog dialog(window.store(), &window);
    dialog.show();
    QVERIFY(dialog.preview());
    shoot(&dialog, QStringLiteral("report-dialog-it.png"));
    Language::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestOutcomesView)
#include "tst_outcomesview.moc"
