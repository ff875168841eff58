// SPDX-License-Identifier: GPL-3.0-or-later
// The letter editor on a demo request, through its real widgets: insert a placeholder, see it
// filled in the preview, save revisions, compare and restore them; templates refused with
// bad placeholders; submitting without the checklist's documents needs a reason.
#include "drafting/drafteditor.h"
#include "drafting/officesettings.h"
#include "drafting/requestrevisions.h"
#include "drafting/revisionsdialog.h"
#include "drafting/templatemanager.h"
#include "requests/statuschangedialog.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace citylab;

class TestDraftEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    static qint64 request(Store &store, const QString &where)
    {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT r.id FROM regulatory_requests r JOIN experiments e ON e.id = r.experiment_id WHERE ") + where
               + QStringLiteral(" ORDER BY r.id LIMIT 1"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_path = testsupport::makeDemo(m_dir);
    }

    void insertPlaceholderAndSave()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.setUserName(QStringLiteral("avv. Ferrero"));
        const qint64 id = request(store, QStringLiteral("r.status = 'draft'"));
        QVERIFY(id > 0);
        const QString code = store.record(QStringLiteral("experiments"),
                                          store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("experiment_id")).toLongLong())
                                 .value(QStringLiteral("code")).toString();
        const int before = RequestRevisions::list(store, id).size();
        DraftEditor editor(store, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.editor()->toPlainText().isEmpty());
        QTextEdit *text = editor.editor();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Codice progetto: "));
        editor.insertPlaceholder(QStringLiteral("experiment.code"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("Codice progetto: {{experiment.code}}")));
        auto *preview = editor.findChild<QTextBrowser *>(QStringLiteral("draftPreview"));
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Codice progetto: ") + code));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("{{")));
        // Save through the toolbar action, as a user would
        editor.findChild<QAction *>(QStringLiteral("saveRevision"))->trigger();
        const QList<RequestRevisions::Revision> revisions = RequestRevisions::list(store, id);
        QCOMPARE(revisions.size(), before + 1);
        QCOMPARE(revisions.first().author, QStringLiteral("avv. Ferrero"));
        QVERIFY(revisions.first().body.contains(QStringLiteral("{{experiment.code}}")));
        // a second revision, then the diff between them and a restore
        QTest::keyClicks(text, QStringLiteral(" integrazione"));
        QVERIFY(editor.saveRevision());
        RevisionsDialog dialog(store, id);
        dialog.compare(revisions.first().number, revisions.first().number + 1);
        QVERIFY(dialog.diffHtml().contains(QStringLiteral("integrazione")));
        QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("revisionDiff"))->toHtml().contains(QStringLiteral("underline")));
        dialog.findChild<QPushButton *>(QStringLiteral("restoreRevision"))->click();
        QCOMPARE(dialog.restoredRevision(), revisions.first().number + 2);
        QCOMPARE(RequestRevisions::list(store, id).first().body, revisions.first().body);
        text->document()->setModified(false);
    }

    void missingValueHighlightedInPreview()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = request(store, QStringLiteral("r.status = 'draft'"));
        // the demo office has a PEC: an office that has not set it yet
        const OfficeSettings demoOffice = OfficeSettings::load(store);
        OfficeSettings office = demoOffice;
        office.pec.clear();
        QVERIFY(office.save(store));
        DraftEditor editor(store, id);
        editor.editor()->setHtml(QStringLiteral("<p>PEC: {{office.pec}}</p>"));
        auto *preview = editor.findChild<QTextBrowser *>(QStringLiteral("draftPreview"));
        QTRY_VERIFY(preview->toHtml().contains(QStringLiteral("#ffd6d6")));
        QVERIFY(editor.missingPlaceholders().contains(QStringLiteral("office.pec")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("[missing: PEC of the office]")));
        // the export marks the value instead of leaving the placeholder, and says which one
        QString error;
        const QString pdf = m_dir.filePath(QStringLiteral("from-editor.pdf"));
        QVERIFY2(editor.exportTo(DraftExporter::Format::Pdf, pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(editor.missingPlaceholders().contains(QStringLiteral("office.pec")));
        editor.editor()->setHtml(editor.bodyHtml());   // nothing to ask on close
        QVERIFY(editor.saveRevision());
        QVERIFY(demoOffice.save(store));
    }

    // Export of a letter with unfilled places stops and names them before any file is
    // chosen; a template does not replace the text in the editor without asking; a late
    // authority gets a reminder from the template for any kind of request.
    void exportAsksAboutUnfilledAndTemplatesAskBeforeReplacing()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = request(store, QStringLiteral("r.status = 'draft'"));
        DraftEditor editor(store, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.editor()->setHtml(QStringLiteral("<p>Riferimento: {{days_late}}</p>"));   // a draft is not late
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box && box->objectName() == QLatin1String("unfilledQuestion"));
            asked = box->text();
            box->reject();   // Cancel: no file dialog, nothing written
        });
        editor.findChild<QAction *>(QStringLiteral("exportPdf"))->trigger();
        QVERIFY2(asked.contains(QStringLiteral("days since the term ended")), qPrintable(asked));

        // the reminder is offered for this request, whatever its kind; picking it asks first
        auto *button = editor.findChild<QToolButton *>(QStringLiteral("newFromTemplate"));
        QMenu *menu = button->menu();
        emit menu->aboutToShow();
        QAction *reminder = nullptr;
        for (QAction *action : menu->actions())
            if (action->text().startsWith(QStringLiteral("Reminder to an authority past its term")))
                reminder = action;
        QVERIFY(reminder);
        bool question = false;
        QTimer::singleShot(0, this, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            question = box && box->objectName() == QLatin1String("replaceTextQuestion");
            if (box)
                box->button(QMessageBox::No)->click();
        });
        reminder->trigger();
        QVERIFY(question);
        QVERIFY(editor.editor()->toPlainText().contains(QStringLiteral("Riferimento")));   // kept
        editor.editor()->document()->setModified(false);
        editor.editor()->setHtml(editor.bodyHtml());
    }

    void templateManagerRefusesBadPlaceholder()
    {
        Store store;
        QVERIFY(store.open(m_path));
        TemplateManager manager(store);
        manager.duplicateCurrent();   // the first template is shipped: work on a copy
        manager.bodyEditor()->setPlainText(QStringLiteral("Oggetto: {{experiment.titel}}\n{{ zones"));
        QVERIFY(!manager.saveCurrent());
        QVERIFY2(manager.errorText().contains(QStringLiteral("{{experiment.titel}}")), qPrintable(manager.errorText()));
        QVERIFY(manager.errorText().contains(QStringLiteral("line 2")));
        manager.bodyEditor()->setPlainText(QStringLiteral("Oggetto: {{experiment.title}}"));
        QVERIFY2(manager.saveCurrent(), qPrintable(manager.errorText()));
    }

    void submittingWithoutDocumentsAsksForReason()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = request(store, QStringLiteral("r.status = 'draft' AND r.kind = 'authorization'"));
        QVERIFY(id > 0);
        StatusChangeDialog dialog(store, id);
        dialog.setStatus(QStringLiteral("submitted"));
        dialog.setDate(QDate::currentDate());
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("missingDocumentsReason"));
        QVERIFY(!reason->isHidden());
        QVERIFY(dialog.problems().contains(QStringLiteral("without every document")));
        QTest::keyClicks(reason, QStringLiteral("urgenza per l'evento del 12 dicembre"));
        QVERIFY(dialog.problems().isEmpty());
        dialog.accept();
        QCOMPARE(store.record(QStringLiteral("regulatory_requests"), id).value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT note FROM request_status_changes WHERE request_id = :id AND to_status = 'submitted'"));
        q.bindValue(QStringLiteral(":id"), id);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("urgenza per l'evento")));
    }

    // For the eyes: the editor on a demo request, saved as a PNG when CITYLAB_SCREENSHOTS is set.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set CITYLAB_SCREENSHOTS to a folder to save the editor's picture");
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = request(store, QStringLiteral("e.domain = 'drones'"));
        store.update(QStringLiteral("regulatory_requests"), id, {{QStringLiteral("body"), QVariant()}});
        DraftEditor editor(store, id);
        editor.resize(1500, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::qWait(400);
        QVERIFY(editor.grab().save(folder + QStringLiteral("/draft-editor.png")));
        RevisionsDialog revisions(store, request(store, QStringLiteral("r.status = 'submitted'")));
        revisions.show();
        QTest::qWait(100);
        revisions.grab().save(folder + QStringLiteral("/revisions.png"));
        TemplateManager manager(store);
        manager.show();
        QTest::qWait(100);
        manager.grab().save(folder + QStringLiteral("/templates.png"));
        editor.editor()->document()->clear();
    }
};

QTEST_MAIN(TestDraftEditor)
#include "tst_drafteditor.moc"
