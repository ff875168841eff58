// SPDX-License-Identifier: GPL-3.0-or-later
// The map with every zone of the scale-100 store (about 9,000 zones) against the same map
// with no zones, and against the naive design (one MapPolygon per zone through a
// MapItemView, 2,000 zones), all in one run, in a 1280x800 window under X with Qt Quick's
// OpenGL path (run under xvfb-run by packaging/dev.sh bench). Tiles are off so the network
// plays no part. Prints "map_... VALUE" lines, "ratio map_pan_10k_vs_empty VALUE"
// (goal <= 2), "ratio map_zoom_10k_vs_empty" (a smooth zoom's median frame, goal <= 1.5),
// the time from opening the view to its first frame with all zones
// (goal <= 1000 ms), and "ratio map_edit_one_zone_ms_per_16ms" (goal <= 1): one zone's
// outline saved through the Store to the next frame.
#include "benchsupport.h"
#include "geo/webmercator.h"
#include "geo/localplane.h"
#include "geo/zone.h"
#include "geo/zonereader.h"
#include "map/conflictspanel.h"
#include "map/mapgeometry.h"
#include "map/mapview.h"
#include "map/tilesettings.h"
#include "map/zonelayer.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>

using namespace citylab;
using benchsupport::median;

namespace {

// Waits until the Quick scene behind `widget` has rendered a frame; false on time-out.
bool waitForFrame(QQuickWidget *widget, bool &rendered, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!rendered && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    Q_UNUSED(widget);
    return rendered;
}

// Median milliseconds from a programmatic pan of the map to the rendered frame.
double panFrameTime(QQuickWidget *widget, QObject *map, int frames = 60, int stepPixels = 24, bool backAndForth = true)
{
    bool rendered = false;
    const QMetaObject::Connection connection = QObject::connect(
        widget->quickWindow(), &QQuickWindow::afterRendering, widget, [&rendered] { rendered = true; },
        Qt::DirectConnection);
    QList<double> times;
    for (int i = 0; i < frames + 5; ++i) {
        rendered = false;
        QElapsedTimer timer;
        timer.start();
        // Back and forth, so the same zones stay in view.
        const int step = (!backAndForth || i % 2 == 0) ? stepPixels : -stepPixels;
        QMetaObject::invokeMethod(map, "pan", Q_ARG(int, step), Q_ARG(int, step / 2));
        if (!waitForFrame(widget, rendered))
            return -1;
        if (i >= 5)   // the first frames warm caches up
            times << timer.nsecsElapsed() / 1e6;
    }
    QObject::disconnect(connection);
    return median(times);
}

// Median milliseconds from a step of a smooth zoom (a twentieth of a level, as a touchpad or
// a smooth wheel gives) to the rendered frame: in by one level, out again, `rounds` times.
double zoomFrameTime(QQuickWidget *widget, QObject *map, int rounds = 2)
{
    bool rendered = false;
    const QMetaObject::Connection connection = QObject::connect(
        widget->quickWindow(), &QQuickWindow::afterRendering, widget, [&rendered] { rendered = true; },
        Qt::DirectConnection);
    const double start = map->property("zoomLevel").toDouble();
    QList<double> times;
    for (int i = 0; i < rounds * 40; ++i) {
        const int step = i % 40;
        const double level = start + (step < 20 ? step + 1 : 39 - step) / 20.0;
        rendered = false;
        QElapsedTimer timer;
        timer.start();
        map->setProperty("zoomLevel", level);
        if (!waitForFrame(widget, rendered))
            return -1;
        times << timer.nsecsElapsed() / 1e6;
    }
    QObject::disconnect(connection);
    // the zoom has stopped: the zones are drawn again at its scale before what follows
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return median(times);
}

// Until the conflicts panel's searches on the worker are over and their results drawn.
void waitUntilQuiet(MapView *view)
{
    QElapsedTimer timer;
    timer.start();
    while (view->conflictsPanel()->isComputing() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 50)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// A copy of the geometry moved `east` metres: what dragging a zone on the map saves.
ZoneGeometry moved(const ZoneGeometry &geometry, double east)
{
    const QPointF centre = geometry.bounds().center();
    const double degrees = east / LocalPlane(centre).metresPerDegreeLon();
    QJsonArray polygons;
    for (const ZoneGeometry::Polygon &polygon : geometry.polygons()) {
        QJsonArray rings;
        for (const ZoneGeometry::Ring &ring : polygon) {
            QJsonArray points;
            for (const QPointF &p : ring)
                points.append(QJsonArray{p.x() + degrees, p.y()});
            rings.append(points);
        }
        polygons.append(rings);
    }
    return ZoneGeometry::fromGeoJson({{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                                      {QStringLiteral("coordinates"), polygons}});
}

// Median milliseconds from saving one zone's new outline through the Store (as the zone
// editor does when a drag ends) to the next frame, with the zone's experiment shown beside
// the map as it is while one edits it. The zone goes back and forth by 30 m.
double editFrameTime(Store &store, MapView *view, bool withPage, int edits = 21)
{
    const QList<MapZone> &zones = view->layer()->zones();
    const MapZone &target = zones.at(zones.size() / 2);
    const Zone zone = ZoneReader::withIds(store, {target.id}).zones.value(0);
    if (zone.id < 0)
        return -1;
    if (withPage)
        view->showExperiment(zone.experimentId);
    QCoreApplication::processEvents();
    bool rendered = false;
    const QMetaObject::Connection connection = QObject::connect(
        view->quickWidget()->quickWindow(), &QQuickWindow::afterRendering, view, [&rendered] { rendered = true; },
        Qt::DirectConnection);
    QList<double> times, savedTimes;
    for (int i = 0; i < edits; ++i) {
        const ZoneGeometry outline = i % 2 == 0 ? moved(zone.geometry, 30) : zone.geometry;
        // Each edit from a quiet window, as a user's edits come seconds apart: the previous
        // edit's conflict search (on a worker) has reported and its results are on screen.
        waitUntilQuiet(view);
        rendered = false;
        QElapsedTimer timer;
        timer.start();
        if (!store.update(QStringLiteral("zones"), zone.id, Zone::geometryColumns(outline, zone.constraints)))
            return -1;
        const double saved = timer.nsecsElapsed() / 1e6;
        if (!waitForFrame(view->quickWidget(), rendered))
            return -1;
        times << timer.nsecsElapsed() / 1e6;
        savedTimes << saved;
    }
    QObject::disconnect(connection);
    // Of which: the write and everything the window does at once on hearing of it.
    QTextStream(stdout) << "map_edit_one_zone_ms_until_saved" << (withPage ? "" : "_no_page") << ' ' << median(savedTimes) << '\n';
    return median(times);
}

QString naiveQml()
{
    return QStringLiteral(R"(
import QtQuick
import QtLocation
import QtPositioning
Map {
    plugin: Plugin { name: "itemsoverlay" }
    color: "#eef0ec"
    MapItemView {
        model: naiveZones
        delegate: MapPolygon {
            path: modelData
            color: "#5a56b4e9"
            border.color: "#2f6f99"
            border.width: 1
        }
    }
}
)");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");   // the real OpenGL path, as on a desktop
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CityLabBench"));
    QCoreApplication::setApplicationName(QStringLiteral("CityLabBench"));
    QSettings().clear();
    TileSettings tiles;
    tiles.source = TileSettings::NoTiles;
    tiles.save();

    QTextStream out(stdout);
    const QString data = qEnvironmentVariable("CITYLAB_BENCH_DATA", QDir::currentPath());
    const QString db = QDir(data).filePath(QStringLiteral("scale100.citylab"));
    Store store;
    if (!QFile::exists(db) || !store.open(db, Store::OpenMode::Inspect)) {
        out << "bench_map: " << db << " is missing or unreadable; run packaging/dev.sh bench\n";
        return 1;
    }
    out << "bench_map: platform " << QGuiApplication::platformName() << '\n';

    // Opening the view: construction (loading and projecting every zone) to the first
    // frame drawn with them.
    QWidget window;
    window.resize(1280, 800);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    QElapsedTimer opening;
    opening.start();
    auto *view = new MapView(store, &window);
    layout->addWidget(view);
    bool firstFrame = false;
    QObject::connect(view->quickWidget()->quickWindow(), &QQuickWindow::afterRendering, view,
                     [&firstFrame] { firstFrame = true; }, Qt::DirectConnection);
    window.show();
    if (!view->layer() || !waitForFrame(view->quickWidget(), firstFrame)) {
        out << "bench_map: the map did not render\n";
        return 1;
    }
    const double openMs = opening.nsecsElapsed() / 1e6;
    ZoneLayer *layer = view->layer();
    const QList<MapZone> zones = layer->zones();
    out << "bench_map: " << zones.size() << " zones, scene graph "
        << (layer->usesSoftwarePath() ? "software" : "hardware") << '\n';
    out << "map_open_to_first_frame_ms " << openMs << '\n';

    // Every zone in view.
    view->frameZones({});
    QCoreApplication::processEvents();
    QObject *map = layer->map();
    const double full = panFrameTime(view->quickWidget(), map);
    // Pans of 400 pixels leave the drawn margin every frame: the zones are drawn
    // again each time (the worst case of panning).
    const double redraw = panFrameTime(view->quickWidget(), map, 10, 400);
    const double zoom = zoomFrameTime(view->quickWidget(), map);
    // First with no experiment page beside the map, then as one edits: its page shown.
    out << "map_edit_one_zone_ms_no_page " << editFrameTime(store, view, false) << '\n';
    const double edit = editFrameTime(store, view, true);
    if (edit < 0) {
        out << "bench_map: the zone edit did not reach the screen\n";
        return 1;
    }
    out << "map_edit_one_zone_ms " << edit << '\n';
    view->frameZones({});
    QCoreApplication::processEvents();
    layer->setZones({}, [](const MapZone &) { return QColor(); });
    const double empty = panFrameTime(view->quickWidget(), map);
    const double zoomEmpty = zoomFrameTime(view->quickWidget(), map);
    layer->setZones(zones, [](const MapZone &zone) { return zone.domain == u"drones" ? QColor(Qt::blue) : QColor(Qt::red); });
    out << "map_pan_frame_ms_all_zones " << full << '\n';
    out << "map_pan_frame_ms_no_zones " << empty << '\n';
    out << "map_pan_frame_ms_all_zones_redrawn " << redraw << '\n';
    out << "map_zoom_frame_ms_all_zones " << zoom << '\n';
    out << "map_zoom_frame_ms_no_zones " << zoomEmpty << '\n';

    // The naive design: one MapPolygon per zone, 2,000 of them.
    QVariantList paths;
    for (qsizetype i = 0; i < qMin<qsizetype>(2000, zones.size()); ++i) {
        QVariantList path;
        const QList<QPointF> &ring = zones.at(i).rings.first();
        for (const QPointF &p : ring) {
            const QPointF lonLat = WebMercator::unproject(p);
            path << QVariant::fromValue(QGeoCoordinate(lonLat.y(), lonLat.x()));
        }
        paths << QVariant(path);
    }
    QTemporaryDir dir;
    QFile qml(dir.filePath(QStringLiteral("naive.qml")));
    if (!qml.open(QIODevice::WriteOnly))
        return 1;
    qml.write(naiveQml().toUtf8());
    qml.close();
    QWidget naiveWindow;
    naiveWindow.resize(1280, 800);
    auto *naiveLayout = new QVBoxLayout(&naiveWindow);
    naiveLayout->setContentsMargins(0, 0, 0, 0);
    auto *naive = new QQuickWidget(&naiveWindow);
    naive->setResizeMode(QQuickWidget::SizeRootObjectToView);
    naive->engine()->rootContext()->setContextProperty(QStringLiteral("naiveZones"), paths);
    naive->setSource(QUrl::fromLocalFile(qml.fileName()));
    naiveLayout->addWidget(naive);
    window.hide();
    naiveWindow.show();
    QObject *naiveMap = naive->rootObject();
    if (!naiveMap) {
        out << "bench_map: the naive map did not load\n";
        return 1;
    }
    naiveMap->setProperty("center", map->property("center"));
    naiveMap->setProperty("zoomLevel", map->property("zoomLevel"));
    const double naiveMs = panFrameTime(naive, naiveMap, 20);
    out << "map_pan_frame_ms_naive_2000_mappolygons " << naiveMs << '\n';

    // The same 2,000 zones in the layer, for a like-for-like comparison.
    naiveWindow.hide();
    window.show();
    layer->setZones(zones.mid(0, 2000), [](const MapZone &) { return QColor(0x56, 0xb4, 0xe9); });
    const double layer2000 = panFrameTime(view->quickWidget(), map);
    out << "map_pan_frame_ms_layer_2000_zones " << layer2000 << '\n';
    if (layer2000 > 0)
        out << "map_naive_vs_layer_2000 " << naiveMs / layer2000 << '\n';
    out << "ratio map_pan_10k_vs_empty " << (empty > 0 ? full / empty : -1) << '\n';
    out << "ratio map_zoom_10k_vs_empty " << (zoomEmpty > 0 ? zoom / zoomEmpty : -1) << '\n';
    // A frame at 60 Hz is the budget: an edit shows in the next frame.
    out << "ratio map_edit_one_zone_ms_per_16ms " << edit / 16.0 << '\n';
    return 0;
}
