// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QUrl;

namespace citylab {

class DeferredRefresh;
struct ChangeSet;

class BarChart;
class BoxPlotChart;
class SeriesExplorer;
class StackedBarChart;
class Store;
class TimeSeriesChart;

// Outcomes in two tabs: the portfolio (pipeline funnel, experiments per domain and year,
// agreements signed per quarter, regulatory lead times per authority) and the series
// explorer drawing each metric against its target. Every chart exports to PNG, PDF and CSV.
// The portfolio reads over a period (the whole history unless chosen, kept while the view
// lives); the funnel is where the experiments stand today whatever the period.
class OutcomesView : public QWidget
{
    Q_OBJECT
public:
    enum Period { WholeHistory, ThisYear, LastYear, Last12Months, CustomDates };
    Q_ENUM(Period)

    explicit OutcomesView(Store &store, QWidget *parent = nullptr);

    // The portfolio's period, as the Period combo chooses it.
    void setPeriod(Period period);
    // Custom dates, both included.
    void setPeriod(QDate from, QDate to);
    Period period() const;
    // The period's first and last day; invalid for the whole history.
    QDate periodFrom() const;
    QDate periodTo() const;
    // The day "this year" and "last 12 months" count from: today unless set (tests set the
    // demo's reference day).
    void setReferenceDay(QDate day);

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
    void storeChanged(const ChangeSet &changes);
    void refreshPortfolio();
    // Shows the date fields for custom dates, filled with the preset's days otherwise.
    void applyPeriod();
    // "2025", "last 12 months" or the two dates, for the chart titles.
    QPair<QDate, QDate> periodBounds() const;
    QString periodName() const;

    Store &m_store;
    QDate m_referenceDay;
    QTabWidget *m_tabs;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_metrics;
    SeriesExplorer *m_explorer;
    BarChart *m_funnel;
    StackedBarChart *m_domainYears;
    BarChart *m_agreements;
    BoxPlotChart *m_leadTimes;
    // each tab drawn again once on screen: a change elsewhere costs nothing until then
    DeferredRefresh *m_portfolioRefresh = nullptr;
    DeferredRefresh *m_explorerRefresh = nullptr;
};

} // namespace citylab
