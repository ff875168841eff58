// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreements/agreementsview.h"
#include "cases/experimentsview.h"
#include "today/todayview.h"
#include "editing/recordeditdialog.h"
#include "editing/recordform.h"
#include "organizations/organizationsview.h"
#include "requests/requestsview.h"
#include "requests/statuschangedialog.h"
#include "shell/mainwindow.h"
#include "items/requesttablemodel.h"
#include "items/sqltablemodel.h"
#include "shell/detailpanel.h"
#include "shell/htmlbuilder.h"
#include "shell/recordtable.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QSqlQuery>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QSplitter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

using namespace citylab;

// Editing records in the window: forms, inline errors, undo and redo, and edits that
// meet someone else's.
class TestEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    template<typename View>
    View *openView(MainWindow &window, const QString &id)
    {
        window.show();
        window.activateWindow(); // shortcuts (Ctrl+Z) go to the active window
        if (!QTest::qWaitForWindowActive(&window) || !window.openDatabase(m_demo))
            return nullptr;
        window.showView(id);
        return qobject_cast<View *>(window.view(id));
    }

    static RecordEditDialog *clickAndGetDialog(QWidget *view, const QString &button)
    {
        QTest::mouseClick(view->findChild<QToolButton *>(button), Qt::LeftButton);
        return view->findChild<RecordEditDialog *>();
    }

    static QString errorUnder(RecordEditDialog *dialog, const QString &column)
    {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("error_") + column);
        return label && label->isVisible() ? label->text() : QString();
    }

    static void type(RecordEditDialog *dialog, const QString &column, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("field_") + column);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_demo = testsupport::makeDemo(m_dir);
    }

    void editAnExperimentThenUndoAndRedo()
    {
        MainWindow window;
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        QVERIFY(view);
        const qint64 id = view->currentRecord();
        const QString before = window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("title")).toString();
        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("editExperiment"));
        QVERIFY(dialog && dialog->isVisible());
        type(dialog, QStringLiteral("title"), QStringLiteral("Consegne notturne con droni"));
        dialog->accept();
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Consegne notturne con droni"));

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("title")).toString(), before);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Consegne notturne con droni"));
    }

    // A new experiment's domain is chosen, not defaulted (Drones was saved without being
    // picked), and its page's pipeline history starts with the stage it was created in.
    void aNewExperimentHasItsDomainChosenAndItsFirstStage()
    {
        MainWindow window;
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        QVERIFY(view);
        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("newExperiment"));
        QVERIFY(dialog && dialog->isVisible());
        auto *domain = dialog->findChild<QComboBox *>(QStringLiteral("field_domain"));
        QVERIFY(domain);
        QCOMPARE(domain->currentIndex(), -1);
        type(dialog, QStringLiteral("title"), QStringLiteral("Navette autonome al Valentino"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorUnder(dialog, QStringLiteral("domain")).contains(QStringLiteral("required")),
                 qPrintable(errorUnder(dialog, QStringLiteral("domain"))));
        // a proposal is registered as it arrives: its protocol number, once a year
        QVERIFY2(errorUnder(dialog, QStringLiteral("protocol_number")).contains(QStringLiteral("required")),
                 qPrintable(errorUnder(dialog, QStringLiteral("protocol_number"))));
        domain->setCurrentIndex(domain->findData(QStringLiteral("autonomous_mobility")));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const qint64 registered = window.store().insert(QStringLiteral("experiments"),
            {{QStringLiteral("code"), QStringLiteral("TCL-1999-001")}, {QStringLiteral("title"), QStringLiteral("Già protocollata")},
             {QStringLiteral("domain"), QStringLiteral("drones")}, {QStringLiteral("stage"), QStringLiteral("proposal")},
             {QStringLiteral("stage_since"), today}, {QStringLiteral("proposed_on"), today},
             {QStringLiteral("protocol_number"), QStringLiteral("4242/%1").arg(QDate::currentDate().year())}});
        QVERIFY(registered > 0);
        type(dialog, QStringLiteral("protocol_number"), QStringLiteral("4242/%1").arg(QDate::currentDate().year()));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorUnder(dialog, QStringLiteral("protocol_number")).contains(QStringLiteral("TCL-1999-001")),
                 qPrintable(errorUnder(dialog, QStringLiteral("protocol_number"))));
        type(dialog, QStringLiteral("protocol_number"), QStringLiteral("4243/%1").arg(QDate::currentDate().year()));
        dialog->accept();
        QTRY_VERIFY(!dialog->isVisible());
        const qint64 id = view->currentRecord();
        const QVariantMap record = window.store().record(QStringLiteral("experiments"), id);
        QCOMPARE(record.value(QStringLiteral("title")).toString(), QStringLiteral("Navette autonome al Valentino"));
        QCOMPARE(record.value(QStringLiteral("domain")).toString(), QStringLiteral("autonomous_mobility"));
        auto *page = window.findChild<QTextBrowser *>(QStringLiteral("experimentDetails"));
        QVERIFY(page);
        const QString text = page->toPlainText();
        const qsizetype history = text.indexOf(QStringLiteral("Pipeline history"));
        QVERIFY(history >= 0);
        // one line per cell: the heading, the three column titles, then the first row
        const QStringList lines = text.mid(history).split(u'\n');
        QVERIFY(lines.size() > 6);
        QCOMPARE(lines.mid(4, 2), (QStringList{HtmlBuilder::date(QDate::currentDate()), QStringLiteral("Proposal")}));
    }

    // The page's actions wrap onto more lines in a narrow panel instead of hiding behind a
    // "»" that did nothing; and a new agreement can be made from the page itself.
    void everyPageActionIsReachableWhenNarrow()
    {
        MainWindow window;
        window.resize(1024, 708);
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        QVERIFY(view);
        auto *splitter = view->findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({splitter->width() - 240, 240});
        QApplication::processEvents();
        auto *actions = view->findChild<QWidget *>(QStringLiteral("recordActions"));
        QVERIFY(actions && actions->width() <= 260);
        const QList<QToolButton *> buttons = actions->findChildren<QToolButton *>();
        QVERIFY(buttons.size() >= 6);
        for (QToolButton *button : buttons) {
            QVERIFY2(button->isVisible() && actions->rect().contains(button->geometry()),
                     qPrintable(button->objectName() + QStringLiteral(" hidden or cut")));
        }

        auto *page = window.findChild<QTextBrowser *>(QStringLiteral("experimentDetails"));
        QTextCursor link = page->document()->find(QStringLiteral("New agreement…"));
        QVERIFY(!link.isNull());
        link.setPosition(link.selectionStart() + 2);
        page->ensureCursorVisible();
        page->setTextCursor(link);
        page->ensureCursorVisible();
        QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, page->cursorRect(link).center());
        RecordEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<RecordEditDialog *>()) != nullptr);
        QVERIFY(dialog->windowTitle().contains(window.store().record(QStringLiteral("experiments"), view->currentRecord())
                                                   .value(QStringLiteral("code")).toString()));
        dialog->reject();
    }

    void badInputIsShownOnItsFieldAndNothingIsSaved()
    {
        MainWindow window;
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        const qint64 id = view->currentRecord();
        const QVariantMap before = window.store().record(QStringLiteral("experiments"), id);
        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("editExperiment"));

        // the end before the start
        auto *start = dialog->findChild<QDateEdit *>(QStringLiteral("field_start_on"));
        auto *end = dialog->findChild<QDateEdit *>(QStringLiteral("field_end_on"));
        start->setDate(QDate(2026, 6, 1));
        end->setDate(QDate(2026, 5, 1));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorUnder(dialog, QStringLiteral("end_on")).contains(QStringLiteral("before")),
                 qPrintable(errorUnder(dialog, QStringLiteral("end_on"))));
        end->setDate(QDate(2026, 9, 1));

        // a code another experiment has
        const QString taken = window.store().record(QStringLiteral("experiments"), id == 1 ? 2 : 1).value(QStringLiteral("code")).toString();
        type(dialog, QStringLiteral("code"), taken);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorUnder(dialog, QStringLiteral("code")).contains(QStringLiteral("already used")),
                 qPrintable(errorUnder(dialog, QStringLiteral("code"))));

        // an empty title
        type(dialog, QStringLiteral("code"), before.value(QStringLiteral("code")).toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("field_title"))->clear();
        dialog->accept();
        QVERIFY(errorUnder(dialog, QStringLiteral("title")).contains(QStringLiteral("required")));
        // CITYLAB_TEST_SHOTS=DIR keeps a picture of the form with its errors, to look at
        if (qEnvironmentVariableIsSet("CITYLAB_TEST_SHOTS"))
            dialog->grab().save(QDir(qEnvironmentVariable("CITYLAB_TEST_SHOTS")).filePath(QStringLiteral("edit-errors.png")));
        dialog->reject();

        const QVariantMap after = window.store().record(QStringLiteral("experiments"), id);
        QCOMPARE(after.value(QStringLiteral("updated_at")), before.value(QStringLiteral("updated_at")));
        QCOMPARE(window.undoStack().count(), 0);
    }

    void createAnOrganizationAndAContact()
    {
        MainWindow window;
        auto *view = openView<OrganizationsView>(window, QStringLiteral("organizations"));
        QVERIFY(view);
        const int before = view->visibleCount();
        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("newOrganization"));
        dialog->accept();  // the name is required
        QVERIFY(errorUnder(dialog, QStringLiteral("name")).contains(QStringLiteral("required")));
        type(dialog, QStringLiteral("name"), QStringLiteral("Borgo Dora Robotica S.r.l."));
        dialog->accept();
        QTRY_VERIFY(!view->findChild<RecordEditDialog *>());
        QCOMPARE(view->visibleCount(), before + 1);
        const qint64 id = view->currentRecord();
        QCOMPARE(window.store().record(QStringLiteral("organizations"), id).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Borgo Dora Robotica S.r.l."));

        dialog = clickAndGetDialog(view, QStringLiteral("addContact"));
        type(dialog, QStringLiteral("full_name"), QStringLiteral("Beatrice Gallo"));
        dialog->accept();
        auto *details = view->findChild<QTextBrowser *>(QStringLiteral("organizationDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Beatrice Gallo")));

        // Ctrl+Z takes the contact back, then the organization
        QTRY_VERIFY(!view->findChild<RecordEditDialog *>());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.undoStack().count(), 2);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!details->toPlainText().contains(QStringLiteral("Beatrice Gallo")));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view->visibleCount(), before);
    }

    // The Requests list flags overdue requests in red ("overdue by N days") and filters
    // them; the page shows the due date's arithmetic and, past the term, what the
    // authority's silence means for that kind of request, as Edit → Silence of
    // Authorities… sets it.
    void overdueRequestsAreFlaggedAndExplained()
    {
        MainWindow window;
        auto *view = openView<RequestsView>(window, QStringLiteral("regulatory_requests"));
        QVERIFY(view);
        QSqlQuery q(window.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM regulatory_requests WHERE status IN ('submitted', 'resubmitted')"
                                      " AND due_on < date('now', 'localtime')")));
        QVERIFY(q.next());
        const int overdue = q.value(0).toInt();
        q.finish();
        QVERIFY(overdue > 0);
        auto *status = view->findChild<QComboBox *>(QStringLiteral("requestStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("overdue")));
        auto *table = view->findChild<RecordTable *>(QStringLiteral("requestsTable"));
        QCOMPARE(table->model()->rowCount(), overdue);
        for (int row = 0; row < overdue; ++row) {
            const QModelIndex term = table->model()->index(row, RequestTableModel::Term);
            QVERIFY2(term.data().toString().startsWith(QStringLiteral("overdue by ")), qPrintable(term.data().toString()));
            QCOMPARE(term.data(Qt::ForegroundRole).value<QColor>(), QColor(0xa4, 0x00, 0x00));
        }
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        const qint64 id = view->currentRecord();
        const QString kind = window.store().record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("kind")).toString();
        auto *details = view->findChild<QTextBrowser *>(QStringLiteral("requestDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("overdue by")));
        QVERIFY2(details->toPlainText().contains(QStringLiteral("Submitted on")) && details->toPlainText().contains(QStringLiteral(" + ")),
                 qPrintable(details->toPlainText().left(600)));

        // the office says silence is a refusal for this kind: the page says so
        QTimer::singleShot(0, this, [kind] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == QLatin1String("tacitDecisionsDialog"));
            auto *rule = dialog->findChild<QComboBox *>(QStringLiteral("silence_") + kind);
            QVERIFY(rule);
            rule->setCurrentIndex(rule->findData(2));   // TacitDecisions::Refusal
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("tacitDecisionsAction"))->trigger();
        QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("silenzio-rigetto")), qPrintable(details->toPlainText().left(900)));
        // and back with a filter of words: the overdue filter gives way
        QTest::keyClicks(view->findChild<QLineEdit *>(QStringLiteral("requestSearch")), QStringLiteral("RR-"));
        QCOMPARE(status->currentIndex(), 0);
        QVERIFY(table->model()->rowCount() > overdue);
    }

    void aRequestGoesThroughItsProcedure()
    {
        MainWindow window;
        auto *view = openView<RequestsView>(window, QStringLiteral("regulatory_requests"));
        QVERIFY(view);
        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("newRequest"));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("field_reference"))->text().startsWith(QStringLiteral("RR-")));
        type(dialog, QStringLiteral("subject"), QStringLiteral("Deroga per robot di consegna in via Roma"));
        dialog->accept(); // no authority chosen yet: it is required
        QVERIFY(errorUnder(dialog, QStringLiteral("authority_id")).contains(QStringLiteral("required")));
        auto *authority = dialog->findChild<QComboBox *>(QStringLiteral("field_authority_id"));
        authority->setCurrentIndex(authority->findText(QStringLiteral("ENAC"), Qt::MatchStartsWith));
        dialog->accept();
        QTRY_VERIFY(!view->findChild<RecordEditDialog *>());
        const qint64 id = view->currentRecord();
        QCOMPARE(window.store().record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));

        QTest::mouseClick(view->findChild<QToolButton *>(QStringLiteral("nextStep")), Qt::LeftButton);
        auto *step = view->findChild<StatusChangeDialog *>();
        QVERIFY(step && step->isVisible());
        step->setStatus(QStringLiteral("submitted"));
        step->setDate(QDate::currentDate().addDays(-3));
        // none of the checklist's documents is attached yet: submitting asks why
        QVERIFY2(step->problems().contains(QStringLiteral("without every document")), qPrintable(step->problems()));
        QTest::keyClicks(step->findChild<QLineEdit *>(QStringLiteral("missingDocumentsReason")), QStringLiteral("documents follow by PEC"));
        QVERIFY2(step->problems().isEmpty(), qPrintable(step->problems()));
        step->accept();
        const QVariantMap request = window.store().record(QStringLiteral("regulatory_requests"), id);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QVERIFY(!request.value(QStringLiteral("due_on")).isNull());  // the clock runs
        auto *details = view->findChild<QTextBrowser *>(QStringLiteral("requestDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Due on")));

        // the step is undoable like any edit: Ctrl+Z makes it a draft again, without a due
        // date or the dated step; Ctrl+Shift+Z submits it again
        QTRY_VERIFY(!view->findChild<StatusChangeDialog *>());
        const auto steps = [&window, id] {
            QSqlQuery q(window.store().database());
            q.prepare(QStringLiteral("SELECT count(*) FROM request_status_changes WHERE request_id = :id"));
            q.bindValue(QStringLiteral(":id"), id);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(steps(), 1);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVariantMap undone = window.store().record(QStringLiteral("regulatory_requests"), id);
        QCOMPARE(undone.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QVERIFY(undone.value(QStringLiteral("due_on")).isNull() && undone.value(QStringLiteral("submitted_on")).isNull());
        QCOMPARE(steps(), 0);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.store().record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("due_on")), request.value(QStringLiteral("due_on")));
        QCOMPARE(window.store().record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QCOMPARE(steps(), 1);

        // a step dated before the submission is refused before saving
        QTest::mouseClick(view->findChild<QToolButton *>(QStringLiteral("nextStep")), Qt::LeftButton);
        QTRY_VERIFY((step = view->findChild<StatusChangeDialog *>()) != nullptr);
        step->setStatus(QStringLiteral("granted"));
        step->setDate(QDate::currentDate().addDays(-10));
        QVERIFY2(step->problems().contains(QStringLiteral("before the last step")), qPrintable(step->problems()));
        step->reject();
    }

    void logAContactAndSignAnAgreement()
    {
        MainWindow window;
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        const qint64 id = view->currentRecord();
        auto *details = view->findChild<QTextBrowser *>(QStringLiteral("experimentDetails"));

        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("logContact"));
        type(dialog, QStringLiteral("summary"), QStringLiteral("Sopralluogo in via Garibaldi con la Polizia Municipale"));
        // the Person list holds the people of the organization chosen, and is searched by typing
        auto *organization = dialog->findChild<QComboBox *>(QStringLiteral("field_organization_id"));
        auto *person = dialog->findChild<QComboBox *>(QStringLiteral("field_person_id"));
        QSqlQuery people(window.store().database());
        QVERIFY(people.exec(QStringLiteral("SELECT organization_id, count(*), min(full_name) FROM people"
                                           " WHERE organization_id IS NOT NULL GROUP BY organization_id ORDER BY 2 DESC LIMIT 1")));
        QVERIFY(people.next());
        const qint64 organizationId = people.value(0).toLongLong();
        const int staff = people.value(1).toInt();
        const QString someone = people.value(2).toString();
        people.finish();
        organization->setCurrentIndex(organization->findData(organizationId));
        QCOMPARE(person->count(), staff + 1);   // and "—"
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        person->setFocus();
        person->lineEdit()->clear();
        QTest::keyClicks(person->lineEdit(), someone.left(someone.size() - 2).mid(1));
        QTRY_VERIFY(person->completer()->popup()->isVisible());
        QVERIFY(person->completer()->completionCount() >= 1);
        QTest::keyClick(person->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(person->completer()->popup(), Qt::Key_Return);
        QVERIFY2(person->currentText().startsWith(someone), qPrintable(person->currentText()));
        const QVariant chosen = person->currentData();
        QVERIFY(!chosen.isNull());
        // a name that is not in the list is refused, not saved as nobody
        person->lineEdit()->setText(QStringLiteral("Nessuno Conosciuto"));
        dialog->accept();
        QVERIFY2(errorUnder(dialog, QStringLiteral("person_id")).contains(QStringLiteral("Nessuno Conosciuto")),
                 qPrintable(errorUnder(dialog, QStringLiteral("person_id"))));
        person->setCurrentIndex(person->findData(chosen));
        dialog->findChild<QDateEdit *>(QStringLiteral("field_occurred_on"))->setDate(QDate(2026, 5, 4));
        // typed into the empty field, as an officer does: the date is kept (it used to become
        // "—01052026" and be dropped without a word)
        QDateEdit *followUp = dialog->findChild<QDateEdit *>(QStringLiteral("field_follow_up_on"));
        followUp->setFocus();
        QTest::keyClicks(followUp, QLocale().toString(QDate(2026, 5, 1), followUp->displayFormat()));
        QCOMPARE(followUp->date(), QDate(2026, 5, 1));
        dialog->accept();  // a follow-up before the contact itself
        QVERIFY(errorUnder(dialog, QStringLiteral("follow_up_on")).contains(QStringLiteral("before")));
        dialog->findChild<QDateEdit *>(QStringLiteral("field_follow_up_on"))->setDate(QDate(2026, 5, 14));
        dialog->accept();
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Sopralluogo in via Garibaldi")));
        QTRY_VERIFY(!view->findChild<RecordEditDialog *>());
        QSqlQuery logged(window.store().database());
        QVERIFY(logged.exec(QStringLiteral("SELECT person_id, organization_id FROM interactions WHERE summary LIKE 'Sopralluogo in via Garibaldi%'")));
        QVERIFY(logged.next());
        QCOMPARE(logged.value(0).toLongLong(), chosen.toLongLong());
        QCOMPARE(logged.value(1).toLongLong(), organizationId);
        logged.finish();

        dialog = clickAndGetDialog(view, QStringLiteral("addAgreement"));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("field_title"))->text().contains(
            window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("code")).toString()));
        dialog->findChild<QDateEdit *>(QStringLiteral("field_valid_from"))->setDate(QDate(2026, 6, 1));
        dialog->findChild<QDateEdit *>(QStringLiteral("field_valid_to"))->setDate(QDate(2026, 1, 1));
        dialog->accept();
        QVERIFY(errorUnder(dialog, QStringLiteral("valid_to")).contains(QStringLiteral("before")));
        dialog->findChild<QDateEdit *>(QStringLiteral("field_valid_to"))->setDate(QDate(2027, 5, 31));
        dialog->accept();
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("31/05/2027"))
                    || details->toPlainText().contains(QStringLiteral("2027")));
    }

    void renewAnAgreementFoundOnToday()
    {
        MainWindow window;
        auto *today = openView<TodayView>(window, QStringLiteral("today"));
        QVERIFY(today);
        auto *list = today->findChild<QTreeWidget *>(QStringLiteral("deadlineList"));
        QTreeWidgetItem *agreement = nullptr;
        for (int group = 0; group < list->topLevelItemCount() && !agreement; ++group)
            for (int i = 0; i < list->topLevelItem(group)->childCount() && !agreement; ++i)
                if (list->topLevelItem(group)->child(i)->data(0, Qt::UserRole).toString() == QLatin1String("agreements"))
                    agreement = list->topLevelItem(group)->child(i);
        QVERIFY(agreement);
        const qint64 id = agreement->data(0, Qt::UserRole + 1).toLongLong();
        const QString reference = agreement->text(3);  // the list is rebuilt when the store changes
        emit list->itemActivated(agreement, 0);
        QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
        auto *view = qobject_cast<AgreementsView *>(window.view(QStringLiteral("agreements")));
        QCOMPARE(view->currentRecord(), id);

        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("editAgreement"));
        dialog->findChild<QDateEdit *>(QStringLiteral("field_valid_to"))->setDate(QDate(2028, 12, 31));
        dialog->accept();
        QCOMPARE(window.store().record(QStringLiteral("agreements"), id).value(QStringLiteral("valid_to")).toString(),
                 QStringLiteral("2028-12-31"));
        // renewed: no longer on the list of what to chase, once Today is looked at again
        window.showView(QStringLiteral("today"));
        QTRY_VERIFY(today->findChild<QTreeWidget *>(QStringLiteral("deadlineList"))->findItems(reference, Qt::MatchExactly | Qt::MatchRecursive, 3).isEmpty());
    }

    void attachADocumentAndOpenIt()
    {
        MainWindow window;
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        const QString path = m_dir.filePath(QStringLiteral("Autorizzazione ENAC.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 autorizzazione\n");
        file.close();
        QVERIFY(view->attach(path));
        auto *details = view->findChild<DetailPanel *>(QStringLiteral("experimentDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Autorizzazione ENAC.pdf")));
        const QString html = details->toHtml();
        const qsizetype at = html.indexOf(QStringLiteral("attachment:"));
        QVERIFY(at > 0);
        const QString href = html.mid(at, html.indexOf(u'"', at) - at);
        QSignalSpy opened(details, &DetailPanel::attachmentOpened);
        emit details->anchorClicked(QUrl(href));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(testsupport::fileHash(opened.first().first().toString()), testsupport::fileHash(path));
        // kept as a blob with its sha256
        QSqlQuery q(window.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT sha256 FROM attachments WHERE file_name = 'Autorizzazione ENAC.pdf'")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), testsupport::fileHash(path));
        q.finish();

        // attaching is a step of the window's history like any edit
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!details->toPlainText().contains(QStringLiteral("Autorizzazione ENAC.pdf")));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Autorizzazione ENAC.pdf")));
    }

    void closeAFollowUpFromTheExperimentPage()
    {
        MainWindow window;
        auto *today = openView<TodayView>(window, QStringLiteral("today"));
        auto *list = today->findChild<QTreeWidget *>(QStringLiteral("deadlineList"));
        QTreeWidgetItem *followUp = nullptr;
        for (int group = 0; group < list->topLevelItemCount() && !followUp; ++group)
            for (int i = 0; i < list->topLevelItem(group)->childCount() && !followUp; ++i)
                if (list->topLevelItem(group)->child(i)->data(0, Qt::UserRole).toString() == QLatin1String("interactions"))
                    followUp = list->topLevelItem(group)->child(i);
        QVERIFY(followUp);
        const qint64 id = followUp->data(0, Qt::UserRole + 1).toLongLong();
        const int before = today->overdueCount() + today->upcomingCount();
        emit list->itemActivated(followUp, 0);   // opens the experiment the contact is about
        QCOMPARE(window.currentViewId(), QStringLiteral("experiments"));
        auto *view = qobject_cast<ExperimentsView *>(window.view(QStringLiteral("experiments")));
        auto *details = view->findChild<DetailPanel *>(QStringLiteral("experimentDetails"));
        QVERIFY(details->toHtml().contains(QStringLiteral("record:interactions/%1").arg(id)));
        emit details->anchorClicked(QUrl(QStringLiteral("record:interactions/%1").arg(id)));
        auto *dialog = view->findChild<RecordEditDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("field_follow_up_done"))->setChecked(true);
        dialog->accept();
        QCOMPARE(window.store().record(QStringLiteral("interactions"), id).value(QStringLiteral("follow_up_done")).toInt(), 1);
        window.showView(QStringLiteral("today"));
        QTRY_COMPARE(today->overdueCount() + today->upcomingCount(), before - 1);

        // a linked agreement opens on its own page
        QSqlQuery q(window.store().database());
        q.exec(QStringLiteral("SELECT id FROM agreements WHERE experiment_id IS NOT NULL LIMIT 1"));
        QVERIFY(q.next());
        emit details->anchorClicked(QUrl(QStringLiteral("record:agreements/%1").arg(q.value(0).toLongLong())));
        QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    }

    // An organization's page: a person opens for editing, an experiment opens its page, and
    // contacts are logged already linked to the organization.
    void anOrganizationPageEditsItsPeopleAndLogsContacts()
    {
        MainWindow window;
        auto *view = openView<OrganizationsView>(window, QStringLiteral("organizations"));
        QSqlQuery q(window.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT o.id, p.id, p.full_name, e.id, e.code FROM organizations o"
                                      " JOIN people p ON p.organization_id = o.id"
                                      " JOIN experiments e ON e.lead_organization_id = o.id ORDER BY o.id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 organization = q.value(0).toLongLong(), person = q.value(1).toLongLong(), experiment = q.value(3).toLongLong();
        const QString name = q.value(2).toString(), code = q.value(4).toString();
        q.finish();
        QVERIFY(view->selectRecord(organization));
        auto *page = view->findChild<QTextBrowser *>(QStringLiteral("organizationDetails"));
        QVERIFY(page->toHtml().contains(QStringLiteral("record:people/%1").arg(person)));

        emit page->anchorClicked(QUrl(QStringLiteral("record:people/%1").arg(person)));
        auto *dialog = view->findChild<RecordEditDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("field_full_name"))->text(), name);
        type(dialog, QStringLiteral("role"), QStringLiteral("Responsabile del procedimento"));
        dialog->accept();
        QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("Responsabile del procedimento")));
        QTRY_VERIFY(!view->findChild<RecordEditDialog *>());
        // a person has no page: the form shows who changed what
        emit page->anchorClicked(QUrl(QStringLiteral("record:people/%1").arg(person)));
        QTRY_VERIFY((dialog = view->findChild<RecordEditDialog *>()) != nullptr);
        auto *history = dialog->findChild<QTextBrowser *>(QStringLiteral("recordHistory"));
        QVERIFY(history);
        QVERIFY2(history->toPlainText().contains(QStringLiteral("Responsabile del procedimento"))
                     && history->toPlainText().contains(window.store().userName()),
                 qPrintable(history->toPlainText()));
        if (qEnvironmentVariableIsSet("CITYLAB_TEST_SHOTS"))
            dialog->grab().save(QDir(qEnvironmentVariable("CITYLAB_TEST_SHOTS")).filePath(QStringLiteral("person-history.png")));
        dialog->reject();
        QTRY_VERIFY(!view->findChild<RecordEditDialog *>());

        emit page->anchorClicked(QUrl(QStringLiteral("contacts:log")));
        RecordEditDialog *contact = nullptr;
        QTRY_VERIFY((contact = window.findChild<RecordEditDialog *>(QStringLiteral("contactForm"))) != nullptr);
        auto *owner = contact->findChild<QComboBox *>(QStringLiteral("field_organization_id"));
        QCOMPARE(owner->currentData().toLongLong(), organization);
        type(contact, QStringLiteral("summary"), QStringLiteral("Telefonata sul rinnovo della convenzione"));
        contact->accept();
        QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("Telefonata sul rinnovo della convenzione")));

        emit page->anchorClicked(QUrl(QStringLiteral("record:experiments/%1").arg(experiment)));
        QCOMPARE(window.currentViewId(), QStringLiteral("experiments"));
        auto *experiments = qobject_cast<ExperimentsView *>(window.view(QStringLiteral("experiments")));
        QCOMPARE(experiments->currentRecord(), experiment);
        QVERIFY(window.findChild<QTextBrowser *>(QStringLiteral("experimentDetails"))->toPlainText().startsWith(code));
    }

    void mergeADuplicateOrganization()
    {
        MainWindow window;
        auto *view = openView<OrganizationsView>(window, QStringLiteral("organizations"));
        const int before = view->visibleCount();
        const qint64 duplicate = view->currentRecord();
        auto *table = view->findChild<RecordTable *>(QStringLiteral("organizationsTable"));
        const qint64 survivor = table->model()->index(1, 0).data(SqlTableModel::IdRole).toLongLong();
        const QString uuid = window.store().record(QStringLiteral("organizations"), duplicate).value(QStringLiteral("uuid")).toString();
        const int steps = window.undoStack().count();
        QVERIFY(view->mergeCurrentInto(survivor));
        QCOMPARE(view->visibleCount(), before - 1);
        QCOMPARE(view->currentRecord(), survivor);
        QVERIFY(window.store().record(QStringLiteral("organizations"), duplicate).isEmpty());

        // one step of the undo history, like any edit: Ctrl+Z brings the duplicate back
        QCOMPARE(window.undoStack().count(), steps + 1);
        window.undoStack().undo();
        QTRY_COMPARE(view->visibleCount(), before);
        QSqlQuery q(window.store().database());
        q.prepare(QStringLiteral("SELECT count(*) FROM organizations WHERE uuid = :uuid"));
        q.bindValue(QStringLiteral(":uuid"), uuid);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish(); // reads end before a write, as in the application
        window.undoStack().redo();
        QTRY_COMPARE(view->visibleCount(), before - 1);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void anEditMeetingSomeoneElsesAsksWhatToKeep()
    {
        MainWindow window;
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        const qint64 id = view->currentRecord();
        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("editExperiment"));
        QTest::qWait(5);

        // meanwhile, another window saves a new title and officer
        Store other;
        QVERIFY(other.open(m_demo, Store::OpenMode::OpenExisting));
        other.setUserName(QStringLiteral("francesca.actis"));
        QVERIFY(other.update(QStringLiteral("experiments"), id, {{QStringLiteral("title"), QStringLiteral("Titolo deciso in riunione")},
                                                                  {QStringLiteral("officer"), QStringLiteral("Francesca Actis")}}));
        // here the user changes the title and the protocol number
        type(dialog, QStringLiteral("title"), QStringLiteral("Titolo mio"));
        type(dialog, QStringLiteral("protocol_number"), QStringLiteral("4242/2026"));
        QString asked;
        dialog->askAboutConflict = [&](const QString &question) {
            asked = question;
            return RecordEditDialog::ConflictChoice::KeepTheirs;
        };
        dialog->accept();
        QVERIFY2(asked.contains(QStringLiteral("francesca.actis")) && asked.contains(QStringLiteral("Titolo deciso in riunione"))
                     && asked.contains(QStringLiteral("Titolo mio")), qPrintable(asked));
        const QVariantMap saved = window.store().record(QStringLiteral("experiments"), id);
        QCOMPARE(saved.value(QStringLiteral("title")).toString(), QStringLiteral("Titolo deciso in riunione")); // theirs kept
        QCOMPARE(saved.value(QStringLiteral("officer")).toString(), QStringLiteral("Francesca Actis"));         // not lost
        QCOMPARE(saved.value(QStringLiteral("protocol_number")).toString(), QStringLiteral("4242/2026"));       // mine saved
    }

    // The three answers to the conflict question, on a reference: the question names the
    // organizations (not their ids), and each answer saves what it says and nothing else.
    void eachAnswerToAConflictKeepsWhatItSays_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("mineSaved");
        QTest::addColumn<bool>("dialogOpen");
        QTest::newRow("keep mine") << int(RecordEditDialog::ConflictChoice::KeepMine) << true << false;
        QTest::newRow("keep theirs") << int(RecordEditDialog::ConflictChoice::KeepTheirs) << false << false;
        QTest::newRow("cancel") << int(RecordEditDialog::ConflictChoice::Cancel) << false << true;
    }

    void eachAnswerToAConflictKeepsWhatItSays()
    {
        QFETCH(int, choice);
        QFETCH(bool, mineSaved);
        QFETCH(bool, dialogOpen);
        MainWindow window;
        auto *view = openView<ExperimentsView>(window, QStringLiteral("experiments"));
        const qint64 id = view->currentRecord();
        const QVariant original = window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("lead_organization_id"));
        QSqlQuery q(window.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM organizations WHERE id <> coalesce((SELECT lead_organization_id"
                                      " FROM experiments WHERE id = %1), 0) ORDER BY name LIMIT 2").arg(id)));
        QVERIFY(q.next());
        const qint64 theirId = q.value(0).toLongLong();
        const QString theirName = q.value(1).toString();
        QVERIFY(q.next());
        const QString myName = q.value(1).toString();
        q.finish();   // an open statement would keep this connection on its old snapshot
        RecordEditDialog *dialog = clickAndGetDialog(view, QStringLiteral("editExperiment"));
        const int undoSteps = window.undoStack().count();

        Store other;
        QVERIFY(other.open(m_demo, Store::OpenMode::OpenExisting));
        QVERIFY(other.update(QStringLiteral("experiments"), id, {{QStringLiteral("lead_organization_id"), theirId}}));
        auto *lead = dialog->findChild<QComboBox *>(QStringLiteral("field_lead_organization_id"));
        lead->setCurrentIndex(lead->findText(myName));
        QString asked;
        dialog->askAboutConflict = [&](const QString &question) {
            asked = question;
            return RecordEditDialog::ConflictChoice(choice);
        };
        dialog->accept();
        QVERIFY2(asked.contains(theirName) && asked.contains(myName), qPrintable(asked));
        QCOMPARE(dialog->isVisible(), dialogOpen);
        const qint64 saved = window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("lead_organization_id")).toLongLong();
        const QString savedName = window.store().record(QStringLiteral("organizations"), saved).value(QStringLiteral("name")).toString();
        QCOMPARE(savedName, mineSaved ? myName : theirName);
        QCOMPARE(window.undoStack().count(), undoSteps + (mineSaved ? 1 : 0));
        if (dialogOpen)
            dialog->reject();
        // the next row starts from the demo's lead organization again
        QVERIFY(other.update(QStringLiteral("experiments"), id, {{QStringLiteral("lead_organization_id"), original}}));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
