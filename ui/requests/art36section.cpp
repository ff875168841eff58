// SPDX-License-Identifier: GPL-3.0-or-later
#include "art36section.h"

#include "domain/art36application.h"
#include "domain/vocabulary.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "shell/htmlbuilder.h"
#include "store/recordremoval.h"
#include "store/store.h"

#include <QMessageBox>
#include <QUrl>

namespace citylab {

namespace {

const QString applications = QStringLiteral("art36_applications");

QString tick(bool done, const QString &text)
{
    return (done ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text;
}

} // namespace

void Art36Section::add(HtmlBuilder &page, const Store &store, qint64 requestId, bool editable)
{
    page.section(tr("Sperimentazione Italia (art. 36 DL 76/2020)"));
    QString error;
    const std::optional<Art36Application> a = Art36Application::load(store, requestId, &error);
    if (!a) {
        page.note(error);
        return;
    }
    const auto text = [](const QString &value) { return value.isEmpty() ? tr("missing") : value; };
    page.beginTable({tr("What the law asks"), tr("In this application")});
    page.row({tick(a->holderId >= 0, tr("Holder of the experiment")), text(a->holder)});
    page.row({tick(a->leadPersonId >= 0, tr("Person in charge")), text(a->leadPerson)});
    page.row({tick(a->durationMonths > 0, tr("Duration, at most %n month(s)", nullptr, Art36Application::maximumMonths)),
              a->durationMonths > 0 ? tr("%n month(s)", nullptr, a->durationMonths) : text({})});
    page.row({tick(!a->aims.isEmpty(), tr("Aims")), text(a->aims)});
    page.row({tick(!a->expectedResults.isEmpty(), tr("Expected results")), text(a->expectedResults)});
    page.row({tick(!a->monitoring.isEmpty(), tr("Monitoring")), text(a->monitoring)});
    page.row({tick(!a->risks.isEmpty(), tr("Risks and mitigations")), text(a->risks)});
    page.row({tick(!a->safeguards.isEmpty(), tr("Safeguards")), text(a->safeguards)});
    page.endTable();

    page.rawHtml(QStringLiteral("<p><b>%1</b></p>").arg(tr("Rules to be derogated").toHtmlEscaped()));
    if (a->rules.isEmpty()) {
        page.note(tr("No rule linked yet: the application must name the rules it asks to set aside."));
    } else {
        QStringList lines;
        for (const Art36Application::Rule &rule : a->rules) {
            QString line = HtmlBuilder::link(QStringLiteral("record:barriers/%1").arg(rule.barrierId),
                                             rule.reference + QStringLiteral(" — ") + rule.title);
            if (!rule.derogable())
                line += QStringLiteral(" <span style='color:#a40000'><b>%1</b></span>")
                            .arg(tr("in an area art. 36 cannot derogate: %1")
                                     .arg(Vocabulary::label(Vocabulary::BarrierArea, rule.area))
                                     .toHtmlEscaped());
            else if (rule.area.isEmpty())
                line += QStringLiteral(" <span style='color:#666'>%1</span>").arg(tr("(area of law not set)").toHtmlEscaped());
            if (editable)
                line += QStringLiteral(" · ") + HtmlBuilder::link(QStringLiteral("art36:unlink/%1").arg(rule.barrierId), tr("Unlink"));
            lines << line;
        }
        page.rawHtml(QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>"));
    }

    if (a->renewalOfId >= 0)
        page.field(tr("Renews"), a->renewalOfReference);
    if (!a->renewedBy.isEmpty())
        page.field(a->renewalGranted ? tr("Renewed by") : tr("Renewal asked"), a->renewedBy);
    if (a->granted()) {
        const QDate end = a->periodEnd();
        if (end.isValid()) {
            page.field(tr("Authorized period"), tr("%1 to %2").arg(HtmlBuilder::date(a->periodStart()), HtmlBuilder::date(end)));
            if (a->finalReportSentOn.isValid())
                page.field(tr("Final report"), tr("sent on %1").arg(HtmlBuilder::date(a->finalReportSentOn)));
            else if (a->renewalGranted)
                page.field(tr("Final report"), tr("due with the renewal, %1").arg(a->renewedBy));
            else if (end < QDate::currentDate())
                page.warningField(tr("Final report"), tr("due on %1, not sent").arg(HtmlBuilder::date(end)));
            else
                page.field(tr("Final report"), tr("due on %1").arg(HtmlBuilder::date(end)));
        }
        if (a->renewalOfId < 0 && a->renewedBy.isEmpty())
            page.note(tr("It may be renewed once: a new art. 36 request that names this one in its application."));
    } else if (!a->missing().isEmpty() || !a->reservedRules().isEmpty()) {
        page.note(tr("It cannot be submitted until everything above is written and no rule lies in an area art. 36 "
                     "cannot derogate."));
    }
    if (editable)
        page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("art36:edit"), tr("Edit the application…"))
                     + QStringLiteral(" · ") + HtmlBuilder::link(QStringLiteral("art36:link-rule"), tr("Link a rule to derogate…"))
                     + QStringLiteral("</p>"));
}

bool Art36Section::openLink(const QUrl &url, Store &store, QUndoStack &undo, qint64 requestId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("art36"))
        return false;
    const QString action = url.path().section(u'/', 0, 0);
    const QString reference = store.record(QStringLiteral("regulatory_requests"), requestId).value(QStringLiteral("reference")).toString();
    QString error;
    const std::optional<Art36Application> a = Art36Application::load(store, requestId, &error);
    if (!a) {
        QMessageBox::warning(parent, tr("Cannot open the application"), error);
        return true;
    }
    if (action == QLatin1String("edit")) {
        auto *dialog = new RecordEditDialog(store, undo, applications, a->id, FormSpecs::art36Application(store, requestId),
                                            {{QStringLiteral("request_id"), requestId}}, parent);
        dialog->setObjectName(QStringLiteral("art36Form"));
        dialog->setWindowTitle(tr("Art. 36 Application of %1").arg(reference));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else if (action == QLatin1String("link-rule")) {
        auto *dialog = new RecordEditDialog(store, undo, QStringLiteral("barrier_requests"), -1, FormSpecs::barrierLink(QStringLiteral("barrier_id")),
                                            {{QStringLiteral("request_id"), requestId}}, parent);
        dialog->setObjectName(QStringLiteral("art36RuleForm"));
        dialog->setWindowTitle(tr("Rule to Derogate in %1").arg(reference));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else if (action == QLatin1String("unlink")) {
        const qint64 barrierId = url.path().section(u'/', 1, 1).toLongLong();
        qint64 link = -1;
        for (const Art36Application::Rule &rule : a->rules)
            if (rule.barrierId == barrierId)
                link = rule.linkId;
        if (link < 0 || !RecordRemoval::remove(store, undo, QStringLiteral("barrier_requests"), link, tr("Unlink rule from %1").arg(reference)))
            QMessageBox::warning(parent, tr("Cannot unlink the rule"),
                                 link < 0 ? tr("The rule is no longer linked to the request.") : store.errorString());
    }
    return true;
}

} // namespace citylab
