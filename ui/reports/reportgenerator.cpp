// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportgenerator.h"

#include "charts/barchart.h"
#include "charts/boxplotchart.h"
#include "charts/stackedbarchart.h"
#include "charts/timeserieschart.h"
#include "domain/barrierevidence.h"
#include "domain/deadlines.h"
#include "domain/testplan.h"
#include "domain/vocabulary.h"
#include "drafting/draftcontext.h"
#include "drafting/officesettings.h"
#include "geo/zonereader.h"
#include "i18n/dateformat.h"
#include "items/experimentconditions.h"
#include "items/experimentincidents.h"
#include "map/tilesettings.h"
#include "outcomes/experimentcourse.h"
#include "outcomes/experimenttargets.h"
#include "outcomes/portfoliofigures.h"
#include "outcomes/reportdata.h"
#include "outcomes/seriesquery.h"
#include "reports/reportdocument.h"
#include "reports/reportzonemap.h"
#include "shell/recordcolours.h"
#include "store/opendatabases.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QSaveFile>
#include <qcustomplot.h>
#include <memory>

namespace citylab {

namespace {

// The office's letterhead, as on its letters: a report leaves the office too.
void addLetterhead(ReportDocument &doc, const Store &store)
{
    const OfficeSettings office = OfficeSettings::load(store);
    QImage logo;
    if (!office.logoPath.isEmpty() && !OpenDatabases::contains(office.logoPath))
        logo = QImageReader(office.logoPath).read();   // a logo that cannot be read is left out, as letters do
    QStringList address;
    for (const QString &part : {office.address, office.pec})
        if (!part.trimmed().isEmpty())
            address << part.trimmed();
    doc.addLetterhead(office.name.trimmed(), address.join(QStringLiteral(" · ")), logo);
}

QString date(const QVariant &iso)
{
    const QDate d = QDate::fromString(iso.toString().left(10), Qt::ISODate);
    return d.isValid() ? DateFormat::shortDate(d) : QString();
}

// As many decimals as the value needs, up to `decimals` (a target typed as 12,5 stays 12,5, a
// mean does not run to fifteen digits), and the unit after a no-break space, as on the
// experiment page.
QString withUnit(double value, const QString &unit, int decimals = 3)
{
    const QLocale locale;
    QString number = locale.toString(value, 'f', decimals);
    while (number.endsWith(u'0'))
        number.chop(1);
    if (number.endsWith(locale.decimalPoint()))
        number.chop(locale.decimalPoint().size());
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

QString periodText(const ReportGenerator::Options &options)
{
    const QString from = options.from.isValid() ? DateFormat::shortDate(options.from) : QString();
    const QString to = DateFormat::shortDate(options.to.isValid() ? options.to : options.today);
    return from.isEmpty() ? ReportGenerator::tr("Period: up to %1").arg(to)
                          : ReportGenerator::tr("Period: %1 – %2").arg(from, to);
}

QString generatedText(const ReportGenerator::Options &options)
{
    return ReportGenerator::tr("Generated on %1 by CityLab").arg(DateFormat::shortDate(options.today));
}

// Each target with the weekly mean that judges it, the result in words and with a mark, so
// that it reads in black and white.
void addTargets(ReportDocument &doc, const QList<TargetStatus> &targets)
{
    if (targets.isEmpty())
        return;
    QList<QStringList> rows;
    for (const TargetStatus &t : targets) {
        const QString value = withUnit(t.value, t.unit);
        rows.append({t.name.isEmpty() ? t.code : t.name,
                     t.direction == QLatin1String("lower_is_better") ? ReportGenerator::tr("at most %1").arg(value)
                                                                     : ReportGenerator::tr("at least %1").arg(value),
                     t.dueOn.isValid() ? DateFormat::shortDate(t.dueOn) : QString(),
                     t.hasMean ? ReportGenerator::tr("%1 (week of %2)").arg(withUnit(t.latestMean, t.unit, 2), DateFormat::shortDate(t.meanWeek))
                               : QString(),
                     !t.hasMean ? ReportGenerator::tr("no measurements")
                     : t.met()  ? QStringLiteral("✔ ") + ReportGenerator::tr("met")
                                : QStringLiteral("✘ ") + ReportGenerator::tr("not met")});
    }
    doc.addTable({ReportGenerator::tr("Metric"), ReportGenerator::tr("Target"), ReportGenerator::tr("By"),
                  ReportGenerator::tr("Latest weekly mean"), ReportGenerator::tr("Result")},
                 rows, {4, 4, 2, 4, 3});
}

// The experiment a report is about, or nothing with *error saying why.
std::optional<ReportData::Experiment> reportedExperiment(const Store &store, const QString &code, QString *error)
{
    std::optional<ReportData::Experiment> e = ReportData::experiment(store, code, error);
    if (e && e->id < 0) {
        *error = ReportGenerator::tr("no experiment with code '%1'").arg(code);
        return std::nullopt;
    }
    return e;
}

// Opens the output through a QSaveFile after checking the folder, so the message says
// what is wrong rather than "cannot open".
bool save(const ReportDocument &document, const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        *error = ReportGenerator::tr("%1: the folder does not exist").arg(QDir::toNativeSeparators(folder.filePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ReportGenerator::tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!document.write(&file)) {
        file.cancelWriting();
        *error = ReportGenerator::tr("%1: the PDF could not be drawn").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.commit()) {
        *error = ReportGenerator::tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Zones drawn offline in Web Mercator with a scale bar, numbered by experiment code and zone
// name, and what the numbers on the map stand for.
struct ZoneMap
{
    std::shared_ptr<ReportZoneMap> painter;
    QList<QStringList> legend;              // number, experiment code, zone name, active window
    QHash<QString, QList<int>> numbers;     // experiment code -> its numbers on the map
};

ZoneMap zoneMap(QList<Zone> stored)
{
    std::sort(stored.begin(), stored.end(), [](const Zone &a, const Zone &b) {
        return std::tie(a.experiment.code, a.name) < std::tie(b.experiment.code, b.name);
    });
    const auto isoOrEmpty = [](const QDate &day) { return day.isValid() ? DateFormat::shortDate(day) : QString(); };
    QList<DraftZone> zones;
    ZoneMap map;
    for (const Zone &zone : std::as_const(stored)) {
        zones.append(DraftContext::draftZone(zone));
        // numbered as the painter numbers them: in this order, from 1
        const int number = int(zones.size());
        const QString &code = zone.experiment.code;
        map.numbers[code].append(number);
        const QString from = isoOrEmpty(zone.activeFrom);
        const QString to = isoOrEmpty(zone.activeTo);
        map.legend.append({QString::number(number), code, zone.name,
                           from.isEmpty() && to.isEmpty() ? QString() : from + QStringLiteral(" – ") + to});
    }
    // Over the offline tiles chosen in Map → Tiles… when the folder has the place: the
    // report stays buildable without network either way.
    map.painter = std::make_shared<ReportZoneMap>(zones, TileSettings::load().offlineDirectory());
    return map;
}

// "3", "4, 5" or "6–9": an experiment's zones on the map, runs of numbers shortened.
QString numberList(const QList<int> &numbers)
{
    if (numbers.isEmpty())
        return QString();
    if (numbers.size() > 2 && numbers.last() - numbers.first() == numbers.size() - 1)
        return QString::number(numbers.first()) + QChar(0x2013) + QString::number(numbers.last());
    QStringList parts;
    for (int n : numbers)
        parts.append(QString::number(n));
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool ReportGenerator::writePortfolio(const QString &path, const Options &options, QString *error) const
{
    const QDate to = options.to.isValid() ? options.to : options.today;
    const ReportData::Period period{
        options.from.isValid() ? options.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"), to.toString(Qt::ISODate)};
    const QLocale locale;
    ReportDocument doc(tr("Portfolio report"), periodText(options), generatedText(options));
    addLetterhead(doc, m_store);

    // what the report lists, read first: a store that cannot be read gives no report, not an empty one
    const auto keyFigures = ReportData::keyFigures(m_store, period, error);
    if (!keyFigures)
        return false;
    const auto domainRows = ReportData::domains(m_store, error);
    if (!domainRows)
        return false;
    const auto activeExperiments = ReportData::activeExperiments(m_store, error);
    if (!activeExperiments)
        return false;
    const ZoneReader::Result activeZones = ZoneReader::ofStage(m_store, QStringLiteral("active"));
    if (!activeZones.ok) {
        if (error)
            *error = activeZones.error;
        return false;
    }

    // A period that ended before today: what the report shows as it is today (the pipeline,
    // the experiments in progress and their map) says so, rather than pass for the period's.
    const bool pastPeriod = options.to.isValid() && options.to < options.today;
    const auto asOfToday = [&](const QString &text) {
        return pastPeriod ? tr("%1 — as of today, %2").arg(text, DateFormat::shortDate(options.today)) : text;
    };
    doc.addHeading(tr("Key figures"));
    const int experiments = keyFigures->experiments;
    const int active = keyFigures->active;
    const int started = keyFigures->started;
    const int signedAgreements = keyFigures->signedAgreements;
    const int decided = keyFigures->decisions;
    Deadlines::Options deadlineOptions;
    deadlineOptions.today = to;
    QList<Deadline> requests;
    for (const Deadline &deadline : Deadlines::collect(m_store, deadlineOptions))
        if (deadline.kind == Deadline::Request)
            requests.append(deadline);
    int overdue = 0;
    for (const Deadline &deadline : requests)
        overdue += deadline.daysLeft < 0;
    doc.addKeyFigures({{tr("experiments in the portfolio"), locale.toString(experiments)},
                       {pastPeriod ? tr("experiments active today (%1)").arg(DateFormat::shortDate(options.today))
                                   : tr("experiments active now"),
                        locale.toString(active)},
                       {tr("experiments started in the period"), locale.toString(started)},
                       {tr("agreements signed in the period"), locale.toString(signedAgreements)},
                       {tr("regulatory decisions in the period"), locale.toString(decided)},
                       {tr("overdue regulatory requests"), locale.toString(overdue)}});

    doc.addHeading(asOfToday(tr("Pipeline by stage")));
    const PortfolioFigures figures(m_store);
    // The charts are drawn when the PDF is written, at the end: they live until then.
    QList<std::shared_ptr<ChartView>> charts;
    auto funnel = std::make_shared<BarChart>();
    charts.append(funnel);
    funnel->setHorizontal(true);
    {
        QStringList labels;
        QList<double> values;
        QList<QColor> colours;
        QList<QStringList> rows;
        for (const auto &[stage, n] : figures.stageCounts()) {
            labels.append(Vocabulary::label(Vocabulary::Stage, stage));
            values.append(n);
            colours.append(RecordColours::stage(stage));
        }
        funnel->setBars(labels, values, colours, tr("Experiments"));
    }
    doc.addChart(funnel->plot(), 70);

    doc.addHeading(tr("Experiments by domain"));
    {
        QStringList labels;
        QList<double> values;
        QList<QColor> colours;
        QList<QStringList> rows;
        for (const ReportData::DomainRow &row : *domainRows) {
            labels.append(Vocabulary::label(Vocabulary::Domain, row.domain));
            values.append(row.experiments);
            colours.append(RecordColours::domain(row.domain));
            rows.append({labels.last(), locale.toString(row.experiments), locale.toString(row.active),
                         locale.toString(row.concluded)});
        }
        auto domains = std::make_shared<BarChart>();
        domains->setHorizontal(true);
        domains->setBars(labels, values, colours, tr("Experiments"));
        doc.addChart(domains->plot(), 60);
        doc.addTable({tr("Domain"), tr("Experiments"), tr("Active"), tr("Concluded")}, rows, {4, 2, 2, 2});
        charts.append(domains);
    }

    doc.addHeading(tr("Experiments per domain and year"));
    {
        // The years of the period, each experiment counted in the year it was proposed.
        const DomainYearCounts counts =
            figures.domainsPerYear(options.from.isValid() ? options.from.year() : 0, to.year());
        if (counts.years.isEmpty()) {
            doc.addParagraph(tr("No experiment was proposed in the period."));
        } else {
            QStringList years;
            for (int year : counts.years)
                years.append(QString::number(year));
            QStringList domains;
            QList<QColor> colours;
            QList<QList<double>> values;
            for (qsizetype i = 0; i < counts.domains.size(); ++i) {
                domains.append(Vocabulary::label(Vocabulary::Domain, counts.domains.at(i)));
                colours.append(RecordColours::domain(counts.domains.at(i)));
                values.append(QList<double>(counts.counts.at(i).cbegin(), counts.counts.at(i).cend()));
            }
            auto stacked = std::make_shared<StackedBarChart>();
            stacked->setStacks(years, domains, values, colours, tr("Year"), tr("Experiments"));
            charts.append(stacked);
            doc.addChart(stacked->plot(), 70);
        }
    }

    doc.addHeading(tr("Agreements signed per quarter"));
    {
        // The quarters of the period with the signatures inside it, as the window's chart
        // draws them and as the summary above counts them.
        QStringList labels;
        QList<double> values;
        QList<QColor> colours;
        int total = 0;
        for (const auto &[quarter, n] : figures.agreementsPerQuarter(options.from, to)) {
            labels.append(tr("Q%1", "quarter of the year").arg(quarter.section(u' ', 1).mid(1)) + u'\n'
                          + quarter.section(u' ', 0, 0));
            values.append(n);
            colours.append(QColor(0x00, 0x9E, 0x73));
            total += n;
        }
        // A period's quiet quarters are listed at zero: a chart of nothing but zeros says less than this.
        if (total == 0) {
            doc.addParagraph(tr("No agreement was signed in the period."));
        } else {
            auto quarters = std::make_shared<BarChart>();
            quarters->setBars(labels, values, colours, tr("Agreements"));
            charts.append(quarters);
            doc.addChart(quarters->plot(), 60);
        }
    }

    doc.addHeading(tr("Regulatory deadlines and overdue requests"));
    if (requests.isEmpty()) {
        doc.addParagraph(tr("No regulatory request is overdue or due in the next 30 days."));
    } else {
        QList<QStringList> rows;
        for (const Deadline &deadline : requests)
            rows.append({deadline.reference, deadline.title, DateFormat::shortDate(deadline.dueOn),
                         deadline.daysLeft < 0 ? tr("overdue by %n day(s)", nullptr, -deadline.daysLeft)
                                               : tr("in %n day(s)", nullptr, deadline.daysLeft)});
        doc.addTable({tr("Request"), tr("Subject"), tr("Due on"), tr("State")}, rows, {3, 6, 2, 3});
    }

    doc.addHeading(tr("Regulatory lead time by authority"));
    {
        // Submission to decision, for the requests decided in the period.
        QStringList authorities;
        QList<QList<double>> days;
        for (const auto &[authority, samples] : figures.leadTimes(options.from, to)) {
            authorities.append(authority);
            days.append(samples);
        }
        if (authorities.isEmpty()) {
            doc.addParagraph(tr("No regulatory request was decided in the period."));
        } else {
            auto boxes = std::make_shared<BoxPlotChart>();
            boxes->setBoxes(authorities, days, tr("days from submission to decision"));
            charts.append(boxes);
            doc.addChart(boxes->plot(), qBound(45.0, 12.0 * authorities.size(), 120.0));
            QList<QStringList> rows;
            for (const QStringList &row : boxes->tableRows())   // authority, n, min, q1, median, q3, max
                rows.append({row.at(0), row.at(1), row.at(4), row.at(2) + QStringLiteral(" – ") + row.at(6)});
            doc.addTable({tr("Authority"), tr("Decisions"), tr("Median days"), tr("Fastest – slowest (days)")}, rows,
                         {6, 2, 2, 3});
        }
    }

    doc.addHeading(asOfToday(tr("Active experiments")));
    {
        QList<QStringList> rows;
        for (const ReportData::ActiveExperiment &e : *activeExperiments)
            rows.append({e.code, e.title, Vocabulary::label(Vocabulary::Domain, e.domain), e.lead,
                         date(e.startOn) + QStringLiteral(" – ") + date(e.endOn), QString()});
        const ZoneMap map = zoneMap(activeZones.zones);
        if (!map.painter->isEmpty())
            doc.addDrawing([painter = map.painter](QPainter &p, const QRectF &r) { painter->paint(p, r); }, 110);
        // The last column says which numbers on the map are the experiment's zones.
        for (QStringList &row : rows)
            row.last() = numberList(map.numbers.value(row.first()));
        if (rows.isEmpty())
            doc.addParagraph(tr("No experiment is active."));
        else
            doc.addTable({tr("Code"), tr("Title"), tr("Domain"), tr("Lead organization"), tr("Dates"), tr("On the map")}, rows,
                         {3, 6, 4, 4, 4, 2});
    }
    return save(doc, path, error);
}

bool ReportGenerator::writeExperiment(const QString &path, const QString &code, const Options &options,
                                      QString *error) const
{
    const std::optional<ReportData::Experiment> e = reportedExperiment(m_store, code, error);
    if (!e)
        return false;
    const qint64 id = e->id;
    const QDate to = options.to.isValid() ? options.to : options.today;
    const ReportData::Period period{
        options.from.isValid() ? options.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"), to.toString(Qt::ISODate)};
    // what the report lists, read first: a store that cannot be read gives no report, not an empty one
    const auto partnerRows = ReportData::partners(m_store, id, error);
    if (!partnerRows)
        return false;
    const auto agreementRows = ReportData::agreements(m_store, id, error);
    if (!agreementRows)
        return false;
    const auto historyRows = ReportData::regulatoryHistory(m_store, id, period, error);
    if (!historyRows)
        return false;
    const auto interactionRows = ReportData::interactions(m_store, id, period, error);
    if (!interactionRows)
        return false;
    const QLocale locale;
    ReportDocument doc(tr("Experiment report %1").arg(code), periodText(options), generatedText(options));
    addLetterhead(doc, m_store);

    doc.addHeading(e->code + QStringLiteral(" – ") + e->title);
    doc.addTable({tr("Field"), tr("Value")},
                 {{tr("Domain"), Vocabulary::label(Vocabulary::Domain, e->domain)},
                  {tr("Stage"), tr("%1 since %2").arg(Vocabulary::label(Vocabulary::Stage, e->stage), date(e->stageSince))},
                  {tr("Lead organization"), e->lead},
                  {tr("Officer"), e->officer},
                  {tr("Dates"), date(e->startOn) + QStringLiteral(" – ") + date(e->endOn)},
                  {tr("Technology readiness level"), e->trl},
                  {tr("Protocol number"), e->protocolNumber}},
                 {1, 3});
    if (!e->summary.isEmpty())
        doc.addParagraph(e->summary);

    const ZoneReader::Result zones = ZoneReader::ofExperiment(m_store, id);
    if (!zones.ok) {
        if (error)
            *error = zones.error;
        return false;
    }
    const ZoneMap map = zoneMap(zones.zones);
    if (!map.painter->isEmpty()) {
        doc.addHeading(tr("Zones"));
        doc.addDrawing([painter = map.painter](QPainter &p, const QRectF &r) { painter->paint(p, r); }, 100);
        QList<QStringList> legend;
        for (const QStringList &row : map.legend)
            legend.append({row.at(0), row.at(2), row.at(3)});
        doc.addTable({tr("No."), tr("Zone"), tr("Active period")}, legend, {1, 6, 4});
    }

    doc.addHeading(tr("Partners"));
    QList<QStringList> partners;
    for (const ReportData::Partner &partner : *partnerRows)
        partners.append({partner.name, partner.role});
    if (partners.isEmpty())
        doc.addParagraph(tr("No partner recorded."));
    else
        doc.addTable({tr("Organization"), tr("Role")}, partners, {3, 2});

    doc.addHeading(tr("Agreements"));
    QList<QStringList> agreements;
    for (const ReportData::Agreement &a : *agreementRows)
        agreements.append({a.title, Vocabulary::label(Vocabulary::AgreementKind, a.kind),
                           Vocabulary::label(Vocabulary::AgreementStatus, a.status), date(a.signedOn), date(a.validTo)});
    if (agreements.isEmpty())
        doc.addParagraph(tr("No agreement recorded."));
    else
        doc.addTable({tr("Title"), tr("Kind"), tr("Status"), tr("Signed on"), tr("Valid until")}, agreements,
                     {5, 2, 2, 2, 2});

    doc.addHeading(tr("Regulatory history in the period"));
    if (historyRows->isEmpty()) {
        doc.addParagraph(tr("No regulatory step in the period."));
    } else {
        const auto status = [](const QString &key) {
            return key.isEmpty() ? QString() : Vocabulary::label(Vocabulary::RequestStatus, key);
        };
        QList<QStringList> rows;
        for (const ReportData::StatusChange &change : *historyRows) {
            const QString from = status(change.fromStatus), to = status(change.toStatus);
            rows.append({date(change.on), change.reference, change.authority,
                         from.isEmpty() ? to : from + QStringLiteral(" → ") + to, change.note});
        }
        doc.addTable({tr("Date"), tr("Request"), tr("Authority"), tr("Status change"), tr("Note")}, rows,
                     {2, 3, 4, 4, 4});
    }

    doc.addHeading(tr("Metrics against targets"));
    const SeriesQuery series(m_store);
    const qint64 fromSecs = options.from.isValid() ? options.from.startOfDay().toSecsSinceEpoch() : 0;
    const qint64 toSecs = to.addDays(1).startOfDay().toSecsSinceEpoch();
    // Each target judged by the weekly mean of the last week measured in the period, as the
    // experiment page judges it today.
    const QList<TargetStatus> targets = ExperimentTargets::load(m_store, id, QTimeZone::systemTimeZone(), toSecs);
    addTargets(doc, targets);
    QList<std::shared_ptr<ChartView>> charts;   // drawn when the PDF is written, at the end
    const QList<MetricRef> metrics = series.metrics(id);
    if (metrics.isEmpty())
        doc.addParagraph(tr("No metric is measured for this experiment."));
    for (const MetricRef &metric : metrics) {
        const QList<SeriesPoint> points = series.points(id, metric.id, fromSecs, toSecs);
        const QList<SeriesBucket> weekly = Aggregation::aggregate(points, Aggregation::Weekly);
        double sum = 0;
        for (const SeriesPoint &p : points)
            sum += p.value;
        QString line = tr("%1: %n measurement(s) in the period", nullptr, int(points.size())).arg(metric.name);
        if (!points.isEmpty())
            line += tr(", mean %1").arg(withUnit(sum / points.size(), metric.unit, 2));
        if (metric.hasTarget)
            line += tr(", target %1").arg(withUnit(metric.target, metric.unit));
        if (!points.isEmpty())
            line += tr("; the chart shows the weekly mean.");
        // the line names the chart under it: they go to a page together
        if (points.isEmpty())
            doc.addParagraph(line);
        else
            doc.addCaption(line);
        if (points.isEmpty())
            continue;
        auto chart = std::make_shared<TimeSeriesChart>();
        chart->addSeries(tr("%1, weekly mean").arg(metric.name), weekly, QColor(0x00, 0x72, 0xB2));
        if (metric.hasTarget)
            chart->setTarget(metric.target, tr("Target %1").arg(withUnit(metric.target, QString())));
        chart->setValueLabel(metric.unit);
        chart->refresh();
        // The line above names the series; a legend would only cover the first weeks.
        chart->plot()->legend->setVisible(false);
        charts.append(chart);
        doc.addChart(chart->plot(), 65);
    }

    doc.addHeading(tr("Interactions in the period"));
    QList<QStringList> rows;
    for (const ReportData::Interaction &interaction : *interactionRows)
        rows.append({date(interaction.occurredOn), Vocabulary::label(Vocabulary::InteractionKind, interaction.kind),
                     interaction.organization, interaction.summary});
    if (rows.isEmpty())
        doc.addParagraph(tr("No interaction recorded in the period."));
    else
        doc.addTable({tr("Date"), tr("Kind"), tr("Organization"), tr("Summary")}, rows, {2, 2, 3, 7});
    return save(doc, path, error);
}

bool ReportGenerator::writeFinal(const QString &path, const QString &code, const Options &options, QString *error) const
{
    const std::optional<ReportData::Experiment> e = reportedExperiment(m_store, code, error);
    if (!e)
        return false;
    const qint64 id = e->id;
    // everything read first: a store that cannot be read gives no report, not an empty one
    const std::optional<TestPlan> plan = TestPlan::load(m_store, id, error);
    const QDate to = options.to.isValid() ? options.to : options.today;
    const std::optional<ExperimentCourse> course = ExperimentCourse::load(m_store, id, to, error);
    const std::optional<QList<ExperimentCondition>> conditions = ExperimentConditions::load(m_store, id, error);
    const std::optional<QList<Incident>> incidents = ExperimentIncidents::load(m_store, id, error);
    const std::optional<QList<std::pair<qint64, QString>>> barriers = BarrierEvidence::ofExperiment(m_store, id, error);
    if (!plan || !course || !conditions || !incidents || !barriers)
        return false;
    // what happened up to the day chosen: targets judged by the last week before it, incidents up to it
    const QList<TargetStatus> targets =
        ExperimentTargets::load(m_store, id, QTimeZone::systemTimeZone(), to.addDays(1).startOfDay().toSecsSinceEpoch());
    QList<Incident> incidentsUntil;
    for (const Incident &i : *incidents)
        if (!i.occurredOn.isValid() || i.occurredOn <= to)
            incidentsUntil << i;
    QList<BarrierEvidence> evidence;
    for (const auto &[barrierId, name] : *barriers) {
        const std::optional<BarrierEvidence> b = BarrierEvidence::load(m_store, barrierId, options.today, error);
        if (!b)
            return false;
        evidence << *b;
    }
    const QLocale locale;
    Options whole = options;
    whole.from = QDate();
    ReportDocument doc(tr("Final report %1").arg(code), periodText(whole), generatedText(options));
    addLetterhead(doc, m_store);
    doc.addHeading(e->code + QStringLiteral(" – ") + e->title);
    doc.addTable({tr("Field"), tr("Value")},
                 {{tr("Domain"), Vocabulary::label(Vocabulary::Domain, e->domain)},
                  {tr("Stage"), tr("%1 since %2").arg(Vocabulary::label(Vocabulary::Stage, e->stage), date(e->stageSince))},
                  {tr("Lead organization"), e->lead},
                  {tr("Officer"), e->officer},
                  {tr("Planned dates"), date(e->startOn) + QStringLiteral(" – ") + date(e->endOn)}},
                 {1, 3});
    if (!e->summary.isEmpty())
        doc.addParagraph(e->summary);

    doc.addHeading(tr("Plan and what happened"));
    const auto day = [](const QDate &d) { return d.isValid() ? DateFormat::shortDate(d) : QStringLiteral("—"); };
    doc.addTable({tr("What"), tr("Planned"), tr("What happened")},
                 {{tr("Tests"), plan->phases.isEmpty() ? tr("no plan") : day(plan->firstDay()) + QStringLiteral(" – ") + day(plan->lastDay()),
                   !course->wentLiveOn.isValid()  ? tr("not live yet")
                   : course->concludedOn.isValid() ? tr("live from %1 to %2").arg(day(course->wentLiveOn), day(course->concludedOn))
                                                   : tr("live since %1, not concluded yet").arg(day(course->wentLiveOn))},
                  {tr("Measurements"), tr("%n metric(s) with a target", nullptr, int(targets.size())),
                   course->measurements == 0 ? tr("none")
                                              : tr("%1 from %2 to %3").arg(locale.toString(course->measurements),
                                                                           day(course->firstMeasuredOn), day(course->lastMeasuredOn))},
                  {tr("Where the tests ran"), tr("inside the authorized zones, dates, hours and heights"),
                   course->tracks == 0 ? tr("no track recorded")
                                       : tr("%n track(s), %1 points", nullptr, course->tracks).arg(locale.toString(course->trackPoints))
                                             + QStringLiteral("; ")
                                             + (course->excursions == 0
                                                    ? tr("no excursion")
                                                    : tr("%n excursion(s): %1 outside the zones, %2 outside the dates, "
                                                         "%3 outside the hours, %4 too high",
                                                         nullptr, course->excursions)
                                                          .arg(course->outside)
                                                          .arg(course->outsideDates)
                                                          .arg(course->outsideHours)
                                                          .arg(course->tooHigh))}},
                 {3, 4, 6});
    if (!plan->phases.isEmpty()) {
        QList<QStringList> rows;
        for (const PlanPhase &p : plan->phases) {
            QStringList scale;
            for (const auto &[label, count] : {std::pair{tr("vehicles"), p.vehicles}, std::pair{tr("drones"), p.drones},
                                               std::pair{tr("robots"), p.robots}, std::pair{tr("users"), p.users}})
                if (count)
                    scale << QStringLiteral("%1 %2").arg(locale.toString(*count), label);
            rows.append({p.name, day(p.startsOn), day(p.endsOn), scale.join(QStringLiteral(", "))});
        }
        doc.addCaption(tr("The plan's phases and scale:"));
        doc.addTable({tr("Phase"), tr("From"), tr("To"), tr("Scale")}, rows, {5, 2, 2, 4});
        doc.addTable({tr("Safeguard"), tr("As planned")},
                     {{tr("Insurance"), QStringList{plan->insurer, plan->policyNumber,
                                                    plan->insuranceExpiresOn.isValid() ? tr("until %1").arg(day(plan->insuranceExpiresOn)) : QString()}
                                            .join(u' ').simplified()},
                      {tr("Safety operator"), plan->safetyOperator},
                      {tr("Geofence"), plan->geofence ? tr("yes") : tr("no")},
                      {tr("Emergency stop"), plan->emergencyStop ? tr("yes") : tr("no")},
                      {tr("Data shared"), plan->sharedData + (plan->dataLicence.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(plan->dataLicence))}},
                     {1, 3});
    }

    doc.addHeading(tr("Outcomes against targets"));
    if (targets.isEmpty())
        doc.addParagraph(tr("No target was set."));
    addTargets(doc, targets);

    doc.addHeading(tr("Conditions"));
    if (conditions->isEmpty()) {
        doc.addParagraph(tr("No condition was imposed."));
    } else {
        QList<QStringList> rows;
        for (const ExperimentCondition &c : *conditions)
            rows.append({c.text, c.imposedBy, c.met() ? QStringLiteral("✔ ") + tr("met on %1").arg(day(c.metOn))
                                                      : QStringLiteral("✘ ") + tr("not met")});
        doc.addTable({tr("Condition"), tr("Imposed by"), tr("Met")}, rows, {6, 3, 3});
    }

    doc.addHeading(tr("Incidents"));
    if (incidentsUntil.isEmpty()) {
        doc.addParagraph(tr("No incident was recorded."));
    } else {
        QList<QStringList> rows;
        for (const Incident &i : std::as_const(incidentsUntil))
            rows.append({day(i.occurredOn), Vocabulary::label(Vocabulary::IncidentSeverity, i.severity), i.zone, i.description, i.actions});
        doc.addTable({tr("Date"), tr("Severity"), tr("Zone"), tr("What happened"), tr("What was done")}, rows, {2, 2, 2, 5, 4});
    }

    doc.addHeading(tr("The rules it tested"));
    if (evidence.isEmpty())
        doc.addParagraph(tr("The experiment gathered evidence on no barrier."));
    for (const BarrierEvidence &b : std::as_const(evidence)) {
        doc.addCaption(b.reference + QStringLiteral(" — ") + b.title + QStringLiteral(" (") + Vocabulary::label(Vocabulary::BarrierStatus, b.status)
                       + QStringLiteral(")"));
        if (!b.derogation.isEmpty())
            doc.addParagraph(tr("What the derogation asks: %1").arg(b.derogation));
        doc.addParagraph(tr("What the evidence says, across every experiment that tested it:") + QStringLiteral("\n• ")
                         + b.findings().join(QStringLiteral("\n• ")));
    }
    return save(doc, path, error);
}

} // namespace citylab
