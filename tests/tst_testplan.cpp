// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "cases/testplandialog.h"
#include "domain/deadlines.h"
#include "domain/testplan.h"
#include "domain/testplanrevisions.h"
#include "drafting/revisionsdialog.h"
#include "i18n/language.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace citylab;

// An experiment's test plan, as the form writes it, the page shows it, Today chases its
// insurance and the revisions keep every version of it.
class TestTestPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_experiment = -1;

    qint64 experiment(const QString &code, const QString &stage)
    {
        return m_store.insert(QStringLiteral("experiments"),
                              {{QStringLiteral("code"), code}, {QStringLiteral("title"), QStringLiteral("Consegne con droni")},
                               {QStringLiteral("domain"), QStringLiteral("drones")}, {QStringLiteral("stage"), stage},
                               {QStringLiteral("stage_since"), QStringLiteral("2026-04-01")},
                               {QStringLiteral("start_on"), QStringLiteral("2026-05-01")}});
    }

    static TestPlan samplePlan()
    {
        TestPlan plan;
        plan.insurer = QStringLiteral("Reale Mutua");
        plan.policyNumber = QStringLiteral("RCT-118734");
        plan.insuranceExpiresOn = QDate(2026, 5, 20);
        plan.safetyOperator = QStringLiteral("Pilota ENAC A2");
        plan.geofence = true;
        plan.sharedData = QStringLiteral("Tracce GPS e rumore");
        plan.dataLicence = QStringLiteral("CC BY 4.0");
        plan.phases = {{QStringLiteral("Prove in area chiusa"), QDate(2026, 5, 1), QDate(2026, 5, 31), std::nullopt, 2, std::nullopt, 0},
                       {QStringLiteral("Consegne pilota"), QDate(2026, 6, 1), QDate(2026, 9, 30), std::nullopt, 4, std::nullopt, 120}};
        return plan;
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(m_store.database());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(Language::install(QStringLiteral("en")));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("plan.citylab"))));
        m_store.setUserName(QStringLiteral("Anna Ferri"));
        m_experiment = experiment(QStringLiteral("TCL-2026-001"), QStringLiteral("active"));
        QVERIFY2(m_experiment > 0, qPrintable(m_store.errorString()));
    }

    // Saved and read back the same; each save a revision; saving it unchanged is refused.
    void savesAndReadsBackWithRevisions()
    {
        QString error;
        QCOMPARE(TestPlan::save(m_store, m_experiment, samplePlan(), QStringLiteral("Prima versione"), &error), 1);
        std::optional<TestPlan> loaded = TestPlan::load(m_store, m_experiment, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, samplePlan());
        QCOMPARE(TestPlan::save(m_store, m_experiment, samplePlan(), QString(), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("has not changed since revision 1")), qPrintable(error));

        TestPlan bigger = samplePlan();
        bigger.phases[1].drones = 6;
        bigger.phases.append({QStringLiteral("Servizio esteso"), QDate(2026, 10, 1), QDate(2027, 3, 31), std::nullopt, 8, std::nullopt, 600});
        QCOMPARE(TestPlan::save(m_store, m_experiment, bigger, QStringLiteral("Più droni"), &error), 2);
        QCOMPARE(count(QStringLiteral("plan_phases")), 3);
        // fewer phases again: the surplus goes
        QCOMPARE(TestPlan::save(m_store, m_experiment, samplePlan(), QString(), &error), 3);
        QCOMPARE(count(QStringLiteral("plan_phases")), 2);

        const QList<TestPlanRevisions::Revision> revisions = TestPlanRevisions::list(m_store, m_experiment);
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(0).number, 3);
        QCOMPARE(revisions.at(1).plan, bigger);
        QCOMPARE(revisions.at(1).note, QStringLiteral("Più droni"));
        QCOMPARE(revisions.at(2).author, QStringLiteral("Anna Ferri"));
    }

    // Restoring an old revision saves it again as the newest: nothing is lost.
    void restoresAnOldRevision()
    {
        QString error;
        const int restored = TestPlanRevisions::restore(m_store, m_experiment, 2, &error);
        QVERIFY2(restored == 4, qPrintable(error));
        QCOMPARE(TestPlan::load(m_store, m_experiment)->phases.size(), 3);
        QCOMPARE(TestPlanRevisions::list(m_store, m_experiment).constFirst().note, QStringLiteral("Restored from revision 2"));
        QVERIFY(TestPlanRevisions::restore(m_store, m_experiment, 1, &error) == 5);
    }

    // The revisions dialog compares two versions of the plan word by word.
    void revisionsCompareThePlans()
    {
        RevisionsDialog::Source source;
        source.title = QStringLiteral("plan");
        source.list = [this] {
            QList<RevisionsDialog::Revision> out;
            for (const TestPlanRevisions::Revision &r : TestPlanRevisions::list(m_store, m_experiment))
                out << RevisionsDialog::Revision{r.number, r.plan.toText(), r.author, r.note, r.savedAt};
            return out;
        };
        source.restore = [](int, QString *) { return 0; };
        RevisionsDialog dialog(source);
        dialog.compare(1, 2);
        QVERIFY2(dialog.diffHtml().contains(QStringLiteral("Servizio esteso")), qPrintable(dialog.diffHtml()));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("revisionSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(QStringLiteral("From revision 1 to 2:")), qPrintable(summary->text()));
    }

    // A phase ending before it starts is refused in the form, named under the phases with its
    // cell selected, and nothing is written; fixed, the plan saves as a new revision.
    void theFormRefusesAPhaseEndingBeforeItStarts()
    {
        const qint64 other = experiment(QStringLiteral("TCL-2026-002"), QStringLiteral("agreement"));
        TestPlanDialog dialog(m_store, other);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("planPhases"));
        QCOMPARE(table->rowCount(), 0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addPhase")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->data(Qt::EditRole).toDate(), QDate(2026, 5, 1));   // the planned start
        table->item(0, 2)->setData(Qt::EditRole, QDate(2026, 4, 20));
        table->item(0, 4)->setText(QStringLiteral("3"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("policyNumber")), QStringLiteral("POL-9"));
        const qint64 plans = count(QStringLiteral("test_plans")), log = count(QStringLiteral("change_log"));
        dialog.save();
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("planProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("Phase 1 (Phase 1): it ends on 20/04/2026, before it starts on 01/05/2026.")),
                 qPrintable(problem->text()));
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(table->currentColumn(), 2);
        QVERIFY(dialog.isVisible());
        QCOMPARE(count(QStringLiteral("test_plans")), plans);
        QCOMPARE(count(QStringLiteral("change_log")), log);

        table->item(0, 4)->setText(QStringLiteral("tre"));
        table->item(0, 2)->setData(Qt::EditRole, QDate(2026, 6, 30));
        dialog.save();
        QVERIFY2(problem->text().contains(QStringLiteral("'tre' is not a number of drones")), qPrintable(problem->text()));
        table->item(0, 4)->setText(QStringLiteral("3"));
        dialog.save();
        QCOMPARE(dialog.savedRevision(), 1);
        const TestPlan saved = *TestPlan::load(m_store, other);
        QCOMPARE(saved.phases.size(), 1);
        QCOMPARE(saved.phases.first().endsOn, QDate(2026, 6, 30));
        QCOMPARE(saved.phases.first().drones, 3);
        QCOMPARE(saved.policyNumber, QStringLiteral("POL-9"));
    }

    // Today lists a policy running out within the horizon, for tests still running or about
    // to; not for one that is over.
    void todayChasesTheInsurance()
    {
        Deadlines::Options options;
        options.today = QDate(2026, 5, 10);
        QList<Deadline> deadlines = Deadlines::collect(m_store, options);
        const auto insurance = [&deadlines] {
            QStringList found;
            for (const Deadline &d : std::as_const(deadlines))
                if (d.kind == Deadline::Insurance)
                    found << d.reference + u'@' + d.dueOn.toString(Qt::ISODate);
            return found;
        };
        QCOMPARE(insurance(), QStringList{QStringLiteral("TCL-2026-001@2026-05-20")});
        QVERIFY(m_store.update(QStringLiteral("experiments"), m_experiment, {{QStringLiteral("stage"), QStringLiteral("concluded")}}));
        deadlines = Deadlines::collect(m_store, options);
        QVERIFY(insurance().isEmpty());
        QVERIFY(m_store.update(QStringLiteral("experiments"), m_experiment, {{QStringLiteral("stage"), QStringLiteral("active")}}));
        QCOMPARE(Deadline::kindKey(Deadline::Insurance), QStringLiteral("insurance"));
    }

    // The page in Italian: phases with their scale, the insurance in red when it runs out
    // within a month, the safeguards, the data and the links.
    void thePageShowsThePlan()
    {
        QVERIFY(Language::install(QStringLiteral("it")));
        QUndoStack undo;
        ExperimentDetailPanel page(m_store, &undo);
        page.resize(640, 900);
        page.show();
        page.showRecord(m_experiment);
        const QString text = page.toPlainText();
        for (const QString &expected : {QStringLiteral("Piano di sperimentazione"), QStringLiteral("Prove in area chiusa"),
                                        QStringLiteral("2 droni, 0 utenti"), QStringLiteral("Reale Mutua, polizza RCT-118734"),
                                        QStringLiteral("Pilota ENAC A2"), QStringLiteral("CC BY 4.0"), QStringLiteral("Modifica il piano"),
                                        QStringLiteral("Revisioni (5)")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty()) {
            page.resize(640, int(page.document()->size().height()) + 20);
            page.grab().save(QDir(folder).filePath(QStringLiteral("experiment-plan.png")));
            TestPlanDialog dialog(m_store, m_experiment);
            dialog.resize(1024 - 40, 768 - 80);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QDir(folder).filePath(QStringLiteral("test-plan-dialog-it.png")));
        }
        QVERIFY(Language::install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestTestPlan)
#include "tst_testplan.moc"
