// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierreport.h"

#include "domain/barrierevidence.h"
#include "domain/vocabulary.h"
#include "htmlpdf.h"
#include "i18n/dateformat.h"
#include "i18n/scopedlanguage.h"

#include <QLocale>

namespace citylab {

namespace {

// A table whose first column (an experiment's code, a date, a reference) and the columns
// named in `nowrapColumns` (dates, figures) never wrap their cells (headers may).
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &nowrapColumns = {})
{
    const QString wrap, nowrapStyle = QStringLiteral("white-space:nowrap");
    const auto nowrap = [&](qsizetype i) { return i == 0 || nowrapColumns.contains(int(i)) ? nowrapStyle : wrap; };
    QString html = QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += HtmlPdf::headerCell(headers.at(i));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            html += HtmlPdf::cell(row.at(i), nowrap(i));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString BarrierReport::html(const Store &store, qint64 barrierId, QDate today, QString *error)
{
    const std::optional<BarrierEvidence> loaded = BarrierEvidence::load(store, barrierId, today, error);
    if (!loaded)
        return {};
    const BarrierEvidence &e = *loaded;
    const QLocale locale;
    QString html = HtmlPdf::begin();
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Evidence on a rule under test").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1 — %2</b></p>").arg(e.reference.toHtmlEscaped(), e.title.toHtmlEscaped());
    const auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Authority"), e.authority);
    line(tr("Status"), Vocabulary::label(Vocabulary::BarrierStatus, e.status));
    line(tr("What the rule says"), e.summary);
    line(tr("What the derogation asks"), e.derogation);
    line(tr("Metrics that measure its effect"), e.metrics.join(QStringLiteral("; ")));
    line(tr("Printed on"), DateFormat::shortDate(today));

    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("What the evidence says").toHtmlEscaped());
    for (const QString &finding : e.findings())
        html += QStringLiteral("<li>%1</li>").arg(finding.toHtmlEscaped());
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Experiments that tested it").toHtmlEscaped());
    QList<QStringList> rows;
    for (const BarrierEvidence::Experiment &x : e.experiments)
        rows << QStringList{x.code, x.title, Vocabulary::label(Vocabulary::Stage, x.stage), DateFormat::shortDate(x.startOn),
                            DateFormat::shortDate(x.endOn)};
    html += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None yet.").toHtmlEscaped())
                           : table({tr("Code"), tr("Title"), tr("Stage"), tr("From"), tr("To")}, rows, {3, 4});

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Outcomes against targets").toHtmlEscaped());
    rows.clear();
    for (const BarrierEvidence::Outcome &o : e.outcomes) {
        const TargetStatus &t = o.target;
        const QString unit = t.unit.isEmpty() ? QString() : u' ' + t.unit;
        rows << QStringList{o.experimentCode, t.code + QStringLiteral(" — ") + t.name,
                            (t.direction == QLatin1String("lower_is_better") ? QStringLiteral("≤ ") : QStringLiteral("≥ "))
                                + locale.toString(t.value, 'g', 6) + unit,
                            t.hasMean ? locale.toString(t.latestMean, 'f', 2) + unit : tr("not measured"),
                            !t.hasMean ? QStringLiteral("—") : t.met() ? tr("met") : tr("not met")};
    }
    html += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No target on the metrics that measure its effect.").toHtmlEscaped())
                           : table({tr("Experiment"), tr("Metric"), tr("Target"), tr("Latest weekly mean"), tr("Result")}, rows);

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Incidents").toHtmlEscaped());
    rows.clear();
    for (const Incident &i : e.incidents)
        rows << QStringList{DateFormat::shortDate(i.occurredOn), i.experimentCode,
                            Vocabulary::label(Vocabulary::IncidentSeverity, i.severity), i.zone, i.description, i.actions};
    html += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No incident recorded.").toHtmlEscaped())
                           : table({tr("Date"), tr("Experiment"), tr("Severity"), tr("Zone"), tr("What happened"), tr("What was done")},
                                   rows, {1});

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Where the tests ran").toHtmlEscaped());
    rows.clear();
    for (const BarrierEvidence::Footprint &f : e.footprints)
        rows << QStringList{f.experimentCode, locale.toString(f.tracks), locale.toString(f.points), locale.toString(f.excursions),
                            locale.toString(f.outside)};
    html += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No track recorded.").toHtmlEscaped())
                           : table({tr("Experiment"), tr("Tracks"), tr("Points"), tr("Excursions"), tr("Outside every zone")}, rows);

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Regulatory requests").toHtmlEscaped());
    rows.clear();
    for (const BarrierEvidence::Request &r : e.requests)
        rows << QStringList{r.reference, r.authority, Vocabulary::label(Vocabulary::RequestStatus, r.status),
                            DateFormat::shortDate(r.submittedOn), DateFormat::shortDate(r.decidedOn),
                            r.days < 0 ? QString() : r.decidedOn.isValid() ? tr("%n day(s)", nullptr, r.days)
                                                                          : tr("%n day(s) so far", nullptr, r.days)};
    html += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No request linked.").toHtmlEscaped())
                           : table({tr("Reference"), tr("Authority"), tr("Status"), tr("Submitted"), tr("Decided"), tr("Lead time")},
                                   rows, {3, 4, 5});
    return html + QStringLiteral("</body></html>");
}

bool BarrierReport::writePdf(const Store &store, qint64 barrierId, const QString &path, const QString &language, QString *error,
                             QDate today)
{
    const ScopedLanguage scope(language);
    const QString text = html(store, barrierId, today, error);
    if (text.isEmpty())
        return false;
    return HtmlPdf::write(text, path, tr("Evidence on a rule under test"), QPageLayout::Portrait, error);
}

} // namespace citylab
