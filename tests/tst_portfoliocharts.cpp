// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/barchart.h"
#include "charts/chartview.h"
#include "charts/boxplotchart.h"
#include "charts/stackedbarchart.h"
#include "domain/vocabulary.h"
#include "i18n/language.h"
#include "outcomes/outcomesview.h"
#include "outcomes/portfoliofigures.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QDateEdit>
#include <numeric>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <qcustomplot.h>

using namespace citylab;

// The Outcomes view's Portfolio tab on the demo of the reference day: each chart shows what
// SQL counts, in the window's language, over the chosen period.
class TestPortfolioCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void funnelMatchesStageCounts();
    void agreementsPerQuarter();
    void leadTimesPerAuthority();
    void quarterLabelsInTheLanguage();
    void domainsPerYearMatchSql();
    void portfolioPeriod_data();
    void portfolioPeriod();
    void eachChartHasItsDataAsATable();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestPortfolioCharts::initTestCase()
{
    testsupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = testsupport::makeDemo(m_dir);
}

void TestPortfolioCharts::funnelMatchesStageCounts()
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

void TestPortfolioCharts::agreementsPerQuarter()
{
    Store store;
    QVERIFY(store.open(m_demo));
    const auto quarters = PortfolioFigures(store).agreementsPerQuarter();
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
void TestPortfolioCharts::leadTimesPerAuthority()
{
    Store store;
    QVERIFY(store.open(m_demo));
    QLocale::setDefault(QLocale(QStringLiteral("it_IT")));
    OutcomesView view(store);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral(
        // authorities by their short names where they have one (AGCOM, MIMIT), as the chart's axis
        "SELECT coalesce(nullif(trim(o.short_name), ''), o.name) AS a, julianday(r.decided_on) - julianday(r.submitted_on)"
        " FROM regulatory_requests r "
        "JOIN organizations o ON o.id = r.authority_id WHERE r.submitted_on IS NOT NULL AND r.decided_on IS NOT NULL "
        "AND r.decided_on >= r.submitted_on ORDER BY a, 2")));
    QMap<QString, QList<double>> expected;
    while (query.next())
        expected[query.value(0).toString()].append(query.value(1).toDouble());
    QVERIFY(expected.size() >= 3);
    const QList<QStringList> rows = view.leadTimeChart()->tableRows();
    // the chart says what a box, its line, whiskers and dots stand for
    QVERIFY2(view.leadTimeChart()->keyText().contains(QStringLiteral("median")), qPrintable(view.leadTimeChart()->keyText()));
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
    // each median is a line of its own across its box (drawn clipped to the box, it was
    // lost in the reports' PDF)
    QCustomPlot *plot = view.leadTimeChart()->plot();
    QCOMPARE(plot->itemCount(), boxes->dataCount());
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto *line = qobject_cast<QCPItemLine *>(plot->item(i));
        QVERIFY(line && line->pen().style() != Qt::NoPen);
        const double key = (line->start->coords().y() + line->end->coords().y()) / 2;
        const auto box = boxes->data()->findBegin(key - 0.01, false);
        QVERIFY(box != boxes->data()->constEnd());
        QCOMPARE(line->start->coords().x(), box->median);
    }

    // In a period: only what was decided in it.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE submitted_on IS NOT NULL "
                                      "AND decided_on BETWEEN '2025-07-01' AND '2025-12-31' AND decided_on >= submitted_on")));
    QVERIFY(query.next());
    int inPeriod = 0;
    for (const auto &[authority, samples] : PortfolioFigures(store).leadTimes(QDate(2025, 7, 1), QDate(2025, 12, 31)))
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

void TestPortfolioCharts::quarterLabelsInTheLanguage()
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

// The stacked bars count each experiment once, in its domain and the year of its proposal.
void TestPortfolioCharts::domainsPerYearMatchSql()
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

void TestPortfolioCharts::portfolioPeriod_data()
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
    QTest::newRow("long custom dates") << int(OutcomesView::CustomDates) << QDate(2021, 10, 1) << QDate(2025, 12, 31)
                                       << QStringLiteral("01/10/2021 – 31/12/2025");
}

// The Period combo above the portfolio: the experiments per year, the agreements per
// quarter and the lead times hold what SQL counts in the period; the funnel, today's
// pipeline, stays as it was. The choice outlives a language change.
void TestPortfolioCharts::portfolioPeriod()
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
        "SELECT coalesce(nullif(trim(o.short_name), ''), o.name) AS a, count(*) FROM regulatory_requests r"
        " JOIN organizations o ON o.id = r.authority_id "
        "WHERE r.submitted_on IS NOT NULL AND r.decided_on IS NOT NULL AND r.decided_on >= r.submitted_on "
        "AND substr(r.decided_on, 1, 10) BETWEEN :from AND :to GROUP BY a ORDER BY a"));
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

QTEST_MAIN(TestPortfolioCharts)
// A chart's text alternative (EN 301 549): the Table button beside it, reached with Tab,
// shows the figures it draws, row for row, and the chart is named for a screen reader.
void TestPortfolioCharts::eachChartHasItsDataAsATable()
{
    Store store;
    QVERIFY(store.open(m_demo));
    OutcomesView view(store);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChartView *chart = view.funnelChart();
    QCOMPARE(chart->plot()->accessibleName(), chart->title());
    QVERIFY(!chart->plot()->accessibleDescription().isEmpty());
    auto *button = chart->findChild<QToolButton *>(QStringLiteral("chartTableButton"));
    QVERIFY(button && button->isVisible() && button->focusPolicy() != Qt::NoFocus);
    QVERIFY(!button->accessibleName().isEmpty());
    QList<QStringList> shown;
    QStringList header;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("chartTable"));
        QVERIFY(table);
        for (int column = 0; column < table->columnCount(); ++column)
            header << table->horizontalHeaderItem(column)->text();
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << table->item(row, column)->text();
            shown << cells;
        }
        dialog->reject();
    });
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(header, chart->tableHeader());
    QCOMPARE(shown, chart->tableRows());
    QVERIFY(!shown.isEmpty());
}

#include "tst_portfoliocharts.moc"
