// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace citylab {

class BarChart;
class BoxPlotChart;
class Store;
class TimeSeriesChart;

// Outcomes of the portfolio: the pipeline funnel and agreements signed per quarter, and a
// series explorer (experiment, metric, zones, aggregation, period) drawing each metric
// against its target. Every chart exports to PNG, PDF and CSV.
class OutcomesView : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomesView(Store &store, QWidget *parent = nullptr);

    TimeSeriesChart *seriesChart() const { return m_series; }
    BarChart *funnelChart() const { return m_funnel; }
    BarChart *agreementsChart() const { return m_agreements; }
    BoxPlotChart *leadTimeChart() const { return m_leadTimes; }
    // Shows an experiment in the explorer (by id), e.g. from the experiment page.
    bool showExperiment(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadExperiments();
    void loadMetrics();
    void refreshPortfolio();
    void refreshSeries();

    Store &m_store;
    QLabel *m_explorerTitle;
    QLabel *m_experimentLabel;
    QLabel *m_metricLabel;
    QLabel *m_aggregationLabel;
    QLabel *m_periodLabel;
    QComboBox *m_experiment;
    QComboBox *m_metric;
    QComboBox *m_aggregation;
    QComboBox *m_period;
    QCheckBox *m_byZone;
    TimeSeriesChart *m_series;
    BarChart *m_funnel;
    BarChart *m_agreements;
    BoxPlotChart *m_leadTimes;
};

} // namespace citylab
