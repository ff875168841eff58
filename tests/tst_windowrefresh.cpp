// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentsview.h"
#include "cases/pipelineboard.h"
#include "items/experimenttablemodel.h"
#include "items/sqltablemodel.h"
#include "shell/mainwindow.h"
#include "shell/recordtable.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDate>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace citylab;

namespace {

// The status line's count of zones: it changes when the window has heard of a zone import.
QLabel *zoneCountLabel(QMainWindow &window)
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->text().contains(QLatin1String(" zones")))
            return label;
    return nullptr;
}

} // namespace

// The window following changes made elsewhere (another window, the CLI), and what it leaves
// for later: the views the user is not looking at are read when they are shown.
class TestWindowRefresh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_demo = testsupport::makeDemo(m_dir);
    }

    void init()
    {
        testsupport::isolateSettings();
    }

    void refreshesWhenAnotherProcessWrites()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        window.showView(QStringLiteral("experiments"));
        auto *table = window.findChild<RecordTable *>(QStringLiteral("experimentsTable"));
        QVERIFY(table);
        const int before = table->model()->rowCount();
        Store other;
        QVERIFY(other.open(m_demo, Store::OpenMode::OpenExisting));
        const qint64 id = other.insert(QStringLiteral("experiments"), {{QStringLiteral("code"), QStringLiteral("TCL-2026-990")},
                                                                       {QStringLiteral("title"), QStringLiteral("Scritto da un'altra finestra")},
                                                                       {QStringLiteral("domain"), QStringLiteral("robotics")},
                                                                       {QStringLiteral("stage"), QStringLiteral("proposal")},
                                                                       {QStringLiteral("stage_since"), QStringLiteral("2026-05-01")}});
        QVERIFY(id > 0);
        // "within a second": the window polls PRAGMA data_version twice a second
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 1000);
        QVERIFY(other.remove(QStringLiteral("experiments"), id));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before, 1000);

        // the page on show follows too, history included
        auto *page = window.findChild<QTextBrowser *>(QStringLiteral("experimentDetails"));
        QVERIFY(page);
        const qint64 shown = qobject_cast<ExperimentsView *>(window.view(QStringLiteral("experiments")))->currentRecord();
        other.setUserName(QStringLiteral("chiara.gili"));
        QVERIFY(other.update(QStringLiteral("experiments"), shown, {{QStringLiteral("title"), QStringLiteral("Titolo cambiato altrove")}}));
        QTRY_VERIFY_WITH_TIMEOUT(page->toPlainText().contains(QStringLiteral("Titolo cambiato altrove")), 1000);
        QVERIFY(page->toPlainText().contains(QStringLiteral("chiara.gili")));
    }

    // The CLI writing the file the window has open: the list shows it within a second of
    // the command's end (here: zones imported into the selected experiment).
    void refreshesWhenTheCliWrites()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("cli-writes.citylab"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        window.showView(QStringLiteral("experiments"));
        auto *view = qobject_cast<ExperimentsView *>(window.view(QStringLiteral("experiments")));
        auto *table = window.findChild<RecordTable *>(QStringLiteral("experimentsTable"));
        const qint64 id = view->currentRecord();
        const QString code = window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("code")).toString();
        const auto zonesShown = [table] {
            return table->model()->index(table->currentIndex().row(), ExperimentTableModel::Zones).data(SqlTableModel::SortRole).toInt();
        };
        const int before = zonesShown();
        const QString zones = m_dir.filePath(QStringLiteral("piazza.geojson"));
        QFile file(zones);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
            "properties": {"name": "Piazza Castello", "active_from": "2026-06-01", "active_to": "2026-09-30"},
            "geometry": {"type": "Polygon", "coordinates": [[[7.684, 45.070], [7.687, 45.070], [7.687, 45.072],
                                                             [7.684, 45.072], [7.684, 45.070]]]}}]})");
        file.close();
        const auto result = testsupport::runCitylab({QStringLiteral("import"), QStringLiteral("zones"), zones, QStringLiteral("--db"),
                                                     path, QStringLiteral("--experiment"), code});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QTRY_COMPARE_WITH_TIMEOUT(zonesShown(), before + 1, 1000);
        QCOMPARE(view->currentRecord(), id);   // still on the same experiment
    }

    // Lists the user is not looking at are not read on every change: the CLI imports a zone
    // into an experiment while the organizations are in front; the experiments list (shown
    // before) and the pipeline board (made, never shown) are read when they are shown, not on
    // each change (at scale 100 every zone edit cost 0.9 s while all the lists were read at
    // once), and show it then.
    void listsBehindAnotherViewCatchUpWhenShown()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("behind.citylab"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        window.showView(QStringLiteral("experiments"));
        auto *view = qobject_cast<ExperimentsView *>(window.view(QStringLiteral("experiments")));
        auto *table = window.findChild<RecordTable *>(QStringLiteral("experimentsTable"));
        QVERIFY(view && table);
        auto *list = qobject_cast<SqlTableModel *>(qobject_cast<QSortFilterProxyModel *>(table->model())->sourceModel());
        QVERIFY(list);
        const qint64 id = view->currentRecord();
        const QString code = window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("code")).toString();
        const auto zonesShown = [table] {
            return table->model()->index(table->currentIndex().row(), ExperimentTableModel::Zones).data(SqlTableModel::SortRole).toInt();
        };
        const int before = zonesShown();
        window.showView(QStringLiteral("organizations"));
        QVERIFY(!view->isVisible());
        QSignalSpy listReads(list, &QAbstractItemModel::modelReset);
        // a view made (for another view's link, say) and never shown is not read either
        QWidget *pipeline = window.view(QStringLiteral("pipeline"));
        auto *board = pipeline ? pipeline->findChild<PipelineBoard *>() : nullptr;
        if (!board)
            board = qobject_cast<PipelineBoard *>(pipeline);
        QVERIFY(board && !board->isVisible());
        QSignalSpy neverShownReads(board->findChild<SqlTableModel *>(), &QAbstractItemModel::modelReset);
        // the status line counts the zones: it says when the window has heard of the import
        QLabel *status = zoneCountLabel(window);
        QVERIFY(status);
        const QString statusBefore = status->text();

        const auto result = testsupport::importZoneWithCli(path, code, QStringLiteral("Giardino Sambuy"),
                                                           m_dir.filePath(QStringLiteral("giardino.geojson")), 7.678, 45.062);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        // the window has heard of it, the lists behind have not been read
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != statusBefore, 2000);
        QCOMPARE(listReads.count(), 0);
        QCOMPARE(neverShownReads.count(), 0);
        window.showView(QStringLiteral("experiments"));
        QCOMPARE(listReads.count(), 1);
        QCOMPARE(view->currentRecord(), id);   // still on the same experiment
        QCOMPARE(zonesShown(), before + 1);
        window.showView(QStringLiteral("pipeline"));
        QCOMPARE(neverShownReads.count(), 1);
    }

    // Today, in front, is computed again for a change to the case records, not for a zone
    // the CLI imports (at scale 100 each computation takes 0.3 s).
    void todayIgnoresZonesAndFollowsCases()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("today-zones.citylab"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.currentViewId(), QStringLiteral("today"));
        auto *list = window.findChild<QTreeWidget *>(QStringLiteral("deadlineList"));
        QVERIFY(list && list->isVisible());
        QSignalSpy computed(list->model(), &QAbstractItemModel::modelReset);
        QLabel *status = zoneCountLabel(window);
        QVERIFY(status);
        const QString statusBefore = status->text();
        const QString code = window.store().record(QStringLiteral("experiments"), 1).value(QStringLiteral("code")).toString();
        const auto result = testsupport::importZoneWithCli(path, code, QStringLiteral("Aiuola Balbo"),
                                                           m_dir.filePath(QStringLiteral("aiuola.geojson")), 7.690, 45.065, 0.001);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != statusBefore, 2000);
        QCOMPARE(computed.count(), 0);
        // a follow-up set for tomorrow is a deadline: Today lists it at once
        QVERIFY(window.store().insert(QStringLiteral("interactions"),
                                      {{QStringLiteral("experiment_id"), 1}, {QStringLiteral("kind"), QStringLiteral("call")},
                                       {QStringLiteral("occurred_on"), QDate::currentDate().toString(Qt::ISODate)},
                                       {QStringLiteral("summary"), QStringLiteral("Richiamare il Comando dei Vigili")},
                                       {QStringLiteral("follow_up_on"), QDate::currentDate().addDays(1).toString(Qt::ISODate)}}) > 0);
        QVERIFY(computed.count() > 0);
        QVERIFY(!list->findItems(QStringLiteral("Richiamare il Comando dei Vigili"), Qt::MatchContains | Qt::MatchRecursive, 5).isEmpty());
    }
};

QTEST_MAIN(TestWindowRefresh)
#include "tst_windowrefresh.moc"
