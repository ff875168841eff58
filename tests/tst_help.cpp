// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide: every page in both languages, every link between pages landing on a page
// (and an anchor) that exists, F1 opening the page of the view in front, and the dialogs'
// Help buttons opening theirs, in the window's language.
#include "i18n/language.h"
#include "cases/callsdialog.h"
#include "cases/scoresheetdialog.h"
#include "cases/zonefileproblemsdialog.h"
#include "drafting/drafteditor.h"
#include "drafting/revisionsdialog.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "drafting/officesettingsdialog.h"
#include "drafting/templatemanager.h"
#include "map/tilesettingsdialog.h"
#include "map/zoneformdialog.h"
#include "outcomes/measurementimportdialog.h"
#include "outcomes/metricsmanager.h"
#include "reports/reportdialog.h"
#include "requests/statuschangedialog.h"
#include "requests/tacitdecisionsdialog.h"
#include "shell/helpbrowser.h"
#include "shell/helppageview.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "shell/restoredialog.h"
#include "shell/syncconflictsdialog.h"
#include "shell/teamserverdialog.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace citylab;

class TestHelp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QString page(const QString &language, const QString &name)
    {
        QFile file(QStringLiteral(":/help/%1/%2").arg(language, name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static qint64 firstRequest(Store &store)
    {
        QSqlQuery q(store.database());
        return q.exec(QStringLiteral("SELECT min(id) FROM regulatory_requests")) && q.next() ? q.value(0).toLongLong() : 0;
    }

    static qint64 firstOf(Store &store, const char *table, const char *column = "id")
    {
        QSqlQuery q(store.database());
        return q.exec(QStringLiteral("SELECT min(%1) FROM %2").arg(QLatin1String(column), QLatin1String(table))) && q.next()
            ? q.value(0).toLongLong() : 0;
    }

    static void clickHelp(QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *help = buttons->button(QDialogButtonBox::Help);
        QVERIFY2(help, qPrintable(dialog.objectName()));
        help->click();
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_demo = testsupport::makeDemo(m_dir);
    }

    void cleanup()
    {
        delete HelpBrowser::instance();
        Language::install(QStringLiteral("it"));
    }

    void everyPageInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        for (const QString &language : Language::available())
            for (const QString &name : HelpBrowser::pages())
                QTest::addRow("%s/%s", qPrintable(language), qPrintable(name)) << language << name;
    }

    void everyPageInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        const QString html = page(language, name);
        QVERIFY2(html.size() > 1500, "missing or nearly empty");
        const QRegularExpressionMatch title = QRegularExpression(QStringLiteral("<title>([^<]+)</title>")).match(html);
        QVERIFY(title.hasMatch() && !title.captured(1).trimmed().isEmpty());
        // links between pages land on a page of the same language, and on an anchor it has
        const QRegularExpression link(QStringLiteral("href=\"([a-z0-9-]+\\.html)(?:#([A-Za-z0-9_-]+))?\""));
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString target = page(language, m.captured(1));
            QVERIFY2(!target.isEmpty(), qPrintable(m.captured(0)));
            if (!m.captured(2).isEmpty())
                QVERIFY2(target.contains(QStringLiteral("id=\"%1\"").arg(m.captured(2)))
                             || target.contains(QStringLiteral("name=\"%1\"").arg(m.captured(2))),
                         qPrintable(m.captured(0)));
        }
    }

    // The pictures of the window in the guide are the build's own screenshots of the demo, in
    // the page's language, and every one of them is found: none shows as a broken image.
    void screenshotsInThePagesLanguage_data() { everyPageInBothLanguages_data(); }

    void screenshotsInThePagesLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        HelpPageView view;
        view.setSource(HelpBrowser::pageUrl(name, language));
        const QRegularExpression image(QStringLiteral("<img src=\"screenshots/([a-z_]+)\\.png\""));
        int found = 0;
        for (auto it = image.globalMatch(page(language, name)); it.hasNext(); ++found) {
            const QString viewId = it.next().captured(1);
            const QString file = HelpPageView::screenshotFile(viewId, language);
            QVERIFY2(file.contains(QStringLiteral("/%1/").arg(language)), qPrintable(viewId + QStringLiteral(": ") + file));
            const QImage shown = view.document()
                                     ->resource(QTextDocument::ImageResource,
                                                view.source().resolved(QUrl(QStringLiteral("screenshots/%1.png").arg(viewId))))
                                     .value<QImage>();
            QVERIFY2(shown.width() >= 600 && shown.height() >= 300, qPrintable(viewId));
        }
        // the pages that show a main view have its picture
        const QStringList withPicture{QStringLiteral("first-start.html"), QStringLiteral("pipeline.html"),
                                      QStringLiteral("requests.html"), QStringLiteral("map.html"), QStringLiteral("outcomes.html")};
        QCOMPARE(found > 0, withPicture.contains(name));
    }

    // F1 in the window: the guide opens in Italian at the page of the view in front; in
    // English after the language is switched.
    void f1OpensThePageOfTheView()
    {
        MainWindow window;
        window.setRemembersSession(false);
        QVERIFY2(window.openDatabase(m_demo), qPrintable(window.lastError()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(QStringLiteral("map"));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(HelpBrowser::instance() && HelpBrowser::instance()->isVisible());
        QCOMPARE(HelpBrowser::instance()->source(), QUrl(QStringLiteral("qrc:/help/it/map.html")));
        auto *text = HelpBrowser::instance()->findChild<QTextBrowser *>(QStringLiteral("helpText"));
        QVERIFY(text && text->toPlainText().size() > 500);
        QVERIFY2(HelpBrowser::instance()->windowTitle().contains(text->documentTitle()), qPrintable(HelpBrowser::instance()->windowTitle()));
        // CITYLAB_SCREENSHOTS=DIR: the guide as the user sees it, to look at
        if (const QString shots = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            HelpBrowser::instance()->grab().save(QDir(shots).filePath(QStringLiteral("help-it-map.png")));
        }

        Language::install(QStringLiteral("en"));
        window.showView(QStringLiteral("regulatory_requests"));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_COMPARE(HelpBrowser::instance()->source(), QUrl(QStringLiteral("qrc:/help/en/requests.html")));
    }

    // Every dialog with a Help button opens the guide at its page, and the page exists.
    void dialogsOpenTheirPage()
    {
        Store store;
        QVERIFY(store.open(m_demo));
        QUndoStack undo;
        const QList<std::pair<std::function<QDialog *()>, QString>> dialogs = {
            {[&] { return new TacitDecisionsDialog(store); }, QStringLiteral("requests.html#clock")},
            {[&] { return new ReportDialog(store); }, QStringLiteral("outcomes.html")},
            {[&] { return new DraftEditor(store, firstRequest(store)); }, QStringLiteral("drafting.html")},
            {[&] { return new MeasurementImportDialog(store); }, QStringLiteral("formats.html")},
            {[&] { return new ZoneFormDialog(ZoneShape::Kind::Circle, QStringLiteral("TCL-2024-001")); }, QStringLiteral("map.html")},
            {[&] { return new TileSettingsDialog(TileSettings()); }, QStringLiteral("map.html#tiles")},
            {[&] { return new OfficeSettingsDialog(store); }, QStringLiteral("drafting.html")},
            {[&] { return new TemplateManager(store); }, QStringLiteral("drafting.html")},
            {[&] { return new RestoreDialog(store); }, QStringLiteral("offline.html#backups")},
            {[&] { return new TeamServerDialog(TeamServerAddress()); }, QStringLiteral("offline.html#team")},
            {[&] { return new PreferencesDialog(store); }, QStringLiteral("first-start.html")},
            {[&] { return new RecordEditDialog(store, undo, QStringLiteral("regulatory_requests"), firstRequest(store),
                                               FormSpecs::request(store, -1), {}); },
             QStringLiteral("requests.html")},
            {[&] { return new RecordEditDialog(store, undo, QStringLiteral("experiments"), -1, FormSpecs::experiment(store, -1), {}); },
             QStringLiteral("pipeline.html")},
            {[&] { return new RecordEditDialog(store, undo, QStringLiteral("conditions"), -1, FormSpecs::condition(store, firstOf(store, "experiments")),
                                               {{QStringLiteral("experiment_id"), firstOf(store, "experiments")}}); },
             QStringLiteral("pipeline.html#conditions")},
            {[&] { return new RecordEditDialog(store, undo, QStringLiteral("acts"), -1, FormSpecs::act(),
                                               {{QStringLiteral("experiment_id"), firstOf(store, "experiments")}}); },
             QStringLiteral("pipeline.html#acts")},
            {[&] { return new CallsDialog(store, undo); }, QStringLiteral("pipeline.html#calls")},
            {[&] { return new ScoreSheetDialog(store, undo, firstOf(store, "scores", "experiment_id"), firstOf(store, "committee_members")); },
             QStringLiteral("pipeline.html#evaluation")},
            {[&] { return new StatusChangeDialog(store, firstRequest(store)); }, QStringLiteral("requests.html#statuses")},
            {[&] { return new RevisionsDialog(store, firstRequest(store)); }, QStringLiteral("drafting.html#revisions")},
            {[&] { return new ZoneFileProblemsDialog(QStringLiteral("zones.geojson"), {}); }, QStringLiteral("formats.html#geojson")},
            {[&] { return new SyncConflictsDialog(store, {}); }, QStringLiteral("offline.html#conflicts")},
            {[&] { return new MetricsManager(store, undo); }, QStringLiteral("outcomes.html#metrics")},
        };
        for (const auto &[create, expected] : dialogs) {
            std::unique_ptr<QDialog> dialog(create());
            clickHelp(*dialog);
            QVERIFY2(HelpBrowser::instance(), qPrintable(expected));
            QCOMPARE(HelpBrowser::instance()->source(), QUrl(QStringLiteral("qrc:/help/it/") + expected));
            QVERIFY2(!page(QStringLiteral("it"), expected.section(u'#', 0, 0)).isEmpty(), qPrintable(expected));
            delete HelpBrowser::instance();
        }
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    citylab::Language::install(QStringLiteral("it"));
    TestHelp test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_help.moc"
