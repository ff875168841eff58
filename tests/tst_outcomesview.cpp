// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "charts/barchart.h"
#include "charts/boxplotchart.h"
#include "charts/stackedbarchart.h"
#include "charts/timeserieschart.h"
#include "domain/vocabulary.h"
#include "i18n/language.h"
#include "outcomes/experimentcharts.h"
#include "outcomes/outcomesview.h"
#include "outcomes/portfoliofigures.h"
#include "outcomes/seriesexplorer.h"
#include "reports/reportdialog.h"
#include "reports/reportzonemap.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QProcess>
#include <QtMath>
#include <cmath>
#include <QMenu>
#include <QToolButton>
#include <QWheelEvent>
#include <numeric>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QStyleOptionComboBox>
#include <QTextDocument>
#include <QTranslator>
#include <qcustomplot.h>

using namespace citylab;

// The Outcomes view on the demo of the reference day: the portfolio charts show what SQL
// counts, the explorer draws a metric with its target, and each chart exports.
class TestOutcomesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void funnelMatchesStageCounts();
    void agreementsPerQuarter();
    void quarterLabelsInTheLanguage();
    void leadTimesPerAuthority();
    void seriesWithTarget();
    void domainsPerYearMatchSql();
    void portfolioPeriod_data();
    void portfolioPeriod();
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
    void exports_data();
    void exports();
    void everyChartExports_data();
    void everyChartExports();
    void reportDialog();
    void experimentPageCharts();
    void reportInAnotherLanguageLeavesTheWindowAlone();
    void combosFitTheirLongestItem();
    void reportMapOverOfflineTiles();
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

void TestOutcomesView::funnelMatchesStageCounts()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    const QList<QStringList> rows = view.funnelChart()->tableRows();
    const QStringList stages = Vocabulary::pipelineStages();
    QCOMPARE(rows.size(), stages.size());
    int total = 0;
    for (int i = 0; i < stages.size(); ++i) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM experiments WHERE stage = :stage"));
        query.bindValue(QStringLiteral(":stage"), stages.at(i));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(rows.at(i).at(0), Vocabulary::label(Vocabulary::Stage, stages.at(i)));
        QCOMPARE(rows.at(i).at(1).toInt(), query.value(0).toInt());
        total += query.value(0).toInt();
    }
    QVERIFY(total > 0);
    QCOMPARE(view.funnelChart()->plot()->plottableCount(), stages.size());
}

void TestOutcomesView::agreementsPerQuarter()
{
    Store store;
    QVERIFY(store.open(m_demo));
    const auto quarters = PortfolioFigures(store.database()).agreementsPerQuarter();
    QVERIFY(!quarters.isEmpty());
    int total = 0;
    for (const auto &[label, count] : quarters) {
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4} Q[1-4]$")).match(label).hasMatch(), qPrintable(label));
        // Each quarter's count is what the signing dates say.
        const int year = label.left(4).toInt();
        const int quarter = label.right(1).toInt();
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on >= :from AND signed_on < :to"));
        query.bindValue(QStringLiteral(":from"), QDate(year, quarter * 3 - 2, 1).toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":to"), QDate(year, quarter * 3 - 2, 1).addMonths(3).toString(Qt::ISODate));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(count, query.value(0).toInt());
        total += count;
    }
    QSqlQuery all(store.database());
    QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on IS NOT NULL AND signed_on <> ''")));
    QVERIFY(all.next());
    QCOMPARE(total, all.value(0).toInt());
}

// One box per authority, top down A to Z, with the count and median days SQL gives; few
// decisions show as dots too; a period keeps only the decisions taken in it.
void TestOutcomesView::leadTimesPerAuthority()
{
    Store store;
    QVERIFY(store.open(m_demo));
    QLocale::setDefault(QLocale(QStringLiteral("it_IT")));
    OutcomesView view(store);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT o.name, julianday(r.decided_on) - julianday(r.submitted_on) FROM regulatory_requests r "
        "JOIN organizations o ON o.id = r.authority_id WHERE r.submitted_on IS NOT NULL AND r.decided_on IS NOT NULL "
        "AND r.decided_on >= r.submitted_on ORDER BY o.name, 2")));
    QMap<QString, QList<double>> expected;
    while (query.next())
        expected[query.value(0).toString()].append(query.value(1).toDouble());
    QVERIFY(expected.size() >= 3);
    const QList<QStringList> rows = view.leadTimeChart()->tableRows();
    QCOMPARE(rows.size(), expected.size());
    const QLocale italian(QStringLiteral("it_IT"));
    int i = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it, ++i) {
        const QList<double> &days = it.value();
        const double median = days.size() % 2 ? days.at(days.size() / 2)
                                              : (days.at(days.size() / 2 - 1) + days.at(days.size() / 2)) / 2;
        QCOMPARE(rows.at(i).at(0), it.key());
        QCOMPARE(rows.at(i).at(1), italian.toString(days.size()));
        QCOMPARE(rows.at(i).at(4), italian.toString(median, 'f', 1));   // decimal comma
    }
    auto *boxes = qobject_cast<QCPStatisticalBox *>(view.leadTimeChart()->plot()->plottable(0));
    QVERIFY(boxes);
    QCOMPARE(boxes->dataCount(), expected.size());
    // the first authority at the top
    const auto ticker = qSharedPointerCast<QCPAxisTickerText>(view.leadTimeChart()->plot()->yAxis->ticker());
    QVERIFY(ticker->ticks().value(expected.size()).startsWith(expected.firstKey().left(20)));
    const QStringList authorities = expected.keys();
    for (auto it = boxes->data()->constBegin(); it != boxes->data()->constEnd(); ++it) {
        const QList<double> days = expected.value(authorities.at(expected.size() - int(it->key)));
        QCOMPARE(it->outliers.size(), days.size() < 5 ? days.size() : 0);
    }

    // In a period: only what was decided in it.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE submitted_on IS NOT NULL "
                                      "AND decided_on BETWEEN '2025-07-01' AND '2025-12-31' AND decided_on >= submitted_on")));
    QVERIFY(query.next());
    int inPeriod = 0;
    for (const auto &[authority, samples] : PortfolioFigures(store.database()).leadTimes(QDate(2025, 7, 1), QDate(2025, 12, 31)))
        inPeriod += samples.size();
    QCOMPARE(inPeriod, query.value(0).toInt());
    QVERIFY(inPeriod > 0 && inPeriod < 1000);
    QLocale::setDefault(QLocale::c());
}

// An Italian office writes the second quarter "T2" (trimestre): the label is the
// translator's, on the axis (over the year) and in the exported data (one line).
class QuarterTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "citylab::OutcomesView") == 0 && qstrcmp(source, "Q%1") == 0 ? QStringLiteral("T%1")
                                                                                             : QString();
    }
};

void TestOutcomesView::quarterLabelsInTheLanguage()
{
    Store store;
    QVERIFY(store.open(m_demo));
    QuarterTranslator italian;
    QCoreApplication::installTranslator(&italian);
    OutcomesView view(store);
    const auto ticker = qSharedPointerCast<QCPAxisTickerText>(view.agreementsChart()->plot()->xAxis->ticker());
    QVERIFY(ticker);
    QVERIFY(!ticker->ticks().isEmpty());
    for (const QString &label : ticker->ticks())
        QVERIFY2(QRegularExpression(QStringLiteral("^T[1-4]\\n20\\d\\d$")).match(label).hasMatch(), qPrintable(label));
    const QList<QStringList> rows = view.agreementsChart()->tableRows();
    QCOMPARE(rows.size(), ticker->ticks().size());
    for (const QStringList &row : rows)
        QVERIFY2(QRegularExpression(QStringLiteral("^T[1-4] 20\\d\\d$")).match(row.first()).hasMatch(), qPrintable(row.first()));
    QCoreApplication::removeTranslator(&italian);
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

// The stacked bars count each experiment once, in its domain and the year of its proposal.
void TestOutcomesView::domainsPerYearMatchSql()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    StackedBarChart *chart = view.domainYearChart();
    const QStringList header = chart->tableHeader();
    const QList<QStringList> rows = chart->tableRows();
    QVERIFY(rows.size() >= 2);
    int total = 0;
    for (const QStringList &row : rows) {
        const int year = row.at(0).toInt();
        QVERIFY(year > 2000);
        for (const QString &domain : Vocabulary::keys(Vocabulary::Domain)) {
            const qsizetype column = header.indexOf(Vocabulary::label(Vocabulary::Domain, domain));
            QSqlQuery query(store.database());
            query.prepare(QStringLiteral("SELECT count(*) FROM experiments WHERE domain = :domain "
                                         "AND substr(proposed_on, 1, 4) = :year"));
            query.bindValue(QStringLiteral(":domain"), domain);
            query.bindValue(QStringLiteral(":year"), QString::number(year));
            QVERIFY(query.exec() && query.next());
            QCOMPARE(column < 0 ? 0 : row.at(column).toInt(), query.value(0).toInt());
            total += query.value(0).toInt();
        }
        QCOMPARE(row.constLast().toInt(), std::accumulate(row.cbegin() + 1, row.cend() - 1, 0,
                                                          [](int sum, const QString &cell) { return sum + cell.toInt(); }));
    }
    QSqlQuery all(store.database());
    QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM experiments")) && all.next());
    QCOMPARE(total, all.value(0).toInt());
    // One stack part (and legend entry) per domain present.
    QCOMPARE(chart->plot()->plottableCount(), header.size() - 2);
    QCOMPARE(chart->plot()->legend->itemCount(), header.size() - 2);
}

void TestOutcomesView::portfolioPeriod_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QDate>("from");   // what the period means on the demo's reference day, 10 May 2026
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("name");   // in the titles
    QTest::newRow("whole history") << int(OutcomesView::WholeHistory) << QDate() << QDate() << QString();
    QTest::newRow("this year") << int(OutcomesView::ThisYear) << QDate(2026, 1, 1) << QDate(2026, 5, 10)
                               << QStringLiteral("2026");
    QTest::newRow("last year") << int(OutcomesView::LastYear) << QDate(2025, 1, 1) << QDate(2025, 12, 31)
                               << QStringLiteral("2025");
    QTest::newRow("last 12 months") << int(OutcomesView::Last12Months) << QDate(2025, 5, 11) << QDate(2026, 5, 10)
                                    << QStringLiteral("last 12 months");
    // Across a new year, starting and ending within quarters.
    QTest::newRow("custom dates") << int(OutcomesView::CustomDates) << QDate(2024, 11, 15) << QDate(2025, 8, 20)
                                  << QStringLiteral("15/11/2024 – 20/08/2025");
    // Seventeen quarters: a period keeps them all (the whole history shows the last 12).
    QTest::newRow("long custom dates") << int(OutcomesView::CustomDates) << QDate(2022, 1, 1) << QDate(2026, 3, 31)
                                       << QStringLiteral("01/01/2022 – 31/03/2026");
}

// The Period combo above the portfolio: the experiments per year, the agreements per
// quarter and the lead times hold what SQL counts in the period; the funnel, today's
// pipeline, stays as it was. The choice outlives a language change.
void TestOutcomesView::portfolioPeriod()
{
    QFETCH(int, period);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, name);
    const bool whole = !from.isValid();
    Store store;
    QVERIFY(store.open(m_demo));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));   // dates in the title as 15/11/2024
    OutcomesView view(store);
    view.setReferenceDay(testsupport::referenceDay());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<QStringList> funnel = view.funnelChart()->tableRows();
    QCOMPARE(view.funnelChart()->title(), QStringLiteral("Experiments by pipeline stage today"));

    // As the user does: the combo, and for custom dates the two fields it shows.
    auto *combo = view.findChild<QComboBox *>(QStringLiteral("portfolioPeriod"));
    auto *fromEdit = view.findChild<QDateEdit *>(QStringLiteral("portfolioFrom"));
    auto *toEdit = view.findChild<QDateEdit *>(QStringLiteral("portfolioTo"));
    QVERIFY(combo && fromEdit && toEdit);
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->currentData().toInt(), int(OutcomesView::WholeHistory));
    QVERIFY(!fromEdit->isVisible());
    combo->setCurrentIndex(combo->findData(period));
    QCOMPARE(fromEdit->isVisible(), period == OutcomesView::CustomDates);
    QCOMPARE(toEdit->isVisible(), period == OutcomesView::CustomDates);
    if (period == OutcomesView::CustomDates) {
        fromEdit->setDate(from);
        toEdit->setDate(to);
    }
    QCOMPARE(int(view.period()), period);
    QCOMPARE(view.periodFrom(), from);
    QCOMPARE(view.periodTo(), to);
    const QString fromIso = whole ? QStringLiteral("0000-01-01") : from.toString(Qt::ISODate);
    const QString toIso = whole ? QStringLiteral("9999-12-31") : to.toString(Qt::ISODate);
    const auto count = [&store](const QString &sql, const QString &first, const QString &last) {
        QSqlQuery query(store.database());
        query.prepare(sql);
        query.bindValue(QStringLiteral(":from"), first);
        query.bindValue(QStringLiteral(":to"), last);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };

    // Agreements: over the whole history the last 12 quarters with a signature; in a period
    // every quarter it touches, counting the signatures inside the period only.
    QList<QStringList> expectedQuarters;
    if (whole) {
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT substr(signed_on, 1, 4), (CAST(substr(signed_on, 6, 2) AS INTEGER) + 2) / 3 AS q, count(*) "
            "FROM agreements WHERE signed_on <> '' GROUP BY 1, 2 ORDER BY 1, 2")));
        while (query.next())
            expectedQuarters.append({QStringLiteral("Q%1 %2").arg(query.value(1).toInt()).arg(query.value(0).toString()),
                                     query.value(2).toString()});
        expectedQuarters = expectedQuarters.mid(expectedQuarters.size() - 12);
    } else {
        for (QDate start(from.year(), (from.month() - 1) / 3 * 3 + 1, 1); start <= to; start = start.addMonths(3)) {
            const QDate first = qMax(start, from);
            const QDate last = qMin(start.addMonths(3).addDays(-1), to);
            const int n = count(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on BETWEEN :from AND :to"),
                                first.toString(Qt::ISODate), last.toString(Qt::ISODate));
            QVERIFY(n >= 0);
            expectedQuarters.append({QStringLiteral("Q%1 %2").arg((start.month() + 2) / 3).arg(start.year()),
                                     QString::number(n)});
        }
        QCOMPARE(expectedQuarters.size(), (to.year() - from.year()) * 4 + (to.month() + 2) / 3 - (from.month() + 2) / 3 + 1);
    }
    QCOMPARE(view.agreementsChart()->tableRows(), expectedQuarters);
    int signedInPeriod = 0;
    for (const QStringList &row : expectedQuarters)
        signedInPeriod += row.at(1).toInt();
    QVERIFY(signedInPeriod > 0);
    if (!whole) {
        QCOMPARE(signedInPeriod, count(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on BETWEEN :from AND :to"),
                                       fromIso, toIso));
        // Not the whole history: the demo has signatures outside every period here.
        QVERIFY(signedInPeriod < count(QStringLiteral("SELECT count(*) FROM agreements WHERE signed_on <> ''"), {}, {}));
    }

    // Experiments per domain and year: the period's years, by year of proposal.
    const QString yearOf = QStringLiteral(
        "CAST(substr(coalesce(nullif(proposed_on, ''), nullif(start_on, ''), created_at), 1, 4) AS INTEGER)");
    const QStringList header = view.domainYearChart()->tableHeader();
    const QList<QStringList> yearRows = view.domainYearChart()->tableRows();
    int experiments = 0;
    for (const QStringList &row : yearRows) {
        const int year = row.at(0).toInt();
        QVERIFY2(whole || (year >= from.year() && year <= to.year()), qPrintable(row.at(0)));
        for (const QString &domain : Vocabulary::keys(Vocabulary::Domain)) {
            const qsizetype column = header.indexOf(Vocabulary::label(Vocabulary::Domain, domain));
            QSqlQuery query(store.database());
            query.prepare(QStringLiteral("SELECT count(*) FROM experiments WHERE domain = :domain AND %1 = :year").arg(yearOf));
            query.bindValue(QStringLiteral(":domain"), domain);
            query.bindValue(QStringLiteral(":year"), year);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(column < 0 ? 0 : row.at(column).toInt(), query.value(0).toInt());
        }
        experiments += row.constLast().toInt();
    }
    QCOMPARE(experiments, count(QStringLiteral("SELECT count(*) FROM experiments WHERE %1 BETWEEN :from AND :to").arg(yearOf),
                                QString::number(whole ? 0 : from.year()), QString::number(whole ? 9999 : to.year())));
    QVERIFY(experiments > 0);

    // Lead times: the requests decided in the period, per authority A to Z.
    QSqlQuery decided(store.database());
    decided.prepare(QStringLiteral(
        "SELECT o.name, count(*) FROM regulatory_requests r JOIN organizations o ON o.id = r.authority_id "
        "WHERE r.submitted_on IS NOT NULL AND r.decided_on IS NOT NULL AND r.decided_on >= r.submitted_on "
        "AND substr(r.decided_on, 1, 10) BETWEEN :from AND :to GROUP BY o.name ORDER BY o.name"));
    decided.bindValue(QStringLiteral(":from"), fromIso);
    decided.bindValue(QStringLiteral(":to"), toIso);
    QVERIFY(decided.exec());
    QList<QStringList> expectedAuthorities;
    while (decided.next())
        expectedAuthorities.append({decided.value(0).toString(), decided.value(1).toString()});
    QVERIFY(!expectedAuthorities.isEmpty());
    QList<QStringList> authorities;
    for (const QStringList &row : view.leadTimeChart()->tableRows())
        authorities.append({row.at(0), row.at(1)});
    QCOMPARE(authorities, expectedAuthorities);

    // The titles name the period, the funnel's says it is today's; its bars have not moved.
    if (whole) {
        QCOMPARE(view.agreementsChart()->title(), QStringLiteral("Agreements signed per quarter"));
        QCOMPARE(view.leadTimeChart()->title(), QStringLiteral("Regulatory lead time by authority (days)"));
    } else {
        QCOMPARE(view.agreementsChart()->title(), QStringLiteral("Agreements signed per quarter, ") + name);
        QCOMPARE(view.leadTimeChart()->title(), QStringLiteral("Regulatory lead time by authority, %1 (days)").arg(name));
        const QString years = from.year() == to.year() ? QString::number(from.year())
                                                       : QStringLiteral("%1–%2").arg(from.year()).arg(to.year());
        QCOMPARE(view.domainYearChart()->title(), QStringLiteral("Experiments per domain and year of proposal, ") + years);
    }
    QCOMPARE(view.funnelChart()->title(), QStringLiteral("Experiments by pipeline stage today"));
    QCOMPARE(view.funnelChart()->tableRows(), funnel);

    // A language change keeps the choice and what it shows.
    const QList<QStringList> quarters = view.agreementsChart()->tableRows();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&view, &change);
    QCOMPARE(int(view.period()), period);
    QCOMPARE(combo->currentData().toInt(), period);
    QCOMPARE(view.agreementsChart()->tableRows(), quarters);
    QLocale::setDefault(QLocale::c());
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
    QVERIFY(explorer->showMetric(experiment, metric));
    auto *aggregation = explorer->findChild<QComboBox *>(QStringLiteral("aggregation"));
    aggregation->setCurrentIndex(aggregation->findData(-1));
    QCustomPlot *plot = explorer->chart()->plot();
    const int before = plot->graph(0)->dataCount();
    const QDate lastDay = explorer->periodTo();

    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO measurements (batch_id, experiment_id, metric_id, zone_id, measured_at, value) "
        "SELECT batch_id, experiment_id, metric_id, zone_id, measured_at + 3 * 86400, value FROM measurements "
        "WHERE experiment_id = :e AND metric_id = :m ORDER BY measured_at DESC LIMIT 1"));
    insert.bindValue(QStringLiteral(":e"), experiment);
    insert.bindValue(QStringLiteral(":m"), metric);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    emit store.recordsChanged({QStringLiteral("measurements")});

    QCOMPARE(explorer->experimentId(), experiment);
    QCOMPARE(explorer->metricId(), metric);
    QCOMPARE(plot->graph(0)->dataCount(), before + 1);
    QCOMPARE(explorer->periodTo(), lastDay.addDays(3));   // "whole period" follows the data

    // A zone the user unticked stays unticked when the store changes again.
    explorer->setCompare(SeriesExplorer::Zones);
    QListWidget *list = explorer->compareList();
    QVERIFY(list->count() >= 1);
    list->item(0)->setCheckState(Qt::Unchecked);
    const int zoneLines = plot->graphCount();
    emit store.recordsChanged({QStringLiteral("measurements")});
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(plot->graphCount(), zoneLines);
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
    auto *button = subject->findChild<QToolButton *>();
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

// File → Report…: the preview shows the PDF and Save writes the same document.
void TestOutcomesView::reportDialog()
{
    Store store;
    QVERIFY(store.open(m_demo));
    ReportDialog dialog(store);
    QVERIFY(dialog.preview());
    QVERIFY(dialog.document()->pageCount() >= 2);
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("CITYLAB_SHOT_DIR")) {
        dialog.show();
        QTest::qWait(300);
        dialog.grab().save(QDir(qEnvironmentVariable("CITYLAB_SHOT_DIR")).filePath(QStringLiteral("reportdialog.png")));
    }
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

// A report in English from an Italian window: the PDF speaks English and no widget of the
// window is told the language changed (nothing retranslates or flickers).
class LanguageChangeCounter : public QWidget
{
public:
    int count = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        count += event->type() == QEvent::LanguageChange;
        QWidget::changeEvent(event);
    }
};

void TestOutcomesView::reportInAnotherLanguageLeavesTheWindowAlone()
{
    QVERIFY(Language::install(QStringLiteral("it")));
    QCoreApplication::processEvents();
    Store store;
    QVERIFY(store.open(m_demo));
    LanguageChangeCounter window;
    window.show();
    QCoreApplication::processEvents();
    window.count = 0;
    const QLocale before;
    ReportDialog dialog(store);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    QVERIFY(language);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QCoreApplication::processEvents();
    QCOMPARE(window.count, 0);
    QCOMPARE(Language::current(), QStringLiteral("it"));
    QCOMPARE(QLocale().name(), before.name());

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString english = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(english.contains(QStringLiteral("Portfolio report")), qPrintable(english.left(500)));
    QVERIFY(english.contains(QStringLiteral("Experiments per domain and year")));
    QVERIFY(english.contains(QStringLiteral("Active experiments")));
    QVERIFY(!english.contains(QStringLiteral("Rapporto sul portafoglio")));
    // The window still speaks Italian afterwards.
    QCOMPARE(QCoreApplication::translate("citylab::ReportGenerator", "Portfolio report"),
             QStringLiteral("Rapporto sul portafoglio"));
    QCOMPARE(dialog.windowTitle(), QCoreApplication::translate("citylab::ReportDialog", "Report"));
    Language::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
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

// A report's zone map lies over the offline folder's tiles of the place, at the zoom that
// suits the page (the tile of the zone's centre is where the zone is), and on a plain
// background when the folder has none; either way without network.
void TestOutcomesView::reportMapOverOfflineTiles()
{
    // A 600 m square in Piazza Castello.
    const QPointF centre(7.6856, 45.0712);
    DraftZone zone;
    zone.name = QStringLiteral("Piazza Castello");
    const double dLon = 0.0038, dLat = 0.0027;
    zone.rings.append(QPolygonF{centre + QPointF(-dLon, -dLat), centre + QPointF(dLon, -dLat), centre + QPointF(dLon, dLat),
                                centre + QPointF(-dLon, dLat), centre + QPointF(-dLon, -dLat)});
    QTemporaryDir tiles;
    // Grey tiles at every zoom a page could ask for, and a magenta one under the zone's centre.
    const auto tileOf = [](QPointF lonLat, int zoom) {
        const double n = 1 << zoom;
        const double lat = qDegreesToRadians(lonLat.y());
        return QPoint(int((lonLat.x() + 180.0) / 360.0 * n), int((1.0 - std::asinh(std::tan(lat)) / M_PI) / 2.0 * n));
    };
    for (int zoom = 10; zoom <= 18; ++zoom) {
        const QPoint middle = tileOf(centre, zoom);
        for (int dx = -3; dx <= 3; ++dx)
            for (int dy = -3; dy <= 3; ++dy) {
                QImage tile(256, 256, QImage::Format_RGB32);
                tile.fill(dx == 0 && dy == 0 ? QColor(255, 0, 255) : QColor(128, 128, 128));
                const QString folder = tiles.filePath(QStringLiteral("%1/%2").arg(zoom).arg(middle.x() + dx));
                QDir().mkpath(folder);
                QVERIFY(tile.save(QStringLiteral("%1/%2.png").arg(folder).arg(middle.y() + dy)));
            }
    }
    const auto render = [&zone](const QString &folder, bool *drewTiles) {
        ReportZoneMap map({zone}, folder);
        QImage page(800, 500, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        map.paint(painter, QRectF(0, 0, 800, 500));
        painter.end();
        *drewTiles = map.drewTiles();
        return page;
    };
    // Magenta, also under the zone's translucent blue.
    const auto magentaAt = [](const QImage &image, QPoint at) {
        const QColor c = image.pixelColor(at);
        return c.blue() > 200 && c.red() > 130 && c.green() < 130 && c.red() > c.green() + 40;
    };
    bool drewTiles = false;
    const QImage withTiles = render(tiles.path(), &drewTiles);
    QVERIFY(drewTiles);
    // The zone's centre is in the middle of the drawing area (less the caption band); the
    // magenta tile is under it, the grey ones further out.
    const QPoint middle(400, 230);
    QVERIFY(magentaAt(withTiles, middle + QPoint(0, 40)));
    QVERIFY(!magentaAt(withTiles, QPoint(10, 10)));
    QVERIFY(qGray(withTiles.pixel(10, 10)) < 200);   // a grey tile, not the plain background
    if (!qEnvironmentVariableIsEmpty("CITYLAB_TEST_SHOTS"))
        withTiles.save(QDir(qEnvironmentVariable("CITYLAB_TEST_SHOTS")).filePath(QStringLiteral("report-map-tiles.png")));

    QTemporaryDir empty;
    const QImage plain = render(empty.path(), &drewTiles);
    QVERIFY(!drewTiles);
    QVERIFY(!magentaAt(plain, middle + QPoint(0, 40)));
    QVERIFY(qGray(plain.pixel(10, 10)) > 230);
    render(QString(), &drewTiles);
    QVERIFY(!drewTiles);
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
