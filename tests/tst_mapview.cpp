// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/vocabulary.h"
#include "geo/webmercator.h"
#include "geo/zone.h"
#include "geo/zonereader.h"
#include "i18n/language.h"
#include "io/attachments.h"
#include "map/conflictspanel.h"
#include "map/mapgeometry.h"
#include "map/mapview.h"
#include "map/tilesettings.h"
#include "map/zonelistpanel.h"
#include "map/zonelayer.h"
#include "shell/mainwindow.h"
#include "shell/recordbrowser.h"
#include "shell/recordcolours.h"
#include "testsupport.h"

#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QLineEdit>
#include <QQuickWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QQuickItem>
#include <QTest>
#include <QToolButton>

using namespace citylab;

namespace {

// A point well inside `zone` that no other zone covers, in Mercator metres (none in a zone
// too thin to have one, such as a narrow corridor).
std::optional<QPointF> lonePoint(const ZoneLayer &layer, const MapZone &zone)
{
    for (int i = 1; i < 10; ++i) {
        for (int j = 1; j < 10; ++j) {
            const QPointF p(zone.bounds.left() + zone.bounds.width() * i / 10,
                            zone.bounds.top() + zone.bounds.height() * j / 10);
            // Clear of every outline: the neighbourhood (a twentieth of the zone's box each
            // way) lies in this zone and in no other, so a pixel there shows the fill.
            const QPointF step(zone.bounds.width() / 20, zone.bounds.height() / 20);
            const auto alone = [&](QPointF q) {
                return zone.contains(q)
                    && std::count_if(layer.zones().cbegin(), layer.zones().cend(), [&](const MapZone &z) { return z.contains(q); }) == 1;
            };
            if (alone(p) && alone(p + QPointF(step.x(), 0)) && alone(p - QPointF(step.x(), 0))
                && alone(p + QPointF(0, step.y())) && alone(p - QPointF(0, step.y())))
                return p;
        }
    }
    return std::nullopt;
}

int channelDistance(QColor a, QColor b)
{
    return qMax(qAbs(a.red() - b.red()), qMax(qAbs(a.green() - b.green()), qAbs(a.blue() - b.blue())));
}

const QColor mapBackground(0xee, 0xf0, 0xec);

// A zone's fill as drawn: its colour at alpha 90 over the map's background.
QColor zoneFill(const MapZone &zone)
{
    const QColor colour = RecordColours::domain(zone.domain);
    const double a = 90 / 255.0;
    return QColor(int(colour.red() * a + mapBackground.red() * (1 - a)), int(colour.green() * a + mapBackground.green() * (1 - a)),
                  int(colour.blue() * a + mapBackground.blue() * (1 - a)));
}

// The first zone of an experiment that is not highlighted (so it has its plain colour), not
// energy's (too pale to tell) and with one ring, that has a lone point inside.
std::optional<std::pair<MapZone, QPointF>> plainLoneZone(const ZoneLayer &layer)
{
    for (const MapZone &zone : layer.zones()) {
        if (zone.experimentId == layer.highlightedExperiment() || zone.domain == u"energy" || zone.rings.size() != 1)
            continue;
        if (const std::optional<QPointF> inside = lonePoint(layer, zone))
            return std::make_pair(zone, *inside);
    }
    return std::nullopt;
}

} // namespace

// The map as a user meets it under X (xcb, OpenGL on llvmpipe): zones drawn where they
// are, a click on a zone making its experiment the current one of the case manager, and
// the case manager's choice shown on the map.
class TestMapView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
    MapView *m_map = nullptr;
    RecordBrowser *m_experiments = nullptr;

    // Frames one zone and waits until the layer's transform shows it centred.
    void frame(const MapZone &zone)
    {
        m_map->frameZones({zone.id});
        const QPointF centre = zone.bounds.center();
        const QRectF view(QPointF(0, 0), m_map->layer()->viewSize());
        QTRY_VERIFY(view.contains(m_map->layer()->mercatorToMap().map(centre)));
        // The framing animation may run on after the centre comes into view, longer on a
        // loaded machine: wait until the transform has held still for a few frames.
        QTransform last = m_map->layer()->mercatorToMap();
        int still = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     QTest::qWait(50);
                                     const QTransform now = m_map->layer()->mercatorToMap();
                                     still = now == last ? still + 1 : 0;
                                     last = now;
                                     return still >= 4;
                                 }()),
                                 15000);
        QTest::qWait(100);   // one more frame so the picture matches the transform
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        TileSettings tiles;
        tiles.source = TileSettings::NoTiles;   // no network in tests
        tiles.save();
        QVERIFY(m_dir.isValid());
        m_demo = testsupport::makeDemo(m_dir);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(m_demo));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showView(QStringLiteral("map"));
        m_map = qobject_cast<MapView *>(m_window->view(QStringLiteral("map")));
        m_experiments = qobject_cast<RecordBrowser *>(m_window->view(QStringLiteral("experiments")));
        QVERIFY(m_map);
        QVERIFY(m_experiments);
        QVERIFY2(m_map->layer(), "the map QML did not load");
        QVERIFY(m_map->visibleZoneCount() > 50);
    }

    void mapIsInTheViewMenu()
    {
        QVERIFY(m_window->viewIds().indexOf(QStringLiteral("map")) == 1);   // right after Today
    }

    void zonesRenderWhereTheyAre()
    {
        ZoneLayer *layer = m_map->layer();
        QVERIFY(!layer->usesSoftwarePath());
        const auto chosen = plainLoneZone(*layer);
        QVERIFY(chosen);
        const auto &[zone, insidePoint] = *chosen;
        const std::optional<QPointF> inside = insidePoint;
        frame(zone);
        const QImage picture = m_map->quickWidget()->grabFramebuffer();
        const QPoint insidePixel = layer->mercatorToMap().map(*inside).toPoint();
        // Just outside the zone's box, where no zone lies.
        QPoint outsidePixel;
        const QRectF box = layer->mercatorToMap().mapRect(zone.bounds);
        for (const QPointF &candidate : {box.topLeft() - QPointF(8, 8), box.bottomRight() + QPointF(8, 8),
                                         box.topRight() + QPointF(8, -8), box.bottomLeft() + QPointF(-8, 8)}) {
            if (layer->zoneAt(candidate) < 0 && picture.rect().contains(candidate.toPoint())) {
                outsidePixel = candidate.toPoint();
                break;
            }
        }
        QVERIFY(!outsidePixel.isNull());
        const QColor background = mapBackground;
        const QColor expected = zoneFill(zone);
        const QColor got = picture.pixelColor(insidePixel);
        QVERIFY2(channelDistance(got, expected) <= 10,
                 qPrintable(QStringLiteral("inside %1: %2, expected %3").arg(zone.name, got.name(), expected.name())));
        const QColor outside = picture.pixelColor(outsidePixel);
        QVERIFY2(channelDistance(outside, background) <= 6, qPrintable(outside.name()));

        // A short pan only moves the layer's texture: the zone must follow the map.
        const QTransform before = layer->mercatorToMap();
        QMetaObject::invokeMethod(layer->map(), "pan", Q_ARG(int, 37), Q_ARG(int, -23));
        QTRY_VERIFY(layer->mercatorToMap() != before);
        QTest::qWait(100);
        const QPoint moved = layer->mercatorToMap().map(*inside).toPoint();
        QVERIFY((moved - (insidePixel - QPoint(37, -23))).manhattanLength() <= 2);   // rounding
        const QColor afterPan = m_map->quickWidget()->grabFramebuffer().pixelColor(moved);
        QVERIFY2(channelDistance(afterPan, expected) <= 10, qPrintable(afterPan.name()));
    }

    // A zone moved through the store (as the zone editor saves a drag) is drawn where it
    // went and no longer where it was: the map draws again only the tiles under its old and
    // new outline, and both must be right.
    void anEditedZoneIsDrawnWhereItWent()
    {
        ZoneLayer *layer = m_map->layer();
        const auto coveredBy = [layer](QPointF q) {
            return std::count_if(layer->zones().cbegin(), layer->zones().cend(), [&](const MapZone &z) { return z.contains(q); });
        };
        const auto chosen = plainLoneZone(*layer);
        QVERIFY(chosen);
        const auto &[zone, insidePoint] = *chosen;
        const std::optional<QPointF> inside = insidePoint;
        frame(zone);
        // East by 1.2 times its width, and at least 400 pixels: into other tiles of the layer
        // (each a sixth of it, ~320 pixels wide here), which must be drawn again too.
        const double metresPerPixel = 1 / std::abs(layer->mercatorToMap().m11());
        const QPointF shift(std::max(zone.bounds.width() * 1.2, 400 * metresPerPixel), 0);
        QCOMPARE(coveredBy(*inside + shift), 0);
        const Zone stored = ZoneReader::withIds(m_window->store(), {zone.id}).zones.value(0);
        QCOMPARE(stored.id, zone.id);
        const double degrees = WebMercator::unproject(zone.bounds.topLeft() + shift).x() - WebMercator::unproject(zone.bounds.topLeft()).x();
        QJsonArray ring;
        for (const QPointF &p : stored.geometry.polygons().first().first())
            ring.append(QJsonArray{p.x() + degrees, p.y()});
        const ZoneGeometry moved = ZoneGeometry::fromGeoJson(
            {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), QJsonArray{ring}}});
        QVERIFY(m_window->store().update(QStringLiteral("zones"), zone.id, Zone::geometryColumns(moved, stored.constraints)));
        QTRY_COMPARE(layer->zoneAt(layer->mercatorToMap().map(*inside + shift)), zone.id);

        const QColor background = mapBackground;
        const QColor expected = zoneFill(zone);
        const QPoint was = layer->mercatorToMap().map(*inside).toPoint();
        const QPoint now = layer->mercatorToMap().map(*inside + shift).toPoint();
        QVERIFY(m_map->quickWidget()->rect().contains(was) && m_map->quickWidget()->rect().contains(now));
        QTRY_VERIFY2(channelDistance(m_map->quickWidget()->grabFramebuffer().pixelColor(now), expected) <= 10,
                     qPrintable(m_map->quickWidget()->grabFramebuffer().pixelColor(now).name() + u" vs " + expected.name()));
        QTRY_VERIFY2(channelDistance(m_map->quickWidget()->grabFramebuffer().pixelColor(was), background) <= 6,
                     qPrintable(m_map->quickWidget()->grabFramebuffer().pixelColor(was).name()));
        // and back, for the tests that follow
        QVERIFY(m_window->store().update(QStringLiteral("zones"), zone.id, Zone::geometryColumns(stored.geometry, stored.constraints)));
        QTRY_VERIFY2(channelDistance(m_map->quickWidget()->grabFramebuffer().pixelColor(was), expected) <= 10,
                     qPrintable(m_map->quickWidget()->grabFramebuffer().pixelColor(was).name()));
    }

    // A zoom scales what is drawn while it goes on, then draws the zones again at the new
    // scale: the zone is where the map says, in its colour, sharp (the layer unscaled).
    void aZoomScalesThenDrawsAgain()
    {
        ZoneLayer *layer = m_map->layer();
        const auto chosen = plainLoneZone(*layer);
        QVERIFY(chosen);
        const auto &[zone, insidePoint] = *chosen;
        const std::optional<QPointF> inside = insidePoint;
        frame(zone);
        QTRY_COMPARE(layer->scale(), 1.0);
        const QColor expected = zoneFill(zone);
        QObject *map = layer->map();
        map->setProperty("zoomLevel", map->property("zoomLevel").toDouble() - 0.5);
        QTRY_VERIFY(std::abs(layer->scale() - std::pow(2.0, -0.5)) < 0.01);
        // scaled, the zone is already where the map now puts it
        const QImage scaled = m_map->quickWidget()->grabFramebuffer();
        if (layer->scale() != 1.0)
            QVERIFY2(channelDistance(scaled.pixelColor(layer->mercatorToMap().map(*inside).toPoint()), expected) <= 10,
                     qPrintable(scaled.pixelColor(layer->mercatorToMap().map(*inside).toPoint()).name() + u" vs " + expected.name()));
        QTRY_COMPARE(layer->scale(), 1.0);
        QTest::qWait(100);
        const QPoint pixel = layer->mercatorToMap().map(*inside).toPoint();
        QTRY_VERIFY2(channelDistance(m_map->quickWidget()->grabFramebuffer().pixelColor(pixel), expected) <= 10,
                     qPrintable(m_map->quickWidget()->grabFramebuffer().pixelColor(pixel).name() + u" vs " + expected.name()));
    }

    void clickSelectsTheExperiment()
    {
        ZoneLayer *layer = m_map->layer();
        const qint64 current = m_experiments->currentRecord();
        const MapZone *chosen = nullptr;
        std::optional<QPointF> inside;
        for (const MapZone &zone : layer->zones()) {
            if (zone.experimentId == current)
                continue;
            inside = lonePoint(*layer, zone);
            if (inside) {
                chosen = &zone;
                break;
            }
        }
        QVERIFY(chosen);
        const MapZone zone = *chosen;
        frame(zone);
        const QPoint pixel = layer->mercatorToMap().map(*inside).toPoint();
        QCOMPARE(layer->zoneAt(pixel), zone.id);
        QTest::mouseClick(m_map->quickWidget(), Qt::LeftButton, {}, pixel);
        QTRY_COMPARE(m_experiments->currentRecord(), zone.experimentId);
        QCOMPARE(layer->highlightedExperiment(), zone.experimentId);
        QCOMPARE(m_map->currentExperiment(), zone.experimentId);

        // The chosen experiment's zones are drawn stronger, on top of the others.
        const QColor background(0xee, 0xf0, 0xec);
        const QColor colour = RecordColours::domain(zone.domain);
        const auto over = [](QColor top, double alpha, QColor below) {
            return QColor(int(top.red() * alpha + below.red() * (1 - alpha)),
                          int(top.green() * alpha + below.green() * (1 - alpha)),
                          int(top.blue() * alpha + below.blue() * (1 - alpha)));
        };
        const QColor expected = over(colour, 170 / 255.0, over(colour, 90 / 255.0, background));
        QTRY_VERIFY2(channelDistance(m_map->quickWidget()->grabFramebuffer().pixelColor(pixel), expected) <= 12,
                     qPrintable(m_map->quickWidget()->grabFramebuffer().pixelColor(pixel).name() + u" vs " + expected.name()));
    }

    void caseManagerChoiceShowsOnTheMap()
    {
        ZoneLayer *layer = m_map->layer();
        // An experiment with zones other than the current one.
        qint64 target = -1;
        QRectF bounds;
        for (const MapZone &zone : layer->zones()) {
            if (target < 0 && zone.experimentId != m_map->currentExperiment())
                target = zone.experimentId;
            if (zone.experimentId == target)
                bounds |= zone.bounds;
        }
        QVERIFY(target >= 0);
        m_window->showView(QStringLiteral("experiments"));
        m_experiments->reveal(target);
        QCOMPARE(m_experiments->currentRecord(), target);
        m_window->showView(QStringLiteral("map"));
        QTRY_COMPARE(layer->highlightedExperiment(), target);
        const QRectF view(QPointF(0, 0), layer->viewSize());
        QTRY_VERIFY(view.contains(layer->mercatorToMap().map(bounds.center())));
        QTRY_VERIFY(view.contains(layer->mercatorToMap().mapRect(bounds)));
    }

    // A folder of {z}/{x}/{y}.png tiles (as "citylab tiles prefetch" writes) is what the
    // map shows under the zones when the tile folder is chosen.
    void offlineTileFolderIsShown()
    {
        const QString folder = m_dir.filePath(QStringLiteral("tiles"));
        QImage red(256, 256, QImage::Format_RGB32);
        red.fill(QColor(200, 30, 30));
        const int n = 1 << 12;
        const int cx = int((7.6869 + 180) / 360 * n);
        const int cy = int((1 - std::asinh(std::tan(qDegreesToRadians(45.0703))) / M_PI) / 2 * n);
        for (int x = cx - 4; x <= cx + 4; ++x) {
            for (int y = cy - 3; y <= cy + 3; ++y) {
                QVERIFY(QDir().mkpath(QStringLiteral("%1/12/%2").arg(folder).arg(x)));
                QVERIFY(red.save(QStringLiteral("%1/12/%2/%3.png").arg(folder).arg(x).arg(y)));
            }
        }
        TileSettings tiles;
        tiles.source = TileSettings::OfflineFolder;
        tiles.offlineFolder = folder;
        tiles.save();
        Store store;
        QVERIFY(store.open(m_demo));
        MapView view(store);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QObject *map = view.layer()->map();
        map->setProperty("zoomLevel", 12.0);
        map->setProperty("center", QVariant::fromValue(QGeoCoordinate(45.0703, 7.6869)));
        // A corner of the map, clear of zones, turns the tiles' colour once they load.
        const QPoint corner(8, 8);
        QVERIFY(view.layer()->zoneAt(corner) < 0);
        QTRY_VERIFY_WITH_TIMEOUT(channelDistance(view.quickWidget()->grabFramebuffer().pixelColor(corner),
                                                 QColor(200, 30, 30)) <= 6, 10000);
        TileSettings none;
        none.source = TileSettings::NoTiles;
        none.save();
    }

    // Offline, the map says so over the map instead of showing grey squares (the plugin
    // wrote only to the terminal), and names no OpenStreetMap for tiles it did not show.
    void saysWhenTilesCannotBeLoaded()
    {
        const auto open = [this](const TileSettings &tiles, const QString &expected) {
            tiles.save();
            Store store;
            QVERIFY(store.open(m_demo));
            MapView view(store);
            view.resize(1000, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            auto *problem = view.findChild<QLabel *>(QStringLiteral("tileProblem"));
            QVERIFY(problem);
            QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
            QVERIFY2(problem->text().contains(expected), qPrintable(problem->text()));
            auto *attribution = view.quickWidget()->rootObject()->findChild<QQuickItem *>(QStringLiteral("attribution"));
            QVERIFY(attribution && !attribution->isVisible());
        };
        TileSettings server;
        server.source = TileSettings::CustomUrl;
        server.customUrl = QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png");   // nothing listens there
        open(server, QStringLiteral("127.0.0.1"));
        QTemporaryDir empty;
        TileSettings folder;
        folder.source = TileSettings::OfflineFolder;
        folder.offlineFolder = empty.path();
        open(folder, QStringLiteral("has no tiles for this area"));
        TileSettings none;
        none.source = TileSettings::NoTiles;
        none.save();
    }

    void activeDayFiltersZones_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::newRow("reference day") << testsupport::referenceDay();
        QTest::newRow("a year before") << testsupport::referenceDay().addYears(-1);
        QTest::newRow("long ago") << QDate(2000, 1, 1);
    }
    void activeDayFiltersZones()
    {
        QFETCH(QDate, day);
        QSqlQuery query(m_window->store().database());
        query.prepare(QStringLiteral("SELECT count(*) FROM zones WHERE (active_from IS NULL OR substr(active_from, 1, 10) <= :day)"
                                     " AND (active_to IS NULL OR substr(active_to, 1, 10) >= :day)"));
        query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
        QVERIFY(query.exec() && query.next());
        const int expected = query.value(0).toInt();
        m_map->setActiveDay(day);
        QCOMPARE(m_map->visibleZoneCount(), expected);
        QCOMPARE(m_map->layer()->zones().size(), expected);
        m_map->setActiveDay({});
        QSqlQuery all(QStringLiteral("SELECT count(*) FROM zones"), m_window->store().database());
        QVERIFY(all.next());
        QCOMPARE(m_map->visibleZoneCount(), all.value(0).toInt());
    }

    // Moving the pointer over a zone labels it with its name and experiment; off it, no label.
    void hoverLabelsTheZone()
    {
        ZoneLayer *layer = m_map->layer();
        const MapZone *chosen = nullptr;
        std::optional<QPointF> inside;
        for (const MapZone &zone : layer->zones()) {
            inside = lonePoint(*layer, zone);
            if (inside) {
                chosen = &zone;
                break;
            }
        }
        QVERIFY(chosen);
        const MapZone zone = *chosen;
        frame(zone);
        // Under load the framing animation may still be moving the map after frame():
        // each try points again at where the zone is now, with a motion the server reports.
        const auto pointAtTheZone = [&] {
            const QPoint pixel = layer->mercatorToMap().map(*inside).toPoint();
            QTest::mouseMove(m_map->quickWidget(), pixel + QPoint(1, 0));
            QTest::mouseMove(m_map->quickWidget(), pixel);
            return layer->hoverText().contains(zone.name);
        };
        QTRY_VERIFY(pointAtTheZone());
        QVERIFY(layer->hoverText().contains(zone.code));
        QPoint away;
        for (const QPoint &p : {QPoint(4, 4), QPoint(m_map->quickWidget()->width() - 4, 4),
                                QPoint(4, m_map->quickWidget()->height() - 40)})
            if (layer->zoneAt(p) < 0)
                away = p;
        QVERIFY(!away.isNull());
        QTest::mouseMove(m_map->quickWidget(), away);
        QTRY_VERIFY(layer->hoverText().isEmpty());
    }

    // Each filter of the side panel leaves exactly the zones the store says match it.
    void filtersNarrowTheZones_data()
    {
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("sql");   // the matching zones' count for the combo's :value
        QTest::newRow("domain") << QStringLiteral("mapDomain")
                                << QStringLiteral("SELECT count(*) FROM zones z JOIN experiments e ON e.id = z.experiment_id"
                                                  " WHERE e.domain = :value");
        QTest::newRow("stage") << QStringLiteral("mapStage")
                               << QStringLiteral("SELECT count(*) FROM zones z JOIN experiments e ON e.id = z.experiment_id"
                                                 " WHERE e.stage = :value");
        QTest::newRow("organization") << QStringLiteral("mapOrganization")
                                      << QStringLiteral("SELECT count(*) FROM zones z JOIN experiments e ON e.id = z.experiment_id"
                                                        " WHERE e.lead_organization_id = :value");
        QTest::newRow("experiment") << QStringLiteral("mapExperiment")
                                    << QStringLiteral("SELECT count(*) FROM zones WHERE experiment_id = :value");
    }
    void filtersNarrowTheZones()
    {
        QFETCH(QString, combo);
        QFETCH(QString, sql);
        auto *box = m_map->findChild<QComboBox *>(combo);
        QVERIFY(box);
        const int all = m_map->visibleZoneCount();
        int tried = 0;
        for (int i = 1; i < box->count() && tried < 3; ++i) {
            QSqlQuery query(m_window->store().database());
            query.prepare(sql);
            query.bindValue(QStringLiteral(":value"), box->itemData(i));
            QVERIFY(query.exec() && query.next());
            const int expected = query.value(0).toInt();
            if (expected == 0)
                continue;   // a stage no zone is in
            ++tried;
            box->setCurrentIndex(i);
            QVERIFY2(m_map->visibleZoneCount() == expected,
                     qPrintable(QStringLiteral("%1: %2 shown, %3 expected").arg(box->itemText(i)).arg(m_map->visibleZoneCount()).arg(expected)));
            QCOMPARE(m_map->layer()->zones().size(), expected);
            QVERIFY(expected < all);
        }
        QVERIFY(tried > 0);
        box->setCurrentIndex(0);
        QCOMPARE(m_map->visibleZoneCount(), all);
    }

    // The search box jumps to a zone by name: its experiment becomes the current one here
    // and in the case manager, and the zone is framed.
    void searchJumpsToAZone()
    {
        ZoneLayer *layer = m_map->layer();
        const MapZone *target = nullptr;
        // A name no other zone has, so the jump has one right answer.
        for (const MapZone &zone : layer->zones()) {
            if (target || zone.experimentId == m_map->currentExperiment())
                continue;
            const auto same = std::count_if(layer->zones().cbegin(), layer->zones().cend(), [&zone](const MapZone &z) {
                return z.name.compare(zone.name, Qt::CaseInsensitive) == 0;
            });
            if (same == 1)
                target = &zone;
        }
        QVERIFY(target);
        const MapZone zone = *target;
        auto *search = m_map->findChild<QLineEdit *>(QStringLiteral("mapSearch"));
        QVERIFY(search);
        search->setText(zone.name);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_experiments->currentRecord(), zone.experimentId);
        QCOMPARE(layer->highlightedExperiment(), zone.experimentId);
        const QRectF view(QPointF(0, 0), layer->viewSize());
        QTRY_VERIFY(view.contains(layer->mercatorToMap().map(zone.bounds.center())));
        search->clear();
    }

    // Play moves the day forward by itself, and the zones shown follow the day.
    void playAdvancesTheDay()
    {
        auto *day = m_map->findChild<QDateEdit *>(QStringLiteral("mapDay"));
        auto *play = m_map->findChild<QToolButton *>(QStringLiteral("mapPlay"));
        QVERIFY(day && play);
        m_map->setActiveDay(QDate(testsupport::referenceDay().year(), 3, 1));
        QVERIFY(play->isEnabled());
        const QDate start = day->date();
        play->click();
        QTRY_VERIFY(day->date() >= start.addDays(6));
        play->click();
        QVERIFY(!play->isChecked());
        const QDate stopped = day->date();
        QTest::qWait(300);
        QCOMPARE(day->date(), stopped);
        QSqlQuery query(m_window->store().database());
        query.prepare(QStringLiteral("SELECT count(*) FROM zones WHERE (active_from IS NULL OR substr(active_from, 1, 10) <= :day)"
                                     " AND (active_to IS NULL OR substr(active_to, 1, 10) >= :day)"));
        query.bindValue(QStringLiteral(":day"), stopped.toString(Qt::ISODate));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(m_map->visibleZoneCount(), query.value(0).toInt());
        m_map->setActiveDay({});
    }

    // Colour by stage: the zones take their experiment's stage colour on screen and the
    // legend names the stages instead of the domains.
    void colourByStage()
    {
        auto *colourBy = m_map->findChild<QComboBox *>(QStringLiteral("mapColourBy"));
        auto *legend = m_map->findChild<QLabel *>(QStringLiteral("mapLegend"));
        QVERIFY(colourBy && legend);
        ZoneLayer *layer = m_map->layer();
        // A zone whose stage colour differs from its domain colour, so the change shows.
        const MapZone *chosen = nullptr;
        std::optional<QPointF> inside;
        for (const MapZone &zone : layer->zones()) {
            if (zone.experimentId == layer->highlightedExperiment()
                || channelDistance(RecordColours::stage(zone.stage), RecordColours::domain(zone.domain)) < 60)
                continue;
            inside = lonePoint(*layer, zone);
            if (inside) {
                chosen = &zone;
                break;
            }
        }
        QVERIFY(chosen);
        const MapZone zone = *chosen;
        colourBy->setCurrentIndex(1);
        frame(zone);
        const QColor background(0xee, 0xf0, 0xec);
        const QColor colour = RecordColours::stage(zone.stage);
        const double a = 90 / 255.0;
        const QColor expected(int(colour.red() * a + background.red() * (1 - a)),
                              int(colour.green() * a + background.green() * (1 - a)),
                              int(colour.blue() * a + background.blue() * (1 - a)));
        const QPoint pixel = layer->mercatorToMap().map(*inside).toPoint();
        QTRY_VERIFY2(channelDistance(m_map->quickWidget()->grabFramebuffer().pixelColor(pixel), expected) <= 10,
                     qPrintable(m_map->quickWidget()->grabFramebuffer().pixelColor(pixel).name() + u" vs " + expected.name()));
        for (const QString &key : Vocabulary::keys(Vocabulary::Stage))
            QVERIFY2(legend->text().contains(Vocabulary::label(Vocabulary::Stage, key).toHtmlEscaped()), qPrintable(key));
        QVERIFY(!legend->text().contains(Vocabulary::label(Vocabulary::Domain, zone.domain).toHtmlEscaped()));
        colourBy->setCurrentIndex(0);
        QVERIFY(legend->text().contains(Vocabulary::label(Vocabulary::Domain, zone.domain).toHtmlEscaped()));
    }

    // The side panel's experiment page fits its width after the panel is made narrower:
    // its outcome charts are drawn again, not left as wide as before behind a scroll bar.
    void sidePanelChartsFollowItsWidth()
    {
        auto *panel = m_map->findChild<QTextBrowser *>(QStringLiteral("experimentDetails"));
        QVERIFY(panel);
        bool charts = false;
        for (const MapZone &zone : m_map->layer()->zones()) {
            m_map->showExperiment(zone.experimentId);
            if ((charts = panel->toHtml().contains(QStringLiteral("chart:experiment"))))
                break;
        }
        QVERIFY2(charts, "no experiment with zones has outcome charts");
        QTRY_COMPARE(panel->horizontalScrollBar()->maximum(), 0);
        QSplitter *splitter = nullptr;
        for (QSplitter *s : m_map->findChildren<QSplitter *>())
            if (s->orientation() == Qt::Horizontal)
                splitter = s;
        QVERIFY(splitter);
        const QList<int> before = splitter->sizes();
        const int width = panel->viewport()->width();
        splitter->setSizes({before.at(0) + 40, before.at(1) - 40});
        QTRY_VERIFY(panel->viewport()->width() <= width - 30);
        QTRY_COMPARE(panel->horizontalScrollBar()->maximum(), 0);
        splitter->setSizes(before);
    }

    // In Italian the search box's hint is read whole, not cut off at "sperime…".
    void italianSearchHintFits()
    {
        auto *search = m_map->findChild<QLineEdit *>(QStringLiteral("mapSearch"));
        QVERIFY(search);
        const QString english = search->placeholderText();
        QVERIFY(Language::install(QStringLiteral("it")));
        QCoreApplication::processEvents();
        QTRY_VERIFY(search->placeholderText() != english);
        auto *domain = m_map->findChild<QComboBox *>(QStringLiteral("mapDomain"));
        QVERIFY(domain);
        QCOMPARE(domain->itemText(0), QCoreApplication::translate("citylab::MapFilterPanel", "All domains"));
        QVERIFY(domain->itemText(0) != QStringLiteral("All domains"));
        QTest::qWait(50);   // the layout takes the new minimum
        const QFontMetrics metrics = search->fontMetrics();
        // The line edit's padding as its sizeHint counts it (17 'x' of text plus padding).
        const int padding = search->sizeHint().width() - 17 * metrics.horizontalAdvance(u'x');
        const int needed = metrics.horizontalAdvance(search->placeholderText()) + padding;
        QVERIFY2(search->width() >= needed, qPrintable(QStringLiteral("%1 px wide, the hint needs %2").arg(search->width()).arg(needed)));
        if (const QString shots = qEnvironmentVariable("CITYLAB_TEST_SCREENSHOTS"); !shots.isEmpty())
            m_window->grab().save(shots + QStringLiteral("/map-it.png"));
        QVERIFY(Language::install(QStringLiteral("en")));
        QCoreApplication::processEvents();
    }

    // A zone whose stored outline cannot be read is named under the map, not dropped silently.
    void unreadableZonesAreNamed()
    {
        Store &store = m_window->store();
        const qint64 id = store.insert(QStringLiteral("zones"), {{QStringLiteral("experiment_id"), 1},
                                                                 {QStringLiteral("name"), QStringLiteral("Contorno illeggibile")},
                                                                 {QStringLiteral("geometry"), QStringLiteral("{\"type\":\"Polygon\"}")},
                                                                 {QStringLiteral("min_lon"), 7.6}, {QStringLiteral("max_lon"), 7.61},
                                                                 {QStringLiteral("min_lat"), 45.0}, {QStringLiteral("max_lat"), 45.01}});
        QVERIFY2(id > 0, qPrintable(store.errorString()));
        auto *count = m_map->findChild<QLabel *>(QStringLiteral("mapCount"));
        QVERIFY(count);
        QTRY_VERIFY2(count->text().contains(QLatin1String("Contorno illeggibile")), qPrintable(count->text()));
        QVERIFY(count->text().contains(QLatin1String("cannot be drawn")));
        QVERIFY(store.remove(QStringLiteral("zones"), id));
        QTRY_VERIFY(!count->text().contains(QLatin1String("Contorno illeggibile")));
    }

    // Another program (the CLI) imports one zone with a courtyard into the open file: the
    // map reads that zone alone, draws it with its hole, and a click in the hole misses it.
    void anotherProgramsZoneReachesTheMapAlone()
    {
        const QString code = m_window->store().record(QStringLiteral("experiments"), 1).value(QStringLiteral("code")).toString();
        QFile file(m_dir.filePath(QStringLiteral("cortile.geojson")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"Feature","properties":{"name":"Cortile del Rettorato"},
            "geometry":{"type":"Polygon","coordinates":[[[7.60,45.00],[7.62,45.00],[7.62,45.02],[7.60,45.02],[7.60,45.00]],
                [[7.605,45.005],[7.615,45.005],[7.615,45.015],[7.605,45.015],[7.605,45.005]]]}})");
        file.close();
        const int before = int(m_map->layer()->zones().size());
        const testsupport::RunResult run = testsupport::runCitylab({QStringLiteral("import"), QStringLiteral("zones"), file.fileName(),
                                                                    QStringLiteral("--db"), m_demo,
                                                                    QStringLiteral("--experiment"), code});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const auto imported = [this]() -> const MapZone * {
            for (const MapZone &zone : m_map->layer()->zones())
                if (zone.name == QLatin1String("Cortile del Rettorato"))
                    return &zone;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(imported(), 10000);
        QCOMPARE(m_map->zonesReadByLastUpdate(), 1);   // that zone, not the city
        QCOMPARE(int(m_map->layer()->zones().size()), before + 1);
        const MapZone zone = *imported();
        QCOMPARE(zone.polygons.value(0).size(), 2);   // the outer ring and the courtyard
        frame(zone);
        const QTransform toScreen = m_map->layer()->mercatorToMap();
        QCOMPARE(m_map->layer()->zoneAt(toScreen.map(WebMercator::project(QPointF(7.602, 45.01)))), zone.id);
        QVERIFY(m_map->layer()->zoneAt(toScreen.map(WebMercator::project(QPointF(7.61, 45.01)))) != zone.id);
    }

    // The Zones tab lists what the map shows, and follows it: a zone another program (the
    // CLI) imports while the list is on screen appears in it, and one deleted in the window
    // goes, also when that happened while the list was hidden.
    void zoneListFollowsTheMap()
    {
        QTabWidget *tabs = m_map->conflictsPanel()->tabs();
        tabs->setCurrentWidget(m_map->zoneList());
        QTableView *list = m_map->zoneList()->view();
        QTRY_COMPARE(list->model()->rowCount(), m_map->visibleZoneCount());
        const auto listed = [list](const QString &name) {
            return !list->model()->match(list->model()->index(0, 1), Qt::DisplayRole, name, 1, Qt::MatchExactly).isEmpty();
        };
        const QString code = m_window->store().record(QStringLiteral("experiments"), 1).value(QStringLiteral("code")).toString();
        const testsupport::RunResult run = testsupport::importZoneWithCli(
            m_demo, code, QStringLiteral("Chiostro di San Filippo"), m_dir.filePath(QStringLiteral("chiostro.geojson")), 7.63, 45.03, 0.01);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("Chiostro di San Filippo")), 10000);
        QCOMPARE(list->model()->rowCount(), m_map->visibleZoneCount());

        tabs->setCurrentIndex(0);   // the conflicts: the list is hidden
        QVERIFY(!m_map->zoneList()->isVisible());
        qint64 id = -1;
        for (const MapZone &zone : m_map->layer()->zones())
            if (zone.name == QLatin1String("Chiostro di San Filippo"))
                id = zone.id;
        QVERIFY(id > 0);
        QVERIFY(m_window->store().remove(QStringLiteral("zones"), id));
        tabs->setCurrentWidget(m_map->zoneList());
        QTRY_COMPARE(list->model()->rowCount(), m_map->visibleZoneCount());
        QVERIFY(!listed(QStringLiteral("Chiostro di San Filippo")));
        tabs->setCurrentIndex(0);
    }

    // The map behind another view takes what changed when it is shown again, not at each
    // change: a zone the CLI imports meanwhile is drawn then, that zone read alone.
    void aZoneImportedWhileTheMapIsHiddenIsDrawnWhenShown()
    {
        m_window->showView(QStringLiteral("experiments"));
        QVERIFY(!m_map->isVisible());
        QLabel *status = nullptr;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            if (label->text().contains(QLatin1String(" zones")))
                status = label;
        QVERIFY(status);
        const QString statusBefore = status->text();
        const QString code = m_window->store().record(QStringLiteral("experiments"), 2).value(QStringLiteral("code")).toString();
        const testsupport::RunResult run = testsupport::importZoneWithCli(
            m_demo, code, QStringLiteral("Cortile dietro le quinte"), m_dir.filePath(QStringLiteral("dietro.geojson")), 7.650, 45.050);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != statusBefore, 2000);   // the window heard of it
        const auto drawn = [this] {
            return std::any_of(m_map->layer()->zones().cbegin(), m_map->layer()->zones().cend(),
                               [](const MapZone &zone) { return zone.name == QLatin1String("Cortile dietro le quinte"); });
        };
        QVERIFY(!drawn());
        m_window->showView(QStringLiteral("map"));
        QVERIFY(drawn());
        QCOMPARE(m_map->zonesReadByLastUpdate(), 1);
    }

    // Where a test really ran: the demo's track of one experiment is drawn with its one
    // excursion when the experiment is shown ("Show on the map" on its page), its page lists
    // it, and a track another program records (the command line) reaches both by itself.
    void tracksAreDrawnAndListed()
    {
        Store &store = m_window->store();
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT t.experiment_id, t.attachment_id, e.code FROM tracks t JOIN experiments e ON e.id = t.experiment_id")));
        QVERIFY2(q.next(), "the demo has a track");
        const qint64 experiment = q.value(0).toLongLong(), attachment = q.value(1).toLongLong();
        const QString code = q.value(2).toString();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tracks")) && q.next());
        const qint64 track = q.value(0).toLongLong();
        q.finish();
        QVERIFY(Language::install(QStringLiteral("en")));
        QVERIFY(QDesktopServices::openUrl(QUrl(QStringLiteral("map:track/%1/%2").arg(experiment).arg(track))));
        QTRY_COMPARE(m_map->layer()->highlightedExperiment(), experiment);
        QTRY_COMPARE(m_map->layer()->trackExcursions().size(), 1);
        const auto pageText = [this] {
            QString text;
            for (const QTextBrowser *browser : m_map->findChildren<QTextBrowser *>())
                text += browser->toPlainText();
            return text;
        };
        QTRY_VERIFY(pageText().contains(QStringLiteral("Where the tests ran")));
        QVERIFY(pageText().contains(QStringLiteral("1 excursion outside what was authorized.")));
        QVERIFY(m_map->legendText().contains(QStringLiteral("where the tests ran")));
        QTest::qWait(1500);   // the framing animation
        if (const QString dir = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !dir.isEmpty())
            m_window->grab().save(QDir(dir).filePath(QStringLiteral("map-track.png")));

        // the same file recorded again by another program: a second track, drawn and listed
        QByteArray data;
        QString fileName, error;
        QVERIFY2(Attachments::content(store, attachment, &data, &fileName, &error), qPrintable(error));
        QFile file(m_dir.filePath(QStringLiteral("secondo-volo.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
        file.close();
        const testsupport::RunResult run = testsupport::runCitylab({QStringLiteral("footprint"), file.fileName(), QStringLiteral("--db"),
                                                                    m_demo, QStringLiteral("--experiment"), code, QStringLiteral("--record")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
        QTRY_COMPARE_WITH_TIMEOUT(m_map->layer()->trackExcursions().size(), 2, 10000);
        QTRY_VERIFY(pageText().contains(QStringLiteral("secondo-volo.csv")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
