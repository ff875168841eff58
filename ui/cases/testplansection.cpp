// SPDX-License-Identifier: GPL-3.0-or-later
#include "testplansection.h"

#include "cases/testplandialog.h"
#include "domain/testplan.h"
#include "domain/testplanrevisions.h"
#include "drafting/revisionsdialog.h"
#include "i18n/dateformat.h"
#include "shell/htmlbuilder.h"
#include "store/store.h"

#include <QUrl>

namespace citylab {

namespace {

QString scaleText(const PlanPhase &p)
{
    QStringList parts;
    if (p.vehicles)
        parts << TestPlanSection::tr("%n vehicle(s)", nullptr, *p.vehicles);
    if (p.drones)
        parts << TestPlanSection::tr("%n drone(s)", nullptr, *p.drones);
    if (p.robots)
        parts << TestPlanSection::tr("%n robot(s)", nullptr, *p.robots);
    if (p.users)
        parts << TestPlanSection::tr("%n user(s)", nullptr, *p.users);
    return parts.join(QStringLiteral(", "));
}

} // namespace

void TestPlanSection::add(HtmlBuilder &page, const Store &store, qint64 experimentId, bool editable, QDate today)
{
    page.section(tr("Test plan"));
    QString error;
    const std::optional<TestPlan> plan = TestPlan::load(store, experimentId, &error);
    if (!plan) {
        page.note(error);
        return;
    }
    if (plan->isEmpty()) {
        page.note(tr("No test plan yet: its phases and scale, safeguards and the data the partner shares."));
        if (editable)
            page.rawHtml(QStringLiteral("<p>") + HtmlBuilder::link(QStringLiteral("plan:edit"), tr("Write the test plan…"))
                         + QStringLiteral("</p>"));
        return;
    }
    if (plan->phases.isEmpty()) {
        page.note(tr("No phase planned yet."));
    } else {
        page.beginTable({tr("Phase"), tr("From"), tr("To"), tr("Scale")});
        for (const PlanPhase &p : plan->phases)
            page.row({p.name, DateFormat::shortDate(p.startsOn), DateFormat::shortDate(p.endsOn), scaleText(p)});
        page.endTable();
    }
    QString insurance;
    if (!plan->insurer.isEmpty() || !plan->policyNumber.isEmpty()) {
        insurance = plan->policyNumber.isEmpty() ? plan->insurer
                  : plan->insurer.isEmpty()      ? tr("policy %1").arg(plan->policyNumber)
                                                 : tr("%1, policy %2").arg(plan->insurer, plan->policyNumber);
    }
    const QDate expires = plan->insuranceExpiresOn;
    if (expires.isValid()) {
        const qint64 left = today.daysTo(expires);
        const QString when = left < 0    ? tr("expired on %1").arg(DateFormat::shortDate(expires))
                             : left <= 30 ? tr("expires on %1, in %n day(s)", nullptr, int(left)).arg(DateFormat::shortDate(expires))
                                          : tr("expires on %1").arg(DateFormat::shortDate(expires));
        insurance = insurance.isEmpty() ? when : insurance + QStringLiteral(" — ") + when;
        if (left <= 30)
            page.warningField(tr("Insurance"), insurance);
        else
            page.field(tr("Insurance"), insurance);
    } else {
        page.warningField(tr("Insurance"), insurance.isEmpty() ? tr("none given") : insurance + QStringLiteral(" — ") + tr("no expiry given"));
    }
    page.field(tr("Safety operator"), plan->safetyOperator.isEmpty() ? tr("none named") : plan->safetyOperator);
    page.field(tr("Geofence"), plan->geofence ? tr("yes") : tr("no"));
    page.field(tr("Emergency stop"), plan->emergencyStop ? tr("yes") : tr("no"));
    page.field(tr("Monitoring"), tr("the experiment's targets (Targets, below)"));
    page.field(tr("Data shared"), plan->sharedData);
    page.field(tr("Licence"), plan->dataLicence);
    page.field(tr("Notes"), plan->notes);
    const int revisions = int(TestPlanRevisions::list(store, experimentId).size());
    QStringList links;
    if (editable)
        links << HtmlBuilder::link(QStringLiteral("plan:edit"), tr("Edit the test plan…"));
    links << HtmlBuilder::link(QStringLiteral("plan:revisions"), tr("Revisions (%1)…").arg(revisions));
    page.rawHtml(QStringLiteral("<p>") + links.join(QStringLiteral(" · ")) + QStringLiteral("</p>"));
}

bool TestPlanSection::openLink(const QUrl &url, Store &store, qint64 experimentId, QWidget *parent)
{
    if (url.scheme() != QLatin1String("plan"))
        return false;
    if (url.path() == QLatin1String("edit")) {
        auto *dialog = new TestPlanDialog(store, experimentId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else if (url.path() == QLatin1String("revisions")) {
        RevisionsDialog::Source source;
        const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
        source.title = tr("Revisions of the Test Plan of %1").arg(code);
        source.list = [&store, experimentId] {
            QList<RevisionsDialog::Revision> out;
            for (const TestPlanRevisions::Revision &r : TestPlanRevisions::list(store, experimentId))
                out << RevisionsDialog::Revision{r.number, r.plan.toText(), r.author, r.note, r.savedAt};
            return out;
        };
        source.restore = [&store, experimentId](int number, QString *error) {
            return TestPlanRevisions::restore(store, experimentId, number, error);
        };
        source.emptyText = tr("No revision saved yet: write the test plan first.");
        source.restoreRefused = store.readOnlyReason();
        source.helpPage = QStringLiteral("pipeline.html#plan");
        auto *dialog = new RevisionsDialog(source, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    return true;
}

} // namespace citylab
