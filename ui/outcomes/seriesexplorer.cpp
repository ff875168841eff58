// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesexplorer.h"

#include "charts/timeserieschart.h"
#include "i18n/dateformat.h"
#include "outcomes/seriesquery.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QUrl>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace citylab {

namespace {

// Okabe-Ito, in an order that keeps the pale yellow for the seventh line: series stay
// apart for colour-blind readers too.
QColor seriesColour(int i)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0x00, 0x00, 0x00), QColor(0xF0, 0xE4, 0x42)};
    return colours[i % 8];
}

// A small square of a series' colour for the comparison list.
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

enum AggregationChoice { Raw = -1 };
enum PeriodChoice { Whole = 0, Custom = -1 };

struct Line
{
    QString name;
    qint64 experimentId = 0;
    qint64 zoneId = 0;
    QString code;
    QListWidgetItem *item = nullptr;   // its entry in the comparison list
};

} // namespace

SeriesExplorer::SeriesExplorer(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_experimentLabel(new QLabel(this))
    , m_metricLabel(new QLabel(this))
    , m_aggregationLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_compareLabel(new QLabel(this))
    , m_experiment(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_aggregation(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_compare(new QComboBox(this))
    , m_compareList(new QListWidget(this))
    , m_chart(new TimeSeriesChart(this))
{
    // They stretch with the window; these minimums let it shrink to a 1024-pixel screen.
    m_experiment->setMinimumContentsLength(16);
    m_experiment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(12);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Their items are fixed words that get longer in Italian and change with the language
    // while the view is open: each combo is as wide as its longest item, always.
    for (QComboBox *combo : {m_aggregation, m_period, m_compare})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_aggregation->setObjectName(QStringLiteral("aggregation"));
    m_period->setObjectName(QStringLiteral("periodPreset"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_compare->setObjectName(QStringLiteral("compareMode"));
    m_compareList->setObjectName(QStringLiteral("compareList"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormat::pattern());
    }
    m_compareList->setMaximumWidth(260);
    m_compareList->setIconSize(QSize(12, 12));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_experimentLabel);
    controls->addWidget(m_experiment, 2);
    controls->addWidget(m_metricLabel);
    controls->addWidget(m_metric, 1);
    controls->addWidget(m_aggregationLabel);
    controls->addWidget(m_aggregation);
    auto *period = new QHBoxLayout;
    period->addWidget(m_periodLabel);
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addStretch();
    // A row of its own: beside the period, the Italian "Altre sperimentazioni con lo stesso
    // indicatore" held the window wider than a 1024-pixel screen.
    auto *compare = new QHBoxLayout;
    compare->addWidget(m_compareLabel);
    compare->addWidget(m_compare);
    compare->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(m_compareList);
    body->addWidget(m_chart, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(period);
    layout->addLayout(compare);
    layout->addLayout(body, 1);

    retranslate();
    loadExperiments();

    connect(m_experiment, &QComboBox::currentIndexChanged, this, &SeriesExplorer::loadMetrics);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        loadCompareList();
        applyPreset();
        refresh();
    });
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, &SeriesExplorer::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        refresh();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            // Dates typed by hand make the period the user's own.
            const QSignalBlocker blocker(m_period);
            m_period->setCurrentIndex(m_period->findData(int(Custom)));
            refresh();
        });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        loadCompareList();
        applyPreset();
        refresh();
    });
    connect(m_compareList, &QListWidget::itemChanged, this, [this] {
        applyPreset();
        refresh();
    });
    loadMetrics();
}

void SeriesExplorer::retranslate()
{
    m_experimentLabel->setText(tr("Experiment:"));
    m_metricLabel->setText(tr("Metric:"));
    m_aggregationLabel->setText(tr("Aggregation:"));
    m_periodLabel->setText(tr("Period:"));
    m_toLabel->setText(tr("to"));
    m_compareLabel->setText(tr("Compare:"));
    const QSignalBlocker aggregationBlocker(m_aggregation);
    const QSignalBlocker periodBlocker(m_period);
    const QSignalBlocker compareBlocker(m_compare);
    const int aggregation = qMax(0, m_aggregation->currentIndex());
    const int period = qMax(0, m_period->currentIndex());
    const int compare = qMax(0, m_compare->currentIndex());
    m_aggregation->clear();
    m_aggregation->addItem(tr("Hourly mean"), int(Aggregation::Hourly));
    m_aggregation->addItem(tr("Daily mean"), int(Aggregation::Daily));
    m_aggregation->addItem(tr("Weekly mean"), int(Aggregation::Weekly));
    m_aggregation->addItem(tr("Monthly mean"), int(Aggregation::Monthly));
    m_aggregation->addItem(tr("Every measurement"), int(Raw));
    m_aggregation->setCurrentIndex(aggregation);
    m_period->clear();
    m_period->addItem(tr("Whole period"), int(Whole));
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->addItem(tr("Custom dates"), int(Custom));
    m_period->setCurrentIndex(period);
    m_compare->clear();
    m_compare->addItem(tr("Nothing"), int(Single));
    m_compare->addItem(tr("Its zones"), int(Zones));
    m_compare->addItem(tr("Other experiments"), int(Experiments));
    m_compare->setCurrentIndex(compare);
    m_compareList->setToolTip(tr("Tick the series to draw on the same chart"));
    m_chart->plot()->setToolTip(tr("Drag to pan, scroll to zoom, double-click to see everything"));
}

void SeriesExplorer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (QDateEdit *edit : {m_from, m_to}) {
            const QSignalBlocker blocker(edit);
            edit->setDisplayFormat(DateFormat::pattern());
        }
        loadCompareList(true);
        refresh();
    }
    QWidget::changeEvent(event);
}

bool SeriesExplorer::listsExperiment(qint64 experimentId) const
{
    return m_experiment->findData(experimentId) >= 0;
}

void SeriesExplorer::reload()
{
    const qint64 experiment = experimentId();
    const qint64 metric = metricId();
    loadExperiments();
    {
        const QSignalBlocker blocker(m_experiment);
        m_experiment->setCurrentIndex(qMax(0, m_experiment->findData(experiment)));
    }
    {
        const QSignalBlocker blocker(m_metric);
        fillMetrics(metric);
    }
    loadCompareList(experimentId() == experiment && metricId() == metric);
    applyPreset();
    refresh();
}

void SeriesExplorer::loadExperiments()
{
    const QSignalBlocker blocker(m_experiment);
    m_experiment->clear();
    // Only experiments with something to draw: a target or at least one measurement.
    m_experimentsError.clear();
    const auto experiments = SeriesQuery(m_store).experiments(&m_experimentsError);
    for (const ExperimentRef &experiment : experiments.value_or(QList<ExperimentRef>())) {
        m_experiment->addItem(experiment.code + QStringLiteral(" – ") + experiment.title, experiment.id);
        m_experiment->setItemData(m_experiment->count() - 1, experiment.code, Qt::UserRole + 1);
    }
}

qint64 SeriesExplorer::experimentId() const
{
    return m_experiment->currentData().toLongLong();
}

qint64 SeriesExplorer::metricId() const
{
    return m_metric->currentData().toLongLong();
}

bool SeriesExplorer::showExperiment(qint64 id)
{
    const int row = m_experiment->findData(id);
    if (row < 0)
        return false;
    m_experiment->setCurrentIndex(row);
    return true;
}

bool SeriesExplorer::showMetric(qint64 experimentId, qint64 metricId)
{
    if (!showExperiment(experimentId))
        return false;
    const int row = m_metric->findData(metricId);
    if (row < 0)
        return false;
    m_metric->setCurrentIndex(row);
    return true;
}

QUrl SeriesExplorer::link(qint64 experimentId, qint64 metricId)
{
    return QUrl(QStringLiteral("outcomes:experiment/%1/metric/%2").arg(experimentId).arg(metricId));
}

bool SeriesExplorer::openLink(const QUrl &url)
{
    const QStringList parts = url.path().split(u'/');
    if (url.scheme() != QLatin1String("outcomes") || parts.size() != 4 || parts.at(0) != QLatin1String("experiment")
        || parts.at(2) != QLatin1String("metric"))
        return false;
    return showMetric(parts.at(1).toLongLong(), parts.at(3).toLongLong());
}

void SeriesExplorer::fillMetrics(qint64 preferredMetric)
{
    m_metric->clear();
    const SeriesQuery series(m_store);
    for (const MetricRef &metric : series.metrics(experimentId()))
        m_metric->addItem(metric.unit.isEmpty() ? metric.name : tr("%1 (%2)").arg(metric.name, metric.unit), metric.id);
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(preferredMetric)));
}

void SeriesExplorer::loadMetrics()
{
    {
        const QSignalBlocker blocker(m_metric);
        fillMetrics(0);
    }
    loadCompareList();
    applyPreset();
    refresh();
}

void SeriesExplorer::setCompare(Compare compare)
{
    m_compare->setCurrentIndex(m_compare->findData(int(compare)));
}

void SeriesExplorer::loadCompareList(bool keepTicks)
{
    const QSignalBlocker blocker(m_compareList);
    QHash<qint64, Qt::CheckState> ticks;
    for (int i = 0; keepTicks && i < m_compareList->count(); ++i)
        ticks.insert(m_compareList->item(i)->data(Qt::UserRole).toLongLong(), m_compareList->item(i)->checkState());
    m_compareList->clear();
    const auto compare = Compare(m_compare->currentData().toInt());
    m_compareList->setVisible(compare != Single);
    m_compareError.clear();
    const SeriesQuery series(m_store);
    QList<QPair<qint64, QString>> entries;   // id, name as listed
    if (compare == Zones) {
        if (const auto zones = series.zones(experimentId(), &m_compareError))
            for (const ZoneRef &zone : *zones)
                entries.append({zone.id, zone.name});
    } else if (compare == Experiments) {
        if (const auto experiments = series.experimentsSharing(experimentId(), metricId(), &m_compareError))
            for (const ExperimentRef &experiment : *experiments)
                entries.append({experiment.id, experiment.code + QStringLiteral(" – ") + experiment.title});
    } else {
        return;
    }
    for (const auto &[id, name] : std::as_const(entries)) {
        auto *item = new QListWidgetItem(name, m_compareList);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Every zone at first; other experiments only when the user picks them.
        item->setCheckState(ticks.value(id, compare == Zones ? Qt::Checked : Qt::Unchecked));
        item->setToolTip(item->text());
    }
}

void SeriesExplorer::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        const QSignalBlocker periodBlocker(m_period);
        m_from->setDate(from);
        m_to->setDate(to);
        m_period->setCurrentIndex(m_period->findData(int(Custom)));
    }
    refresh();
}

QDate SeriesExplorer::periodFrom() const
{
    return m_from->date();
}

QDate SeriesExplorer::periodTo() const
{
    return m_to->date();
}

void SeriesExplorer::applyPreset()
{
    const int days = m_period->currentData().toInt();
    if (days == Custom)
        return;
    // The extent of what is drawn: the experiment, and the ones compared with it.
    QList<qint64> experiments{experimentId()};
    if (m_compare->currentData().toInt() == Experiments)
        for (int i = 0; i < m_compareList->count(); ++i)
            if (m_compareList->item(i)->checkState() == Qt::Checked)
                experiments.append(m_compareList->item(i)->data(Qt::UserRole).toLongLong());
    qint64 first = 0;
    qint64 last = 0;
    const SeriesQuery series(m_store);
    m_spanError.clear();
    for (qint64 experiment : std::as_const(experiments)) {
        const auto span = series.measuredSpan(experiment, metricId(), &m_spanError);
        if (span && span->first) {
            first = first ? qMin(first, span->first) : span->first;
            last = qMax(last, span->second);
        }
    }
    // The period ends at the last measurement, so "last 30 days" of a concluded experiment
    // still shows data.
    const QDate to = last ? QDateTime::fromSecsSinceEpoch(last).date() : QDate::currentDate();
    QDate from = first ? QDateTime::fromSecsSinceEpoch(first).date() : to;
    if (days > 0)
        from = to.addDays(1 - days);
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void SeriesExplorer::refresh()
{
    m_chart->clear();
    const qint64 experiment = experimentId();
    const qint64 metricId = this->metricId();
    const SeriesQuery query(m_store);
    MetricRef metric;
    for (const MetricRef &candidate : query.metrics(experiment))
        if (candidate.id == metricId)
            metric = candidate;
    // a list or period that could not be read is said where the chart is named
    const QString readError = !m_experimentsError.isEmpty() ? m_experimentsError
                              : !m_compareError.isEmpty()   ? m_compareError
                                                            : m_spanError;
    m_chart->setTitle(!readError.isEmpty() ? readError
                      : metric.id          ? tr("%1 – %2").arg(m_experiment->currentText(), metric.name)
                                           : tr("No measurements to show"));
    if (!metric.id) {
        m_chart->refresh();
        return;
    }
    const qint64 from = m_from->date().startOfDay().toSecsSinceEpoch();
    const qint64 to = m_to->date().addDays(1).startOfDay().toSecsSinceEpoch();

    const auto compare = Compare(m_compare->currentData().toInt());
    const QString code = m_experiment->currentData(Qt::UserRole + 1).toString();
    QList<Line> lines;
    if (compare == Experiments)
        lines.append({code, experiment, 0, code});
    // The list shows each drawn series' colour beside its name.
    const QSignalBlocker blocker(m_compareList);
    for (int i = 0; i < m_compareList->count(); ++i) {
        QListWidgetItem *item = m_compareList->item(i);
        item->setIcon(QIcon());
        if (item->checkState() != Qt::Checked)
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const QString otherCode = item->text().section(QStringLiteral(" – "), 0, 0);
        if (compare == Zones)
            lines.append({item->text(), experiment, id, code, item});
        else
            lines.append({otherCode, id, 0, otherCode, item});
    }
    if (lines.isEmpty())
        lines.append({metric.name, experiment, 0, code});

    const int aggregation = m_aggregation->currentData().toInt();
    const QLocale locale;
    int colour = 0;
    for (const Line &line : std::as_const(lines)) {
        const QList<SeriesPoint> points = query.points(line.experimentId, metricId, from, to, line.zoneId);
        QString name = line.name;
        if (compare == Experiments) {
            // Each experiment's own target, in its series' colour, its value in the legend.
            for (const MetricRef &candidate : query.metrics(line.experimentId)) {
                if (candidate.id != metricId || !candidate.hasTarget)
                    continue;
                const QString target = locale.toString(candidate.target, 'g', 4);
                m_chart->addTarget(candidate.target, tr("%1 target %2").arg(line.code, target), seriesColour(colour));
                name = tr("%1 (target %2)").arg(line.code, target);
            }
        }
        if (line.item && !points.isEmpty())
            line.item->setIcon(swatch(seriesColour(colour)));
        if (!points.isEmpty()) {
            if (aggregation == Raw)
                m_chart->addSeries(name, points, seriesColour(colour));
            else
                m_chart->addSeries(name, Aggregation::aggregate(points, Aggregation::Granularity(aggregation)),
                                   seriesColour(colour));
        }
        ++colour;
    }
    if (compare != Experiments && metric.hasTarget)
        m_chart->setTarget(metric.target, tr("Target %1").arg(locale.toString(metric.target, 'g', 4)));
    m_chart->setValueLabel(metric.unit);
    m_chart->setTimeRange(from, to);
    m_chart->refresh();
}

} // namespace citylab
