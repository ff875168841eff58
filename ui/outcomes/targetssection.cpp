// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetssection.h"

#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "i18n/dateformat.h"
#include "outcomes/experimenttargets.h"
#include "shell/htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>
#include <QUrl>

namespace citylab {

namespace {

const QString targetsTable = QStringLiteral("targets");

// As many decimals as the value has, up to `decimals`: a typed 12,5 stays 12,5 and a computed
// mean does not run to fifteen digits.
QString withUnit(double value, const QString &unit, int decimals)
{
    const QLocale locale;
    QString number = locale.toString(value, 'f', decimals);
    if (number.contains(locale.decimalPoint())) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(locale.decimalPoint()))
            number.chop(locale.decimalPoint().size());
    }
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

} // namespace

void TargetsSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable)
{
    page.section(tr("Targets"));
    const QList<TargetStatus> targets = ExperimentTargets::load(store, experimentId);
    if (targets.isEmpty()) {
        page.note(tr("No targets set."));
    } else {
        // Four columns, the date under its target and Remove under its metric: the page is a
        // side panel, and six columns broke words and numbers in the middle.
        page.beginTable({tr("Metric"), tr("Target"), tr("Latest weekly mean"), tr("Status")});
        QString rows;
        for (const TargetStatus &t : targets) {
            // names read better on a page; codes are for files and the metrics manager
            const QString name = t.name.isEmpty() ? t.code : t.name;
            QString mean = QStringLiteral("—");
            if (t.hasMean)
                mean = QStringLiteral("<span style='white-space:nowrap'>") + withUnit(t.latestMean, t.unit, 2).toHtmlEscaped()
                    + QStringLiteral("</span>") + HtmlBuilder::smallLine(tr("week of %1").arg(DateFormat::shortDate(t.meanWeek)).toHtmlEscaped());
            // said in words and marked in colour, so it reads in print and for colour-blind readers
            const QString status = !t.hasMean ? QStringLiteral("<span style='color:#666'>%1</span>").arg(tr("no measurements yet").toHtmlEscaped())
                                   : t.met() ? QStringLiteral("<span style='color:#006d2c'>✔ %1</span>").arg(tr("met").toHtmlEscaped())
                                             : QStringLiteral("<span style='color:#a40000'>✘ %1</span>").arg(tr("not met").toHtmlEscaped());
            const QString direction = t.direction == QLatin1String("lower_is_better") ? tr("at most %1") : tr("at least %1");
            const QString target = direction.toHtmlEscaped().arg(QStringLiteral("<span style='white-space:nowrap'>%1</span>")
                                                     .arg(withUnit(t.value, t.unit, 3).toHtmlEscaped()))
                + (t.dueOn.isValid() ? HtmlBuilder::smallLine(tr("by %1").arg(DateFormat::shortDate(t.dueOn)).toHtmlEscaped()) : QString());
            rows += QStringLiteral("<tr>")
                + HtmlBuilder::cell(editable ? HtmlBuilder::link(QStringLiteral("target:edit/%1").arg(t.id), name)
                                      + HtmlBuilder::smallLine(HtmlBuilder::link(QStringLiteral("target:remove/%1").arg(t.id), tr("Remove")))
                                : name.toHtmlEscaped())
                + HtmlBuilder::cell(target) + HtmlBuilder::cell(mean) + HtmlBuilder::cell(status) + QStringLiteral("</tr>");
        }
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("target:add"), tr("Add target…")) + QStringLiteral("</p>"));
}

RecordEditDialog *TargetsSection::openForm(Store &store, QUndoStack &undo, qint64 experimentId, qint64 targetId,
                                           QWidget *parent)
{
    const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
    auto *dialog = new RecordEditDialog(store, undo, targetsTable, targetId, FormSpecs::target(),
                                        {{QStringLiteral("experiment_id"), experimentId}}, parent);
    dialog->setObjectName(QStringLiteral("targetForm"));
    dialog->setWindowTitle(targetId < 0 ? tr("New Target for %1").arg(code) : tr("Edit Target of %1").arg(code));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool TargetsSection::openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 experimentId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("target"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 id = url.path().section(u'/', 1, 1).toLongLong();
    if (action == QLatin1String("add")) {
        openForm(store, undo, experimentId, -1, parent);
    } else if (action == QLatin1String("edit") && id > 0) {
        openForm(store, undo, experimentId, id, parent);
    } else if (action == QLatin1String("remove") && id > 0) {
        const QVariantMap target = store.record(targetsTable, id);
        const QString code = store.record(QStringLiteral("metrics"), target.value(QStringLiteral("metric_id")).toLongLong())
                                 .value(QStringLiteral("code")).toString();
        if (!RecordRemoval::remove(store, undo, targetsTable, id, tr("Remove target %1").arg(code)))
            QMessageBox::warning(parent, tr("Cannot remove the target"), store.errorString());
    }
    return true;
}

} // namespace citylab
