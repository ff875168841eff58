// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierdetailpanel.h"

#include "domain/art36application.h"

#include "domain/barrierevidence.h"
#include "domain/vocabulary.h"
#include "drafting/barrierreport.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "i18n/dateformat.h"
#include "i18n/language.h"
#include "shell/filechooser.h"
#include "shell/htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace citylab {

namespace {

QString unlink(bool editable, const QString &table, qint64 id)
{
    return editable ? HtmlBuilder::smallLine(HtmlBuilder::link(QStringLiteral("barrier:unlink/%1/%2").arg(table).arg(id),
                                                               BarrierDetailPanel::tr("Unlink")))
                    : QString();
}

} // namespace

BarrierDetailPanel::BarrierDetailPanel(Store &store, QUndoStack *undo, QWidget *parent)
    : DetailPanel(store, parent)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("barrierDetails"));
}

QString BarrierDetailPanel::placeholder() const
{
    return tr("Select a barrier to see the evidence gathered on it.");
}

QStringList BarrierDetailPanel::tablesShown() const
{
    return {QStringLiteral("barriers"), QStringLiteral("barrier_experiments"), QStringLiteral("barrier_requests"),
            QStringLiteral("barrier_metrics"), QStringLiteral("experiments"), QStringLiteral("incidents"),
            QStringLiteral("regulatory_requests"), QStringLiteral("targets"), QStringLiteral("measurements"),
            QStringLiteral("metrics"), QStringLiteral("tracks"), QStringLiteral("track_excursions"), QStringLiteral("organizations"),
            QStringLiteral("zones")};
}

QString BarrierDetailPanel::page(qint64 id) const
{
    QString error;
    const std::optional<BarrierEvidence> loaded = BarrierEvidence::load(store(), id, QDate::currentDate(), &error);
    if (!loaded && store().record(QStringLiteral("barriers"), id).isEmpty())
        return {};   // gone: the panel says to choose one
    if (!loaded) {   // there, but its evidence cannot be read: say why rather than show nothing
        HtmlBuilder page;
        page.note(error);
        return page.html();
    }
    const BarrierEvidence &e = *loaded;
    const bool editable = offersChanges(m_undo);
    const QLocale locale;
    HtmlBuilder page;
    page.heading(e.reference + QStringLiteral(" — ") + e.title,
                 Vocabulary::label(Vocabulary::BarrierStatus, e.status) + (e.authority.isEmpty() ? QString() : QStringLiteral(" · ") + e.authority));
    if (Art36Application::isReservedArea(e.area))
        page.warningField(tr("Area of law"), tr("%1 — art. 36 (Sperimentazione Italia) cannot derogate it")
                                                .arg(Vocabulary::label(Vocabulary::BarrierArea, e.area)));
    else if (!e.area.isEmpty())
        page.field(tr("Area of law"), Vocabulary::label(Vocabulary::BarrierArea, e.area));
    page.field(tr("What the rule says"), e.summary);
    page.field(tr("What the derogation asks"), e.derogation);
    page.field(tr("Notes"), e.notes);

    page.section(tr("What the evidence says"));
    QString findings = QStringLiteral("<ul>");
    for (const QString &finding : e.findings())
        findings += QStringLiteral("<li>%1</li>").arg(finding.toHtmlEscaped());
    page.rawHtml(findings + QStringLiteral("</ul>"));
    page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("barrier:report"), tr("Save the evidence report (PDF)…"))
                 + QStringLiteral("</p>"));

    page.section(tr("Experiments that test it"));
    if (e.experiments.isEmpty()) {
        page.note(tr("None yet."));
    } else {
        page.beginTable({tr("Experiment"), tr("Stage"), tr("From"), tr("To")});
        QString rows;
        for (const BarrierEvidence::Experiment &x : e.experiments)
            rows += QStringLiteral("<tr>%1%2%3%4</tr>")
                        .arg(HtmlBuilder::cell(HtmlBuilder::link(QStringLiteral("record:experiments/%1").arg(x.id), x.code + QStringLiteral(" — ") + x.title)
                                               + unlink(editable, QStringLiteral("barrier_experiments"), x.id)),
                             HtmlBuilder::cell(Vocabulary::label(Vocabulary::Stage, x.stage).toHtmlEscaped()),
                             HtmlBuilder::cell(HtmlBuilder::date(x.startOn), false), HtmlBuilder::cell(HtmlBuilder::date(x.endOn), false));
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("barrier:link/experiment_id"), tr("Link an experiment…"))
                     + QStringLiteral("</p>"));

    page.section(tr("Outcomes against targets"));
    if (e.metrics.isEmpty()) {
        page.note(tr("No metric measures its effect yet."));
    } else {
        QStringList metrics;
        for (qsizetype i = 0; i < e.metrics.size(); ++i)
            metrics << e.metrics.at(i).toHtmlEscaped() + unlink(editable, QStringLiteral("barrier_metrics"), e.metricIds.at(i));
        page.rawHtml(QStringLiteral("<p>%1<br>%2</p>").arg(tr("Metrics that measure its effect:").toHtmlEscaped(), metrics.join(QStringLiteral("<br>"))));
    }
    if (!e.outcomes.isEmpty()) {
        page.beginTable({tr("Experiment"), tr("Metric"), tr("Target"), tr("Latest weekly mean"), tr("Result")});
        for (const BarrierEvidence::Outcome &o : e.outcomes) {
            const TargetStatus &t = o.target;
            page.row({o.experimentCode, t.code, locale.toString(t.value, 'g', 6) + (t.unit.isEmpty() ? QString() : u' ' + t.unit),
                      t.hasMean ? locale.toString(t.latestMean, 'f', 2) : tr("not measured"),
                      !t.hasMean ? QStringLiteral("—") : t.met() ? tr("met") : tr("not met")});
        }
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("barrier:link/metric_id"), tr("Link a metric…"))
                     + QStringLiteral("</p>"));

    page.section(tr("Incidents"));
    if (e.incidents.isEmpty()) {
        page.note(tr("No incident recorded."));
    } else {
        page.beginTable({tr("Date"), tr("Experiment"), tr("Severity"), tr("What happened")});
        for (const Incident &i : e.incidents)
            page.row({DateFormat::shortDate(i.occurredOn), i.experimentCode, Vocabulary::label(Vocabulary::IncidentSeverity, i.severity),
                      i.description});
        page.endTable();
    }

    page.section(tr("Where the tests ran"));
    if (e.footprints.isEmpty()) {
        page.note(tr("No track recorded."));
    } else {
        page.beginTable({tr("Experiment"), tr("Tracks"), tr("Points"), tr("Excursions")});
        for (const BarrierEvidence::Footprint &f : e.footprints)
            page.row({f.experimentCode, locale.toString(f.tracks), locale.toString(f.points), locale.toString(f.excursions)});
        page.endTable();
    }

    page.section(tr("Regulatory requests"));
    if (e.requests.isEmpty()) {
        page.note(tr("No request linked."));
    } else {
        page.beginTable({tr("Request"), tr("Authority"), tr("Status"), tr("Lead time")});
        QString rows;
        for (const BarrierEvidence::Request &r : e.requests) {
            const QString lead = r.days < 0 ? QString()
                               : r.decidedOn.isValid() ? tr("%n day(s)", nullptr, r.days)
                                                       : tr("%n day(s) so far", nullptr, r.days);
            rows += QStringLiteral("<tr>%1%2%3%4</tr>")
                        .arg(HtmlBuilder::cell(HtmlBuilder::link(QStringLiteral("record:regulatory_requests/%1").arg(r.id),
                                                                 r.reference + QStringLiteral(" — ") + r.subject)
                                               + unlink(editable, QStringLiteral("barrier_requests"), r.id)),
                             HtmlBuilder::cell(r.authority.toHtmlEscaped()),
                             HtmlBuilder::cell(Vocabulary::label(Vocabulary::RequestStatus, r.status).toHtmlEscaped()),
                             HtmlBuilder::cell(lead.toHtmlEscaped(), false));
        }
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("barrier:link/request_id"), tr("Link a request…"))
                     + QStringLiteral("</p>"));
    addHistory(page, QStringLiteral("barriers"), id);
    return page.html();
}

bool BarrierDetailPanel::handlePageLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("barrier"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    if (action == QLatin1String("report")) {
        saveReport();
        return true;
    }
    if (!m_undo)
        return true;
    const QString reference = store().record(QStringLiteral("barriers"), recordId()).value(QStringLiteral("reference")).toString();
    if (action == QLatin1String("link")) {
        const QString column = url.path().section(u'/', 1, 1);
        const QString table = column == QLatin1String("experiment_id") ? QStringLiteral("barrier_experiments")
                            : column == QLatin1String("request_id")    ? QStringLiteral("barrier_requests")
                                                                       : QStringLiteral("barrier_metrics");
        auto *dialog = new RecordEditDialog(store(), *m_undo, table, -1, FormSpecs::barrierLink(column),
                                            {{QStringLiteral("barrier_id"), recordId()}}, this);
        dialog->setObjectName(QStringLiteral("barrierLinkForm"));
        dialog->setWindowTitle(column == QLatin1String("experiment_id") ? tr("Link an Experiment to %1").arg(reference)
                               : column == QLatin1String("request_id")  ? tr("Link a Request to %1").arg(reference)
                                                                        : tr("Link a Metric to %1").arg(reference));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else if (action == QLatin1String("unlink")) {
        const QString table = url.path().section(u'/', 1, 1);
        const qint64 row = BarrierEvidence::linkRow(store(), table, recordId(), url.path().section(u'/', 2, 2).toLongLong());
        if (row < 0 || !RecordRemoval::remove(store(), *m_undo, table, row, tr("Unlink from %1").arg(reference)))
            QMessageBox::warning(this, tr("Cannot unlink"), row < 0 ? tr("The link no longer exists.") : store().errorString());
    }
    return true;
}

void BarrierDetailPanel::saveReport()
{
    const QString reference = store().record(QStringLiteral("barriers"), recordId()).value(QStringLiteral("reference")).toString();
    QString name = reference;
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    const QString path = FileChooser::saveFile(this, tr("Save the Evidence Report"),
                                               QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                   .filePath(tr("evidence-%1.pdf").arg(name)),
                                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!BarrierReport::writePdf(store(), recordId(), path, Language::current(), &error))
        QMessageBox::warning(this, tr("Cannot save the evidence report"), error);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace citylab
