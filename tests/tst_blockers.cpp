// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/blockersview.h"
#include "cases/conditionssection.h"
#include "shell/documentssection.h"
#include "domain/deadlines.h"
#include "domain/experimentblockers.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "editing/recordform.h"
#include "editing/optionaldateedit.h"
#include "i18n/dateformat.h"
#include "store/store.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace citylab;

// What holds up each experiment not yet live, as the Blockers view, `citylab blockers`, the
// Today list and the condition form tell it, on a store built by hand where every answer is
// known.
class TestBlockers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Store m_store;
    const QDate m_today{2026, 5, 10};
    qint64 m_enac = -1, m_arpa = -1;
    qint64 m_screening = -1, m_agreement = -1, m_authorization = -1, m_ready = -1, m_active = -1;
    qint64 m_condition = -1;
    qint64 m_signed = -1;

    qint64 experiment(const QString &code, const QString &stage, const QString &since, const QVariantMap &more = {})
    {
        QVariantMap values = {{QStringLiteral("code"), code}, {QStringLiteral("title"), QString(QStringLiteral("Prova ") + code)},
                              {QStringLiteral("domain"), QStringLiteral("drones")}, {QStringLiteral("stage"), stage},
                              {QStringLiteral("stage_since"), since}};
        values.insert(more);
        return m_store.insert(QStringLiteral("experiments"), values);
    }

    qint64 agreement(qint64 experimentId, const QString &status, const QString &signedOn = {})
    {
        return m_store.insert(QStringLiteral("agreements"),
                              {{QStringLiteral("kind"), QStringLiteral("experimentation")},
                               {QStringLiteral("title"), QStringLiteral("Accordo %1").arg(experimentId)},
                               {QStringLiteral("status"), status}, {QStringLiteral("experiment_id"), experimentId},
                               {QStringLiteral("signed_on"), signedOn.isEmpty() ? QVariant() : QVariant(signedOn)}});
    }

    qint64 request(qint64 experimentId, qint64 authority, const QString &reference, const QString &status,
                   const QString &submitted, int statutoryDays)
    {
        return m_store.insert(QStringLiteral("regulatory_requests"),
                              {{QStringLiteral("reference"), reference}, {QStringLiteral("experiment_id"), experimentId},
                               {QStringLiteral("authority_id"), authority}, {QStringLiteral("kind"), QStringLiteral("authorization")},
                               {QStringLiteral("subject"), QStringLiteral("Voli")}, {QStringLiteral("status"), status},
                               {QStringLiteral("submitted_on"), submitted.isEmpty() ? QVariant() : QVariant(submitted)},
                               {QStringLiteral("statutory_days"), statutoryDays}});
    }

    int conditionCount()
    {
        QSqlQuery q(m_store.database());
        return q.exec(QStringLiteral("SELECT count(*) FROM conditions")) && q.next() ? q.value(0).toInt() : -1;
    }

    // "CODE:kind:days" for each blocker, in the order listed.
    QStringList listed()
    {
        QString error;
        const std::optional<QList<Blocker>> blockers = ExperimentBlockers::all(m_store, m_today, &error);
        if (!blockers)
            return {error};
        QStringList result;
        for (const Blocker &b : *blockers)
            result << QStringLiteral("%1:%2:%3").arg(b.experimentCode, Blocker::kindKey(b.kind)).arg(b.daysWaiting);
        return result;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_path = m_dir.filePath(QStringLiteral("blockers.citylab"));
        QVERIFY(m_store.open(m_path));
        m_enac = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("ENAC")},
                                                                  {QStringLiteral("kind"), QStringLiteral("authority")}});
        m_arpa = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("ARPA Piemonte")},
                                                                  {QStringLiteral("kind"), QStringLiteral("authority")}});
        // in screening for 40 days, no determina yet
        m_screening = experiment(QStringLiteral("TCL-2026-001"), QStringLiteral("screening"), QStringLiteral("2026-03-31"));
        // approved on 1 April; the agreement is still being negotiated; the approval's condition is open
        m_agreement = experiment(QStringLiteral("TCL-2026-002"), QStringLiteral("agreement"), QStringLiteral("2026-04-01"),
                                 {{QStringLiteral("determina_number"), QStringLiteral("DD 1234/2026")},
                                  {QStringLiteral("approved_on"), QStringLiteral("2026-04-01")}});
        QVERIFY(agreement(m_agreement, QStringLiteral("negotiation")) > 0);
        m_condition = m_store.insert(QStringLiteral("conditions"),
                                     {{QStringLiteral("experiment_id"), m_agreement},
                                      {QStringLiteral("text"), QStringLiteral("Piano di sicurezza operativa")},
                                      {QStringLiteral("blocking"), 1}, {QStringLiteral("due_on"), QStringLiteral("2026-05-05")}});
        QVERIFY(m_condition > 0);
        // waiting for two authorities: ENAC 70 days of 60, ARPA 10 days of 30
        m_authorization = experiment(QStringLiteral("TCL-2026-003"), QStringLiteral("authorization"), QStringLiteral("2026-02-20"));
        m_signed = agreement(m_authorization, QStringLiteral("signed"), QStringLiteral("2026-02-15"));
        QVERIFY(m_signed > 0);
        QVERIFY(request(m_authorization, m_enac, QStringLiteral("RR-2026-0001"), QStringLiteral("submitted"), QStringLiteral("2026-03-01"), 60) > 0);
        QVERIFY(request(m_authorization, m_arpa, QStringLiteral("RR-2026-0002"), QStringLiteral("submitted"), QStringLiteral("2026-04-30"), 30) > 0);
        // a second experiment waiting for ENAC, 20 days
        const qint64 other = experiment(QStringLiteral("TCL-2026-004"), QStringLiteral("authorization"), QStringLiteral("2026-04-01"));
        QVERIFY(agreement(other, QStringLiteral("signed"), QStringLiteral("2026-03-20")) > 0);
        QVERIFY(request(other, m_enac, QStringLiteral("RR-2026-0003"), QStringLiteral("resubmitted"), QStringLiteral("2026-04-20"), 60) > 0);
        // everything in order: nothing holds it up, and a met or non-blocking condition changes nothing
        m_ready = experiment(QStringLiteral("TCL-2026-005"), QStringLiteral("authorization"), QStringLiteral("2026-03-01"));
        QVERIFY(agreement(m_ready, QStringLiteral("signed"), QStringLiteral("2026-02-01")) > 0);
        QVERIFY(request(m_ready, m_enac, QStringLiteral("RR-2026-0004"), QStringLiteral("granted"), QStringLiteral("2026-02-10"), 60) > 0);
        QVERIFY(m_store.insert(QStringLiteral("conditions"), {{QStringLiteral("experiment_id"), m_ready},
                                                              {QStringLiteral("text"), QStringLiteral("Assicurazione")},
                                                              {QStringLiteral("met_on"), QStringLiteral("2026-03-01")}}) > 0);
        QVERIFY(m_store.insert(QStringLiteral("conditions"), {{QStringLiteral("experiment_id"), m_ready},
                                                              {QStringLiteral("text"), QStringLiteral("Relazione mensile")},
                                                              {QStringLiteral("blocking"), 0}}) > 0);
        // live already: not listed, whatever it has open
        m_active = experiment(QStringLiteral("TCL-2026-006"), QStringLiteral("active"), QStringLiteral("2026-01-10"));
        QVERIFY(m_store.insert(QStringLiteral("conditions"), {{QStringLiteral("experiment_id"), m_active},
                                                              {QStringLiteral("text"), QStringLiteral("Report finale")}}) > 0);
    }

    void listsWhatHoldsUpEachExperimentLongestWaitingFirst()
    {
        QCOMPARE(listed(), QStringList({QStringLiteral("TCL-2026-003:authorization:70"),
                                        QStringLiteral("TCL-2026-001:act:40"),
                                        QStringLiteral("TCL-2026-002:signature:39"),
                                        QStringLiteral("TCL-2026-002:condition:39"),
                                        QStringLiteral("TCL-2026-004:authorization:20"),
                                        QStringLiteral("TCL-2026-003:authorization:10")}));
        const QList<Blocker> blockers = *ExperimentBlockers::all(m_store, m_today);
        const Blocker &enac = blockers.first();
        QCOMPARE(enac.authority, QStringLiteral("ENAC"));
        QCOMPARE(enac.statutoryDays, 60);
        QCOMPARE(enac.since, QDate(2026, 3, 1));
        QCOMPARE(enac.table, QStringLiteral("regulatory_requests"));
        const Blocker &condition = blockers.at(3);
        QVERIFY2(condition.text.contains(QStringLiteral("Piano di sicurezza operativa")), qPrintable(condition.text));
        QCOMPARE(condition.table, QStringLiteral("conditions"));
        QCOMPARE(condition.recordId, m_condition);
    }

    void totalsPerAuthority()
    {
        const QList<ExperimentBlockers::AuthorityWait> waits = ExperimentBlockers::byAuthority(*ExperimentBlockers::all(m_store, m_today));
        QCOMPARE(waits.size(), 2);
        QCOMPARE(waits.at(0).authority, QStringLiteral("ENAC"));
        QCOMPARE(waits.at(0).pending, 2);
        QCOMPARE(waits.at(0).averageDays, 45.0);
        QCOMPARE(waits.at(0).worstDays, 70);
        QCOMPARE(waits.at(1).authority, QStringLiteral("ARPA Piemonte"));
        QCOMPARE(waits.at(1).pending, 1);
        QCOMPARE(waits.at(1).worstDays, 10);
    }

    void conditionsComingDueAreOnTheTodayList()
    {
        QStringList conditions;
        for (const Deadline &d : Deadlines::collect(m_store, {m_today, 30, 120}))
            if (d.kind == Deadline::Condition)
                conditions << d.reference + u':' + QString::number(d.daysLeft) + u':' + d.status;
        QCOMPARE(conditions, QStringList{QStringLiteral("TCL-2026-002:-5:blocking")});
    }

    void theCommandLineListsTheSame()
    {
        testsupport::RunResult run = testsupport::runCitylab({QStringLiteral("blockers"), QStringLiteral("--db"), m_path,
                                                              QStringLiteral("--on"), QStringLiteral("2026-05-10"),
                                                              QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("experiment,stage,blocker_kind,blocker,authority,since,days_waiting,statutory_days"));
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("TCL-2026-003,authorization,authorization,")), qPrintable(lines.value(1)));
        QVERIFY2(lines.value(1).endsWith(QStringLiteral(",ENAC,2026-03-01,70,60")), qPrintable(lines.value(1)));
        QVERIFY2(lines.value(2).endsWith(QStringLiteral(",,2026-03-31,40,")), qPrintable(lines.value(2)));

        run = testsupport::runCitylab({QStringLiteral("blockers"), QStringLiteral("--db"), m_path, QStringLiteral("--on"),
                                       QStringLiteral("2026-05-10"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("ENAC: 2 pending, average wait 45 days, worst 70 days")), qPrintable(run.out));

        run = testsupport::runCitylab({QStringLiteral("deadlines"), QStringLiteral("--db"), m_path, QStringLiteral("--on"),
                                       QStringLiteral("2026-05-10"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("condition,TCL-2026-002,Piano di sicurezza operativa,2026-05-05,-5,blocking")),
                 qPrintable(run.out));

        run = testsupport::runCitylab({QStringLiteral("blockers"), QStringLiteral("--db"), m_path, QStringLiteral("--on"),
                                       QStringLiteral("10/05/2026"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--on must be a date as YYYY-MM-DD, not '10/05/2026'")), qPrintable(run.err));
        run = testsupport::runCitylab({QStringLiteral("blockers"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.citylab"))});
        QCOMPARE(run.exitCode, 1);
    }

    // The view follows what is done in the window: the condition marked met from the
    // experiment's page leaves the list, and Ctrl+Z brings it back.
    void theViewFollowsAConditionMarkedMet()
    {
        QUndoStack undo;
        BlockersView view(m_store);
        view.resize(1024, 600);
        view.show();
        auto *list = view.findChild<QTreeWidget *>(QStringLiteral("blockerList"));
        const auto conditionRows = [list] {
            int count = 0;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                count += list->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("conditions");
            return count;
        };
        QCOMPARE(conditionRows(), 1);
        const int before = list->topLevelItemCount();
        QVERIFY(ConditionsSection::openLink(QUrl(QStringLiteral("condition:met/%1").arg(m_condition)), m_store, undo,
                                            m_agreement, &view));
        QVERIFY(!m_store.record(QStringLiteral("conditions"), m_condition).value(QStringLiteral("met_on")).isNull());
        QTRY_COMPARE(conditionRows(), 0);
        QCOMPARE(list->topLevelItemCount(), before - 1);
        undo.undo();
        QTRY_COMPARE(conditionRows(), 1);
        QVERIFY(m_store.record(QStringLiteral("conditions"), m_condition).value(QStringLiteral("met_on")).isNull());
        auto *authorities = view.findChild<QTreeWidget *>(QStringLiteral("authorityWaits"));
        QCOMPARE(authorities->topLevelItemCount(), 2);
        // File → Export Table as CSV writes the list as shown: a header and a line per entry
        const QString csv = m_dir.filePath(QStringLiteral("blockers.csv"));
        QString error;
        QVERIFY2(view.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), list->topLevelItemCount() + 1);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("TCL-2026-003")), qPrintable(lines.at(1)));
        QCOMPARE(view.visibleCount(), list->topLevelItemCount());
    }

    // A condition's evidence stays while the condition cites it; a condition cannot come from
    // another experiment's agreement.
    void evidenceAndSourcesBelongToTheCondition()
    {
        QUndoStack undo;
        const qint64 file = m_store.insert(QStringLiteral("attachments"),
            {{QStringLiteral("file_name"), QStringLiteral("polizza.pdf")}, {QStringLiteral("size"), 3},
             {QStringLiteral("sha256"), QString(64, u'a')}, {QStringLiteral("data"), QByteArray("pdf")},
             {QStringLiteral("experiment_id"), m_agreement}});
        QVERIFY(file > 0);
        QVERIFY(m_store.update(QStringLiteral("conditions"), m_condition, {{QStringLiteral("evidence_id"), file}}));
        QVERIFY(!DocumentsSection::remove(m_store, undo, file));
        QVERIFY2(m_store.errorString().contains(QStringLiteral("Piano di sicurezza operativa")), qPrintable(m_store.errorString()));
        QVERIFY(!m_store.record(QStringLiteral("attachments"), file).isEmpty());
        QCOMPARE(undo.count(), 0);
        QVERIFY(m_store.update(QStringLiteral("conditions"), m_condition, {{QStringLiteral("evidence_id"), QVariant()}}));
        QVERIFY(DocumentsSection::remove(m_store, undo, file));

        QVERIFY(m_store.insert(QStringLiteral("conditions"), {{QStringLiteral("experiment_id"), m_screening},
                                                              {QStringLiteral("agreement_id"), m_signed},
                                                              {QStringLiteral("text"), QStringLiteral("Altrui")}}) < 0);
        QVERIFY2(m_store.errorString().contains(QStringLiteral("its own experiment")), qPrintable(m_store.errorString()));
    }

    // A determina is a number and a date: a number alone is refused under its field, and
    // the experiment stays as it was; with its date it is saved.
    void aDeterminaWithoutItsDateIsRefusedOnTheField()
    {
        QUndoStack undo;
        QWidget parent;
        RecordEditDialog dialog(m_store, undo, QStringLiteral("experiments"), m_screening, FormSpecs::experiment(m_store, m_screening), {}, &parent);
        auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("field_determina_number"));
        QVERIFY(number);
        number->setText(QStringLiteral("DD 4321/2026"));
        dialog.accept();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error_determina_number"));
        QVERIFY(error && !error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("date")), qPrintable(error->text()));
        QVERIFY(m_store.record(QStringLiteral("experiments"), m_screening).value(QStringLiteral("determina_number")).isNull());
        dialog.findChild<OptionalDateEdit *>(QStringLiteral("field_approved_on"))->setValue(QDate(2026, 5, 4));
        dialog.accept();
        QCOMPARE(m_store.record(QStringLiteral("experiments"), m_screening).value(QStringLiteral("determina_number")).toString(),
                 QStringLiteral("DD 4321/2026"));
        undo.undo();
        QVERIFY(m_store.record(QStringLiteral("experiments"), m_screening).value(QStringLiteral("determina_number")).isNull());
    }

    // The form refuses on the field, and saves nothing: a condition falling due before the
    // act that imposes it, or said to come from two acts.
    void theConditionFormRefusesADueDateBeforeItsAct()
    {
        QUndoStack undo;
        QWidget parent;
        RecordEditDialog *dialog = ConditionsSection::openForm(m_store, undo, m_authorization, -1, &parent);
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("field_text"))->setPlainText(QStringLiteral("Nomina del pilota"));
        auto *agreementBox = dialog->findChild<QComboBox *>(QStringLiteral("field_agreement_id"));
        QVERIFY(agreementBox);
        // only this experiment's agreements are offered
        QCOMPARE(agreementBox->count(), 2);   // "—" and its one agreement
        agreementBox->setCurrentIndex(agreementBox->findData(m_signed));
        dialog->findChild<OptionalDateEdit *>(QStringLiteral("field_due_on"))->setValue(QDate(2026, 2, 10));
        const int conditionsBefore = conditionCount();
        dialog->accept();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("error_due_on"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(DateFormat::shortDate(QDate(2026, 2, 15))), qPrintable(error->text()));
        QCOMPARE(conditionCount(), conditionsBefore);
        dialog->findChild<OptionalDateEdit *>(QStringLiteral("field_due_on"))->setValue(QDate(2026, 2, 20));
        auto *requestBox = dialog->findChild<QComboBox *>(QStringLiteral("field_request_id"));
        requestBox->setCurrentIndex(1);
        dialog->accept();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error_request_id"))->isVisible());
        QCOMPARE(conditionCount(), conditionsBefore);
        requestBox->setCurrentIndex(0);
        dialog->accept();
        QCOMPARE(conditionCount(), conditionsBefore + 1);
        undo.undo();
        QCOMPARE(conditionCount(), conditionsBefore);
    }
};

QTEST_MAIN(TestBlockers)
#include "tst_blockers.moc"
