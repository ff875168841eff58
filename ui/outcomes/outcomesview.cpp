// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomesview.h"

#include "charts/barchart.h"
#include "charts/boxplotchart.h"
#include "charts/timeserieschart.h"
#include "domain/vocabulary.h"
#include "outcomes/portfoliofigures.h"
#include "outcomes/seriesquery.h"
#include "shell/recordcolours.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace citylab {

namespace {

// Okabe-Ito, for series told apart by colour-blind readers too.
QColor seriesColour(int i)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
    return colours[i % 8];
}

enum AggregationChoice { Raw = -1 };

} // namespace

OutcomesView::OutcomesView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_explorerTitle(new QLabel(this))
    , m_experimentLabel(new QLabel(this))
    , m_metricLabel(new QLabel(this))
    , m_aggregationLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_experiment(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_aggregation(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_byZone(new QCheckBox(this))
    , m_series(new TimeSeriesChart(this))
    , m_funnel(new BarChart(this))
    , m_agreements(new BarChart(this))
    , m_leadTimes(new BoxPlotChart(this))
{
    setObjectName(QStringLiteral("OutcomesView"));
    m_funnel->setHorizontal(true);
    m_experiment->setMinimumContentsLength(24);
    m_experiment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(18);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_experimentLabel);
    controls->addWidget(m_experiment, 2);
    controls->addWidget(m_metricLabel);
    controls->addWidget(m_metric, 1);
    controls->addWidget(m_aggregationLabel);
    controls->addWidget(m_aggregation);
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_byZone);

    auto *explorer = new QWidget(this);
    auto *explorerLayout = new QVBoxLayout(explorer);
    QFont titleFont = m_explorerTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_explorerTitle->setFont(titleFont);
    explorerLayout->addWidget(m_explorerTitle);
    explorerLayout->addLayout(controls);
    explorerLayout->addWidget(m_series, 1);

    auto *portfolio = new QWidget(this);
    auto *portfolioLayout = new QHBoxLayout(portfolio);
    portfolioLayout->setContentsMargins(0, 0, 0, 0);
    portfolioLayout->addWidget(m_funnel);
    portfolioLayout->addWidget(m_agreements);
    portfolioLayout->addWidget(m_leadTimes);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(portfolio);
    splitter->addWidget(explorer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    retranslate();
    loadExperiments();
    refreshPortfolio();

    connect(m_experiment, &QComboBox::currentIndexChanged, this, &OutcomesView::loadMetrics);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &OutcomesView::refreshSeries);
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, &OutcomesView::refreshSeries);
    connect(m_period, &QComboBox::currentIndexChanged, this, &OutcomesView::refreshSeries);
    connect(m_byZone, &QCheckBox::toggled, this, &OutcomesView::refreshSeries);
    connect(&m_store, &Store::recordsChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("experiments")) || tables.contains(QStringLiteral("agreements"))
            || tables.contains(QStringLiteral("regulatory_requests")))
            refreshPortfolio();
        if (tables.contains(QStringLiteral("measurements")) || tables.contains(QStringLiteral("targets")))
            refreshSeries();
    });
    loadMetrics();
}

void OutcomesView::retranslate()
{
    m_explorerTitle->setText(tr("Metrics over time"));
    m_experimentLabel->setText(tr("Experiment:"));
    m_metricLabel->setText(tr("Metric:"));
    m_aggregationLabel->setText(tr("Aggregation:"));
    m_periodLabel->setText(tr("Period:"));
    m_byZone->setText(tr("One line per zone"));
    const QSignalBlocker aggregationBlocker(m_aggregation);
    const QSignalBlocker periodBlocker(m_period);
    const int aggregation = qMax(0, m_aggregation->currentIndex());
    const int period = qMax(0, m_period->currentIndex());
    m_aggregation->clear();
    m_aggregation->addItem(tr("Daily mean"), int(Aggregation::Daily));
    m_aggregation->addItem(tr("Weekly mean"), int(Aggregation::Weekly));
    m_aggregation->addItem(tr("Monthly mean"), int(Aggregation::Monthly));
    m_aggregation->addItem(tr("Every measurement"), int(Raw));
    m_aggregation->setCurrentIndex(aggregation);
    m_period->clear();
    m_period->addItem(tr("Whole period"), 0);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->setCurrentIndex(period);
}

void OutcomesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshPortfolio();
        refreshSeries();
    }
    QWidget::changeEvent(event);
}

void OutcomesView::loadExperiments()
{
    const QSignalBlocker blocker(m_experiment);
    m_experiment->clear();
    QSqlQuery query(m_store.database());
    // Only experiments with something to draw: a target or at least one measurement.
    query.exec(QStringLiteral(
        "SELECT id, code, title FROM experiments e WHERE EXISTS (SELECT 1 FROM targets t WHERE t.experiment_id = e.id) "
        "OR EXISTS (SELECT 1 FROM measurements m WHERE m.experiment_id = e.id) ORDER BY code"));
    while (query.next())
        m_experiment->addItem(query.value(1).toString() + QStringLiteral(" – ") + query.value(2).toString(),
                              query.value(0).toLongLong());
}

bool OutcomesView::showExperiment(qint64 id)
{
    const int row = m_experiment->findData(id);
    if (row < 0)
        return false;
    m_experiment->setCurrentIndex(row);
    return true;
}

void OutcomesView::loadMetrics()
{
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        const SeriesQuery series(m_store.database());
        for (const MetricRef &metric : series.metrics(m_experiment->currentData().toLongLong())) {
            m_metric->addItem(metric.unit.isEmpty() ? metric.name : tr("%1 (%2)").arg(metric.name, metric.unit),
                              metric.id);
        }
    }
    refreshSeries();
}

void OutcomesView::refreshPortfolio()
{
    const PortfolioFigures figures(m_store.database());
    QStringList labels;
    QList<double> values;
    QList<QColor> colours;
    for (const auto &[stage, count] : figures.stageCounts()) {
        labels.append(Vocabulary::label(Vocabulary::Stage, stage));
        values.append(count);
        colours.append(RecordColours::stage(stage));
    }
    m_funnel->setTitle(tr("Experiments by pipeline stage"));
    m_funnel->setBars(labels, values, colours, tr("Experiments"));

    labels.clear();
    values.clear();
    colours.clear();
    const auto quarters = figures.agreementsPerQuarter();
    // The last three years: older quarters crowd the axis and are in the CSV of the reports.
    for (qsizetype i = qMax<qsizetype>(0, quarters.size() - 12); i < quarters.size(); ++i) {
        // "2025 Q1" on two lines, so a dozen quarters fit under the bars.
        labels.append(quarters.at(i).first.section(u' ', 1) + u'\n' + quarters.at(i).first.section(u' ', 0, 0));
        values.append(quarters.at(i).second);
        colours.append(QColor(0x00, 0x9E, 0x73));
    }
    m_agreements->setTitle(tr("Agreements signed per quarter"));
    m_agreements->setBars(labels, values, colours, tr("Agreements"));

    QStringList authorities;
    QList<QList<double>> days;
    for (const auto &[authority, samples] : figures.leadTimes()) {
        authorities.append(authority);
        days.append(samples);
    }
    m_leadTimes->setTitle(tr("Regulatory lead time by authority (days)"));
    m_leadTimes->setBoxes(authorities, days, tr("days"));
}

void OutcomesView::refreshSeries()
{
    m_series->clear();
    const qint64 experimentId = m_experiment->currentData().toLongLong();
    const qint64 metricId = m_metric->currentData().toLongLong();
    const SeriesQuery query(m_store.database());
    MetricRef metric;
    for (const MetricRef &candidate : query.metrics(experimentId))
        if (candidate.id == metricId)
            metric = candidate;
    m_series->setTitle(metric.id ? tr("%1 – %2").arg(m_experiment->currentText(), metric.name)
                                 : tr("No measurements to show"));
    if (!metric.id) {
        m_series->refresh();
        return;
    }

    // The period ends at the last measurement, so "last 30 days" of a concluded experiment
    // still shows data.
    qint64 from = 0;
    const int days = m_period->currentData().toInt();
    QList<SeriesPoint> all = query.points(experimentId, metricId);
    if (days > 0 && !all.isEmpty())
        from = all.constLast().at - qint64(days) * 86400;

    QList<QPair<QString, qint64>> lines;
    if (m_byZone->isChecked()) {
        QSqlQuery zones(m_store.database());
        zones.prepare(QStringLiteral("SELECT id, name FROM zones WHERE experiment_id = :experiment ORDER BY name"));
        zones.bindValue(QStringLiteral(":experiment"), experimentId);
        zones.exec();
        while (zones.next())
            lines.append({zones.value(1).toString(), zones.value(0).toLongLong()});
    }
    if (lines.isEmpty())
        lines.append({metric.name, 0});

    const int aggregation = m_aggregation->currentData().toInt();
    int i = 0;
    for (const auto &[name, zoneId] : lines) {
        const QList<SeriesPoint> points = zoneId == 0 && from == 0 ? all : query.points(experimentId, metricId, from, 0, zoneId);
        if (points.isEmpty())
            continue;
        if (aggregation == Raw)
            m_series->addSeries(name, points, seriesColour(i));
        else
            m_series->addSeries(name, Aggregation::aggregate(points, Aggregation::Granularity(aggregation)),
                                seriesColour(i));
        ++i;
    }
    if (metric.hasTarget)
        m_series->setTarget(metric.target, tr("Target %1").arg(QLocale().toString(metric.target, 'g', 4)));
    m_series->setValueLabel(metric.unit);
    m_series->refresh();
}

} // namespace citylab
