// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "geo/conflictfinder.h"
#include "i18n/language.h"
#include "items/conflicttablemodel.h"
#include "map/conflictspanel.h"
#include "map/mapview.h"
#include "map/tilesettings.h"
#include "map/zonelayer.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace citylab;

// The Map view's conflicts panel on the demo store (under X, like the map test): the same
// conflicts as the finder, following the map's day, refreshed when zones change, and a
// click framing both zones.
class TestConflictsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    MapView *m_map = nullptr;
    ConflictsPanel *m_panel = nullptr;

    void waitForResults()
    {
        QTest::qWait(20);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isComputing(), 20000);
        QTest::qWait(20);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isComputing(), 20000);
    }

    QString statusText() const
    {
        QString all;
        for (const QLabel *label : m_panel->findChildren<QLabel *>())
            all += label->text() + u'\n';
        return all;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        if (qEnvironmentVariableIsSet("CITYLAB_SCREENSHOT_DIR"))
            Language::install(QStringLiteral("it"));
        TileSettings tiles;
        tiles.source = TileSettings::NoTiles;
        tiles.save();
        const QString demo = testsupport::makeDemo(m_dir);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(demo));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showView(QStringLiteral("map"));
        m_map = qobject_cast<MapView *>(m_window->view(QStringLiteral("map")));
        QVERIFY(m_map && m_map->layer());
        m_panel = m_map->conflictsPanel();
        QVERIFY(m_panel && m_panel->isVisible());
        waitForResults();
    }

    // An experiment's page (here the map's side panel) lists its zone conflicts, the other
    // experiment first; an experiment with none has no such section.
    void experimentPageListsItsConflicts()
    {
        m_map->setActiveDay({});
        waitForResults();
        QVERIFY(m_panel->model()->rowCount() > 0);
        const ZoneConflict c = m_panel->model()->conflict(0);
        auto *details = m_map->findChild<ExperimentDetailPanel *>();
        QVERIFY(details);
        details->showRecord(c.b->experimentId);
        // Headings as the window's language has them (Italian when taking screenshots).
        const QString heading = QCoreApplication::translate("citylab::ZoneConflictsSection", "Zone conflicts");
        const QString zones = QCoreApplication::translate("citylab::ExperimentDetailPanel", "Zones");
        QString text = details->toPlainText();
        QVERIFY2(text.contains(heading), qPrintable(text));
        QVERIFY(text.contains(c.a->code));
        QVERIFY(text.contains(c.a->name));
        QVERIFY(text.contains(c.b->name));
        QVERIFY(details->toHtml().contains(QStringLiteral("record:experiments/%1").arg(c.a->experimentId)));
        const QString shots = qEnvironmentVariable("CITYLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            details->scrollToAnchor(QString());
            details->find(heading);
            QTest::qWait(200);
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("experiment-conflicts.png")));
        }

        QSet<qint64> involved;
        for (int row = 0; row < m_panel->model()->rowCount(); ++row)
            involved << m_panel->model()->conflict(row).a->experimentId << m_panel->model()->conflict(row).b->experimentId;
        QSqlQuery query(QStringLiteral("SELECT e.id FROM experiments e WHERE EXISTS (SELECT 1 FROM zones z WHERE z.experiment_id = e.id)"),
                        m_window->store().database());
        qint64 calm = -1;
        while (calm < 0 && query.next())
            if (!involved.contains(query.value(0).toLongLong()))
                calm = query.value(0).toLongLong();
        QVERIFY(calm >= 0);
        details->showRecord(calm);
        text = details->toPlainText();
        QVERIFY(text.contains(zones));
        QVERIFY(!text.contains(heading));
    }

    void listsWhatTheFinderFinds()
    {
        m_map->setActiveDay(QDate());
        waitForResults();
        const QList<ZoneConflict> expected = ConflictFinder::find(m_window->store());
        QVERIFY2(expected.size() >= 2, "the demo has a few conflicts on purpose");
        ConflictTableModel *model = m_panel->model();
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const ZoneConflict &c = model->conflict(row);
            QCOMPARE(c.a->uuid, expected.at(row).a->uuid);
            QCOMPARE(c.b->uuid, expected.at(row).b->uuid);
            QCOMPARE(model->index(row, ConflictTableModel::ExperimentA).data().toString(), c.a->code);
            // Square metres as Italians write them: 12.345
            QCOMPARE(model->index(row, ConflictTableModel::Overlap).data().toString(),
                     QLocale().toString(c.overlapM2, 'f', 0));
        }
        // The map marks exactly those zones.
        QCOMPARE(m_map->layer()->conflictZones(), ConflictFinder::zoneIds(expected));
        QVERIFY(statusText().contains(QString::number(expected.size())));
    }

    void followsTheMapsDay()
    {
        const QList<ZoneConflict> all = ConflictFinder::find(m_window->store());
        QVERIFY(!all.isEmpty());
        // A day inside the first conflict's shared window, and a day long before any zone.
        const QDate inside = QDate::fromString(all.first().from, Qt::ISODate);
        QVERIFY(inside.isValid());
        m_map->setActiveDay(inside);
        waitForResults();
        QCOMPARE(m_panel->day(), inside);
        const QList<ZoneConflict> thatDay = ConflictFinder::find(m_window->store(), {inside});
        QVERIFY(!thatDay.isEmpty());
        QCOMPARE(m_panel->model()->rowCount(), int(thatDay.size()));

        const QDate quiet(2001, 1, 1);
        m_map->setActiveDay(quiet);
        waitForResults();
        QCOMPARE(m_panel->model()->rowCount(), 0);
        QVERIFY(m_map->layer()->conflictZones().isEmpty());
        QVERIFY2(statusText().contains(QLocale().toString(quiet, QStringLiteral("dd/MM/yyyy"))), qPrintable(statusText()));
        m_map->setActiveDay(QDate());
        waitForResults();
        QCOMPARE(m_panel->model()->rowCount(), int(all.size()));
    }

    void clickFramesBothZones()
    {
        QTableView *view = m_panel->view();
        QVERIFY(view->model()->rowCount() > 0);
        // Start far away so that framing has to move the map.
        m_map->setCenter(QPointF(0, 0), 10);
        QTest::qWait(100);
        const int row = view->model()->rowCount() - 1;
        view->scrollTo(view->model()->index(row, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 1)).center());
        const ZoneConflict &c = m_panel->model()->conflict(row);
        const ZoneLayer *layer = m_map->layer();
        QRectF both;
        for (const MapZone &zone : layer->zones())
            if (zone.id == c.a->id || zone.id == c.b->id)
                both |= zone.bounds;
        QVERIFY(!both.isNull());
        const QRectF viewRect(QPointF(0, 0), layer->viewSize());
        QTRY_VERIFY(viewRect.contains(layer->mercatorToMap().mapRect(both)));
        // For a look at the panel and the hatched zones: CITYLAB_SCREENSHOT_DIR=... tst_conflictspanel
        const QString shots = qEnvironmentVariable("CITYLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("map-conflicts.png")));
            // the shared sites' tab on a laptop's screen and a smaller one
            m_panel->tabs()->setCurrentWidget(m_panel->sharedSitesView());
            for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
                m_window->resize(size);
                QTest::qWait(400);
                m_window->grab().save(QDir(shots).filePath(QStringLiteral("map-shared-sites-%1.png").arg(size.width())));
            }
            m_panel->tabs()->setCurrentIndex(0);
            m_window->resize(1280, 800);
            QTest::qWait(200);
        }
    }

    void refreshesWhenZonesChange()
    {
        m_map->setActiveDay(QDate());
        waitForResults();
        const int before = m_panel->model()->rowCount();
        // Another experiment's zone laid exactly over an existing one, always active.
        QSqlQuery first(m_window->store().database());
        QVERIFY(first.exec(QStringLiteral("SELECT geometry, min_lon, max_lon, min_lat, max_lat, experiment_id FROM zones "
                                          "ORDER BY id LIMIT 1")) && first.next());
        QSqlQuery q(m_window->store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM experiments WHERE id <> %1 ORDER BY id LIMIT 1").arg(first.value(5).toLongLong()))
                && q.next());
        const qint64 other = q.value(0).toLongLong();
        const QVariantMap zone{{QStringLiteral("experiment_id"), other}, {QStringLiteral("name"), QStringLiteral("Sovrapposta")},
                               {QStringLiteral("geometry"), first.value(0)}, {QStringLiteral("min_lon"), first.value(1)},
                               {QStringLiteral("max_lon"), first.value(2)}, {QStringLiteral("min_lat"), first.value(3)},
                               {QStringLiteral("max_lat"), first.value(4)}};
        first.finish(); // reads end before a write, as in the application
        q.finish();
        const qint64 id = m_window->store().insert(QStringLiteral("zones"), zone);
        QVERIFY2(id > 0, qPrintable(m_window->store().errorString()));
        waitForResults();
        QTRY_VERIFY(m_panel->model()->rowCount() > before);
        QVERIFY(m_panel->zoneIds().contains(id));
        QVERIFY(m_window->store().remove(QStringLiteral("zones"), id));
        waitForResults();
        QTRY_COMPARE(m_panel->model()->rowCount(), before);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestConflictsPanel)
#include "tst_conflictspanel.moc"
