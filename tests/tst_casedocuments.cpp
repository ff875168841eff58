// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreements/agreementdetailpanel.h"
#include "cases/experimentdetailpanel.h"
#include "editing/recordeditdialog.h"
#include "editing/recordform.h"
#include "i18n/dateformat.h"
#include "io/attachments.h"
#include "requests/requestdetailpanel.h"
#include "shell/contactssection.h"
#include "shell/documentssection.h"
#include "shell/partiessection.h"
#include "store/recordedit.h"
#include "store/store.h"
#include "testsupport.h"

#include <QLabel>
#include <QSqlQuery>
#include <QUndoStack>

using namespace citylab;

// An agreement's parties and signed document, and a request's documents, edited from their
// pages as undoable steps: what the officer sees on the page follows every step.
class TestCaseDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QUndoStack m_undo;
    qint64 m_agreement = -1;

    int scalar(const QString &sql)
    {
        QSqlQuery q(m_store.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QString partiesOf(qint64 agreement)
    {
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT o.name || ':' || coalesce(p.role, '') FROM agreement_parties p JOIN organizations o"
                              " ON o.id = p.organization_id WHERE p.agreement_id = %1 ORDER BY o.name").arg(agreement));
        QStringList parties;
        while (q.next())
            parties << q.value(0).toString();
        return parties.join(u'|');
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    // Fills the party form and saves it; the dialog when it stays open (refused), else null.
    RecordEditDialog *saveParty(qint64 partyId, qint64 organization, const QString &role, QWidget *parent)
    {
        RecordEditDialog *dialog = PartiesSection::openForm(m_store, m_undo, PartiesSection::Of::Agreement, m_agreement, partyId, parent);
        QVariantMap values = dialog->form()->values();
        values.insert(QStringLiteral("organization_id"), organization);
        values.insert(QStringLiteral("role"), role);
        dialog->form()->setValues(values);
        dialog->accept();
        if (dialog->result() == QDialog::Accepted)
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(m_store.open(testsupport::makeDemo(m_dir)));
        // an agreement with no parties yet, so the page starts from the empty note
        m_agreement = m_store.insert(QStringLiteral("agreements"), {{QStringLiteral("kind"), QStringLiteral("nda")},
                                                                    {QStringLiteral("title"), QStringLiteral("NDA dati di traffico")},
                                                                    {QStringLiteral("status"), QStringLiteral("draft")}});
        QVERIFY2(m_agreement > 0, qPrintable(m_store.errorString()));
    }

    void partiesAreAddedEditedAndRemovedWithUndo()
    {
        AgreementDetailPanel panel(m_store, &m_undo);
        panel.show();   // a page draws a change while on screen
        panel.showRecord(m_agreement);
        QVERIFY(panel.toPlainText().contains(QStringLiteral("no party is recorded")));
        QVERIFY(panel.toHtml().contains(QStringLiteral("party:add")));
        const int firstOrg = scalar(QStringLiteral("SELECT min(id) FROM organizations"));
        const int secondOrg = scalar(QStringLiteral("SELECT max(id) FROM organizations"));
        const QString firstName = m_store.record(QStringLiteral("organizations"), firstOrg).value(QStringLiteral("name")).toString();
        const QString secondName = m_store.record(QStringLiteral("organizations"), secondOrg).value(QStringLiteral("name")).toString();

        QVERIFY(!saveParty(-1, firstOrg, QStringLiteral("Proponente"), &panel));
        QCOMPARE(partiesOf(m_agreement), firstName + QStringLiteral(":Proponente"));
        QVERIFY(panel.toPlainText().contains(firstName));
        QVERIFY(panel.toPlainText().contains(QStringLiteral("Proponente")));

        // the same organization twice is refused on the field, nothing saved
        RecordEditDialog *refused = saveParty(-1, firstOrg, QStringLiteral("Partner"), &panel);
        QVERIFY(refused);
        auto *error = refused->findChild<QLabel *>(QStringLiteral("error_organization_id"));
        QVERIFY(error && !error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("already a party")), qPrintable(error->text()));
        refused->reject();
        QCOMPARE(partiesOf(m_agreement), firstName + QStringLiteral(":Proponente"));

        QVERIFY(!saveParty(-1, secondOrg, QStringLiteral("Partner tecnico"), &panel));
        const int partyId = scalar(QStringLiteral("SELECT id FROM agreement_parties WHERE agreement_id = %1 AND organization_id = %2")
                                       .arg(m_agreement).arg(firstOrg));
        QVERIFY(!saveParty(partyId, firstOrg, QStringLiteral("Capofila"), &panel));
        QStringList bothParties = {firstName + QStringLiteral(":Capofila"), secondName + QStringLiteral(":Partner tecnico")};
        bothParties.sort();   // the page and partiesOf() list them by name
        const QString both = bothParties.join(u'|');
        QCOMPARE(partiesOf(m_agreement), both);

        // removing is a link of the page
        emit panel.anchorClicked(QUrl(QStringLiteral("party:remove/%1").arg(partyId)));
        QCOMPARE(partiesOf(m_agreement), secondName + QStringLiteral(":Partner tecnico"));
        QVERIFY(!panel.toPlainText().contains(QStringLiteral("Capofila")));

        // Ctrl+Z walks back through remove, role change and second party; Ctrl+Shift+Z redoes
        m_undo.undo();
        QCOMPARE(partiesOf(m_agreement), both);
        QVERIFY(panel.toPlainText().contains(QStringLiteral("Capofila")));
        m_undo.undo();
        m_undo.undo();
        QCOMPARE(partiesOf(m_agreement), firstName + QStringLiteral(":Proponente"));
        m_undo.redo();
        m_undo.redo();
        m_undo.redo();
        QCOMPARE(partiesOf(m_agreement), secondName + QStringLiteral(":Partner tecnico"));
        // every step is in the change log
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'agreement_parties'")) >= 7);
    }

    // The experiment page edits its partners the same way.
    void experimentPartnersWithRoles()
    {
        const qint64 experiment = scalar(QStringLiteral("SELECT min(id) FROM experiments"));
        const qint64 organization = scalar(QStringLiteral("SELECT min(id) FROM organizations WHERE id NOT IN"
                                                          " (SELECT organization_id FROM experiment_partners WHERE experiment_id = %1)")
                                               .arg(experiment));
        const QString name = m_store.record(QStringLiteral("organizations"), organization).value(QStringLiteral("name")).toString();
        ExperimentDetailPanel panel(m_store, &m_undo);
        panel.show();   // a page draws a change while on screen
        panel.showRecord(experiment);
        QVERIFY(panel.toHtml().contains(QStringLiteral("party:add")));
        emit panel.anchorClicked(QUrl(QStringLiteral("party:add")));
        auto *dialog = panel.findChild<RecordEditDialog *>(QStringLiteral("partyForm"));
        QVERIFY(dialog);
        QVariantMap values = dialog->form()->values();
        values.insert(QStringLiteral("organization_id"), organization);
        values.insert(QStringLiteral("role"), QStringLiteral("Valutatore indipendente"));
        dialog->form()->setValues(values);
        dialog->accept();
        const int partner = scalar(QStringLiteral("SELECT id FROM experiment_partners WHERE experiment_id = %1 AND organization_id = %2"
                                                  " AND role = 'Valutatore indipendente'")
                                       .arg(experiment)
                                       .arg(organization));
        QVERIFY(partner > 0);
        QVERIFY(panel.toPlainText().contains(name));
        QVERIFY(panel.toPlainText().contains(QStringLiteral("Valutatore indipendente")));
        emit panel.anchorClicked(QUrl(QStringLiteral("party:remove/%1").arg(partner)));
        QVERIFY(!panel.toPlainText().contains(QStringLiteral("Valutatore indipendente")));
        m_undo.undo();
        QVERIFY(panel.toPlainText().contains(QStringLiteral("Valutatore indipendente")));
        m_undo.undo();
        QVERIFY(!panel.toPlainText().contains(QStringLiteral("Valutatore indipendente")));
    }

    void signedDocumentIsAttachedOpenedAndRemoved()
    {
        AgreementDetailPanel panel(m_store, &m_undo);
        panel.show();   // a page draws a change while on screen
        panel.showRecord(m_agreement);
        QVERIFY(panel.toPlainText().contains(QStringLiteral("No signed copy attached yet.")));
        const QByteArray content = "%PDF-1.7\nfirmato digitalmente\n";
        QString error;
        const qint64 id = DocumentsSection::attach(m_store, m_undo, QStringLiteral("agreement_id"), m_agreement,
                                                   writeFile(QStringLiteral("NDA firmato.pdf"), content), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY(panel.toPlainText().contains(QStringLiteral("NDA firmato.pdf")));
        QVERIFY(panel.toHtml().contains(QStringLiteral("attachment:%1").arg(id)));
        QCOMPARE(m_store.record(QStringLiteral("attachments"), id).value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        const QString out = Attachments::extract(m_store, id, m_dir.filePath(QStringLiteral("opened")), &error);
        QCOMPARE(testsupport::fileHash(out), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

        // a file that cannot be read leaves the store as it was
        const int before = scalar(QStringLiteral("SELECT count(*) FROM attachments"));
        QCOMPARE(DocumentsSection::attach(m_store, m_undo, QStringLiteral("agreement_id"), m_agreement,
                                          m_dir.filePath(QStringLiteral("missing.pdf")), &error),
                 qint64(-1));
        QVERIFY2(error.contains(QStringLiteral("missing.pdf")), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments")), before);

        emit panel.anchorClicked(QUrl(QStringLiteral("documents:remove/%1").arg(id)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE agreement_id = %1").arg(m_agreement)), 0);
        QVERIFY(panel.toPlainText().contains(QStringLiteral("No signed copy attached yet.")));
        m_undo.undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE agreement_id = %1 AND sha256 = '%2'")
                            .arg(m_agreement)
                            .arg(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()))),
                 1);
        QVERIFY(panel.toPlainText().contains(QStringLiteral("NDA firmato.pdf")));
        m_undo.undo();   // the attaching itself
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE agreement_id = %1").arg(m_agreement)), 0);

        // deleting the agreement takes its documents with it
        QVERIFY(DocumentsSection::attach(m_store, m_undo, QStringLiteral("agreement_id"), m_agreement,
                                         writeFile(QStringLiteral("annesso.txt"), "annesso"), &error) > 0);
        QVERIFY2(m_store.remove(QStringLiteral("agreements"), m_agreement), qPrintable(m_store.errorString()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE agreement_id = %1").arg(m_agreement)), 0);
    }

    // The request page lists the documents outside the drafting checklist, which keeps its own.
    void requestDocumentsBesideTheChecklist()
    {
        const qint64 request = scalar(QStringLiteral("SELECT min(id) FROM regulatory_requests"));
        RequestDetailPanel panel(m_store, &m_undo);
        panel.show();   // a page draws a change while on screen
        panel.showRecord(request);
        QVERIFY(panel.toHtml().contains(QStringLiteral("documents:add")));
        QString error;
        const qint64 letter = DocumentsSection::attach(m_store, m_undo, QStringLiteral("request_id"), request,
                                                       writeFile(QStringLiteral("Richiesta integrazioni ENAC.pdf"), "%PDF-1.4\n"), &error);
        QVERIFY2(letter > 0, qPrintable(error));
        QVERIFY(m_store.insert(QStringLiteral("attachments"),
                               {{QStringLiteral("file_name"), QStringLiteral("polizza.pdf")},
                                {QStringLiteral("size"), 1},
                                {QStringLiteral("sha256"), QString(64, u'a')},
                                {QStringLiteral("data"), QByteArray("x")},
                                {QStringLiteral("request_id"), request},
                                {QStringLiteral("checklist_item"), QStringLiteral("insurance_policy")}})
                > 0);
        const QList<Attachments::Document> documents = Attachments::list(m_store, QStringLiteral("request_id"), request);
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().fileName, QStringLiteral("Richiesta integrazioni ENAC.pdf"));
        QVERIFY(panel.toHtml().contains(QStringLiteral("documents:remove/%1").arg(letter)));
        emit panel.anchorClicked(QUrl(QStringLiteral("documents:remove/%1").arg(letter)));
        QVERIFY(Attachments::list(m_store, QStringLiteral("request_id"), request).isEmpty());
        QVERIFY(panel.toPlainText().contains(QStringLiteral("No other documents attached.")));
        m_undo.undo();
        QCOMPARE(Attachments::list(m_store, QStringLiteral("request_id"), request).size(), 1);

        // without an undo stack (a read-only page) there are no editing links
        RequestDetailPanel readOnly(m_store);
        readOnly.showRecord(request);
        QVERIFY(!readOnly.toHtml().contains(QStringLiteral("documents:")));
    }

    // A contact logged from a request's page is linked to the request, its experiment and its
    // authority, shows on the page, and goes away with Ctrl+Z.
    void contactsAreLoggedFromARequestPage()
    {
        const qint64 request = scalar(QStringLiteral("SELECT max(id) FROM regulatory_requests WHERE experiment_id IS NOT NULL"));
        const QVariantMap r = m_store.record(QStringLiteral("regulatory_requests"), request);
        RequestDetailPanel panel(m_store, &m_undo);
        panel.show();   // a page draws a change while on screen
        panel.showRecord(request);
        const int undoSteps = m_undo.index();
        emit panel.anchorClicked(QUrl(QStringLiteral("contacts:log")));
        auto *dialog = panel.findChild<RecordEditDialog *>(QStringLiteral("contactForm"));
        QVERIFY(dialog);
        QVariantMap values = dialog->form()->values();
        QCOMPARE(values.value(QStringLiteral("request_id")).toLongLong(), request);
        QCOMPARE(values.value(QStringLiteral("organization_id")).toLongLong(), r.value(QStringLiteral("authority_id")).toLongLong());
        QCOMPARE(values.value(QStringLiteral("experiment_id")).toLongLong(), r.value(QStringLiteral("experiment_id")).toLongLong());
        values.insert(QStringLiteral("summary"), QStringLiteral("PEC di sollecito all'ente"));
        dialog->form()->setValues(values);
        dialog->accept();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE request_id = %1 AND summary = 'PEC di sollecito all''ente'")
                            .arg(request)),
                 1);
        QVERIFY(panel.toPlainText().contains(QStringLiteral("PEC di sollecito all'ente")));
        QCOMPARE(m_undo.index(), undoSteps + 1);
        m_undo.undo();
        QVERIFY(!panel.toPlainText().contains(QStringLiteral("PEC di sollecito all'ente")));
    }

    // The page's history says who changed which field, when, from what to what, in the
    // user's words (field labels, dates in the locale).
    void historyShowsWhoChangedWhat()
    {
        const qint64 agreement = scalar(QStringLiteral("SELECT max(id) FROM agreements"));
        const QVariantMap before = m_store.record(QStringLiteral("agreements"), agreement);
        m_store.setUserName(QStringLiteral("Giulia Rossi"));
        QVERIFY(RecordEdit::update(m_store, m_undo, QStringLiteral("agreements"), agreement,
                                   {{QStringLiteral("title"), QStringLiteral("Accordo quadro rinnovato")},
                                    {QStringLiteral("valid_to"), QStringLiteral("2027-12-31")}},
                                   QStringLiteral("Edit")));
        AgreementDetailPanel panel(m_store, &m_undo);
        panel.show();   // a page draws a change while on screen
        panel.showRecord(agreement);
        const QString text = panel.toPlainText();
        const QString history = text.mid(text.indexOf(QStringLiteral("Change history")));
        QVERIFY2(history.contains(QStringLiteral("Giulia Rossi")), qPrintable(history));
        QVERIFY(history.contains(QStringLiteral("Title")));
        QVERIFY(history.contains(before.value(QStringLiteral("title")).toString()));
        QVERIFY(history.contains(QStringLiteral("Accordo quadro rinnovato")));
        QVERIFY(history.contains(QStringLiteral("Valid until")));
        QVERIFY(history.contains(DateFormat::shortDate(QDate(2027, 12, 31))));
        m_undo.undo();
        QCOMPARE(m_store.record(QStringLiteral("agreements"), agreement).value(QStringLiteral("title")), before.value(QStringLiteral("title")));
    }

    // Impossible dates on an agreement are shown under the field and nothing is saved.
    void agreementDatesOutOfOrderAreRefusedOnTheField_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ends before it starts") << QStringLiteral("2026-06-01") << QStringLiteral("2026-05-31") << false;
        QTest::newRow("leap day to the next year") << QStringLiteral("2028-02-29") << QStringLiteral("2029-02-28") << true;
        QTest::newRow("one day") << QStringLiteral("2026-06-01") << QStringLiteral("2026-06-01") << true;
    }

    void agreementDatesOutOfOrderAreRefusedOnTheField()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, accepted);
        const qint64 agreement = scalar(QStringLiteral("SELECT min(id) FROM agreements"));
        const QVariantMap before = m_store.record(QStringLiteral("agreements"), agreement);
        QWidget parent;
        RecordEditDialog dialog(m_store, m_undo, QStringLiteral("agreements"), agreement, FormSpecs::agreement(), {}, &parent);
        QVariantMap values = dialog.form()->values();
        values.insert(QStringLiteral("valid_from"), from);
        values.insert(QStringLiteral("valid_to"), to);
        dialog.form()->setValues(values);
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        const QVariantMap after = m_store.record(QStringLiteral("agreements"), agreement);
        if (accepted) {
            QCOMPARE(after.value(QStringLiteral("valid_to")).toString(), to);
            m_undo.undo();
            QCOMPARE(m_store.record(QStringLiteral("agreements"), agreement).value(QStringLiteral("valid_to")),
                     before.value(QStringLiteral("valid_to")));
        } else {
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("error_valid_to"));
            QVERIFY(error && !error->isHidden());
            QVERIFY2(error->text().contains(QStringLiteral("before")), qPrintable(error->text()));
            QCOMPARE(after, before);
        }
    }
};

QTEST_MAIN(TestCaseDocuments)
#include "tst_casedocuments.moc"
