// SPDX-License-Identifier: GPL-3.0-or-later
#include "callpanel.h"

#include "domain/committeeevaluation.h"
#include "domain/vocabulary.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "items/calldetails.h"
#include "items/callrecords.h"
#include "shell/htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QDate>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>
#include <QUrl>

namespace citylab {

namespace {

QString editLinks(bool editable, const QString &scheme, qint64 id)
{
    if (!editable)
        return {};
    return QStringLiteral("<br><span style='font-size:small'>%1 · %2</span>")
        .arg(HtmlBuilder::link(QStringLiteral("%1:edit/%2").arg(scheme).arg(id), CallPanel::tr("Edit")),
             HtmlBuilder::link(QStringLiteral("%1:remove/%2").arg(scheme).arg(id), CallPanel::tr("Remove")));
}

// Link scheme -> table.
const QHash<QString, QString> &tablesOf()
{
    static const QHash<QString, QString> tables = {{QStringLiteral("item"), QStringLiteral("call_checklist_items")},
                                                   {QStringLiteral("criterion"), QStringLiteral("call_criteria")},
                                                   {QStringLiteral("member"), QStringLiteral("committee_members")}};
    return tables;
}

} // namespace

CallPanel::CallPanel(Store &store, QUndoStack &undo, QWidget *parent)
    : DetailPanel(store, parent)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("callPage"));
}

QStringList CallPanel::tablesShown() const
{
    return {QStringLiteral("calls"), QStringLiteral("call_checklist_items"), QStringLiteral("call_criteria"),
            QStringLiteral("committee_members"), QStringLiteral("people"), QStringLiteral("organizations"),
            QStringLiteral("experiments"), QStringLiteral("scores"), QStringLiteral("conflicts_of_interest")};
}

QString CallPanel::placeholder() const
{
    return tr("Select a call, or make one with New Call….");
}

QString CallPanel::page(qint64 id) const
{
    QString error;
    const std::optional<CallDetails> call = CallDetails::load(store(), id, &error);
    if (!call)
        return QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped());
    if (call->id < 0)
        return {};
    const bool editable = offersChanges(&m_undo);
    HtmlBuilder page;
    page.heading(call->name, call->closedOn.isValid()
                                 ? tr("open from %1 to %2").arg(HtmlBuilder::date(call->openedOn), HtmlBuilder::date(call->closedOn))
                                 : tr("open since %1, with no closing date").arg(HtmlBuilder::date(call->openedOn)));
    if (!call->notes.isEmpty())
        page.paragraph(call->notes);
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("call:edit"), tr("Edit the call…")) + QStringLiteral("</p>"));

    const QLocale locale;
    page.section(tr("Admissibility checklist"));
    if (call->checklist.isEmpty()) {
        page.note(tr("No items: every proposal of the call is admissible."));
    } else {
        page.beginTable({tr("Item")});
        QString rows;
        for (const CallDetails::Item &item : call->checklist)
            rows += QStringLiteral("<tr>") + HtmlBuilder::cell(item.text.toHtmlEscaped() + editLinks(editable, QStringLiteral("item"), item.id)) + QStringLiteral("</tr>");
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("item:add"), tr("Add item…")) + QStringLiteral("</p>"));

    page.section(tr("Evaluation criteria"));
    if (call->criteria.isEmpty()) {
        page.note(tr("No criteria: the committee cannot score the call's proposals yet."));
    } else {
        page.beginTable({tr("Criterion"), tr("Weight"), tr("Share of the total")});
        QString rows;
        const double total = call->totalWeight();
        for (const CallDetails::Criterion &c : call->criteria)
            rows += QStringLiteral("<tr>") + HtmlBuilder::cell(c.name.toHtmlEscaped() + editLinks(editable, QStringLiteral("criterion"), c.id))
                + HtmlBuilder::cell(locale.toString(c.weight)) + HtmlBuilder::cell(tr("%1 %").arg(locale.toString(total > 0 ? 100 * c.weight / total : 0, 'f', 0)))
                + QStringLiteral("</tr>");
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("criterion:add"), tr("Add criterion…")) + QStringLiteral("</p>"));

    page.section(tr("Technical committee"));
    if (call->committee.isEmpty()) {
        page.note(tr("No members yet."));
    } else {
        page.beginTable({tr("Member"), tr("Organization"), tr("Role")});
        QString rows;
        for (const CallDetails::Member &m : call->committee)
            rows += QStringLiteral("<tr>") + HtmlBuilder::cell(m.name.toHtmlEscaped() + editLinks(editable, QStringLiteral("member"), m.id))
                + HtmlBuilder::cell(m.organization.toHtmlEscaped()) + HtmlBuilder::cell(m.role.toHtmlEscaped()) + QStringLiteral("</tr>");
        page.rawHtml(rows);
        page.endTable();
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("member:add"), tr("Add member…")) + QStringLiteral("</p>"));

    page.section(tr("Ranking of pending proposals"));
    const std::optional<QList<CommitteeEvaluation::Ranked>> ranking = CommitteeEvaluation::ranking(store(), id, &error);
    if (!ranking) {
        page.note(error);
    } else if (ranking->isEmpty()) {
        page.note(tr("No proposals of this call are pending."));
    } else {
        page.beginTable({tr("Rank"), tr("Proposal"), tr("Stage"), tr("Total")});
        for (const CommitteeEvaluation::Ranked &r : *ranking)
            page.linkRow(r.rank > 0 ? QString::number(r.rank) : QStringLiteral("—"), QStringLiteral("record:experiments/%1").arg(r.experimentId),
                         {r.code + QStringLiteral(" — ") + r.title, Vocabulary::label(Vocabulary::Stage, r.stage),
                          r.total ? locale.toString(*r.total, 'f', 2) : tr("being evaluated")});
        page.endTable();
        page.note(tr("Equal totals share a rank. Proposals still being evaluated are listed without one."));
    }
    return page.html();
}

bool CallPanel::handlePageLink(const QUrl &url)
{
    const QString action = url.path().section(u'/', 0, 0);
    const qint64 id = url.path().section(u'/', 1, 1).toLongLong();
    if (url.scheme() == QLatin1String("call")) {
        openForm(QStringLiteral("calls"), recordId());
        return true;
    }
    const QString table = tablesOf().value(url.scheme());
    if (table.isEmpty())
        return false;
    if (action == QLatin1String("add"))
        openForm(table, -1);
    else if (action == QLatin1String("edit") && id > 0)
        openForm(table, id);
    else if (action == QLatin1String("remove") && id > 0)
        remove(table, id);
    return true;
}

void CallPanel::openForm(const QString &table, qint64 id)
{
    const qint64 call = recordId();
    FormSpec spec;
    QString title;
    QVariantMap defaults = {{QStringLiteral("call_id"), call}};
    if (table == QLatin1String("calls")) {
        spec = FormSpecs::call();
        title = tr("Edit Call");
        defaults.clear();
    } else if (table == QLatin1String("call_checklist_items")) {
        spec = FormSpecs::checklistItem();
        title = id < 0 ? tr("New Admissibility Item") : tr("Edit Admissibility Item");
    } else if (table == QLatin1String("call_criteria")) {
        spec = FormSpecs::criterion();
        title = id < 0 ? tr("New Evaluation Criterion") : tr("Edit Evaluation Criterion");
        defaults.insert(QStringLiteral("weight"), 10);
    } else {
        spec = FormSpecs::committeeMember(store(), call, id);
        title = id < 0 ? tr("New Committee Member") : tr("Edit Committee Member");
    }
    if (id < 0 && table != QLatin1String("committee_members") && table != QLatin1String("calls"))
        defaults.insert(QStringLiteral("position"), CallRecords::nextPosition(store(), table, call));   // new ones go last
    auto *dialog = new RecordEditDialog(store(), m_undo, table, id, spec, defaults, this);
    dialog->setObjectName(table + QStringLiteral("Form"));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CallPanel::remove(const QString &table, qint64 id)
{
    // what the committee judged on stays: a used item, criterion or member is kept
    const int uses = CallRecords::uses(store(), table, id);
    if (uses < 0) {
        QMessageBox::warning(this, tr("Cannot remove"), tr("Whether the committee used it cannot be read."));
        return;
    }
    if (uses > 0) {
        QMessageBox::information(this, tr("Kept for the minutes"),
                                 tr("It is kept: %n check(s) or score(s) of the committee refer to it. Edit it instead.",
                                    nullptr, uses));
        return;
    }
    if (!RecordRemoval::remove(store(), m_undo, table, id, tr("Remove from the call")))
        QMessageBox::warning(this, tr("Cannot remove"), store().errorString());
}

} // namespace citylab
