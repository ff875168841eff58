// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentssection.h"

#include "domain/barrierevidence.h"
#include "domain/vocabulary.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "items/experimentincidents.h"
#include "shell/htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QDate>
#include <QMessageBox>
#include <QUrl>

namespace citylab {

namespace {

const QString incidentsTable = QStringLiteral("incidents");

} // namespace

void IncidentsSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable)
{
    QString error;
    const std::optional<QList<std::pair<qint64, QString>>> barriers = BarrierEvidence::ofExperiment(store, experimentId, &error);
    page.section(tr("Rules under test"));
    if (!barriers) {
        page.note(error);
    } else if (barriers->isEmpty()) {
        page.note(tr("The experiment gathers evidence on no barrier yet: link it from the barrier's page (Barriers)."));
    } else {
        QStringList links;
        for (const auto &[id, name] : *barriers)
            links << HtmlBuilder::link(QStringLiteral("record:barriers/%1").arg(id), name);
        page.rawHtml(QStringLiteral("<p>") + links.join(QStringLiteral("<br>")) + QStringLiteral("</p>"));
    }

    page.section(tr("Incidents"));
    const std::optional<QList<Incident>> incidents = ExperimentIncidents::load(store, experimentId, &error);
    if (!incidents) {
        page.note(error);
        return;
    }
    if (incidents->isEmpty()) {
        page.note(tr("No incident recorded."));
    } else {
        page.beginTable({tr("Date"), tr("Severity"), tr("Zone"), tr("What happened"), tr("What was done")});
        QString rows;
        for (const Incident &i : *incidents) {
            QString what = i.description.toHtmlEscaped();
            if (editable)
                what += HtmlBuilder::smallLine(HtmlBuilder::link(QStringLiteral("incident:edit/%1").arg(i.id), tr("Edit…"))
                                               + QStringLiteral(" · ")
                                               + HtmlBuilder::link(QStringLiteral("incident:remove/%1").arg(i.id), tr("Remove")));
            const bool serious = ExperimentIncidents::severityRank(i.severity) >= 2;
            const QString severity = Vocabulary::label(Vocabulary::IncidentSeverity, i.severity).toHtmlEscaped();
            rows += QStringLiteral("<tr>%1%2%3%4%5</tr>")
                        .arg(HtmlBuilder::cell(HtmlBuilder::date(i.occurredOn), false),
                             HtmlBuilder::cell(serious ? QStringLiteral("<span style='color:#a40000'><b>%1</b></span>").arg(severity)
                                                       : severity),
                             HtmlBuilder::cell(i.zone.toHtmlEscaped()), HtmlBuilder::cell(what),
                             HtmlBuilder::cell(i.actions.toHtmlEscaped()));
        }
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("incident:add"), tr("Record an incident…"))
                     + QStringLiteral("</p>"));
}

bool IncidentsSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("incident"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 id = url.path().section(u'/', 1, 1).toLongLong();
    if (action != QLatin1String("add")
        && store.record(incidentsTable, id).value(QStringLiteral("experiment_id")).toLongLong() != experimentId) {
        QMessageBox::warning(parent, tr("Cannot open the incident"), tr("The incident no longer exists, or belongs to another experiment."));
        return true;
    }
    const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
    if (action == QLatin1String("add") || action == QLatin1String("edit")) {
        auto *dialog = new RecordEditDialog(store, undo, incidentsTable, action == QLatin1String("add") ? -1 : id, FormSpecs::incident(),
                                            {{QStringLiteral("experiment_id"), experimentId},
                                             {QStringLiteral("occurred_on"), QDate::currentDate().toString(Qt::ISODate)},
                                             {QStringLiteral("severity"), QStringLiteral("minor")}},
                                            parent);
        dialog->setObjectName(QStringLiteral("incidentForm"));
        dialog->setWindowTitle(action == QLatin1String("add") ? tr("New Incident in %1").arg(code) : tr("Edit Incident of %1").arg(code));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else if (action == QLatin1String("remove")) {
        if (!RecordRemoval::remove(store, undo, incidentsTable, id, tr("Remove incident of %1").arg(code)))
            QMessageBox::warning(parent, tr("Cannot remove the incident"), store.errorString());
    }
    return true;
}

} // namespace citylab
