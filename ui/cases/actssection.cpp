// SPDX-License-Identifier: GPL-3.0-or-later
#include "actssection.h"

#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "items/experimentacts.h"
#include "shell/htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QMessageBox>
#include <QUndoStack>
#include <QUrl>

namespace citylab {

namespace {

const QString actsTable = QStringLiteral("acts");

} // namespace

void ActsSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable)
{
    page.section(tr("Acts"));
    QString error;
    const std::optional<QList<ExperimentAct>> acts = ExperimentActs::load(store, experimentId, &error);
    if (!acts) {
        page.note(error);
        return;
    }
    if (acts->isEmpty()) {
        page.note(tr("No acts recorded."));
    } else {
        page.beginTable({tr("Date"), tr("Act"), tr("Number"), tr("About")});
        QString rows;
        for (const ExperimentAct &act : *acts) {
            const QString date = act.date.isValid() ? HtmlBuilder::date(act.date)
                                                    : QStringLiteral("<span style='color:#a40000'>%1</span>").arg(tr("no date").toHtmlEscaped());
            QString number = act.number.toHtmlEscaped();
            if (act.table == actsTable && editable)
                number = HtmlBuilder::link(QStringLiteral("act:edit/%1").arg(act.id), act.number)
                    + QStringLiteral("<br><span style='font-size:small'>%1</span>")
                          .arg(HtmlBuilder::link(QStringLiteral("act:remove/%1").arg(act.id), tr("Remove")));
            else if (act.table != QLatin1String("experiments") && act.table != actsTable)
                number = HtmlBuilder::link(QStringLiteral("record:%1/%2").arg(act.table).arg(act.id), act.number);
            rows += QStringLiteral("<tr><td style='border-bottom:1px solid #ddd;white-space:nowrap'>%1</td>"
                                   "<td style='border-bottom:1px solid #ddd'>%2</td>"
                                   "<td style='border-bottom:1px solid #ddd'>%3</td>"
                                   "<td style='border-bottom:1px solid #ddd'>%4</td></tr>")
                        .arg(date, act.kind.toHtmlEscaped(), number, act.subject.toHtmlEscaped());
        }
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("act:add"), tr("Record an act…")) + QStringLiteral("</p>"));
}

RecordEditDialog *ActsSection::openForm(Store &store, QUndoStack &undo, qint64 experimentId, qint64 actId, QWidget *parent)
{
    const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
    auto *dialog = new RecordEditDialog(store, undo, actsTable, actId, FormSpecs::act(),
                                        {{QStringLiteral("experiment_id"), experimentId}, {QStringLiteral("kind"), QStringLiteral("notice")}},
                                        parent);
    dialog->setObjectName(QStringLiteral("actForm"));
    dialog->setWindowTitle(actId < 0 ? tr("New Act for %1").arg(code) : tr("Edit Act of %1").arg(code));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool ActsSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("act"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 id = url.path().section(u'/', 1, 1).toLongLong();
    // a link acts on the page's own experiment only: a stale page or a hand-made link is refused
    if (action != QLatin1String("add")
        && store.record(actsTable, id).value(QStringLiteral("experiment_id")).toLongLong() != experimentId) {
        QMessageBox::warning(parent, tr("Cannot open the act"), tr("The act no longer exists, or belongs to another experiment."));
        return true;
    }
    if (action == QLatin1String("add")) {
        openForm(store, undo, experimentId, -1, parent);
    } else if (action == QLatin1String("edit") && id > 0) {
        openForm(store, undo, experimentId, id, parent);
    } else if (action == QLatin1String("remove") && id > 0) {
        const QString number = store.record(actsTable, id).value(QStringLiteral("number")).toString();
        if (!RecordRemoval::remove(store, undo, actsTable, id, tr("Remove act %1").arg(number)))
            QMessageBox::warning(parent, tr("Cannot remove the act"), store.errorString());
    }
    return true;
}

} // namespace citylab
