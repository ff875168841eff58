// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentdetailpanel.h"

#include "cases/actssection.h"
#include "cases/conditionssection.h"
#include "cases/footprintsection.h"
#include "cases/incidentssection.h"
#include "cases/proposalsection.h"
#include "cases/testplansection.h"
#include "cases/zonefileactions.h"
#include "outcomes/experimentcharts.h"
#include "outcomes/measurementimportdialog.h"
#include "outcomes/targetssection.h"
#include "domain/vocabulary.h"
#include "items/experimentdetails.h"
#include "shell/htmlbuilder.h"
#include "shell/partiessection.h"
#include "store/changeset.h"
#include "map/zoneconflictssection.h"

#include <QDesktopServices>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

namespace citylab {

ExperimentDetailPanel::ExperimentDetailPanel(Store &store, QWidget *parent)
    : DetailPanel(store, parent)
    , m_redraw(new QTimer(this))
{
    setObjectName(QStringLiteral("experimentDetails"));
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(100);
    connect(m_redraw, &QTimer::timeout, this, &ExperimentDetailPanel::redrawForWidth);
}

void ExperimentDetailPanel::redrawForWidth()
{
    if (recordId() < 0 || !m_chartsWidth || document()->textWidth() == *m_chartsWidth)
        return;
    const int scrolled = verticalScrollBar()->value();
    refresh();
    verticalScrollBar()->setValue(scrolled);
}

void ExperimentDetailPanel::resizeEvent(QResizeEvent *event)
{
    DetailPanel::resizeEvent(event);
    // The charts are drawn as wide as the page is when it is made; a panel laid out after
    // its first record was shown (the Map view's) had 460 px charts in a 390 px page,
    // behind a horizontal scroll bar. A page made before the panel had a width is redrawn
    // at once, so the first frame is right; later ones once the resizing pauses.
    if (m_chartsWidth && *m_chartsWidth <= 0)
        redrawForWidth();
    else if (event->size().width() != event->oldSize().width())
        m_redraw->start();
}

ExperimentDetailPanel::ExperimentDetailPanel(Store &store, QUndoStack *undo, QWidget *parent)
    : ExperimentDetailPanel(store, parent)
{
    m_undo = undo;
}

QStringList ExperimentDetailPanel::tablesShown() const
{
    // What ExperimentDetails reads, and the zones and experiments its conflicts section reads.
    return {QStringLiteral("experiments"), QStringLiteral("organizations"), QStringLiteral("experiment_partners"),
            QStringLiteral("stage_transitions"), QStringLiteral("agreements"), QStringLiteral("regulatory_requests"),
            QStringLiteral("zones"), QStringLiteral("interactions"), QStringLiteral("people"),
            QStringLiteral("attachments"), QStringLiteral("metrics"), QStringLiteral("targets"),
            QStringLiteral("measurements"), QStringLiteral("measurement_batches"), QStringLiteral("acts"),
            QStringLiteral("conditions"), QStringLiteral("calls"), QStringLiteral("call_checklist_items"),
            QStringLiteral("call_criteria"), QStringLiteral("committee_members"), QStringLiteral("admissibility_checks"),
            QStringLiteral("scores"), QStringLiteral("conflicts_of_interest"), QStringLiteral("tracks"),
            QStringLiteral("track_excursions"), QStringLiteral("test_plans"), QStringLiteral("plan_phases"),
            QStringLiteral("plan_revisions"), QStringLiteral("incidents"), QStringLiteral("barriers"),
            QStringLiteral("barrier_experiments"), QStringLiteral("city_events")};
}

void ExperimentDetailPanel::forgetStale(const ChangeSet &changes)
{
    if (changes.everything
        || changes.touchesAny({QStringLiteral("measurements"), QStringLiteral("measurement_batches"),
                               QStringLiteral("targets"), QStringLiteral("metrics")}))
        m_charts.charts.clear();
    if (changes.everything || changes.touchesAny(ProposalSection::rankingTables()))
        m_rankings.clear();
}

QString ExperimentDetailPanel::placeholder() const
{
    return tr("Select an experiment to see its details.");
}

QString ExperimentDetailPanel::page(qint64 id) const
{
    m_chartsWidth.reset();
    const bool showAll = id == m_allContactsOf;
    const ExperimentDetails d = ExperimentDetails::load(store(), id, showAll ? -1 : 15);
    if (!d.isValid())
        return {};
    HtmlBuilder page;
    page.heading(d.code + QStringLiteral(" — ") + d.title,
                 Vocabulary::label(Vocabulary::Domain, d.domain) + QStringLiteral(" · ")
                     + tr("%1 since %2").arg(Vocabulary::label(Vocabulary::Stage, d.stage), HtmlBuilder::date(d.stageSince)));
    if (!d.summary.isEmpty())
        page.paragraph(d.summary);
    page.field(tr("Lead organization"), d.lead);
    page.field(tr("Officer"), d.officer);
    page.field(tr("Technology readiness"), d.trl > 0 ? tr("TRL %1").arg(d.trl) : QString());
    page.field(tr("Protocol number"), d.protocolNumber);
    page.field(tr("Manager's act (determina)"),
               d.determinaNumber.isEmpty() || !d.approvedOn.isValid()
                   ? d.determinaNumber
                   : tr("%1 of %2").arg(d.determinaNumber, HtmlBuilder::date(d.approvedOn)));
    page.field(tr("Proposed on"), d.proposedOn);
    page.field(tr("Planned start"), d.startOn);
    page.field(tr("Planned end"), d.endOn);

    PartiesSection::add(page, store(), PartiesSection::Of::Experiment, id, offersChanges(m_undo));

    page.section(tr("Zones"));
    if (d.zoneCount == 0)
        page.note(tr("No zones yet."));
    else
        page.paragraph(tr("%n zone(s), active from %1 to %2", nullptr, d.zoneCount)
                           .arg(HtmlBuilder::date(d.zonesFrom), HtmlBuilder::date(d.zonesTo)));
    // nothing to export before the first zone
    QStringList zoneLinks;
    if (offersChanges(m_undo))
        zoneLinks << QStringLiteral("<a href=\"zones:import\">%1</a>").arg(tr("Import zones from GeoJSON or KML…"));
    if (d.zoneCount > 0)
        zoneLinks << QStringLiteral("<a href=\"zones:export\">%1</a>").arg(tr("Export zones…"));
    if (!zoneLinks.isEmpty())
        page.rawHtml(QStringLiteral("<p>") + zoneLinks.join(QStringLiteral(" · ")) + QStringLiteral("</p>"));
    ZoneConflictsSection::add(page, store(), id);
    TestPlanSection::add(page, store(), id, offersChanges(m_undo));
    FootprintSection::add(page, store(), id, offersChanges(m_undo));
    IncidentsSection::add(page, store(), id, offersChanges(m_undo));

    page.section(tr("Agreements"));
    if (d.agreements.isEmpty()) {
        page.note(tr("No agreements yet."));
    } else {
        page.beginTable({tr("Agreement"), tr("Status"), tr("Valid until")});
        for (const auto &a : d.agreements)
            page.linkRow(a.title, QStringLiteral("record:agreements/%1").arg(a.id),
                         {Vocabulary::label(Vocabulary::AgreementStatus, a.status), HtmlBuilder::date(a.validTo)});
        page.endTable();
    }
    if (offersChanges(m_undo))
        page.rawHtml(QStringLiteral("<p><a href=\"agreements:new\">%1</a></p>").arg(tr("New agreement…").toHtmlEscaped()));

    page.section(tr("Regulatory requests"));
    if (d.requests.isEmpty()) {
        page.note(tr("No regulatory requests yet."));
    } else {
        page.beginTable({tr("Reference"), tr("Authority"), tr("Status"), tr("Due on")});
        for (const auto &r : d.requests)
            page.linkRow(r.reference, QStringLiteral("record:regulatory_requests/%1").arg(r.id),
                         {r.authority, Vocabulary::label(Vocabulary::RequestStatus, r.status), HtmlBuilder::date(r.dueOn)});
        page.endTable();
    }

    // how it came in and was judged, what it must still do, then the acts that decided about it
    ProposalSection::add(page, store(), id, offersChanges(m_undo), &m_rankings);
    ConditionsSection::add(page, store(), id, offersChanges(m_undo));
    ActsSection::add(page, store(), id, offersChanges(m_undo));

    page.section(tr("Pipeline history"));
    page.beginTable({tr("Date"), tr("Stage"), tr("By")});
    for (const auto &t : d.history)
        // the reason goes with the move: why a proposal was rejected, for instance
        page.row({HtmlBuilder::date(t.on),
                  Vocabulary::label(Vocabulary::Stage, t.toStage) + (t.note.isEmpty() ? QString() : QStringLiteral(" — ") + t.note),
                  t.by});
    page.endTable();

    // what the experiment aims at, then what it achieved
    TargetsSection::add(page, store(), id, offersChanges(m_undo));
    page.section(tr("Outcomes"));
    if (d.metrics.isEmpty()) {
        page.note(tr("No metrics measured yet."));
    } else {
        const QLocale locale;
        // targets and whether they are met are judged once, in the Targets section above
        page.beginTable({tr("Metric"), tr("Values"), tr("Latest")});
        for (const auto &m : d.metrics) {
            const QString unit = m.unit.isEmpty() ? QString() : u' ' + m.unit;
            page.row({m.name, locale.toString(m.count), m.count > 0 ? locale.toString(m.last, 'f', 1) + unit : QString()});
        }
        page.endTable();
        const QString charts = ExperimentCharts::html(store(), id, document(), &m_charts);
        if (!charts.isEmpty())
            m_chartsWidth = document()->textWidth();
        page.rawHtml(charts);
    }
    if (offersChanges(m_undo))
        page.rawHtml(QStringLiteral("<p><a href=\"import:measurements\">%1</a></p>").arg(tr("Import measurements from a CSV file…")));

    page.section(tr("Documents"));
    if (d.attachments.isEmpty()) {
        page.note(tr("No documents attached."));
    } else {
        page.beginTable({tr("File"), tr("Size"), tr("Added")});
        for (const auto &a : d.attachments)
            page.linkRow(a.fileName, QStringLiteral("attachment:%1").arg(a.id),
                         {QLocale().formattedDataSize(a.size),
                          QLocale().toString(QDateTime::fromString(a.addedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat)});
        page.endTable();
    }

    page.section(tr("Contacts log"));
    if (d.interactionCount == 0) {
        page.note(tr("No interactions recorded."));
    } else {
        page.paragraph(tr("%n interaction(s), the last on %1", nullptr, d.interactionCount)
                           .arg(HtmlBuilder::date(d.lastInteraction)));
        page.beginTable({tr("Date"), tr("Kind"), tr("Summary"), tr("With"), tr("Follow-up")});
        QDate month;
        for (const auto &i : d.interactions) {
            const QString followUp = !i.followUp.isValid() ? QString()
                                     : i.followUpDone    ? tr("done")
                                                         : HtmlBuilder::date(i.followUp);
            // a contact opens for editing, e.g. to mark its follow-up done
            if (showAll && (month.year() != i.on.year() || month.month() != i.on.month())) {
                // the full timeline is grouped by month so a long history stays readable
                month = QDate(i.on.year(), i.on.month(), 1);
                page.row({QLocale().standaloneMonthName(month.month()) + u' ' + QString::number(month.year())});
            }
            page.linkRow(HtmlBuilder::date(i.on), QStringLiteral("record:interactions/%1").arg(i.id),
                         {Vocabulary::label(Vocabulary::InteractionKind, i.kind), i.summary, i.with, followUp});
        }
        page.endTable();
        if (showAll)
            page.rawHtml(QStringLiteral("<p><a href=\"contacts:latest\">%1</a></p>").arg(tr("Show only the latest contacts")));
        else if (d.interactionCount > d.interactions.size())
            page.rawHtml(QStringLiteral("<p><a href=\"contacts:all\">%1</a></p>").arg(tr("Show all %n contacts", nullptr, d.interactionCount)));
    }
    addHistory(page, QStringLiteral("experiments"), id);
    return page.html();
}

bool ExperimentDetailPanel::handlePageLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("zones")) {
        if (url.path() == QLatin1String("import"))
            ZoneFileActions::chooseAndImport(this, store(), recordId());
        else
            ZoneFileActions::chooseAndExport(this, store(), recordId());
        return true;
    }
    if (url.scheme() == QLatin1String("agreements")) {
        emit newAgreementRequested();
        return true;
    }
    if (url.scheme() == QLatin1String("import")) {
        MeasurementImportDialog(store(), recordId(), this).exec();
        return true;
    }
    if (m_undo && TargetsSection::openLink(url, store(), *m_undo, recordId(), this))
        return true;
    if (m_undo && ProposalSection::openLink(url, store(), *m_undo, recordId(), this))
        return true;
    if (m_undo && ConditionsSection::openLink(url, store(), *m_undo, recordId(), this))
        return true;
    if (m_undo && ActsSection::openLink(url, store(), *m_undo, recordId(), this))
        return true;
    if (FootprintSection::openLink(url, store(), recordId(), this))
        return true;
    if (TestPlanSection::openLink(url, store(), recordId(), this))
        return true;
    if (m_undo && IncidentsSection::openLink(url, store(), *m_undo, recordId(), this))
        return true;
    if (m_undo && PartiesSection::openLink(url, store(), *m_undo, PartiesSection::Of::Experiment, recordId(), this))
        return true;
    if (url.scheme() == QLatin1String("outcomes"))
        return QDesktopServices::openUrl(url);   // a chart: the main window opens it in the Outcomes explorer
    if (url.scheme() != QLatin1String("contacts"))
        return false;
    m_allContactsOf = url.path() == QLatin1String("all") ? recordId() : -1;
    refresh();
    return true;
}

} // namespace citylab
