// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomesview.h"

#include "charts/barchart.h"
#include "charts/boxplotchart.h"
#include "charts/stackedbarchart.h"
#include "domain/vocabulary.h"
#include "i18n/dateformat.h"
#include "outcomes/portfoliofigures.h"
#include "outcomes/seriesexplorer.h"
#include "shell/deferredrefresh.h"
#include "shell/recordcolours.h"
#include "store/changeset.h"
#include "store/store.h"
#include "shell/writeaccess.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace citylab {

OutcomesView::OutcomesView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_metrics(new QPushButton(this))
    , m_explorer(new SeriesExplorer(store, this))
    , m_funnel(new BarChart(this))
    , m_domainYears(new StackedBarChart(this))
    , m_agreements(new BarChart(this))
    , m_leadTimes(new BoxPlotChart(this))
{
    setObjectName(QStringLiteral("OutcomesView"));
    m_tabs->setObjectName(QStringLiteral("outcomesTabs"));
    m_funnel->setHorizontal(true);
    m_period->setObjectName(QStringLiteral("portfolioPeriod"));
    // Its items get longer in Italian and change with the language while the view is open.
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodLabel->setBuddy(m_period);
    m_from->setObjectName(QStringLiteral("portfolioFrom"));
    m_to->setObjectName(QStringLiteral("portfolioTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormat::pattern());
        // Redraw when a typed date is complete, not at each digit.
        edit->setKeyboardTracking(false);
    }
    // Custom dates start where the report dialog's do: this year so far.
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_to->setDate(QDate::currentDate());

    auto *portfolio = new QWidget(this);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_toLabel);
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    auto *grid = new QGridLayout;
    grid->addWidget(m_funnel, 0, 0);
    grid->addWidget(m_domainYears, 0, 1);
    grid->addWidget(m_agreements, 1, 0);
    grid->addWidget(m_leadTimes, 1, 1);
    auto *page = new QVBoxLayout(portfolio);
    page->addLayout(periodRow);
    page->addLayout(grid, 1);
    m_tabs->addTab(portfolio, QString());
    m_tabs->addTab(m_explorer, QString());
    m_portfolioRefresh = new DeferredRefresh(portfolio, [this] { refreshPortfolio(); });
    m_explorerRefresh = new DeferredRefresh(m_explorer, [this] { m_explorer->reload(); });
    m_metrics->setObjectName(QStringLiteral("manageMetrics"));
    m_tabs->setCornerWidget(m_metrics, Qt::TopRightCorner);
    connect(m_metrics, &QPushButton::clicked, this, &OutcomesView::metricsRequested);
    WriteAccess::follow(m_store, m_metrics);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    retranslate();
    applyPeriod();
    refreshPortfolio();

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPeriod();
        refreshPortfolio();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (period() == CustomDates)
                refreshPortfolio();
        });
    connect(&m_store, &Store::changed, this, &OutcomesView::storeChanged);
}

void OutcomesView::storeChanged(const ChangeSet &changes)
{
    if (changes.touchesAny({QStringLiteral("experiments"), QStringLiteral("agreements"), QStringLiteral("regulatory_requests")}))
        m_portfolioRefresh->request();
    if (changes.touchesAny({QStringLiteral("targets"), QStringLiteral("metrics"), QStringLiteral("experiments")})) {
        m_explorerRefresh->request();
        return;
    }
    if (!changes.touches(QStringLiteral("measurements")))
        return;
    // An import says which experiment and metrics gained rows: the chart is drawn again when
    // it shows one of them or the experiment is new to the explorer's list; a series nobody
    // looks at is read when it is chosen.
    const ChangeSet::TableChanges measurements = changes.tables.value(QStringLiteral("measurements"));
    bool concernsChart = changes.everything || measurements.imports.isEmpty() || !measurements.inserted.isEmpty()
        || !measurements.updated.isEmpty() || !measurements.deleted.isEmpty();
    for (const QVariantMap &import : measurements.imports) {
        const qint64 experiment = import.value(QStringLiteral("experiment_id"), -1).toLongLong();
        const QVariantList metrics = import.value(QStringLiteral("metric_ids")).toList();
        const bool shownMetric = std::any_of(metrics.cbegin(), metrics.cend(), [this](const QVariant &metric) {
            return metric.toLongLong() == m_explorer->metricId();
        });
        concernsChart = concernsChart || experiment == m_explorer->experimentId() || !m_explorer->listsExperiment(experiment)
            || shownMetric;
    }
    if (concernsChart)
        m_explorerRefresh->request();
}

TimeSeriesChart *OutcomesView::seriesChart() const
{
    return m_explorer->chart();
}

void OutcomesView::retranslate()
{
    m_tabs->setTabText(0, tr("Portfolio"));
    m_tabs->setTabText(1, tr("Metrics over time"));
    m_tabs->setAccessibleName(tr("Outcomes"));
    m_metrics->setText(tr("Metrics…"));
    m_metrics->setToolTip(tr("Define the metrics experiments are measured by"));
    m_periodLabel->setText(tr("Period:"));
    m_toLabel->setText(tr("to"));
    m_period->setToolTip(tr("Applies to the experiments per year, the agreements and the lead times; "
                            "the pipeline is always today's"));
    const QSignalBlocker blocker(m_period);
    const int chosen = qMax(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItem(tr("Whole history"), int(WholeHistory));
    m_period->addItem(tr("This year"), int(ThisYear));
    m_period->addItem(tr("Last year"), int(LastYear));
    m_period->addItem(tr("Last 12 months"), int(Last12Months));
    m_period->addItem(tr("Custom dates"), int(CustomDates));
    m_period->setCurrentIndex(chosen);
}

void OutcomesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (QDateEdit *edit : {m_from, m_to}) {
            const QSignalBlocker blocker(edit);
            edit->setDisplayFormat(DateFormat::pattern());
        }
        refreshPortfolio();
    }
    QWidget::changeEvent(event);
}

bool OutcomesView::showExperiment(qint64 id)
{
    m_explorerRefresh->flush();
    if (!m_explorer->showExperiment(id))
        return false;
    m_tabs->setCurrentWidget(m_explorer);
    return true;
}

bool OutcomesView::openLink(const QUrl &url)
{
    m_explorerRefresh->flush();   // the series a link names may be new since the tab was last shown
    if (!m_explorer->openLink(url))
        return false;
    m_tabs->setCurrentWidget(m_explorer);
    return true;
}

void OutcomesView::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void OutcomesView::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker periodBlocker(m_period);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
        m_period->setCurrentIndex(m_period->findData(int(CustomDates)));
    }
    applyPeriod();
    refreshPortfolio();
}

OutcomesView::Period OutcomesView::period() const
{
    return Period(m_period->currentData().toInt());
}

QDate OutcomesView::periodFrom() const
{
    return periodBounds().first;
}

QDate OutcomesView::periodTo() const
{
    return periodBounds().second;
}

// The first and last day of the chosen period; both invalid for the whole history.
QPair<QDate, QDate> OutcomesView::periodBounds() const
{
    const QDate day = m_referenceDay.isValid() ? m_referenceDay : QDate::currentDate();
    switch (period()) {
    case WholeHistory:
        break;
    case ThisYear:
        return {QDate(day.year(), 1, 1), day};
    case LastYear:
        return {QDate(day.year() - 1, 1, 1), QDate(day.year() - 1, 12, 31)};
    case Last12Months:
        return {day.addMonths(-12).addDays(1), day};
    case CustomDates:
        // Dates given the wrong way round still say which days the user means.
        return {qMin(m_from->date(), m_to->date()), qMax(m_from->date(), m_to->date())};
    }
    return {};
}

void OutcomesView::setReferenceDay(QDate day)
{
    m_referenceDay = day;
    if (period() == WholeHistory) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(QDate(day.year(), 1, 1));
        m_to->setDate(day);
    }
    applyPeriod();
    refreshPortfolio();
}

void OutcomesView::applyPeriod()
{
    const Period chosen = period();
    for (QWidget *widget : QList<QWidget *>{m_from, m_toLabel, m_to})
        widget->setVisible(chosen == CustomDates);
    if (chosen == WholeHistory || chosen == CustomDates)
        return;
    // Choosing "Custom dates" next starts from the days the preset showed.
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    const auto [from, to] = periodBounds();
    m_from->setDate(from);
    m_to->setDate(to);
}

QString OutcomesView::periodName() const
{
    const auto [from, to] = periodBounds();
    if (period() == Last12Months)
        //: in a chart title: "Agreements signed per quarter, last 12 months"
        return tr("last 12 months");
    // This year so far, and any whole calendar year, read as the year.
    if (from.year() == to.year() && from == QDate(from.year(), 1, 1)
        && (period() == ThisYear || to == QDate(to.year(), 12, 31)))
        return QString::number(from.year());
    return QStringLiteral("%1 – %2").arg(DateFormat::shortDate(from), DateFormat::shortDate(to));
}

void OutcomesView::refreshPortfolio()
{
    const PortfolioFigures figures(m_store);
    QStringList labels;
    QList<double> values;
    QList<QColor> colours;
    for (const auto &[stage, count] : figures.stageCounts()) {
        labels.append(Vocabulary::label(Vocabulary::Stage, stage));
        values.append(count);
        colours.append(RecordColours::stage(stage));
    }
    // Where the experiments stand now: a period has no say in it, and the title tells.
    m_funnel->setTitle(tr("Experiments by pipeline stage today"));
    m_funnel->setBars(labels, values, colours, tr("Experiments"));

    const auto [from, to] = periodBounds();
    const bool whole = !from.isValid();
    const QString name = whole ? QString() : periodName();

    // Experiments are counted by the year of their proposal: the period's years, whole.
    const DomainYearCounts domainYears = figures.domainsPerYear(whole ? 0 : from.year(), whole ? 0 : to.year());
    QStringList years;
    for (int year : domainYears.years)
        years.append(QString::number(year));
    QStringList domains;
    QList<QColor> domainColours;
    for (const QString &domain : domainYears.domains) {
        domains.append(Vocabulary::label(Vocabulary::Domain, domain));
        domainColours.append(RecordColours::domain(domain));
    }
    QList<QList<double>> counts;
    for (const QList<int> &row : domainYears.counts)
        counts.append(QList<double>(row.cbegin(), row.cend()));
    if (whole) {
        m_domainYears->setTitle(tr("Experiments per domain and year of proposal"));
    } else {
        const QString periodYears = from.year() == to.year() ? QString::number(from.year())
                                                             : QStringLiteral("%1–%2").arg(from.year()).arg(to.year());
        //: %1 is a year ("2025") or a span of years ("2025–2026")
        m_domainYears->setTitle(tr("Experiments per domain and year of proposal, %1").arg(periodYears));
    }
    m_domainYears->setStacks(years, domains, counts, domainColours, tr("Year"), tr("Experiments"));

    labels.clear();
    values.clear();
    colours.clear();
    const auto quarters = figures.agreementsPerQuarter(from, to);
    // Over the whole history the last three years: older quarters crowd the axis and are in
    // the CSV of the reports. A period shows all its quarters, as the user chose it.
    for (qsizetype i = whole ? qMax<qsizetype>(0, quarters.size() - 12) : 0; i < quarters.size(); ++i) {
        // "Q1" over "2025" (in Italian "T1"), so a dozen quarters fit under the bars.
        const QString year = quarters.at(i).first.section(u' ', 0, 0);
        const QString quarter = quarters.at(i).first.section(u' ', 1).mid(1);
        labels.append(tr("Q%1", "quarter of the year").arg(quarter) + u'\n' + year);
        values.append(quarters.at(i).second);
        colours.append(QColor(0x00, 0x9E, 0x73));
    }
    if (whole)
        m_agreements->setTitle(tr("Agreements signed per quarter"));
    else
        //: %1 is a period: a year ("2025"), "last 12 months" or two dates
        m_agreements->setTitle(tr("Agreements signed per quarter, %1").arg(name));
    m_agreements->setBars(labels, values, colours, tr("Agreements"));

    QStringList authorities;
    QList<QList<double>> days;
    // The requests decided in the period.
    for (const auto &[authority, samples] : figures.leadTimes(from, to)) {
        authorities.append(authority);
        days.append(samples);
    }
    if (whole)
        m_leadTimes->setTitle(tr("Regulatory lead time by authority (days)"));
    else
        //: %1 is a period: a year ("2025"), "last 12 months" or two dates
        m_leadTimes->setTitle(tr("Regulatory lead time by authority, %1 (days)").arg(name));
    m_leadTimes->setBoxes(authorities, days, tr("days"));
}

} // namespace citylab
