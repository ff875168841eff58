// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelayer.h"
#include "geo/webmercator.h"
#include "geo/zonegeometry.h"

#include "conflicthatch.h"
#include "mapgeometry.h"
#include "zonemesh.h"
#include "zonetile.h"

#include <QGeoCoordinate>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRendererInterface>
#include <QSGTransformNode>

#include <cmath>
#include <QMap>

namespace citylab {

namespace {

// Zones are outlined in their colour and filled with it, translucent so the streets show.
constexpr int fillAlpha = 90;
constexpr int highlightAlpha = 170;
const QColor conflictColour(0xc6, 0x12, 0x1f);

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

// removeAllChildNodes only unlinks the children: they are deleted here (each takes the nodes
// it owns with it), or every zoom level, conflict update and hover leaked its geometry.
void ZoneLayer::deleteChildNodes(QSGNode *parent)
{
    while (QSGNode *child = parent->firstChild()) {
        parent->removeChildNode(child);
        delete child;
    }
}

ZoneLayer::ZoneLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    setTransformOrigin(TopLeft);   // scaled from its corner while a zoom goes on
    m_zoomSettled.setSingleShot(true);
    m_zoomSettled.setInterval(250);
    connect(&m_zoomSettled, &QTimer::timeout, this, [this] {
        m_reanchor = true;
        polish();
    });
}

void ZoneLayer::setMap(QObject *map)
{
    if (m_map == map)
        return;
    m_map = map;
    polish();
    emit mapChanged();
}

void ZoneLayer::setViewCenter(const QVariant &center)
{
    m_center = center;
    polish();
}

void ZoneLayer::setViewZoom(double zoom)
{
    m_zoom = zoom;
    polish();
}

void ZoneLayer::setViewSize(QSizeF size)
{
    m_viewSize = size;
    polish();
}

void ZoneLayer::updatePolish()
{
    if (!m_map)
        return;
    // Two points 10 km apart around the data: the Map's own projection of them fixes the
    // affine Mercator-to-screen mapping exactly, whatever tile size the plugin uses.
    const QPointF a = m_origin;
    const QPointF b = m_origin + QPointF(10000, 10000);
    QPointF screenA, screenB;
    const auto toScreen = [this](QPointF mercator, QPointF *screen) {
        const QPointF lonLat = WebMercator::unproject(mercator);
        return QMetaObject::invokeMethod(m_map, "fromCoordinate", Q_RETURN_ARG(QPointF, *screen),
                                         Q_ARG(QGeoCoordinate, QGeoCoordinate(lonLat.y(), lonLat.x())),
                                         Q_ARG(bool, false));
    };
    if (!toScreen(a, &screenA) || !toScreen(b, &screenB) || !std::isfinite(screenA.x()) || !std::isfinite(screenB.x()))
        return;
    m_transform = MapGeometry::affineFromReferences(a, screenA, b, screenB);
    placeOverMap();
    emit transformChanged();
}

void ZoneLayer::placeOverMap()
{
    // The layer is larger than the map by a margin on every side and its zones are rendered
    // once into the textures of its tiles (ZoneTile, layer.enabled in the QML). Panning
    // within the margin only moves the item, which moves the textures: no zone is drawn
    // again. A new zoom, a pan past the margin or new data re-anchor the drawing.
    auto *mapItem = qobject_cast<QQuickItem *>(m_map);
    if (!mapItem)
        return;
    const QSizeF mapSize = mapItem->size();
    // A quarter of the map on each side, but within 8192 pixels in all on high-density
    // screens: the tiles' textures take the layer's size times four bytes a pixel.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const auto marginFor = [dpr](qreal side) {
        return qMax(0.0, std::floor(qMin(side * 0.25, (8192 / dpr - side) / 2)));
    };
    const QPointF margin(marginFor(mapSize.width()), marginFor(mapSize.height()));
    // The current transform is the anchor's scaled by `ratio` and moved by `shift` (both
    // are Mercator-to-pixels without rotation).
    const double ratio = m_anchor.m11() != 0 ? m_transform.m11() / m_anchor.m11() : 0;
    const QPointF shift(m_transform.dx() - ratio * m_anchor.dx(), m_transform.dy() - ratio * m_anchor.dy());
    // (the Map's projection of the reference points varies in the last digits as it pans)
    const bool sameScale = std::abs(ratio - 1) < 1e-6;
    const bool withinMargin = std::abs(shift.x()) < margin.x() && std::abs(shift.y()) < margin.y();
    // While a zoom goes on, the textures are scaled with it (coarse a moment, drawn in no
    // time) and the zones are drawn again at the new scale once it has stopped: every step
    // of a zoom drew the whole city before (~55 ms under llvmpipe with 9,000 zones).
    const bool zooming = !sameScale && ratio >= 0.5 && ratio <= 2 && m_margin == margin && !m_reanchor;
    if (zooming) {
        const bool scaleMoved = std::abs(ratio - m_placedRatio) > 1e-9;
        const QPointF position = mapItem->position() + shift - ratio * margin;
        const bool covers = QRectF(position, size() * ratio).contains(QRectF(mapItem->position(), mapSize));
        // a step that would uncover what the textures lack (a zoom out past the margin, a
        // pan) draws again at once instead
        if (covers) {
            m_placedRatio = ratio;
            setScale(ratio);
            setPosition(position);
            if (scaleMoved)
                m_zoomSettled.start();
            return;
        }
    }
    if (!sameScale || !withinMargin || m_margin != margin || m_reanchor) {
        m_zoomSettled.stop();
        m_anchor = m_transform;
        m_margin = margin;
        m_reanchor = false;
        m_placedRatio = 1;
        setScale(1);
        setSize(mapSize + QSizeF(2 * margin.x(), 2 * margin.y()));
        setPosition(mapItem->position() - margin);
        layOutTiles();
        update();
        return;
    }
    m_placedRatio = 1;
    setScale(1);
    setPosition(mapItem->position() - margin + shift);
}

void ZoneLayer::setZones(const QList<MapZone> &zones, const Colouring &colour)
{
    m_zones = zones;
    m_colours.clear();
    m_index.clear();
    m_meshes.clear();
    m_tilesOf.clear();
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i].zoneIds.clear();   // filled again once the layer is re-anchored, below
        markTileDirty(i, Everything);
    }
    m_grid.clear();
    m_largeZones.clear();
    QRectF all;
    for (int i = 0; i < m_zones.size(); ++i) {
        const MapZone &zone = m_zones.at(i);
        m_colours << colour(zone);
        m_index.insert(zone.id, i);
        addToGrid(zone.id, zone.bounds);
        all |= zone.bounds;
    }
    if (!all.isEmpty() || m_origin.isNull())
        m_origin = all.isValid() ? all.center() : WebMercator::project(QPointF(7.6869, 45.0703));
    m_reanchor = true;
    dataChanged();
}

void ZoneLayer::updateZones(const QList<MapZone> &zones, const QSet<qint64> &removed, const Colouring &colour)
{
    for (const qint64 id : removed)
        removeZone(id);
    for (const MapZone &zone : zones) {
        const QColor zoneColour = colour(zone);
        const auto it = m_index.constFind(zone.id);
        if (it == m_index.cend()) {
            m_index.insert(zone.id, int(m_zones.size()));
            m_zones << zone;
            m_colours << zoneColour;
        } else {
            // its tiles, old and new, are drawn again; the others keep their textures
            const int i = *it;
            removeFromGrid(zone.id, m_zones.at(i).bounds);
            removeFromTiles(zone.id);
            m_meshes.remove(zone.id);
            m_colours[i] = zoneColour;
            m_zones[i] = zone;
        }
        addToGrid(zone.id, zone.bounds);
        addToTiles(zone.id, zone.bounds);
    }
    dataChanged();
}

void ZoneLayer::removeZone(qint64 id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return;
    const int i = *it;
    removeFromGrid(id, m_zones.at(i).bounds);
    removeFromTiles(id);
    m_meshes.remove(id);
    m_index.remove(id);
    // The last zone takes the free place, so m_zones stays without gaps; tiles and the
    // grid know zones by id and do not notice.
    const int last = int(m_zones.size()) - 1;
    if (i != last) {
        m_zones[i] = m_zones.at(last);
        m_colours[i] = m_colours.at(last);
        m_index.insert(m_zones.at(i).id, i);
    }
    m_zones.removeLast();
    m_colours.removeLast();
}

void ZoneLayer::dataChanged()
{
    if (!m_index.contains(m_hovered)) {
        m_hovered = -1;
        m_hoverText.clear();
        emit hoverTextChanged();
    }
    m_overlayDirty = true;
    polish();
    update();
}

// A uniform grid over the Mercator plane: a hit test only looks at the zones whose box
// touches the cell under the pointer.
template<typename Visit>
void ZoneLayer::forEachCell(const QRectF &box, Visit visit) const
{
    const qint64 x0 = qint64(std::floor(box.left() / gridCell)), x1 = qint64(std::floor(box.right() / gridCell));
    const qint64 y0 = qint64(std::floor(box.top() / gridCell)), y1 = qint64(std::floor(box.bottom() / gridCell));
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            visit((x << 32) ^ (y & 0xffffffff));
}

namespace {

bool tooLargeForGrid(const QRectF &box, double cell)
{
    return (std::floor(box.right() / cell) - std::floor(box.left() / cell) + 1)
               * (std::floor(box.bottom() / cell) - std::floor(box.top() / cell) + 1)
           > 1024;   // a whole district or more: always a candidate
}

} // namespace

void ZoneLayer::addToGrid(qint64 id, const QRectF &box)
{
    if (tooLargeForGrid(box, gridCell))
        m_largeZones << id;
    else
        forEachCell(box, [this, id](qint64 cell) { m_grid[cell] << id; });
}

void ZoneLayer::removeFromGrid(qint64 id, const QRectF &box)
{
    if (tooLargeForGrid(box, gridCell)) {
        m_largeZones.removeOne(id);
        return;
    }
    forEachCell(box, [this, id](qint64 cell) {
        auto it = m_grid.find(cell);
        if (it == m_grid.end())
            return;
        it->removeOne(id);
        if (it->isEmpty())
            m_grid.erase(it);
    });
}

void ZoneLayer::setHighlightedExperiment(qint64 experimentId)
{
    if (m_highlighted == experimentId)
        return;
    m_highlighted = experimentId;
    m_overlayDirty = true;
    if (m_overlayHere || usesSoftwarePath())
        update();
    emit overlayChanged();
}

QColor ZoneLayer::trackColour()
{
    return QColor(0x1a, 0x3f, 0x8f);   // where a test ran
}

QColor ZoneLayer::excursionColour()
{
    return QColor(0xc8, 0x00, 0x6e);   // where it ran outside what was authorized
}

void ZoneLayer::setTracks(const QList<QList<QPointF>> &paths, const QList<QList<QPointF>> &excursions)
{
    m_trackPaths = paths;
    m_excursions = excursions;
    m_overlayDirty = true;
    if (m_overlayHere || usesSoftwarePath())
        update();
    emit overlayChanged();
}

void ZoneLayer::addTrackNodes(QSGNode *parent, double metresPerPixel) const
{
    QList<QPointF> pathBands, excursionBands;
    for (const QList<QPointF> &path : m_trackPaths)
        pathBands << ConflictHatch::outline({path}, 2 * metresPerPixel);
    for (const QList<QPointF> &excursion : m_excursions) {
        if (excursion.isEmpty())
            continue;
        // A square where it begins, seen at any zoom (a hover in one place has no length).
        const QPointF c = excursion.first();
        const double r = 5 * metresPerPixel;
        excursionBands << ConflictHatch::outline({{c + QPointF(-r, -r), c + QPointF(r, -r), c + QPointF(r, r),
                                                   c + QPointF(-r, r), c + QPointF(-r, -r)}},
                                                 3 * metresPerPixel);
        excursionBands << ConflictHatch::outline({excursion}, 5 * metresPerPixel);
    }
    if (!pathBands.isEmpty())
        parent->appendChildNode(ZoneMesh::node(pathBands, {}, QSGGeometry::DrawTriangles, trackColour(), m_origin));
    if (!excursionBands.isEmpty())
        parent->appendChildNode(ZoneMesh::node(excursionBands, {}, QSGGeometry::DrawTriangles,
                                         excursionColour(), m_origin));
}

QColor ZoneLayer::eventColour()
{
    return QColor(0x55, 0x55, 0x55);   // a city event: the place is taken
}

void ZoneLayer::setEvents(const QList<QList<QList<QPointF>>> &events)
{
    m_events = events;
    for (int i = 0; i < m_tiles.size(); ++i)
        markTileDirty(i, Decorations);
    update();
}

void ZoneLayer::setConflictZones(const QSet<qint64> &zoneIds)
{
    if (m_conflicts == zoneIds)
        return;
    // only the tiles of the zones that came into or out of conflict are drawn again
    QSet<qint64> changed = zoneIds;
    changed.unite(m_conflicts).subtract(QSet<qint64>(zoneIds).intersect(m_conflicts));
    m_conflicts = zoneIds;
    for (const qint64 id : std::as_const(changed))
        for (const int i : m_tilesOf.value(id))
            markTileDirty(i, Decorations);
    update();
}

const MapZone *ZoneLayer::zone(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_zones.at(*it);
}

qint64 ZoneLayer::zoneAt(QPointF position) const
{
    bool invertible = false;
    const QTransform inverse = m_transform.inverted(&invertible);
    if (!invertible)
        return -1;
    const QPointF mercator = inverse.map(position);
    const qint64 cellX = qint64(std::floor(mercator.x() / gridCell));
    const qint64 cellY = qint64(std::floor(mercator.y() / gridCell));
    qint64 best = -1;
    double bestArea = 0;
    for (const qint64 id : m_grid.value((cellX << 32) ^ (cellY & 0xffffffff)) + m_largeZones) {
        const MapZone &zone = m_zones.at(m_index.value(id));
        if (!zone.contains(mercator))
            continue;
        // Where zones overlap the smallest one wins: the big one can be picked elsewhere.
        const double area = zone.bounds.width() * zone.bounds.height();
        if (best < 0 || area < bestArea) {
            best = zone.id;
            bestArea = area;
        }
    }
    return best;
}

void ZoneLayer::hoverAt(QPointF position)
{
    const qint64 id = zoneAt(position);
    if (id == m_hovered)
        return;
    m_hovered = id;
    const MapZone *hovered = zone(id);
    m_hoverText = hovered ? hovered->name % u'\n' % hovered->code % QStringLiteral(" – ") % hovered->title : QString();
    m_overlayDirty = true;
    if (m_overlayHere || usesSoftwarePath())
        update();
    emit overlayChanged();
    emit hoverTextChanged();
}

void ZoneLayer::clickAt(QPointF position)
{
    const qint64 id = zoneAt(position);
    const MapZone *clicked = zone(id);
    emit zoneClicked(id, clicked ? clicked->experimentId : -1);
}

void ZoneLayer::buildOverlay(QSGNode *parent, double tolerance) const
{
    for (int i = 0; i < m_zones.size(); ++i) {
        const MapZone &zone = m_zones.at(i);
        if (zone.experimentId != m_highlighted && zone.id != m_hovered)
            continue;
        ZoneMesh mesh;
        for (const QList<QList<QPointF>> &polygon : zone.polygons)
            mesh.addPolygon(polygon, tolerance);
        const bool highlighted = zone.experimentId == m_highlighted;
        mesh.addTo(parent, withAlpha(m_colours.at(i), highlighted ? highlightAlpha : fillAlpha),
                   highlighted ? QColor(0x20, 0x20, 0x20) : m_colours.at(i).darker(180), m_origin, 2);
    }
    addTrackNodes(parent, 2 * tolerance);
}

void ZoneLayer::setOverlayDrawnElsewhere(bool elsewhere)
{
    m_overlayHere = !elsewhere;
    m_overlayDirty = true;
    update();
}

bool ZoneLayer::usesSoftwarePath() const
{
    return window() && window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

int ZoneLayer::levelForScale() const
{
    // Simplification level: metres per pixel rounded to a power of two, so geometry is
    // re-simplified only when the zoom changes by about a level.
    const double metresPerPixel = 1.0 / qMax(1e-12, std::abs(m_anchor.m11()));
    return int(std::floor(std::log2(metresPerPixel)));
}

QSGNode *ZoneLayer::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (usesSoftwarePath())
        return paintSoftware(oldNode);

    // The zones, their conflicts and the city events are drawn by the tiles (paintTile);
    // here only the highlighted and hovered zones when no ZoneOverlay draws them, every frame.
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        m_overlayDirty = true;
    }
    const int level = levelForScale();
    if (level != m_builtLevel) {
        m_builtLevel = level;
        m_overlayDirty = true;
    }
    if (m_overlayDirty) {
        ZoneLayer::deleteChildNodes(root);
        m_overlayDirty = false;
        if (m_overlayHere)
            buildOverlay(root, 0.5 * std::ldexp(1.0, level));
    }
    QTransform placed = m_anchor * QTransform::fromTranslate(m_margin.x(), m_margin.y());
    placed.translate(m_origin.x(), m_origin.y());
    root->setMatrix(QMatrix4x4(placed));
    return root;
}

void ZoneLayer::setTile(int index, ZoneTile *tile)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    Tile &t = m_tiles[index];
    t.item = tile;
    t.dirty = Everything;
    tile->setPosition(t.rect.topLeft());
    tile->setSize(t.rect.size());
    tile->update();
}

void ZoneLayer::unsetTile(int index, ZoneTile *tile)
{
    // only if it is still that tile's: a Repeater makes the new tiles before the old ones go
    if (index >= 0 && index < m_tiles.size() && m_tiles.at(index).item == tile)
        m_tiles[index].item = nullptr;
}

// The zones of one tile, one pair of nodes (fill, outline) per colour in the order of the
// colours, so that overlapping zones stack alike in every tile; each zone's mesh is made once
// per zoom level and only copied here.
QSGNode *ZoneLayer::paintTile(int index, QSGNode *oldNode)
{
    if (index < 0 || index >= m_tiles.size()) {
        delete oldNode;
        return nullptr;
    }
    Tile &tile = m_tiles[index];
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        root->appendChildNode(new QSGNode);   // the zones, a container per colour
        root->appendChildNode(new QSGNode);   // over them: conflicts and city events, hatched
        tile.dirty = Everything;
    }
    const int level = levelForScale();
    if (level != m_meshLevel) {
        m_meshes.clear();
        m_meshLevel = level;
    }
    if (tile.level != level)
        tile.dirty = Everything;
    tile.level = level;
    if (tile.dirty & Decorations) {
        QSGNode *decorations = root->lastChild();
        ZoneLayer::deleteChildNodes(decorations);
        addConflictNodes(decorations, std::ldexp(1.0, level), tile);
    }
    if (tile.dirty & Zones) {
        QSGNode *zones = root->firstChild();
        const double tolerance = 0.5 * std::ldexp(1.0, level);
        // Made first, then gathered: making a mesh may move the others in their hash.
        for (const qint64 id : std::as_const(tile.zoneIds)) {
            const int i = m_index.value(id, -1);
            if (i >= 0)
                meshOf(i, tolerance);
        }
        QMap<QRgb, QList<const ZoneMesh *>> byColour;
        for (const qint64 id : std::as_const(tile.zoneIds)) {
            const int i = m_index.value(id, -1);
            if (i >= 0)
                byColour[m_colours.at(i).rgba()] << &*m_meshes.constFind(id);
        }
        int count = 0;
        QSGNode *container = zones->firstChild();
        for (auto it = byColour.cbegin(); it != byColour.cend(); ++it, ++count) {
            if (!container) {
                zones->appendChildNode(new QSGNode);
                container = zones->lastChild();
            }
            const QColor colour = QColor::fromRgba(it.key());
            ZoneMesh::updateIn(container, *it, withAlpha(colour, fillAlpha), colour.darker(130), m_origin);
            container = container->nextSibling();
        }
        while (zones->childCount() > count) {
            QSGNode *last = zones->lastChild();
            zones->removeChildNode(last);
            delete last;
        }
    }
    tile.dirty = {};
    QTransform placed = m_anchor * QTransform::fromTranslate(m_margin.x() - tile.rect.x(), m_margin.y() - tile.rect.y());
    placed.translate(m_origin.x(), m_origin.y());
    root->setMatrix(QMatrix4x4(placed));
    return root;
}

const ZoneMesh &ZoneLayer::meshOf(int zoneIndex, double tolerance)
{
    const MapZone &zone = m_zones.at(zoneIndex);
    auto it = m_meshes.find(zone.id);
    if (it == m_meshes.end()) {
        ZoneMesh mesh;
        for (const QList<QList<QPointF>> &polygon : zone.polygons)
            mesh.addPolygon(polygon, tolerance);
        it = m_meshes.insert(zone.id, mesh);
    }
    return *it;
}

// A grid of tiles over the layer: each zone goes to every tile its box (and outline) touches;
// zones outside the layer go nowhere and are not drawn.
void ZoneLayer::layOutTiles()
{
    const QSizeF size = this->size();
    const auto edge = [](qreal length, int i, int count) { return i >= count ? length : std::floor(length * i / count); };
    for (int i = 0; i < m_tiles.size(); ++i) {
        const int column = i % tileColumns, row = i / tileColumns;
        const qreal left = edge(size.width(), column, tileColumns), top = edge(size.height(), row, tileRows);
        Tile &tile = m_tiles[i];
        tile.rect = QRectF(left, top, edge(size.width(), column + 1, tileColumns) - left,
                           edge(size.height(), row + 1, tileRows) - top);
        tile.zoneIds.clear();
        tile.dirty = Everything;
        if (tile.item) {
            tile.item->setPosition(tile.rect.topLeft());
            tile.item->setSize(tile.rect.size());
            tile.item->update();
        }
    }
    m_tilesOf.clear();
    for (const MapZone &zone : std::as_const(m_zones))
        addToTiles(zone.id, zone.bounds);
}

void ZoneLayer::addToTiles(qint64 id, const QRectF &bounds)
{
    const QRectF box = m_anchor.mapRect(bounds).translated(m_margin).adjusted(-2, -2, 2, 2);
    QList<int> found;
    for (int i = 0; i < m_tiles.size(); ++i) {
        Tile &tile = m_tiles[i];
        if (!tile.rect.intersects(box))
            continue;
        found << i;
        tile.zoneIds << id;
        markTileDirty(i, m_conflicts.contains(id) ? Everything : Zones);
    }
    if (!found.isEmpty())
        m_tilesOf.insert(id, found);
}

void ZoneLayer::removeFromTiles(qint64 id)
{
    for (const int i : m_tilesOf.take(id)) {
        m_tiles[i].zoneIds.removeOne(id);
        markTileDirty(i, m_conflicts.contains(id) ? Everything : Zones);
    }
}

void ZoneLayer::markTileDirty(int index, TileParts parts)
{
    Tile &tile = m_tiles[index];
    tile.dirty |= parts;
    if (tile.item)
        tile.item->update();
}

void ZoneLayer::addConflictNodes(QSGNode *parent, double metresPerPixel, const Tile &tile) const
{
    const auto overTile = [this, &tile](const QRectF &bounds) {
        return tile.rect.intersects(m_anchor.mapRect(bounds).translated(m_margin).adjusted(-4, -4, 4, 4));
    };
    QList<QPointF> eventHatch, eventBands;
    for (const QList<QList<QPointF>> &rings : m_events) {
        QRectF bounds;
        for (const QList<QPointF> &ring : rings)
            bounds |= QPolygonF(ring).boundingRect();
        if (!overTile(bounds))
            continue;
        for (const QLineF &line : ConflictHatch::hatch(rings, 6 * metresPerPixel))
            eventHatch << line.p1() << line.p2();
        eventBands << ConflictHatch::outline(rings, 2 * metresPerPixel);
    }
    if (!eventHatch.isEmpty())
        parent->appendChildNode(ZoneMesh::node(eventHatch, {}, QSGGeometry::DrawLines,
                                         withAlpha(eventColour(), 170), m_origin));
    if (!eventBands.isEmpty())
        parent->appendChildNode(ZoneMesh::node(eventBands, {}, QSGGeometry::DrawTriangles, eventColour(),
                                         m_origin));
    if (m_conflicts.isEmpty())
        return;
    QList<QPointF> hatchVertices, bandVertices;
    for (const qint64 id : tile.zoneIds) {
        if (!m_conflicts.contains(id))
            continue;
        const MapZone &zone = m_zones.at(m_index.value(id));
        for (const QLineF &line : ConflictHatch::hatch(zone.rings, 8 * metresPerPixel))
            hatchVertices << line.p1() << line.p2();
        bandVertices << ConflictHatch::outline(zone.rings, 3 * metresPerPixel);
    }
    if (!hatchVertices.isEmpty())
        parent->appendChildNode(ZoneMesh::node(hatchVertices, {}, QSGGeometry::DrawLines,
                                         withAlpha(conflictColour, 210), m_origin));
    if (!bandVertices.isEmpty())
        parent->appendChildNode(ZoneMesh::node(bandVertices, {}, QSGGeometry::DrawTriangles,
                                         conflictColour, m_origin));
}

QSGNode *ZoneLayer::paintSoftware(QSGNode *oldNode)
{
    // The software scene graph draws no custom geometry, so paint the visible zones into
    // an image the size of the item; slower, but it shows the same map.
    const qreal dpr = window()->effectiveDevicePixelRatio();
    const QSize size = (boundingRect().size() * dpr).toSize();
    if (size.isEmpty()) {
        delete oldNode;
        return nullptr;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QTransform toItem = m_anchor * QTransform::fromTranslate(m_margin.x(), m_margin.y());
        bool invertible = false;
        const QRectF visible = toItem.inverted(&invertible).mapRect(boundingRect());
        for (int i = 0; i < m_zones.size(); ++i) {
            const MapZone &zone = m_zones.at(i);
            if (!invertible || !visible.intersects(zone.bounds))
                continue;
            const bool highlighted = zone.experimentId == m_highlighted;
            const bool hovered = zone.id == m_hovered;
            QPainterPath path;
            for (const QList<QPointF> &ring : zone.rings)
                path.addPolygon(toItem.map(QPolygonF(ring)));
            const QColor colour = m_colours.at(i);
            painter.setBrush(withAlpha(colour, highlighted ? highlightAlpha : fillAlpha));
            painter.setPen(QPen(highlighted ? QColor(0x20, 0x20, 0x20) : colour.darker(hovered ? 180 : 130),
                                highlighted || hovered ? 2 : 1));
            painter.drawPath(path);
            if (m_conflicts.contains(zone.id)) {
                painter.setBrush(QBrush(conflictColour, Qt::BDiagPattern));
                painter.setPen(QPen(conflictColour, 3));
                painter.drawPath(path);
            }
        }
        for (const QList<QList<QPointF>> &rings : std::as_const(m_events)) {
            QPainterPath path;
            for (const QList<QPointF> &ring : rings)
                path.addPolygon(toItem.map(QPolygonF(ring)));
            painter.setBrush(QBrush(withAlpha(eventColour(), 170), Qt::FDiagPattern));
            painter.setPen(QPen(eventColour(), 2));
            painter.drawPath(path);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(trackColour(), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const QList<QPointF> &track : std::as_const(m_trackPaths))
            painter.drawPolyline(toItem.map(QPolygonF(track)));
        painter.setPen(QPen(excursionColour(), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const QList<QPointF> &excursion : std::as_const(m_excursions)) {
            if (excursion.isEmpty())
                continue;
            painter.drawRect(QRectF(toItem.map(excursion.first()) - QPointF(5, 5), QSizeF(10, 10)));
            painter.drawPolyline(toItem.map(QPolygonF(excursion)));
        }
    }
    auto *node = dynamic_cast<QSGImageNode *>(oldNode);
    if (!node) {
        delete oldNode;
        node = window()->createImageNode();
        node->setOwnsTexture(true);
    }
    node->setTexture(window()->createTextureFromImage(image));
    node->setRect(boundingRect());
    return node;
}

} // namespace citylab
