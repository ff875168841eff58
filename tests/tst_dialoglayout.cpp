// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/callsdialog.h"
#include "cases/scoresheetdialog.h"
#include "cases/testplandialog.h"
#include "map/cityeventsdialog.h"
#include "drafting/drafteditor.h"
#include "drafting/officesettingsdialog.h"
#include "drafting/revisionsdialog.h"
#include "map/zonecoordinatesdialog.h"
#include "map/zoneformdialog.h"
#include "drafting/templatemanager.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "i18n/language.h"
#include "outcomes/measurementimportdialog.h"
#include "outcomes/metricsmanager.h"
#include "reports/reportdialog.h"
#include "requests/statuschangedialog.h"
#include "map/tilesettingsdialog.h"
#include "requests/tacitdecisionsdialog.h"
#include "search/searchdialog.h"
#include "shell/preferencesdialog.h"
#include "outcomes/targetssection.h"
#include "shell/partiessection.h"
#include "shell/restoredialog.h"
#include "shell/syncconflictsdialog.h"
#include "shell/teamserverdialog.h"
#include "store/automaticbackups.h"
#include "store/store.h"
#include "organizations/persondataactions.h"
#include "organizations/personerasuredialog.h"
#include "sync/syncstate.h"
#include "accessibletree.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStyleOptionComboBox>
#include <QUndoStack>

using namespace citylab;

// The dialogs as an Italian user sees them: no text cut off, no stray '&' of a mnemonic,
// every multi-line field beside its label; and as a screen reader reads them (AT-SPI): every
// control that takes the focus has a name. Italian is the longer language, so it is the one
// that shows what does not fit.
class TestDialogLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    Store m_store;
    QUndoStack m_undo;

    qint64 firstId(const QString &sql)
    {
        QSqlQuery query(m_store.database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    static QString visibleText(const QString &text)
    {
        static const QRegularExpression mnemonic(QStringLiteral("&(?=\\w)"));
        return QString(text).remove(mnemonic);
    }

    // What a user would see cut or wrong in `dialog`, and what a screen reader would find
    // without a name in its accessibility tree, one line a problem.
    static QStringList problems(QDialog &dialog)
    {
        QTest::qWait(50);   // laid out, and its accessible objects registered
        const testsupport::AccessibleTreeWalk walk = testsupport::walkAccessibleTree(dialog.windowTitle());
        QStringList found = walk.error.isEmpty() ? QStringList() : QStringList{walk.error};
        if (walk.error.isEmpty() && walk.checked == 0)
            found << QStringLiteral("no focusable object on the accessibility bus: is the dialog's tree exported?");
        for (const QString &line : walk.unnamed)
            found << QStringLiteral("unnamed for a screen reader: ") + line;
        const auto widgets = dialog.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(&dialog) || widget->window() != &dialog)
                continue;
            const QFontMetrics metrics = widget->fontMetrics();
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (!label->buddy() && label->text().contains(QRegularExpression(QStringLiteral("&\\w"))))
                    found << QStringLiteral("'%1' shows its mnemonic's '&'").arg(label->text());
                if (label->wordWrap() || Qt::mightBeRichText(label->text()))
                    continue;
                for (const QString &line : visibleText(label->text()).split(u'\n'))
                    if (metrics.horizontalAdvance(line) > label->contentsRect().width() + 1)
                        found << QStringLiteral("label '%1' is cut").arg(line);
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                    found << QStringLiteral("button '%1' is cut").arg(button->text());
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                if (qobject_cast<QComboBox *>(edit->parentWidget()) || qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
                    continue;
                if (edit->text().isEmpty() && metrics.horizontalAdvance(edit->placeholderText()) > edit->width() - 10)
                    found << QStringLiteral("example '%1' is cut").arg(edit->placeholderText());
            } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = combo->isEditable();
                const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                if (metrics.horizontalAdvance(combo->currentText()) > field.width())
                    found << QStringLiteral("choice '%1' is cut").arg(combo->currentText());
            }
        }
        return found;
    }

    FormSpec formSpec(const QString &name, qint64 id)
    {
        if (name == QLatin1String("experiment"))
            return FormSpecs::experiment(m_store, id);
        if (name == QLatin1String("request"))
            return FormSpecs::request(m_store, id);
        if (name == QLatin1String("art36Application"))
            return FormSpecs::art36Application(m_store, m_store.record(QStringLiteral("art36_applications"), id).value(QStringLiteral("request_id")).toLongLong());
        if (name == QLatin1String("condition"))
            return FormSpecs::condition(m_store, m_store.record(QStringLiteral("conditions"), id).value(QStringLiteral("experiment_id")).toLongLong());
        if (name == QLatin1String("committeeMember"))
            return FormSpecs::committeeMember(m_store, m_store.record(QStringLiteral("committee_members"), id).value(QStringLiteral("call_id")).toLongLong(), id);
        const QHash<QString, FormSpec (*)()> specs{{QStringLiteral("act"), &FormSpecs::act},
                                                  {QStringLiteral("call"), &FormSpecs::call},
                                                  {QStringLiteral("checklistItem"), &FormSpecs::checklistItem},
                                                  {QStringLiteral("criterion"), &FormSpecs::criterion},
                                                  {QStringLiteral("organization"), &FormSpecs::organization},
                                                  {QStringLiteral("person"), &FormSpecs::person},
                                                  {QStringLiteral("agreement"), &FormSpecs::agreement},
                                                  {QStringLiteral("interaction"), &FormSpecs::interaction},
                                                  {QStringLiteral("metric"), &FormSpecs::metric},
                                                  {QStringLiteral("barrier"), &FormSpecs::barrier}};
        return specs.value(name)();
    }

    static bool show(QDialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_demo = testsupport::makeDemo(m_dir);
        QVERIFY(m_store.open(m_demo));
        QVERIFY(Language::install(QStringLiteral("it")));
    }

    void cleanupTestCase()
    {
        Language::install(QStringLiteral("en"));
    }

    void recordForms_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("spec");
        // the longest names of the demo are the worst case for the reference fields
        QTest::newRow("experiment") << QStringLiteral("experiments")
                                    << QStringLiteral("SELECT e.id FROM experiments e JOIN organizations o ON o.id = e.lead_organization_id "
                                                      "ORDER BY length(o.name) DESC LIMIT 1")
                                    << QStringLiteral("experiment");
        QTest::newRow("organization") << QStringLiteral("organizations")
                                      << QStringLiteral("SELECT id FROM organizations ORDER BY length(name) DESC LIMIT 1")
                                      << QStringLiteral("organization");
        QTest::newRow("person") << QStringLiteral("people")
                                << QStringLiteral("SELECT p.id FROM people p JOIN organizations o ON o.id = p.organization_id "
                                                  "ORDER BY length(o.name) DESC LIMIT 1")
                                << QStringLiteral("person");
        QTest::newRow("request") << QStringLiteral("regulatory_requests")
                                 << QStringLiteral("SELECT r.id FROM regulatory_requests r JOIN experiments e ON e.id = r.experiment_id "
                                                   "ORDER BY length(e.title) DESC LIMIT 1")
                                 << QStringLiteral("request");
        QTest::newRow("agreement") << QStringLiteral("agreements")
                                   << QStringLiteral("SELECT a.id FROM agreements a JOIN experiments e ON e.id = a.experiment_id "
                                                     "ORDER BY length(e.title) DESC LIMIT 1")
                                   << QStringLiteral("agreement");
        QTest::newRow("contact") << QStringLiteral("interactions")
                                 << QStringLiteral("SELECT i.id FROM interactions i JOIN experiments e ON e.id = i.experiment_id "
                                                   "ORDER BY length(e.title) DESC LIMIT 1")
                                 << QStringLiteral("interaction");
        QTest::newRow("metric") << QStringLiteral("metrics") << QStringLiteral("SELECT id FROM metrics LIMIT 1") << QStringLiteral("metric");
        QTest::newRow("condition") << QStringLiteral("conditions")
                                   << QStringLiteral("SELECT c.id FROM conditions c JOIN agreements a ON a.id = c.agreement_id "
                                                     "ORDER BY length(a.title) DESC LIMIT 1")
                                   << QStringLiteral("condition");
        QTest::newRow("act") << QStringLiteral("acts") << QStringLiteral("SELECT id FROM acts ORDER BY length(subject) DESC LIMIT 1")
                             << QStringLiteral("act");
        QTest::newRow("call") << QStringLiteral("calls") << QStringLiteral("SELECT id FROM calls LIMIT 1") << QStringLiteral("call");
        QTest::newRow("checklist item") << QStringLiteral("call_checklist_items")
                                        << QStringLiteral("SELECT id FROM call_checklist_items ORDER BY length(text) DESC LIMIT 1")
                                        << QStringLiteral("checklistItem");
        QTest::newRow("criterion") << QStringLiteral("call_criteria") << QStringLiteral("SELECT id FROM call_criteria LIMIT 1")
                                   << QStringLiteral("criterion");
        QTest::newRow("committee member") << QStringLiteral("committee_members")
                                          << QStringLiteral("SELECT id FROM committee_members LIMIT 1") << QStringLiteral("committeeMember");
        QTest::newRow("barrier") << QStringLiteral("barriers") << QStringLiteral("SELECT id FROM barriers ORDER BY length(title) DESC LIMIT 1")
                                 << QStringLiteral("barrier");
        QTest::newRow("art. 36 application") << QStringLiteral("art36_applications")
                                             << QStringLiteral("SELECT a.id FROM art36_applications a JOIN organizations o ON o.id = a.holder_id"
                                                               " ORDER BY length(o.name) DESC LIMIT 1")
                                             << QStringLiteral("art36Application");
    }

    void recordForms()
    {
        QFETCH(QString, table);
        QFETCH(QString, sql);
        QFETCH(QString, spec);
        const qint64 id = firstId(sql);
        QVERIFY(id > 0);
        RecordEditDialog dialog(m_store, m_undo, table, id, formSpec(spec, id));
        QVERIFY(show(dialog));
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty())
            dialog.grab().save(QDir(folder).filePath(QStringLiteral("form-%1.png").arg(spec)));
        const QStringList found = problems(dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // organizations are listed as in a dictionary, whatever their capitals ("CNR" after "Castello")
        for (QComboBox *combo : dialog.findChildren<QComboBox *>(QRegularExpression(QStringLiteral("organization_id$")))) {
            for (int i = 2; i < combo->count(); ++i) // item 0 may be "—"
                QVERIFY2(combo->itemText(i - 1).compare(combo->itemText(i), Qt::CaseInsensitive) <= 0,
                         qPrintable(combo->itemText(i - 1) + QStringLiteral(" before ") + combo->itemText(i)));
        }
        // a multi-line field starts beside its label, not in the middle of a band of spare height
        for (QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>()) {
            QLabel *label = nullptr;
            for (QLabel *candidate : dialog.findChildren<QLabel *>())
                if (candidate->buddy() == edit)
                    label = candidate;
            QVERIFY(label);
            const int labelTop = label->mapTo(&dialog, QPoint()).y();
            const int editTop = edit->mapTo(&dialog, QPoint()).y();
            QVERIFY2(qAbs(labelTop - editTop) <= 8, qPrintable(QStringLiteral("%1 at %2, its field at %3").arg(label->text()).arg(labelTop).arg(editTop)));
        }
    }

    // The forms opened from a page's sections: the chosen organization whole, and no blank band
    // between the last field and the buttons.
    void sectionForms()
    {
        const qint64 partner = firstId(QStringLiteral("SELECT p.id FROM experiment_partners p JOIN organizations o ON o.id = p.organization_id "
                                                      "ORDER BY length(o.name) DESC LIMIT 1"));
        const qint64 experiment = firstId(QStringLiteral("SELECT experiment_id FROM experiment_partners WHERE id = %1").arg(partner));
        const qint64 target = firstId(QStringLiteral("SELECT id FROM targets LIMIT 1"));
        QVERIFY(partner > 0 && experiment > 0 && target > 0);
        QWidget parent;
        const QList<RecordEditDialog *> forms{
            PartiesSection::openForm(m_store, m_undo, PartiesSection::Of::Experiment, experiment, partner, &parent),
            TargetsSection::openForm(m_store, m_undo, firstId(QStringLiteral("SELECT experiment_id FROM targets WHERE id = %1").arg(target)),
                                     target, &parent)};
        for (RecordEditDialog *form : forms) {
            QVERIFY(QTest::qWaitForWindowExposed(form));
            const QStringList found = problems(*form);
            QVERIFY2(found.isEmpty(), qPrintable(form->windowTitle() + u'\n' + found.join(u'\n')));
            int lastField = 0;
            for (QWidget *field : form->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^field_"))))
                lastField = qMax(lastField, field->mapTo(form, QPoint(0, field->height())).y());
            const int buttons = form->findChild<QDialogButtonBox *>()->mapTo(form, QPoint()).y();
            QVERIFY2(buttons - lastField <= 3 * form->fontMetrics().height(),
                     qPrintable(QStringLiteral("%1: %2 pixels between the last field and the buttons").arg(form->windowTitle()).arg(buttons - lastField)));
            form->close();
        }
    }

    void requestStep()
    {
        const qint64 id = firstId(QStringLiteral("SELECT id FROM regulatory_requests WHERE status = 'draft' LIMIT 1"));
        QVERIFY(id > 0);
        StatusChangeDialog dialog(m_store, id);
        dialog.setStatus(QStringLiteral("submitted"));
        QVERIFY(show(dialog));
        const QStringList found = problems(dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void otherDialogs()
    {
        OfficeSettingsDialog letterhead(m_store);
        ReportDialog report(m_store);
        TemplateManager templates(m_store);
        MetricsManager metrics(m_store, m_undo);
        MeasurementImportDialog import(m_store);
        SearchDialog search(m_store);
        TacitDecisionsDialog silence(m_store);
        TileSettings offline;
        offline.source = TileSettings::OfflineFolder;
        offline.offlineFolder = m_dir.filePath(QStringLiteral("tiles"));
        TileSettingsDialog tiles(offline);
        tiles.setVisibleArea(QRectF(QPointF(7.6, 45.0), QPointF(7.7, 45.1)), 13);
        PreferencesDialog preferences(m_store);
        // Two daily backups and one kept by a restore, as a user meets the list after a while.
        AutomaticBackups::setRootFolder(m_dir.filePath(QStringLiteral("backups")));
        AutomaticBackups::setKeep(7);
        QString error;
        for (const QDateTime &when : {QDateTime(QDate(2026, 12, 4), QTime(8, 5)), QDateTime(QDate(2026, 12, 5), QTime(9, 12))})
            QVERIFY2(!AutomaticBackups::makeNow(m_store.path(), &error, when).isEmpty(), qPrintable(error));
        QVERIFY(QFile::copy(AutomaticBackups::list(m_store.path()).constFirst().path,
                            AutomaticBackups::pathBeforeRestore(m_store.path(), QDateTime(QDate(2026, 12, 5), QTime(11, 40)))));
        RestoreDialog restore(m_store);
        TeamServerAddress address;
        address.host = QStringLiteral("citylab.comune.torino.it");
        address.user = QStringLiteral("anna.rossi");
        TeamServerDialog server(address);
        server.showProblem(QStringLiteral("Impossibile collegarsi al server del gruppo: password authentication failed for user \"anna.rossi\""));
        // Two of a user's changes the server did not apply, as they are listed after a sync.
        QSqlQuery rows(m_store.database());
        QVERIFY(rows.exec(QStringLiteral("SELECT uuid, title FROM experiments ORDER BY id LIMIT 2")));
        QList<SyncConflict> conflicts;
        while (rows.next())
            conflicts << SyncConflict{conflicts.size() + 1, QStringLiteral("experiments"), rows.value(0).toString(),
                                      conflicts.isEmpty() ? QStringLiteral("title") : QString(),
                                      conflicts.isEmpty() ? QStringLiteral("edited") : QStringLiteral("delete_edited"),
                                      QJsonValue(rows.value(1).toString()),
                                      conflicts.isEmpty() ? QJsonValue(QStringLiteral("Droni per consegne sanitarie")) : QJsonValue(),
                                      QStringLiteral("bruno.bianchi")};
        rows.finish();
        SyncConflictsDialog syncConflicts(m_store, conflicts);
        // A person's record with its personal-data actions, and the review before an erasure
        // with three texts that name them, as the Organizations view opens them.
        QVERIFY(rows.exec(QStringLiteral("SELECT min(id) FROM people")) && rows.next());
        const qint64 person = rows.value(0).toLongLong();
        rows.finish();
        RecordEditDialog personDialog(m_store, m_undo, QStringLiteral("people"), person, FormSpecs::person());
        personDialog.setObjectName(QStringLiteral("personDialog"));
        new PersonDataActions(m_store, m_undo, person, &personDialog);
        std::optional<PersonErasure::Plan> plan = PersonErasure::plan(m_store, person, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(rows.exec(QStringLiteral("SELECT id, summary FROM interactions ORDER BY id LIMIT 3")));
        while (rows.next())
            plan->mentions << PersonMentions::Mention{QStringLiteral("interactions"), rows.value(0).toLongLong(), QStringLiteral("summary"),
                                                      rows.value(1).toString() + QStringLiteral(" — ") + plan->name};
        rows.finish();
        // in a file that syncs with a team server: one paragraph more, the largest it gets
        QVERIFY(m_store.transact([&] { return SyncState::write(m_store, QStringLiteral("server_id"), QStringLiteral("7e1b")); }));
        PersonErasureDialog erasure(m_store, *plan);
        QVERIFY(m_store.transact([&] { return SyncState::write(m_store, QStringLiteral("server_id"), QStringLiteral("")); }));
        // The calls with the demo's open call chosen, and a member's score sheet of a
        // proposal in screening, with a score refused under its field.
        CallsDialog calls(m_store, m_undo);
        QVERIFY(rows.exec(QStringLiteral("SELECT s.experiment_id, s.member_id FROM scores s JOIN experiments e ON e.id = s.experiment_id "
                                         "WHERE e.stage = 'screening' ORDER BY s.id LIMIT 1")) && rows.next());
        ScoreSheetDialog sheet(m_store, m_undo, rows.value(0).toLongLong(), rows.value(1).toLongLong());
        rows.finish();
        auto *score = sheet.findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^score_"))).value(1);
        QVERIFY(score);
        score->setText(QStringLiteral("12"));
        sheet.accept();
        // The demo's test plan, three phases and a phase ending before it starts refused
        QVERIFY(rows.exec(QStringLiteral("SELECT experiment_id FROM test_plans LIMIT 1")) && rows.next());
        TestPlanDialog testPlan(m_store, rows.value(0).toLongLong());
        rows.finish();
        auto *phases = testPlan.findChild<QTableWidget *>(QStringLiteral("planPhases"));
        QVERIFY(phases && phases->rowCount() == 3);
        phases->item(1, 2)->setData(Qt::EditRole, phases->item(1, 1)->data(Qt::EditRole).toDate().addDays(-3));
        testPlan.save();
        CityEventsDialog events(m_store, m_undo);
        events.list()->selectRow(0);
        // A letter being drafted and its revisions; a circle zone's form, and the outline typed
        // by coordinates as a keyboard user makes it.
        const qint64 request = firstId(QStringLiteral("SELECT min(request_id) FROM request_revisions"));
        QVERIFY(request > 0);
        DraftEditor draft(m_store, request);
        RevisionsDialog revisions(m_store, request);
        ZoneFormDialog zoneForm(ZoneShape::Kind::Circle, QStringLiteral("TO-2026-004 Droni per consegne sanitarie"));
        zoneForm.setObjectName(QStringLiteral("zoneFormDialog"));
        ZoneCoordinatesDialog coordinates;
        QStringList found;   // every dialog's, not only the first one's
        for (QDialog *dialog : std::initializer_list<QDialog *>{&letterhead, &report, &templates, &metrics, &import, &search, &restore,
                                                                &server, &syncConflicts, &silence, &tiles, &preferences,
                                                                &personDialog, &erasure, &calls, &sheet, &testPlan, &events,
                                                                &draft, &revisions, &zoneForm, &coordinates}) {
            QVERIFY(show(*dialog));
            for (const QString &problem : problems(*dialog))
                found << dialog->windowTitle() + QStringLiteral(": ") + problem;
            if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty())
                dialog->grab().save(QDir(folder).filePath(dialog->objectName() + QStringLiteral(".png")));
            dialog->hide();
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestDialogLayout)
#include "tst_dialoglayout.moc"
