// SPDX-License-Identifier: GPL-3.0-or-later
#include "barriers/barrierdetailpanel.h"
#include "cases/experimentdetailpanel.h"
#include "domain/barrierevidence.h"
#include "drafting/barrierreport.h"
#include "editing/recordeditdialog.h"
#include "editing/recordform.h"
#include "geo/trackrecorder.h"
#include "i18n/language.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTextBrowser>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUrl>

using namespace citylab;

// The barrier register: a rule under test with the experiments, requests and metrics linked
// to it from its page, the evidence they give, the incidents recorded on an experiment's
// page, and the evidence report.
class TestBarriers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QUndoStack m_undo;
    qint64 m_barrier = -1, m_a = -1, m_b = -1, m_request = -1;

    qint64 experiment(const QString &code)
    {
        return m_store.insert(QStringLiteral("experiments"),
                              {{QStringLiteral("code"), code}, {QStringLiteral("title"), QString(QStringLiteral("Navetta autonoma ") + code)},
                               {QStringLiteral("domain"), QStringLiteral("autonomous_mobility")},
                               {QStringLiteral("stage"), QStringLiteral("active")},
                               {QStringLiteral("stage_since"), QStringLiteral("2026-03-01")}});
    }

    // Follows a link of a page as a click on it does, and returns the form it opened.
    static RecordEditDialog *openForm(QTextBrowser &page, const QString &link)
    {
        emit page.anchorClicked(QUrl(link));
        return page.findChild<RecordEditDialog *>();
    }

    static void choose(RecordEditDialog *dialog, const QString &column, const QVariant &value)
    {
        auto *combo = qobject_cast<QComboBox *>(dialog->form()->editor(column));
        QVERIFY2(combo, qPrintable(column));
        combo->setCurrentIndex(combo->findData(value));
        QVERIFY(combo->currentIndex() >= 0);
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(Language::install(QStringLiteral("en")));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("barriers.citylab"))));
        m_a = experiment(QStringLiteral("TCL-2026-001"));
        m_b = experiment(QStringLiteral("TCL-2026-002"));
        const qint64 mit = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Ministero delle Infrastrutture")},
                                                                            {QStringLiteral("kind"), QStringLiteral("authority")}});
        m_barrier = m_store.insert(QStringLiteral("barriers"),
                                   {{QStringLiteral("reference"), QStringLiteral("DM 28/02/2018, art. 9")},
                                    {QStringLiteral("title"), QStringLiteral("Supervisore a bordo")},
                                    {QStringLiteral("authority_id"), mit},
                                    {QStringLiteral("derogation"), QStringLiteral("Supervisione da remoto")}});
        m_request = m_store.insert(QStringLiteral("regulatory_requests"),
                                   {{QStringLiteral("experiment_id"), m_a}, {QStringLiteral("authority_id"), mit},
                                    {QStringLiteral("kind"), QStringLiteral("authorization")}, {QStringLiteral("reference"), QStringLiteral("RQ-1")},
                                    {QStringLiteral("subject"), QStringLiteral("Sperimentazione su strada")},
                                    {QStringLiteral("status"), QStringLiteral("granted")}, {QStringLiteral("submitted_on"), QStringLiteral("2026-01-10")},
                                    {QStringLiteral("decided_on"), QStringLiteral("2026-02-24")}});
        QVERIFY2(m_a > 0 && m_b > 0 && m_barrier > 0 && m_request > 0, qPrintable(m_store.errorString()));
    }

    // Linked from the barrier's page through its forms: the evidence follows, each link one
    // undoable step; linking the same experiment twice is refused with a reason.
    void linksFromThePage()
    {
        BarrierDetailPanel page(m_store, &m_undo);
        page.show();   // a page draws a change while on screen
        page.showRecord(m_barrier);
        QVERIFY(page.toPlainText().contains(QStringLiteral("No experiment tests the rule yet.")));
        for (const qint64 e : {m_a, m_b}) {
            RecordEditDialog *form = openForm(page, QStringLiteral("barrier:link/experiment_id"));
            QVERIFY(form);
            choose(form, QStringLiteral("experiment_id"), e);
            form->accept();
            QCOMPARE(form->result(), int(QDialog::Accepted));
            delete form;
        }
        RecordEditDialog *form = openForm(page, QStringLiteral("barrier:link/request_id"));
        choose(form, QStringLiteral("request_id"), m_request);
        form->accept();
        delete form;
        QTRY_VERIFY(page.toPlainText().contains(QStringLiteral("2 experiments tested the rule.")));
        QVERIFY(page.toPlainText().contains(QStringLiteral("Requests decided in 45 days on average.")));

        form = openForm(page, QStringLiteral("barrier:link/experiment_id"));
        choose(form, QStringLiteral("experiment_id"), m_a);
        form->accept();
        QVERIFY(form->isVisible() || form->result() != int(QDialog::Accepted));
        delete form;
        QCOMPARE(BarrierEvidence::load(m_store, m_barrier)->experiments.size(), 2);

        // unlinking the second is one step of the undo history
        emit page.anchorClicked(QUrl(QStringLiteral("barrier:unlink/barrier_experiments/%1").arg(m_b)));
        QCOMPARE(BarrierEvidence::load(m_store, m_barrier)->experiments.size(), 1);
        m_undo.undo();
        QCOMPARE(BarrierEvidence::load(m_store, m_barrier)->experiments.size(), 2);
    }

    // An incident recorded on an experiment's page (its form, severity and zone) joins the
    // barrier's evidence; a track with an excursion too.
    void incidentsAndTracksAreEvidence()
    {
        ExperimentDetailPanel page(m_store, &m_undo);
        page.show();   // a page draws a change while on screen
        page.showRecord(m_b);
        QVERIFY(page.toPlainText().contains(QStringLiteral("DM 28/02/2018, art. 9 — Supervisore a bordo")));
        RecordEditDialog *form = openForm(page, QStringLiteral("incident:add"));
        QVERIFY(form);
        choose(form, QStringLiteral("severity"), QStringLiteral("serious"));
        qobject_cast<QPlainTextEdit *>(form->form()->editor(QStringLiteral("description")))->setPlainText(QStringLiteral("Frenata brusca per un pedone"));
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
        delete form;
        QTRY_VERIFY(page.toPlainText().contains(QStringLiteral("Frenata brusca per un pedone")));

        QVariantMap zone = Zone::geometryColumns(ZoneGeometry::circle(QPointF(7.68, 45.07), 100));
        zone.insert({{QStringLiteral("experiment_id"), m_b}, {QStringLiteral("name"), QStringLiteral("Corso")}});
        QVERIFY(m_store.insert(QStringLiteral("zones"), zone) > 0);
        const TrackRecorder::Result track = TrackRecorder::import(
            m_store, m_b, QByteArray("time,lat,lon\n2026-05-10T08:00:00Z,45.07,7.68\n2026-05-10T08:00:10Z,45.08,7.68\n"), QStringLiteral("giro.csv"));
        QVERIFY2(track.ok, qPrintable(track.error));

        const QStringList findings = BarrierEvidence::load(m_store, m_barrier)->findings();
        QVERIFY2(findings.contains(QStringLiteral("1 incident, 1 serious or critical.")), qPrintable(findings.join(u'\n')));
        QVERIFY2(findings.contains(QStringLiteral("1 excursion outside what was authorized in 1 recorded track.")),
                 qPrintable(findings.join(u'\n')));
    }

    // The evidence report of the demo's drone rule, in Italian and English, read back with
    // pdftotext: the rule, what the evidence says, the experiments, the incident.
    void theEvidenceReportIsAPdf()
    {
        Store demo;
        QVERIFY(demo.open(testsupport::makeDemo(m_dir)));
        QSqlQuery q(demo.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM barriers WHERE reference LIKE '%ENAC%'")) && q.next());
        const qint64 barrier = q.value(0).toLongLong();
        q.finish();
        for (const QString &language : {QStringLiteral("it"), QStringLiteral("en")}) {
            const QString pdf = m_dir.filePath(QStringLiteral("evidence-%1.pdf").arg(language));
            QString error;
            QVERIFY2(BarrierReport::writePdf(demo, barrier, pdf, language, &error, testsupport::referenceDay()), qPrintable(error));
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            if (!text.waitForFinished(30000) || text.exitCode() != 0)
                QSKIP("pdftotext is not installed here");
            const QString words = QString::fromUtf8(text.readAllStandardOutput());
            const QStringList expected = language == QLatin1String("it")
                ? QStringList{QStringLiteral("Evidenze su una norma in prova"), QStringLiteral("Regolamento ENAC UAS-IT"),
                              QStringLiteral("Che cosa dicono le evidenze"), QStringLiteral("3 sperimentazioni hanno messo alla prova la norma."),
                              QStringLiteral("Atterraggio"), QStringLiteral("Moderato")}
                : QStringList{QStringLiteral("Evidence on a rule under test"), QStringLiteral("What the evidence says"),
                              QStringLiteral("3 experiments tested the rule."), QStringLiteral("Moderate")};
            for (const QString &e : expected)
                QVERIFY2(words.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + words.left(3000)));
            if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty())
                QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("evidence-%1.pdf").arg(language)));
        }
    }

    // The register is a view of its own, the tenth: Ctrl+0.
    void theRegisterIsAView()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(testsupport::makeDemo(m_dir, QStringLiteral("window.citylab"))));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QTRY_VERIFY(window.view(QStringLiteral("barriers")) && window.view(QStringLiteral("barriers"))->isVisible());
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty())
            window.grab().save(QDir(folder).filePath(QStringLiteral("barriers-view.png")));
    }
};

QTEST_MAIN(TestBarriers)
#include "tst_barriers.moc"
