// SPDX-License-Identifier: GPL-3.0-or-later
// The map with every zone of the scale-100 store (about 9,000 zones) against the same map
// with no zones, and against the naive design (one MapPolygon per zone through a
// MapItemView, 2,000 zones), all in one run, in a 1280x800 window under X with Qt Quick's
// OpenGL path (run under xvfb-run by packaging/dev.sh bench). Tiles are off so the network
// plays no part. Prints "map_... VALUE" lines, "ratio map_pan_10k_vs_empty VALUE"
// (goal <= 2), "ratio map_zoom_10k_vs_empty" (a smooth zoom's median frame, goal <= 1.5),
// the time from opening the view to its first frame with all zones
// (goal <= 1000 ms), "ratio map_edit_one_zone_ms_per_16ms" (goal <= 1): one zone's
// outline saved through the Store to the next frame, and "ratio
// window_edit_every_view_vs_map_only" (goal <= 1.5): the same save in a whole main window
// after every view has been opened, against the window with only the map made.
#include "benchsupport.h"
#include "geo/webmercator.h"
#include "geo/localplane.h"
#include "geo/zone.h"
#include "geo/conflictfinder.h"
#include "geo/zonefilereader.h"
#include "geo/zoneimporter.h"
#include "geo/zonereader.h"
#include "items/conflicttablemodel.h"
#include "map/conflictspanel.h"
#include "map/mapgeometry.h"
#include "map/mapview.h"
#include "map/tilesettings.h"
#include "map/zonelayer.h"
#include "shell/mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QProcess>
#include <QTableWidget>
#include <QQmlContext>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <malloc.h>

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

// A map view of the store in a 1280x800 window, shown; *openMs from construction (loading
// and projecting every zone) to the first frame drawn with them. Null if it did not render.
MapView *openMap(Store &store, QWidget &window, double *openMs)
{
    window.resize(1280, 800);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    QElapsedTimer opening;
    opening.start();
    auto *view = new MapView(store, &window);
    layout->addWidget(view);
    bool firstFrame = false;
    const QMetaObject::Connection connection = QObject::connect(
        view->quickWidget()->quickWindow(), &QQuickWindow::afterRendering, view, [&firstFrame] { firstFrame = true; },
        Qt::DirectConnection);
    window.show();
    const bool rendered = view->layer() && waitForFrame(view->quickWidget(), firstFrame, 60000);
    QObject::disconnect(connection);
    *openMs = opening.nsecsElapsed() / 1e6;
    return rendered ? view : nullptr;
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

// Median milliseconds the window spends on saving one zone's new outline (the write and
// what every part of the window does on hearing of it), in a whole main window on a copy
// of the store with the map in front: first with the views the window makes as it opens and
// for the map (Today, the experiments list), then after every view has been opened once, as
// in a day's use. Views not on screen are read again when shown,
// so the two should cost alike.
std::pair<double, double> windowEditTimes(const QString &db, QTextStream &out)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("window.citylab"));
    if (!QFile::copy(db, copy))
        return {-1, -1};
    MainWindow window;
    window.setRemembersSession(false);
    if (!window.openDatabase(copy)) {
        out << "bench_map: " << window.lastError() << '\n';
        return {-1, -1};
    }
    window.resize(1280, 800);
    window.show();
    const auto settle = [](int ms) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    };
    const auto timeEdits = [&window, &settle]() -> double {
        auto *map = qobject_cast<MapView *>(window.view(QStringLiteral("map")));
        if (!map || !map->layer() || map->layer()->zones().isEmpty())
            return -1;
        const qint64 id = map->layer()->zones().at(map->layer()->zones().size() / 2).id;
        const Zone zone = ZoneReader::withIds(window.store(), {id}).zones.value(0);
        QList<double> times;
        for (int i = 0; i < 11; ++i) {
            settle(150);
            QElapsedTimer timer;
            timer.start();
            const ZoneGeometry outline = i % 2 == 0 ? moved(zone.geometry, 30) : zone.geometry;
            if (!window.store().update(QStringLiteral("zones"), zone.id, Zone::geometryColumns(outline, zone.constraints)))
                return -1;
            times << timer.nsecsElapsed() / 1e6;
        }
        return median(times);
    };
    // the map drawn and its conflicts found (a search under way would take each edit's change)
    const auto settleMap = [&window, &settle] {
        settle(1000);
        auto *map = qobject_cast<MapView *>(window.view(QStringLiteral("map")));
        QElapsedTimer searching;
        searching.start();
        while (map && map->conflictsPanel()->isComputing() && searching.elapsed() < 60000)
            settle(50);
        settle(500);
    };
    window.showView(QStringLiteral("map"));
    settleMap();
    const double mapOnly = timeEdits();
    for (const QString &id : window.viewIds()) {
        window.showView(id);
        settle(300);
    }
    window.showView(QStringLiteral("map"));
    settleMap();
    return {mapOnly, timeEdits()};
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

// A metropolitan area over ten years: the scale-100 store with zones added, through the zone
// importer, up to 100,000, spread over 40 km around Turin (denser at the centre), each
// 20-300 m across and active one to twelve months between 2016 and 2026. Made once, kept in
// the bench data folder.
bool makeMetropolitanStore(const QString &from, const QString &to, QTextStream &out)
{
    const QString making = to + QStringLiteral(".making");
    QFile::remove(making);
    if (!QFile::copy(from, making))
        return false;
    {
        Store store;
        if (!store.open(making))
            return false;
        QList<qint64> experiments;
        qsizetype existing = 0;
        {
            QSqlQuery q(store.database());
            if (!q.exec(QStringLiteral("SELECT id FROM experiments ORDER BY id")))
                return false;
            while (q.next())
                experiments << q.value(0).toLongLong();
            if (!q.exec(QStringLiteral("SELECT count(*) FROM zones")) || !q.next())
                return false;
            existing = q.value(0).toLongLong();
        }
        if (experiments.isEmpty())
            return false;
        QRandomGenerator random(20261207);
        const LocalPlane plane(QPointF(7.6869, 45.0703));
        const qsizetype wanted = 100000 - existing;
        const qsizetype perExperiment = (wanted + experiments.size() - 1) / experiments.size();
        qsizetype made = 0;
        for (const qint64 experiment : std::as_const(experiments)) {
            ZoneFileContent content;
            for (qsizetype i = 0; i < perExperiment && made < wanted; ++i, ++made) {
                // a normal spread around the centre (Box-Muller), 8 km each way, within 20 km
                const double r = std::min(20000.0, 8000 * std::sqrt(-2 * std::log(1 - random.generateDouble())));
                const double angle = 2 * M_PI * random.generateDouble();
                const QPointF centre(r * std::cos(angle), r * std::sin(angle));
                const double w = 20 + 280 * random.generateDouble(), h = 20 + 280 * random.generateDouble();
                QJsonArray ring;
                for (const QPointF corner : {QPointF(-w, -h), QPointF(w, -h), QPointF(w, h), QPointF(-w, h), QPointF(-w, -h)}) {
                    const QPointF lonLat = plane.toLonLat(centre + corner / 2);
                    ring.append(QJsonArray{lonLat.x(), lonLat.y()});
                }
                ZoneFileFeature feature;
                feature.number = int(i + 1);
                feature.name = QStringLiteral("Area %1").arg(made + 1);
                feature.geometry = ZoneGeometry::fromGeoJson(
                    {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), QJsonArray{ring}}});
                feature.activeFrom = QDate(2016, 1, 1).addDays(random.bounded(3650));
                feature.activeTo = feature.activeFrom.addDays(30 + random.bounded(335));
                content.features << feature;
            }
            if (content.features.isEmpty())
                break;
            const ZoneImportResult result = ZoneImporter(store, experiment).import(content, QStringLiteral("metro.geojson"));
            if (!result.ok) {
                out << "bench_map: the metropolitan zones were not imported: " << result.message << '\n';
                return false;
            }
        }
    }
    return QFile::rename(making, to);
}

// Resident memory of this process in MB (Linux).
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return -1;
}

// Where the memory is (glibc's counts): what to look at when the resident figure grows.
void printMemory(QTextStream &out, const char *when)
{
    const struct mallinfo2 m = mallinfo2();
    out << "map_100k_memory_mb " << when << ": resident " << qRound(residentMb()) << ", malloc in use "
        << qRound(m.uordblks / 1e6) << " + large blocks " << qRound(m.hblkhd / 1e6) << ", freed and kept "
        << qRound(m.fordblks / 1e6) << '\n';
}

// 100,000 zones in a window of their own (so that its memory is theirs): open to the first
// frame, pan and zoom against the same map empty, resident memory, and every conflict
// among them.
int runMetropolitan(const QString &data, QTextStream &out)
{
    const QString db = QDir(data).filePath(QStringLiteral("metro100k.citylab"));
    if (!QFile::exists(db)) {
        QElapsedTimer making;
        making.start();
        if (!makeMetropolitanStore(QDir(data).filePath(QStringLiteral("scale100.citylab")), db, out)) {
            out << "bench_map: could not make " << db << '\n';
            return 1;
        }
        out << "bench_map: made " << db << " in " << making.elapsed() / 1000 << " s\n";
    }
    Store store;
    if (!store.open(db, Store::OpenMode::Inspect)) {
        out << "bench_map: " << store.errorString() << '\n';
        return 1;
    }
    QWidget window;
    double openMs = 0;
    MapView *view = openMap(store, window, &openMs);
    printMemory(out, "first frame");
    if (!view) {
        out << "bench_map: the metropolitan map did not render\n";
        return 1;
    }
    ZoneLayer *layer = view->layer();
    const QList<MapZone> zones = layer->zones();
    out << "bench_map: " << zones.size() << " metropolitan zones\n";
    view->frameZones({});
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QObject *map = layer->map();
    const double pan = panFrameTime(view->quickWidget(), map);
    const double zoom = zoomFrameTime(view->quickWidget(), map);
    // the memory of the window as a user has it: its conflicts and shared sites found
    QElapsedTimer searching;
    searching.start();
    while (view->conflictsPanel()->isComputing() && searching.elapsed() < 10 * 60 * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const double searchS = searching.nsecsElapsed() / 1e9;
    // and as it stays while the user looks at it: two seconds on
    QElapsedTimer looking;
    looking.start();
    while (looking.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThreadPool::globalInstance()->waitForDone();   // the memory given back, if still under way
    const double resident = residentMb();
    printMemory(out, "conflicts panel done");
    layer->setZones({}, [](const MapZone &) { return QColor(); });
    const double panEmpty = panFrameTime(view->quickWidget(), map);
    const double zoomEmpty = zoomFrameTime(view->quickWidget(), map);
    QElapsedTimer finding;
    finding.start();
    QString error;
    const qsizetype conflicts = ConflictFinder::find(store, {}, &error).size();
    const double findS = finding.nsecsElapsed() / 1e9;
    if (!error.isEmpty()) {
        out << "bench_map: conflicts: " << error << '\n';
        return 1;
    }
    out << "map_100k_open_to_first_frame_ms " << openMs << '\n';
    out << "map_100k_pan_frame_ms " << pan << " (empty " << panEmpty << ")\n";
    out << "map_100k_zoom_frame_ms " << zoom << " (empty " << zoomEmpty << ")\n";
    out << "map_100k_resident_mb " << resident << " (conflicts panel done " << searchS << " s after the zoom: "
        << view->conflictsPanel()->model()->rowCount() << " conflicts, " << view->conflictsPanel()->sharedSitesView()->model()->rowCount()
        << " shared sites)\n";
    out << "conflicts_100k " << conflicts << " in " << findS << " s\n";
    out << "ratio map_pan_100k_vs_empty " << (panEmpty > 0 ? pan / panEmpty : -1) << '\n';
    out << "ratio map_zoom_100k_vs_empty " << (zoomEmpty > 0 ? zoom / zoomEmpty : -1) << '\n';
    out << "ratio map_open_100k_ms_per_2000ms " << openMs / 2000 << '\n';
    out << "ratio map_100k_resident_mb_per_600mb " << resident / 600 << '\n';
    out << "ratio conflicts_100k_s_per_10s " << findS / 10 << '\n';
    return 0;
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
    QSettings().setValue(QStringLiteral("backups/keep"), 0);   // no daily copy of the store copies opened here
    TileSettings tiles;
    tiles.source = TileSettings::NoTiles;
    tiles.save();

    QTextStream out(stdout);
    const QString data = qEnvironmentVariable("CITYLAB_BENCH_DATA", QDir::currentPath());
    if (app.arguments().contains(QStringLiteral("--metropolitan")))
        return runMetropolitan(data, out);
    const QString db = QDir(data).filePath(QStringLiteral("scale100.citylab"));
    // First, while no connection of this process has the file open: it is copied.
    const auto [editMapOnly, editEveryView] = QFile::exists(db) ? windowEditTimes(db, out) : std::pair<double, double>(-1, -1);
    Store store;
    if (!QFile::exists(db) || !store.open(db, Store::OpenMode::Inspect)) {
        out << "bench_map: " << db << " is missing or unreadable; run packaging/dev.sh bench\n";
        return 1;
    }
    out << "bench_map: platform " << QGuiApplication::platformName() << '\n';

    // Opening the view: construction (loading and projecting every zone) to the first
    // frame drawn with them.
    QWidget window;
    double openMs = 0;
    MapView *view = openMap(store, window, &openMs);
    if (!view) {
        out << "bench_map: the map did not render\n";
        return 1;
    }
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
    out << "window_zone_edit_ms_map_only " << editMapOnly << '\n';
    out << "window_zone_edit_ms_every_view_made " << editEveryView << '\n';
    out << "ratio map_pan_10k_vs_empty " << (empty > 0 ? full / empty : -1) << '\n';
    out << "ratio map_zoom_10k_vs_empty " << (zoomEmpty > 0 ? zoom / zoomEmpty : -1) << '\n';
    // A frame at 60 Hz is the budget: an edit shows in the next frame.
    out << "ratio map_edit_one_zone_ms_per_16ms " << edit / 16.0 << '\n';
    // Views not on screen cost an edit (nearly) nothing.
    out << "ratio window_edit_every_view_vs_map_only " << (editMapOnly > 0 ? editEveryView / editMapOnly : -1) << '\n';
    out.flush();

    // 100,000 zones, in a process of their own
    QProcess metropolitan;
    metropolitan.setProcessChannelMode(QProcess::ForwardedChannels);
    metropolitan.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--metropolitan")});
    if (!metropolitan.waitForFinished(30 * 60 * 1000) || metropolitan.exitCode() != 0) {
        out << "bench_map: the metropolitan run failed\n";
        return 1;
    }
    return 0;
}
