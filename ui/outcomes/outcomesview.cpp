// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomesview.h"

#include "charts/barchart.h"
#include "charts/boxplotchart.h"
#include "charts/stackedbarchart.h"
#include "domain/vocabulary.h"
#include "outcomes/portfoliofigures.h"
#include "outcomes/seriesexplorer.h"
#include "shell/recordcolours.h"
#include "store/store.h"

#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace citylab {

OutcomesView::OutcomesView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
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

    auto *portfolio = new QWidget(this);
    auto *grid = new QGridLayout(portfolio);
    grid->addWidget(m_funnel, 0, 0);
    grid->addWidget(m_domainYears, 0, 1);
    grid->addWidget(m_agreements, 1, 0);
    grid->addWidget(m_leadTimes, 1, 1);
    m_tabs->addTab(portfolio, QString());
    m_tabs->addTab(m_explorer, QString());
    m_metrics->setObjectName(QStringLiteral("manageMetrics"));
    m_tabs->setCornerWidget(m_metrics, Qt::TopRightCorner);
    connect(m_metrics, &QPushButton::clicked, this, &OutcomesView::metricsRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    retranslate();
    refreshPortfolio();

    connect(&m_store, &Store::recordsChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("experiments")) || tables.contains(QStringLiteral("agreements"))
            || tables.contains(QStringLiteral("regulatory_requests")))
            refreshPortfolio();
        if (tables.contains(QStringLiteral("measurements")) || tables.contains(QStringLiteral("targets"))
            || tables.contains(QStringLiteral("metrics")) || tables.contains(QStringLiteral("experiments")))
            m_explorer->reload();
    });
}

TimeSeriesChart *OutcomesView::seriesChart() const
{
    return m_explorer->chart();
}

void OutcomesView::retranslate()
{
    m_tabs->setTabText(0, tr("Portfolio"));
    m_tabs->setTabText(1, tr("Metrics over time"));
    m_metrics->setText(tr("Metrics…"));
    m_metrics->setToolTip(tr("Define the metrics experiments are measured by"));
}

void OutcomesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshPortfolio();
    }
    QWidget::changeEvent(event);
}

bool OutcomesView::showExperiment(qint64 id)
{
    if (!m_explorer->showExperiment(id))
        return false;
    m_tabs->setCurrentWidget(m_explorer);
    return true;
}

bool OutcomesView::openLink(const QUrl &url)
{
    if (!m_explorer->openLink(url))
        return false;
    m_tabs->setCurrentWidget(m_explorer);
    return true;
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

    const DomainYearCounts domainYears = figures.domainsPerYear();
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
    m_domainYears->setTitle(tr("Experiments per domain and year of proposal"));
    m_domainYears->setStacks(years, domains, counts, domainColours, tr("Year"), tr("Experiments"));

    labels.clear();
    values.clear();
    colours.clear();
    const auto quarters = figures.agreementsPerQuarter();
    // The last three years: older quarters crowd the axis and are in the CSV of the reports.
    for (qsizetype i = qMax<qsizetype>(0, quarters.size() - 12); i < quarters.size(); ++i) {
        // "Q1" over "2025" (in Italian "T1"), so a dozen quarters fit under the bars.
        const QString year = quarters.at(i).first.section(u' ', 0, 0);
        const QString quarter = quarters.at(i).first.section(u' ', 1).mid(1);
        labels.append(tr("Q%1", "quarter of the year").arg(quarter) + u'\n' + year);
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

} // namespace citylab
