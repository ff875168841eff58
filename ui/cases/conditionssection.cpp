// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionssection.h"

#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "i18n/dateformat.h"
#include "items/experimentconditions.h"
#include "shell/htmlbuilder.h"
#include "store/recordedit.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QMessageBox>
#include <QUndoStack>
#include <QUrl>

namespace citylab {

namespace {

const QString conditionsTable = QStringLiteral("conditions");

} // namespace

void ConditionsSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable)
{
    page.section(tr("Conditions"));
    QString error;
    const std::optional<QList<ExperimentCondition>> conditions = ExperimentConditions::load(store, experimentId, &error);
    if (!conditions) {
        page.note(error);
        return;
    }
    if (conditions->isEmpty()) {
        page.note(tr("No conditions imposed."));
    } else {
        const QDate today = QDate::currentDate();
        page.beginTable({tr("Condition"), tr("Due"), tr("Status")});
        QString rows;
        for (const ExperimentCondition &c : *conditions) {
            QString what = editable ? HtmlBuilder::link(QStringLiteral("condition:edit/%1").arg(c.id), c.text) : c.text.toHtmlEscaped();
            QString about = tr("imposed by %1").arg(c.imposedBy);
            if (!c.responsible.isEmpty())
                about += QStringLiteral(" · ") + tr("responsible: %1").arg(c.responsible);
            if (!c.evidence.isEmpty())
                about += QStringLiteral(" · ") + tr("evidence: %1").arg(c.evidence);
            what += HtmlBuilder::smallLine(about.toHtmlEscaped());
            // said in words as well as in colour, for print and for colour-blind readers
            QString status;
            if (c.met()) {
                status = QStringLiteral("<span style='color:#006d2c'>✔ %1</span>")
                             .arg(tr("met on %1").arg(DateFormat::shortDate(c.metOn)).toHtmlEscaped());
                if (!c.metBy.isEmpty())
                    status += HtmlBuilder::smallLine(tr("checked by %1").arg(c.metBy).toHtmlEscaped());
            } else {
                const bool late = c.dueOn.isValid() && c.dueOn < today;
                status = QStringLiteral("<span style='color:%1'>%2 %3</span>")
                             .arg(late || c.blocking ? QStringLiteral("#a40000") : QStringLiteral("#555"),
                                  c.blocking ? QStringLiteral("✘") : QStringLiteral("–"),
                                  (c.blocking ? tr("not met, blocks the next stage") : tr("not met")).toHtmlEscaped());
                if (editable)
                    status += HtmlBuilder::smallLine(HtmlBuilder::link(QStringLiteral("condition:met/%1").arg(c.id), tr("Mark met today")));
            }
            if (editable)
                status += HtmlBuilder::smallLine(HtmlBuilder::link(QStringLiteral("condition:remove/%1").arg(c.id), tr("Remove")));
            const QString due = !c.dueOn.isValid() ? QStringLiteral("—")
                                : !c.met() && c.dueOn < today
                                    ? QStringLiteral("<span style='color:#a40000'>%1</span>")
                                          .arg(tr("%1, overdue").arg(DateFormat::shortDate(c.dueOn)).toHtmlEscaped())
                                    : DateFormat::shortDate(c.dueOn).toHtmlEscaped();
            rows += QStringLiteral("<tr>") + HtmlBuilder::cell(what) + HtmlBuilder::cell(due) + HtmlBuilder::cell(status) + QStringLiteral("</tr>");
        }
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("condition:add"), tr("Add condition…")) + QStringLiteral("</p>"));
}

RecordEditDialog *ConditionsSection::openForm(Store &store, QUndoStack &undo, qint64 experimentId, qint64 conditionId,
                                              QWidget *parent)
{
    const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
    auto *dialog = new RecordEditDialog(store, undo, conditionsTable, conditionId, FormSpecs::condition(store, experimentId),
                                        {{QStringLiteral("experiment_id"), experimentId}, {QStringLiteral("blocking"), 1}},
                                        parent);
    dialog->setObjectName(QStringLiteral("conditionForm"));
    dialog->setWindowTitle(conditionId < 0 ? tr("New Condition for %1").arg(code) : tr("Edit Condition of %1").arg(code));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool ConditionsSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("condition"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 id = url.path().section(u'/', 1, 1).toLongLong();
    // a link acts on the page's own experiment only: a stale page or a hand-made link is refused
    if (action != QLatin1String("add")
        && store.record(conditionsTable, id).value(QStringLiteral("experiment_id")).toLongLong() != experimentId) {
        QMessageBox::warning(parent, tr("Cannot open the condition"), tr("The condition no longer exists, or belongs to another experiment."));
        return true;
    }
    if (action == QLatin1String("add")) {
        openForm(store, undo, experimentId, -1, parent);
    } else if (action == QLatin1String("edit") && id > 0) {
        openForm(store, undo, experimentId, id, parent);
    } else if (action == QLatin1String("met") && id > 0) {
        if (!RecordEdit::update(store, undo, conditionsTable, id,
                                {{QStringLiteral("met_on"), QDate::currentDate().toString(Qt::ISODate)},
                                 {QStringLiteral("met_by"), store.userName()}},
                                tr("Mark condition met")))
            QMessageBox::warning(parent, tr("Cannot mark the condition met"), store.errorString());
    } else if (action == QLatin1String("remove") && id > 0) {
        if (!RecordRemoval::remove(store, undo, conditionsTable, id, tr("Remove condition")))
            QMessageBox::warning(parent, tr("Cannot remove the condition"), store.errorString());
    }
    return true;
}

} // namespace citylab
