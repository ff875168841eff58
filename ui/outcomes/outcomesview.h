// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QTabWidget;
class QUrl;

namespace citylab {

class BarChart;
class BoxPlotChart;
class SeriesExplorer;
class StackedBarChart;
class Store;
class TimeSeriesChart;

// Outcomes in two tabs: the portfolio (pipeline funnel, experiments per domain and year,
// agreements signed per quarter, regulatory lead times per authority) and the series
// explorer drawing each metric against its target. Every chart exports to PNG, PDF and CSV.
class OutcomesView : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomesView(Store &store, QWidget *parent = nullptr);

    SeriesExplorer *explorer() const { return m_explorer; }
    TimeSeriesChart *seriesChart() const;
    BarChart *funnelChart() const { return m_funnel; }
    StackedBarChart *domainYearChart() const { return m_domainYears; }
    BarChart *agreementsChart() const { return m_agreements; }
    BoxPlotChart *leadTimeChart() const { return m_leadTimes; }
    // Shows an experiment in the explorer (by id), e.g. from the experiment page.
    bool showExperiment(qint64 id);
    // Follows an experiment page's chart link ("outcomes:experiment/ID/metric/ID") to the
    // explorer, where the series zooms and pans.
    bool openLink(const QUrl &url);

signals:
    // The Metrics… button: the window opens the metrics manager (with its undo history).
    void metricsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshPortfolio();

    Store &m_store;
    QTabWidget *m_tabs;
    QPushButton *m_metrics;
    SeriesExplorer *m_explorer;
    BarChart *m_funnel;
    StackedBarChart *m_domainYears;
    BarChart *m_agreements;
    BoxPlotChart *m_leadTimes;
};

} // namespace citylab
