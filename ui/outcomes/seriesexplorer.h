// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QUrl;

namespace citylab {

class Store;
class TimeSeriesChart;

// One metric over time: an experiment's series at a daily, weekly or monthly mean (or every
// measurement) in a period chosen by preset or by dates, against its target; optionally
// overlaid with its zones or with other experiments measuring the same metric, each series
// in its own colour with its own target line. The chart pans and zooms with the mouse.
class SeriesExplorer : public QWidget
{
    Q_OBJECT
public:
    enum Compare { Single, Zones, Experiments };

    explicit SeriesExplorer(Store &store, QWidget *parent = nullptr);

    TimeSeriesChart *chart() const { return m_chart; }
    // The checkable zones or experiments of the current comparison.
    QListWidget *compareList() const { return m_compareList; }
    void setCompare(Compare compare);
    // A period by dates (both included); the preset becomes "Custom".
    void setPeriod(QDate from, QDate to);
    QDate periodFrom() const;
    QDate periodTo() const;

    bool showExperiment(qint64 id);
    bool showMetric(qint64 experimentId, qint64 metricId);
    qint64 experimentId() const;
    qint64 metricId() const;
    // The experiment is in the list to choose from (it has something to draw).
    bool listsExperiment(qint64 experimentId) const;
    // "outcomes:experiment/ID/metric/ID", the link under an experiment page's chart.
    static QUrl link(qint64 experimentId, qint64 metricId);
    bool openLink(const QUrl &url);

    // The store changed: experiments, metrics or measurements may have come or gone.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadExperiments();
    void loadMetrics();
    // Fills the metric list, selecting preferredMetric when the experiment measures it.
    void fillMetrics(qint64 preferredMetric);
    // keepTicks: what the user ticked stays ticked (the store changed, not the choice).
    void loadCompareList(bool keepTicks = false);
    void applyPreset();
    void refresh();

    Store &m_store;
    QLabel *m_experimentLabel;
    QLabel *m_metricLabel;
    QLabel *m_aggregationLabel;
    QLabel *m_periodLabel;
    QLabel *m_toLabel;
    QLabel *m_compareLabel;
    QComboBox *m_experiment;
    QComboBox *m_metric;
    QComboBox *m_aggregation;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_compare;
    QListWidget *m_compareList;
    // Why a list or the measured period could not be read (empty when it was).
    QString m_experimentsError;
    QString m_compareError;
    QString m_spanError;
    TimeSeriesChart *m_chart;
};

} // namespace citylab
