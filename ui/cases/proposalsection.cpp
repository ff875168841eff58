// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalsection.h"

#include "cases/scoresheetdialog.h"
#include "domain/admissibility.h"
#include "domain/committeeevaluation.h"
#include "domain/stagemove.h"
#include "drafting/scoringsheet.h"
#include "i18n/language.h"
#include "shell/filechooser.h"
#include "shell/htmlbuilder.h"
#include "store/recordedit.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>
#include <QUrl>

namespace citylab {

namespace {

const QString checksTable = QStringLiteral("admissibility_checks");

bool stillPending(const Store &store, qint64 experimentId)
{
    const QString stage = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("stage")).toString();
    return stage == QLatin1String("proposal") || stage == QLatin1String("screening");
}

} // namespace

QStringList ProposalSection::rankingTables()
{
    return {QStringLiteral("experiments"), QStringLiteral("scores"), QStringLiteral("committee_members"),
            QStringLiteral("conflicts_of_interest"), QStringLiteral("call_criteria"), QStringLiteral("calls")};
}

void ProposalSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable, Rankings *rankings)
{
    page.section(tr("Call and evaluation"));
    QString error;
    const std::optional<CommitteeEvaluation> evaluation = CommitteeEvaluation::load(store, experimentId, &error);
    const std::optional<Admissibility> admissibility = Admissibility::load(store, experimentId, &error);
    if (!evaluation || !admissibility) {
        page.note(error);
        return;
    }
    const QString facilitations = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("facilitations")).toString();
    if (!facilitations.isEmpty())
        page.field(tr("Facilitations asked of the city"), facilitations);
    if (!evaluation->hasCall()) {
        page.note(tr("Not submitted through a call: no admissibility check or committee evaluation. Choose its call with Edit… to have it evaluated."));
        return;
    }
    page.field(tr("Call"), evaluation->callName);
    const bool pending = editable && stillPending(store, experimentId);

    if (!admissibility->items.isEmpty()) {
        page.paragraph(tr("Admissibility: %1 of %2 items met.")
                           .arg(admissibility->items.size() - admissibility->unchecked() - admissibility->notMet().size())
                           .arg(admissibility->items.size()));
        page.beginTable({tr("Admissibility item"), tr("Outcome")});
        QString rows;
        for (const Admissibility::Item &item : admissibility->items) {
            // said in words and marked, so it reads in print and for colour-blind readers
            QString outcome = item.outcome == QLatin1String("met")       ? QStringLiteral("<span style='color:#006d2c'>✔ %1</span>").arg(tr("met").toHtmlEscaped())
                              : item.outcome == QLatin1String("not_met") ? QStringLiteral("<span style='color:#a40000'>✘ %1</span>").arg(tr("not met").toHtmlEscaped())
                                                                         : QStringLiteral("<span style='color:#666'>%1</span>").arg(tr("not checked").toHtmlEscaped());
            if (pending) {
                QStringList actions;
                if (item.outcome != QLatin1String("met"))
                    actions << HtmlBuilder::link(QStringLiteral("admissibility:met/%1").arg(item.itemId), tr("Met"));
                if (item.outcome != QLatin1String("not_met"))
                    actions << HtmlBuilder::link(QStringLiteral("admissibility:not_met/%1").arg(item.itemId), tr("Not met"));
                if (!item.outcome.isEmpty())
                    actions << HtmlBuilder::link(QStringLiteral("admissibility:clear/%1").arg(item.itemId), tr("Not checked"));
                outcome += QStringLiteral("<br><span style='font-size:small'>%1</span>").arg(actions.join(QStringLiteral(" · ")));
            }
            rows += QStringLiteral("<tr>") + HtmlBuilder::cell(item.text.toHtmlEscaped()) + HtmlBuilder::cell(outcome) + QStringLiteral("</tr>");
        }
        page.rawHtml(rows);
        page.endTable();
    }
    if (pending)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("admissibility:close"), tr("Close as inadmissible…"))
                     + QStringLiteral("</p>"));

    page.paragraph(tr("Committee evaluation"));
    if (evaluation->members.isEmpty()) {
        page.note(tr("The call has no committee yet: add its members in Edit → Calls and Committees…"));
    } else {
        const QLocale locale;
        page.beginTable({tr("Member"), tr("Weighted mean")});
        QString rows;
        for (const CommitteeEvaluation::Member &m : evaluation->members) {
            const std::optional<double> mean = evaluation->memberTotal(m.id);
            QString value = m.conflict ? tr("conflict of interest declared: left out of the total").toHtmlEscaped()
                            : mean     ? locale.toString(*mean, 'f', 2).toHtmlEscaped()
                                       : QStringLiteral("<span style='color:#666'>%1</span>").arg(tr("not scored yet").toHtmlEscaped());
            QString name = m.name.toHtmlEscaped();
            if (editable)
                name = HtmlBuilder::link(QStringLiteral("evaluation:score/%1").arg(m.id), m.name);
            rows += QStringLiteral("<tr>") + HtmlBuilder::cell(name) + HtmlBuilder::cell(value) + QStringLiteral("</tr>");
        }
        page.rawHtml(rows);
        page.endTable();
        if (const std::optional<double> total = evaluation->total()) {
            QString text = tr("Total: %1 of 10").arg(locale.toString(*total, 'f', 2));
            QString rankError;
            std::optional<QList<CommitteeEvaluation::Ranked>> ranking;
            if (rankings && rankings->contains(evaluation->callId))
                ranking = rankings->value(evaluation->callId);
            else
                ranking = CommitteeEvaluation::ranking(store, evaluation->callId, &rankError);
            if (ranking && rankings)
                rankings->insert(evaluation->callId, *ranking);
            if (ranking) {
                int ranked = 0;
                int rank = 0;
                for (const CommitteeEvaluation::Ranked &r : *ranking) {
                    ranked += r.rank > 0;
                    if (r.experimentId == experimentId)
                        rank = r.rank;
                }
                if (rank > 0)
                    text += QStringLiteral(" · ") + tr("rank %1 of %2 pending proposals").arg(rank).arg(ranked);
            }
            page.paragraph(text);
        } else {
            page.note(tr("Not complete: %1").arg(evaluation->missing().join(u' ')));
        }
    }
    page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("evaluation:sheet"), tr("Save the scoring sheet as PDF…"))
                 + QStringLiteral("</p>"));
}

bool ProposalSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent)
{
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 id = url.path().section(u'/', 1, 1).toLongLong();
    if (url.scheme() == QLatin1String("evaluation")) {
        if (action == QLatin1String("score") && id > 0) {
            auto *dialog = new ScoreSheetDialog(store, undo, experimentId, id, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        } else if (action == QLatin1String("sheet")) {
            const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
            const QString path = FileChooser::saveFile(parent, tr("Save the Scoring Sheet"),
                                                       QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                           .filePath(tr("scoring-sheet-%1.pdf").arg(code)),
                                                       tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return true;
            QString error;
            if (!ScoringSheet::writePdf(store, experimentId, path, Language::current(), &error))
                QMessageBox::warning(parent, tr("Cannot save the scoring sheet"), error);
            else
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
        return true;
    }
    if (url.scheme() != QLatin1String("admissibility"))
        return false;
    if (action == QLatin1String("close")) {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(parent, tr("Close as Inadmissible"),
                                                              tr("Why is the proposal inadmissible? The reason is kept with "
                                                                 "its move to Rejected."),
                                                              {}, &ok)
                                   .trimmed();
        if (!ok)
            return true;
        QString error;
        if (reason.isEmpty())
            error = tr("Give the reason: the proposer is told why.");
        else
            StageMove::move(store, undo, experimentId, QStringLiteral("rejected"), QDate::currentDate(), &error, reason);
        if (!error.isEmpty())
            QMessageBox::warning(parent, tr("Cannot close the proposal"), error);
        return true;
    }
    if (id <= 0)
        return true;
    const std::optional<Admissibility> admissibility = Admissibility::load(store, experimentId);
    if (!admissibility)
        return true;
    const auto item = std::find_if(admissibility->items.cbegin(), admissibility->items.cend(),
                                   [id](const Admissibility::Item &i) { return i.itemId == id; });
    if (item == admissibility->items.cend())
        return true;
    bool ok = true;
    if (action == QLatin1String("clear")) {
        if (item->checkId > 0)
            ok = RecordRemoval::remove(store, undo, checksTable, item->checkId, tr("Clear an admissibility check"));
    } else if (action == QLatin1String("met") || action == QLatin1String("not_met")) {
        const QString description = action == QLatin1String("met") ? tr("Mark an admissibility item met")
                                                                    : tr("Mark an admissibility item not met");
        ok = item->checkId > 0
            ? RecordEdit::update(store, undo, checksTable, item->checkId, {{QStringLiteral("outcome"), action}}, description)
            : RecordEdit::insert(store, undo, checksTable,
                                 {{QStringLiteral("experiment_id"), experimentId}, {QStringLiteral("item_id"), id},
                                  {QStringLiteral("outcome"), action}},
                                 description) > 0;
    }
    if (!ok)
        QMessageBox::warning(parent, tr("Cannot record the admissibility check"), store.errorString());
    return true;
}

} // namespace citylab
