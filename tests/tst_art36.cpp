// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/art36application.h"
#include "domain/deadlines.h"
#include "domain/requestworkflow.h"
#include "drafting/draftcontext.h"
#include "drafting/lettertemplates.h"
#include "drafting/placeholdermerge.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "editing/recordform.h"
#include "i18n/language.h"
#include "requests/requestdetailpanel.h"
#include "store/store.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QScopeGuard>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QUndoStack>

using namespace citylab;
using testsupport::runCitylab;

// The art. 36 "Sperimentazione Italia" request: what it must contain before it can be
// submitted, the rules it may not touch, its 30-day review, one renewal, the final report in
// Today and its letter.
class TestArt36 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QUndoStack m_undo;
    qint64 m_department = -1, m_holder = -1, m_person = -1, m_experiment = -1;
    qint64 m_speedRule = -1, m_healthRule = -1;

    qint64 request(const QString &reference)
    {
        return m_store.insert(QStringLiteral("regulatory_requests"),
                              {{QStringLiteral("reference"), reference}, {QStringLiteral("experiment_id"), m_experiment},
                               {QStringLiteral("authority_id"), m_department}, {QStringLiteral("kind"), QStringLiteral("art36")},
                               {QStringLiteral("subject"), QStringLiteral("Navetta senza supervisore a bordo")},
                               {QStringLiteral("status"), QStringLiteral("draft")}});
    }

    QVariantMap completeApplication(qint64 requestId) const
    {
        return {{QStringLiteral("request_id"), requestId}, {QStringLiteral("holder_id"), m_holder},
                {QStringLiteral("lead_person_id"), m_person}, {QStringLiteral("duration_months"), 6},
                {QStringLiteral("aims"), QStringLiteral("Verificare la guida autonoma di livello 4 sul percorso Mirafiori")},
                {QStringLiteral("expected_results"), QStringLiteral("Zero incidenti, puntualità del 95%")},
                {QStringLiteral("monitoring"), QStringLiteral("Registro di bordo e telemetria giornaliera")},
                {QStringLiteral("risks"), QStringLiteral("Ostacoli imprevisti: arresto di emergenza da remoto")},
                {QStringLiteral("safeguards"), QStringLiteral("Operatore in sala di controllo, velocità massima 30 km/h")}};
    }

    bool linkRule(qint64 requestId, qint64 barrierId)
    {
        return m_store.insert(QStringLiteral("barrier_requests"), {{QStringLiteral("barrier_id"), barrierId},
                                                                    {QStringLiteral("request_id"), requestId}}) > 0;
    }

    QString requestValue(qint64 id, const char *column) const
    {
        return m_store.record(QStringLiteral("regulatory_requests"), id).value(QString::fromLatin1(column)).toString();
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(Language::install(QStringLiteral("en")));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("art36.citylab"))));
        // the Department usually answers in 90 days: art. 36 gives it 30
        m_department = m_store.insert(QStringLiteral("organizations"),
                                      {{QStringLiteral("name"), QStringLiteral("Dipartimento per la trasformazione digitale")},
                                       {QStringLiteral("kind"), QStringLiteral("authority")}, {QStringLiteral("answer_days"), 90}});
        m_holder = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Navette Srl")},
                                                                    {QStringLiteral("kind"), QStringLiteral("company")}});
        m_person = m_store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), QStringLiteral("Giulia Neri")},
                                                             {QStringLiteral("organization_id"), m_holder}});
        m_experiment = m_store.insert(QStringLiteral("experiments"),
                                      {{QStringLiteral("code"), QStringLiteral("TCL-2026-003")},
                                       {QStringLiteral("title"), QStringLiteral("Navetta Mirafiori")},
                                       {QStringLiteral("domain"), QStringLiteral("autonomous_mobility")},
                                       {QStringLiteral("stage"), QStringLiteral("authorization")},
                                       {QStringLiteral("stage_since"), QStringLiteral("2026-01-15")}});
        m_speedRule = m_store.insert(QStringLiteral("barriers"), {{QStringLiteral("reference"), QStringLiteral("DM 28/02/2018, art. 9")},
                                                                  {QStringLiteral("title"), QStringLiteral("Supervisore a bordo")},
                                                                  {QStringLiteral("area"), QStringLiteral("mobility")}});
        m_healthRule = m_store.insert(QStringLiteral("barriers"), {{QStringLiteral("reference"), QStringLiteral("D.Lgs. 81/2008, art. 18")},
                                                                   {QStringLiteral("title"), QStringLiteral("Sorveglianza sanitaria")},
                                                                   {QStringLiteral("area"), QStringLiteral("health")}});
        QVERIFY2(m_department > 0 && m_holder > 0 && m_person > 0 && m_experiment > 0 && m_speedRule > 0 && m_healthRule > 0,
                 qPrintable(m_store.errorString()));
    }

    // Without its content the submission is refused, naming each missing element; a
    // duration past twelve months is refused by the store itself.
    void incompleteApplicationCannotBeSubmitted()
    {
        const qint64 id = request(QStringLiteral("ART36-1"));
        QVERIFY(id > 0);
        RequestWorkflow workflow(m_store);
        QVERIFY(!workflow.change(id, QStringLiteral("submitted"), QDate(2026, 3, 2)));
        for (const char *missing : {"the holder of the experiment", "the person in charge", "the duration", "the aims",
                                    "the expected results", "how the experiment is monitored", "the risks and their mitigations",
                                    "the rules to be derogated", "the safeguards"})
            QVERIFY2(workflow.errorString().contains(QLatin1String(missing)), qPrintable(workflow.errorString()));
        QCOMPARE(requestValue(id, "status"), QStringLiteral("draft"));

        QVariantMap tooLong = completeApplication(id);
        tooLong.insert(QStringLiteral("duration_months"), 13);
        QCOMPARE(m_store.insert(QStringLiteral("art36_applications"), tooLong), -1);

        QVERIFY2(m_store.insert(QStringLiteral("art36_applications"), completeApplication(id)) > 0, qPrintable(m_store.errorString()));
        QVERIFY(!workflow.change(id, QStringLiteral("submitted"), QDate(2026, 3, 2)));
        QCOMPARE(workflow.errorString(), QStringLiteral("The art. 36 application lacks the rules to be derogated (link them from Barriers)."));
    }

    // A rule on health is out of art. 36's reach: flagged by name and area, it stops the
    // submission until it is unlinked. Then the review clock is 30 days, not the
    // authority's 90.
    void reservedRuleStopsTheSubmissionAndTheReviewTakes30Days()
    {
        const qint64 id = request(QStringLiteral("ART36-2"));
        QVERIFY(m_store.insert(QStringLiteral("art36_applications"), completeApplication(id)) > 0);
        QVERIFY(linkRule(id, m_speedRule));
        QVERIFY(linkRule(id, m_healthRule));
        const std::optional<Art36Application> a = Art36Application::load(m_store, id, nullptr);
        QVERIFY(a);
        QCOMPARE(a->missing(), QStringList());
        QCOMPARE(a->reservedRules().size(), 1);
        RequestWorkflow workflow(m_store);
        QVERIFY(!workflow.change(id, QStringLiteral("submitted"), QDate(2026, 3, 2)));
        QCOMPARE(workflow.errorString(),
                 QStringLiteral("D.Lgs. 81/2008, art. 18 (Sorveglianza sanitaria) lies in an area art. 36 cannot derogate: Health."));

        // a rule whose area nobody set cannot be declared out of those areas either
        const qint64 unknown = m_store.insert(QStringLiteral("barriers"), {{QStringLiteral("reference"), QStringLiteral("Reg. comunale 12")},
                                                                         {QStringLiteral("title"), QStringLiteral("Orari di carico")}});
        QVERIFY(linkRule(id, unknown));
        QVERIFY(!workflow.change(id, QStringLiteral("submitted"), QDate(2026, 3, 2)));
        QVERIFY2(workflow.errorString().contains(QStringLiteral("Reg. comunale 12 (Orari di carico) has no area of law")),
                 qPrintable(workflow.errorString()));
        QVERIFY(m_store.update(QStringLiteral("barriers"), unknown, {{QStringLiteral("area"), QStringLiteral("commerce")}}));

        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM barrier_requests WHERE barrier_id = %1 AND request_id = %2").arg(m_healthRule).arg(id)));
        QVERIFY(q.next());
        const qint64 link = q.value(0).toLongLong();
        q.finish();
        QVERIFY(m_store.remove(QStringLiteral("barrier_requests"), link));
        QVERIFY2(workflow.change(id, QStringLiteral("submitted"), QDate(2026, 3, 2)), qPrintable(workflow.errorString()));
        QCOMPARE(requestValue(id, "due_on"), QStringLiteral("2026-04-01"));   // 2 March + 30 days
    }

    // A submitted request cannot be turned into an art. 36 request on its form, nor back.
    void submittedRequestKeepsItsKind()
    {
        const qint64 id = m_store.insert(QStringLiteral("regulatory_requests"),
                                         {{QStringLiteral("reference"), QStringLiteral("DER-9")}, {QStringLiteral("authority_id"), m_department},
                                          {QStringLiteral("kind"), QStringLiteral("derogation")}, {QStringLiteral("subject"), QStringLiteral("Deroga")},
                                          {QStringLiteral("status"), QStringLiteral("submitted")}});
        QVERIFY(id > 0);
        const FormSpec spec = FormSpecs::request(m_store, id);
        const auto kind = std::find_if(spec.cbegin(), spec.cend(), [](const FieldSpec &f) { return f.column == QLatin1String("kind"); });
        QVERIFY(kind != spec.cend() && kind->check);
        QVERIFY(kind->check(QStringLiteral("art36"), {}).startsWith(QStringLiteral("The request was already submitted")));
        QCOMPARE(kind->check(QStringLiteral("authorization"), {}), QString());
        QCOMPARE(FormSpecs::request(m_store, -1).at(4).check(QStringLiteral("art36"), {}), QString());   // a new one may be
    }

    // One renewal, of a granted art. 36 request that is not itself a renewal.
    void renewedOnceOnly()
    {
        const qint64 first = request(QStringLiteral("ART36-3"));
        QVERIFY(m_store.insert(QStringLiteral("art36_applications"), completeApplication(first)) > 0);
        QVERIFY(linkRule(first, m_speedRule));
        const qint64 renewal = request(QStringLiteral("ART36-4"));
        QCOMPARE(Art36Application::renewalProblem(m_store, renewal, first),
                 QStringLiteral("ART36-3 was not granted: only a granted experimentation can be renewed."));
        RequestWorkflow workflow(m_store);
        QVERIFY2(workflow.change(first, QStringLiteral("submitted"), QDate(2026, 1, 12)), qPrintable(workflow.errorString()));
        QVERIFY2(workflow.change(first, QStringLiteral("granted"), QDate(2026, 2, 10)), qPrintable(workflow.errorString()));
        QCOMPARE(Art36Application::renewalProblem(m_store, renewal, first), QString());
        QVariantMap application = completeApplication(renewal);
        application.insert(QStringLiteral("renewal_of_id"), first);
        QVERIFY(m_store.insert(QStringLiteral("art36_applications"), application) > 0);

        const qint64 second = request(QStringLiteral("ART36-5"));
        QCOMPARE(Art36Application::renewalProblem(m_store, second, first),
                 QStringLiteral("ART36-3 was already renewed by ART36-4: art. 36 allows one renewal only."));
        QCOMPARE(Art36Application::renewalProblem(m_store, second, renewal),
                 QStringLiteral("ART36-4 was not granted: only a granted experimentation can be renewed."));
        // written anyway, it cannot be submitted
        application = completeApplication(second);
        application.insert(QStringLiteral("renewal_of_id"), first);
        QVERIFY(m_store.insert(QStringLiteral("art36_applications"), application) > 0);
        QVERIFY(linkRule(second, m_speedRule));
        QVERIFY(!workflow.change(second, QStringLiteral("submitted"), QDate(2026, 3, 2)));
        QCOMPARE(workflow.errorString(), QStringLiteral("ART36-3 was already renewed by ART36-4: art. 36 allows one renewal only."));
        // withdrawn, ART36-5 no longer stands in the way of another renewal
        QVERIFY(workflow.change(second, QStringLiteral("withdrawn"), QDate(2026, 3, 2)));
        const qint64 derogation = m_store.insert(QStringLiteral("regulatory_requests"),
                                                 {{QStringLiteral("reference"), QStringLiteral("DER-1")}, {QStringLiteral("authority_id"), m_department},
                                                  {QStringLiteral("kind"), QStringLiteral("derogation")}, {QStringLiteral("subject"), QStringLiteral("Deroga")},
                                                  {QStringLiteral("status"), QStringLiteral("granted")}});
        QCOMPARE(Art36Application::renewalProblem(m_store, second, derogation),
                 QStringLiteral("DER-1 is not an art. 36 request: only those can be renewed this way."));
    }

    // A term of months ends on the day of the last month bearing the first day's number, or
    // on that month's last day (art. 2963 of the civil code).
    void periodEndsAsTheCivilCodeCounts_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("end");
        QTest::newRow("10 Feb + 6") << QDate(2026, 2, 10) << 6 << QDate(2026, 8, 10);
        QTest::newRow("31 Jan + 1") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
        QTest::newRow("31 Jan + 1, leap year") << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29);
        QTest::newRow("31 Mar + 6") << QDate(2026, 3, 31) << 6 << QDate(2026, 9, 30);
        QTest::newRow("29 Feb + 12") << QDate(2028, 2, 29) << 12 << QDate(2029, 2, 28);
        QTest::newRow("no duration") << QDate(2026, 2, 10) << 0 << QDate();
    }
    void periodEndsAsTheCivilCodeCounts()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(QDate, end);
        QCOMPARE(Art36Application::periodEnd(start, months), end);
    }

    // Granted for six months on 10 February: the final report is due on 10 August and Today
    // lists it until it is sent; a granted renewal carries the duty on to its own period,
    // which starts when the first ends.
    void finalReportIsListedInToday()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM regulatory_requests WHERE reference = 'ART36-3'")) && q.next());
        const qint64 first = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM regulatory_requests WHERE reference = 'ART36-4'")) && q.next());
        const qint64 renewal = q.value(0).toLongLong();
        q.finish();
        Deadlines::Options options;
        options.today = QDate(2026, 8, 1);
        const auto reports = [&] {
            QStringList result;
            for (const Deadline &d : Deadlines::collect(m_store, options))
                if (d.kind == Deadline::Art36Report)
                    result << d.reference + u' ' + d.dueOn.toString(Qt::ISODate);
            return result;
        };
        QCOMPARE(reports(), QStringList{QStringLiteral("ART36-3 2026-08-10")});
        QCOMPARE(Art36Application::load(m_store, first, nullptr)->periodEnd(), QDate(2026, 8, 10));

        // the CLI lists it the same way
        const QString path = m_store.path();
        const auto cli = runCitylab({QStringLiteral("deadlines"), QStringLiteral("--db"), path, QStringLiteral("--on"),
                                     QStringLiteral("2026-08-01"), QStringLiteral("--format"), QStringLiteral("csv"),
                                     QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.out.contains(QStringLiteral("art36_report,ART36-3")), qPrintable(cli.out + cli.err));

        RequestWorkflow workflow(m_store);
        QVERIFY(linkRule(renewal, m_speedRule));
        QVERIFY2(workflow.change(renewal, QStringLiteral("submitted"), QDate(2026, 7, 1)), qPrintable(workflow.errorString()));
        QVERIFY2(workflow.change(renewal, QStringLiteral("granted"), QDate(2026, 7, 20)), qPrintable(workflow.errorString()));
        options.today = QDate(2027, 1, 20);
        QCOMPARE(reports(), QStringList{QStringLiteral("ART36-4 2027-02-10")});
        QCOMPARE(Art36Application::load(m_store, renewal, nullptr)->periodStart(), QDate(2026, 8, 10));
        // a later draft naming the same request does not hide the granted renewal
        const qint64 late = request(QStringLiteral("ART36-11"));
        QVariantMap again = completeApplication(late);
        again.insert(QStringLiteral("renewal_of_id"), first);
        QVERIFY(m_store.insert(QStringLiteral("art36_applications"), again) > 0);
        const std::optional<Art36Application> original = Art36Application::load(m_store, first, nullptr);
        QCOMPARE(original->renewedBy, QStringLiteral("ART36-4"));
        QVERIFY(original->renewalGranted);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM art36_applications WHERE request_id = %1").arg(renewal)) && q.next());
        const qint64 application = q.value(0).toLongLong();
        q.finish();
        QVERIFY(m_store.update(QStringLiteral("art36_applications"), application, {{QStringLiteral("final_report_sent_on"), QStringLiteral("2027-02-05")}}));
        QCOMPARE(reports(), QStringList());
    }

    // The shipped Italian template is the art. 36 request's default and fills every
    // placeholder from the application.
    void italianTemplateFillsFromTheApplication()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM regulatory_requests WHERE reference = 'ART36-2'")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        const LetterTemplate letter = LetterTemplates::defaultFor(m_store, QStringLiteral("art36"), m_department, QStringLiteral("it"));
        QCOMPARE(letter.key, QStringLiteral("art36.it"));
        QVERIFY(PlaceholderMerge::check(letter.body).isEmpty());
        const DraftContext context = DraftContext::load(m_store, id, QLocale(QLocale::Italian, QLocale::Italy));
        QStringList missing;
        const QString text = PlaceholderMerge::merge(letter.body, context.values, PlaceholderMerge::Mode::Export, &missing);
        // the office's own settings and the zones are not part of this test
        missing.removeAll(QStringLiteral("office.name"));
        missing.removeAll(QStringLiteral("zones"));
        missing.removeAll(QStringLiteral("officer"));
        missing.removeAll(QStringLiteral("partners"));
        missing.removeAll(QStringLiteral("enclosures"));
        QCOMPARE(missing, QStringList());
        for (const char *expected : {"Navette Srl", "Giulia Neri", "Registro di bordo", "DM 28/02/2018, art. 9 — Supervisore a bordo",
                                     "Operatore in sala di controllo", "art. 36 del decreto-legge 16 luglio 2020"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    // On the request's page: each element of content written or missing, the rules with
    // their area flagged, and the form reached from it.
    void pageShowsTheApplicationAndOpensItsForm()
    {
        const qint64 id = request(QStringLiteral("ART36-6"));
        QVERIFY(linkRule(id, m_healthRule));
        RequestDetailPanel page(m_store, &m_undo);
        page.show();   // a page draws a change while on screen
        page.showRecord(id);
        QTextBrowser *browser = &page;
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Sperimentazione Italia (art. 36 DL 76/2020)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("✗ Holder of the experiment")));
        QVERIFY(text.contains(QStringLiteral("in an area art. 36 cannot derogate: Health")));

        emit browser->anchorClicked(QUrl(QStringLiteral("art36:edit")));
        auto *form = page.findChild<RecordEditDialog *>(QStringLiteral("art36Form"));
        QVERIFY(form);
        auto *holder = qobject_cast<QComboBox *>(form->form()->editor(QStringLiteral("holder_id")));
        QVERIFY(holder);
        holder->setCurrentIndex(holder->findData(m_holder));
        auto *months = qobject_cast<QLineEdit *>(form->form()->editor(QStringLiteral("duration_months")));
        QVERIFY(months);
        months->setText(QStringLiteral("13"));
        QVERIFY(!months->hasAcceptableInput());   // at most twelve months
        months->setText(QStringLiteral("9"));
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
        delete form;
        QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("✓ Holder of the experiment")));
        QVERIFY2(browser->toPlainText().contains(QStringLiteral("9 months")), qPrintable(browser->toPlainText()));
        m_undo.undo();
        QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("✗ Holder of the experiment")));
    }

    // In Italian, as legal staff read it (saved as a PNG when CITYLAB_SCREENSHOTS is set).
    void pageReadsInItalian()
    {
        QVERIFY(Language::install(QStringLiteral("it")));
        const auto restore = qScopeGuard([] { Language::install(QStringLiteral("en")); });
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM regulatory_requests WHERE reference = 'ART36-3'")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        RequestDetailPanel page(m_store, &m_undo);
        page.show();   // a page draws a change while on screen
        page.resize(640, 900);
        page.showRecord(id);
        const QString text = page.toPlainText();
        for (const char *expected : {"Cosa chiede la norma", "✓ Titolare della sperimentazione", "Rinnovata da", "Periodo autorizzato",
                                     "Relazione finale"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty()) {
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.grab().save(QDir(folder).filePath(QStringLiteral("art36-page.png")));
        }
    }
};

QTEST_MAIN(TestArt36)
#include "tst_art36.moc"
