// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelayer.h"
#include "geo/webmercator.h"
#include "geo/zonegeometry.h"

#include "conflicthatch.h"
#include "mapgeometry.h"

#include <QGeoCoordinate>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGImageNode>
#include <QSGRendererInterface>
#include <QSGTransformNode>

#include <cmath>
#include <numeric>

namespace citylab {

namespace {

// Zones are outlined in their colour and filled with it, translucent so the streets show.
constexpr int fillAlpha = 90;
constexpr int highlightAlpha = 170;
const QColor conflictColour(0xc6, 0x12, 0x1f);

// Vertices (made relative to origin, which keeps floats precise) and indices into a geometry,
// allocated to their size.
void fillGeometry(QSGGeometry *geometry, const QList<QPointF> &vertices, const QList<quint32> &indices, QPointF origin)
{
    geometry->allocate(int(vertices.size()), int(indices.size()));
    QSGGeometry::Point2D *points = geometry->vertexDataAsPoint2D();
    for (qsizetype i = 0; i < vertices.size(); ++i)
        points[i].set(float(vertices.at(i).x() - origin.x()), float(vertices.at(i).y() - origin.y()));
    std::copy(indices.cbegin(), indices.cend(), geometry->indexDataAsUInt());
}

QSGGeometryNode *makeNode(const QList<QPointF> &vertices, const QList<quint32> &indices, QSGGeometry::DrawingMode mode,
                          const QColor &colour, QPointF origin, float lineWidth = 1)
{
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0, 0, QSGGeometry::UnsignedIntType);
    geometry->setDrawingMode(mode);
    geometry->setLineWidth(lineWidth);
    fillGeometry(geometry, vertices, indices, origin);
    auto *node = new QSGGeometryNode;
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    auto *material = new QSGFlatColorMaterial;
    material->setColor(colour);
    node->setMaterial(material);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

// Puts new vertices into an existing node of the same colour, or makes one. Changing a node's
// geometry re-uploads that node alone, where taking nodes out of the tree and putting new ones
// in makes the renderer rebuild and upload every batch of the layer (about 30 ms for 9,000
// zones under llvmpipe, once per zone edit).
void updateNode(QSGNode *parent, int index, const QList<QPointF> &vertices, const QList<quint32> &indices,
                QSGGeometry::DrawingMode mode, const QColor &colour, QPointF origin, float lineWidth = 1)
{
    auto *node = index < parent->childCount() ? static_cast<QSGGeometryNode *>(parent->childAtIndex(index)) : nullptr;
    if (node && static_cast<QSGFlatColorMaterial *>(node->material())->color() == colour) {
        fillGeometry(node->geometry(), vertices, indices, origin);
        node->markDirty(QSGNode::DirtyGeometry);
        return;
    }
    QSGGeometryNode *made = makeNode(vertices, indices, mode, colour, origin, lineWidth);
    if (node) {
        parent->insertChildNodeAfter(made, node);
        parent->removeChildNode(node);
        delete node;
    } else {
        parent->appendChildNode(made);
    }
}

// Each ring of a polygon simplified for the zoom level; a hole that shrinks to nothing is dropped.
QList<QList<QPointF>> simplified(const QList<QList<QPointF>> &polygon, double tolerance)
{
    QList<QList<QPointF>> rings;
    for (const QList<QPointF> &ring : polygon) {
        QList<QPointF> points = MapGeometry::simplify(ring, tolerance);
        if (points.size() >= 4 || rings.isEmpty())
            rings << points;
    }
    return rings;
}

// Fill triangles and outline segments of a set of rings, appended to the given buffers.
struct Mesh
{
    QList<QPointF> fillVertices;
    QList<quint32> fillIndices;
    QList<QPointF> lineVertices;
    QList<quint32> lineIndices;

    // A polygon with holes is filled by GEOS's constrained triangulation, which keeps the
    // holes empty; a plain ring (nearly every zone) by ear clipping, much faster.
    void add(const QList<QList<QPointF>> &polygon)
    {
        if (polygon.size() == 1) {
            add(polygon.first());
            return;
        }
        const QList<QPointF> corners = ZoneGeometry::triangulate(polygon);
        const quint32 base = quint32(fillVertices.size());
        fillVertices << corners;
        for (qsizetype i = 0; i < corners.size(); ++i)
            fillIndices << base + quint32(i);
        for (const QList<QPointF> &ring : polygon)
            addOutline(ring);
    }

    void addOutline(const QList<QPointF> &ring)
    {
        const qsizetype open = ring.size() - 1;   // rings are closed
        const quint32 lineBase = quint32(lineVertices.size());
        for (qsizetype i = 0; i < open; ++i) {
            lineVertices << ring.at(i);
            lineIndices << lineBase + quint32(i) << lineBase + quint32((i + 1) % open);
        }
    }

    void add(const QList<QPointF> &ring)
    {
        const quint32 base = quint32(fillVertices.size());
        const qsizetype open = ring.size() - 1;   // rings are closed
        for (qsizetype i = 0; i < open; ++i)
            fillVertices << ring.at(i);
        for (int index : MapGeometry::triangulate(ring))
            fillIndices << base + quint32(index);
        addOutline(ring);
    }
    // Into a batch's container: always two nodes, the fill and the outline, kept from one
    // drawing to the next (empty ones draw nothing).
    void updateIn(QSGNode *container, const QColor &fill, const QColor &line, QPointF origin) const
    {
        updateNode(container, 0, fillVertices, fillIndices, QSGGeometry::DrawTriangles, fill, origin);
        updateNode(container, 1, lineVertices, lineIndices, QSGGeometry::DrawLines, line, origin);
    }
    void addTo(QSGNode *parent, const QColor &fill, const QColor &line, QPointF origin, float lineWidth = 1) const
    {
        if (!fillIndices.isEmpty())
            parent->appendChildNode(makeNode(fillVertices, fillIndices, QSGGeometry::DrawTriangles, fill, origin));
        if (!lineIndices.isEmpty())
            parent->appendChildNode(
                makeNode(lineVertices, lineIndices, QSGGeometry::DrawLines, line, origin, lineWidth));
    }
};

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
    // The layer is larger than the map by a margin on every side and rendered once into
    // a texture (layer.enabled in the QML). Panning within the margin only moves the
    // item, which moves the texture: no zone is drawn again. A new zoom, a pan past the
    // margin or new data re-anchor the drawing.
    auto *mapItem = qobject_cast<QQuickItem *>(m_map);
    if (!mapItem)
        return;
    const QSizeF mapSize = mapItem->size();
    // A quarter of the map on each side, but the texture stays within the 8192 pixels
    // every OpenGL driver in use accepts, also on high-density screens.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const auto marginFor = [dpr](qreal side) {
        return qMax(0.0, std::floor(qMin(side * 0.25, (8192 / dpr - side) / 2)));
    };
    const QPointF margin(marginFor(mapSize.width()), marginFor(mapSize.height()));
    const QPointF shift(m_transform.dx() - m_anchor.dx(), m_transform.dy() - m_anchor.dy());
    const bool sameScale = qFuzzyCompare(m_transform.m11(), m_anchor.m11()) && qFuzzyCompare(m_transform.m22(), m_anchor.m22());
    const bool withinMargin = std::abs(shift.x()) < margin.x() && std::abs(shift.y()) < margin.y();
    if (!sameScale || !withinMargin || m_margin != margin || m_reanchor) {
        m_anchor = m_transform;
        m_margin = margin;
        m_reanchor = false;
        setSize(mapSize + QSizeF(2 * margin.x(), 2 * margin.y()));
        setPosition(mapItem->position() - margin);
        update();
        return;
    }
    setPosition(mapItem->position() - margin + shift);
}

void ZoneLayer::setZones(const QList<MapZone> &zones, const Colouring &colour)
{
    m_zones = zones;
    m_colours.clear();
    m_index.clear();
    m_batches.clear();
    m_batchOf.clear();
    m_grid.clear();
    m_largeZones.clear();
    QRectF all;
    for (int i = 0; i < m_zones.size(); ++i) {
        const MapZone &zone = m_zones.at(i);
        m_colours << colour(zone);
        m_index.insert(zone.id, i);
        addToBatch(zone.id, m_colours.last());
        addToGrid(zone.id, zone.bounds);
        all |= zone.bounds;
    }
    if (!all.isEmpty() || m_origin.isNull())
        m_origin = all.isValid() ? all.center() : WebMercator::project(QPointF(7.6869, 45.0703));
    m_geometryDirty = true;
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
            addToBatch(zone.id, zoneColour);
        } else {
            const int i = *it;
            removeFromGrid(zone.id, m_zones.at(i).bounds);
            if (m_colours.at(i) != zoneColour) {
                removeFromBatch(zone.id);
                addToBatch(zone.id, zoneColour);
                m_colours[i] = zoneColour;
            } else {
                m_batches[m_batchOf.value(zone.id)].dirty = true;
            }
            m_zones[i] = zone;
        }
        addToGrid(zone.id, zone.bounds);
        if (m_conflicts.contains(zone.id))
            m_conflictsDirty = true;
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
    removeFromBatch(id);
    m_index.remove(id);
    // The last zone takes the free place, so m_zones stays without gaps; batches and the
    // grid know zones by id and do not notice.
    const int last = int(m_zones.size()) - 1;
    if (i != last) {
        m_zones[i] = m_zones.at(last);
        m_colours[i] = m_colours.at(last);
        m_index.insert(m_zones.at(i).id, i);
    }
    m_zones.removeLast();
    m_colours.removeLast();
    if (m_conflicts.contains(id))
        m_conflictsDirty = true;
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

void ZoneLayer::addToBatch(qint64 id, const QColor &colour)
{
    // The last batch of this colour with room, else a new one.
    int chosen = -1;
    for (int b = int(m_batches.size()) - 1; b >= 0 && chosen < 0; --b)
        if (m_batches.at(b).colour == colour && m_batches.at(b).zoneIds.size() < batchLimit)
            chosen = b;
    if (chosen < 0) {
        chosen = int(m_batches.size());
        m_batches.append({colour, {}, true});
    }
    m_batches[chosen].zoneIds << id;
    m_batches[chosen].dirty = true;
    m_batchOf.insert(id, chosen);
}

void ZoneLayer::removeFromBatch(qint64 id)
{
    const int b = m_batchOf.take(id);
    m_batches[b].zoneIds.removeOne(id);
    m_batches[b].dirty = true;
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
    const auto sequence = [](qsizetype count) {
        QList<quint32> indices(count);
        std::iota(indices.begin(), indices.end(), 0u);
        return indices;
    };
    if (!pathBands.isEmpty())
        parent->appendChildNode(makeNode(pathBands, sequence(pathBands.size()), QSGGeometry::DrawTriangles, trackColour(), m_origin));
    if (!excursionBands.isEmpty())
        parent->appendChildNode(makeNode(excursionBands, sequence(excursionBands.size()), QSGGeometry::DrawTriangles,
                                         excursionColour(), m_origin));
}

QColor ZoneLayer::eventColour()
{
    return QColor(0x55, 0x55, 0x55);   // a city event: the place is taken
}

void ZoneLayer::setEvents(const QList<QList<QList<QPointF>>> &events)
{
    m_events = events;
    m_conflictsDirty = true;
    update();
}

void ZoneLayer::setConflictZones(const QSet<qint64> &zoneIds)
{
    if (m_conflicts == zoneIds)
        return;
    m_conflicts = zoneIds;
    m_conflictsDirty = true;
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
        Mesh mesh;
        for (const QList<QList<QPointF>> &polygon : zone.polygons)
            mesh.add(simplified(polygon, tolerance));
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

    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        root->appendChildNode(new QSGNode);   // the zones, rebuilt when the data changes
        root->appendChildNode(new QSGNode);   // highlight and hover, small
        root->insertChildNodeAfter(new QSGNode, root->firstChild());   // conflicts: hatched, outlined
        m_geometryDirty = m_overlayDirty = true;
    }
    const int level = levelForScale();
    QSGNode *base = root->firstChild();
    QSGNode *overlay = root->lastChild();
    const double tolerance = 0.5 * std::ldexp(1.0, level);
    if (m_geometryDirty || level != m_builtLevel) {
        ZoneLayer::deleteChildNodes(base);
        for (Batch &batch : m_batches)
            batch.dirty = true;
        m_builtLevel = level;
        m_geometryDirty = false;
        m_overlayDirty = m_conflictsDirty = true;
    }
    // One container node per batch, in the order of m_batches; only the dirty ones are
    // filled again.
    while (base->childCount() < m_batches.size())
        base->appendChildNode(new QSGNode);
    QSGNode *container = base->firstChild();
    for (Batch &batch : m_batches) {
        if (batch.dirty) {
            buildBatch(container, batch, tolerance);
            batch.dirty = false;
        }
        container = container->nextSibling();
    }
    if (m_conflictsDirty) {
        QSGNode *conflicts = base->nextSibling();
        ZoneLayer::deleteChildNodes(conflicts);
        m_conflictsDirty = false;
        addConflictNodes(conflicts, std::ldexp(1.0, level));
    }
    if (m_overlayDirty) {
        ZoneLayer::deleteChildNodes(overlay);
        m_overlayDirty = false;
        if (m_overlayHere)
            buildOverlay(overlay, tolerance);
    }
    QTransform placed = m_anchor * QTransform::fromTranslate(m_margin.x(), m_margin.y());
    placed.translate(m_origin.x(), m_origin.y());
    root->setMatrix(QMatrix4x4(placed));
    return root;
}

void ZoneLayer::buildBatch(QSGNode *container, const Batch &batch, double tolerance) const
{
    Mesh mesh;
    for (const qint64 id : batch.zoneIds)
        for (const QList<QList<QPointF>> &polygon : m_zones.at(m_index.value(id)).polygons)
            mesh.add(simplified(polygon, tolerance));
    mesh.updateIn(container, withAlpha(batch.colour, fillAlpha), batch.colour.darker(130), m_origin);
}

void ZoneLayer::addConflictNodes(QSGNode *parent, double metresPerPixel) const
{
    const auto sequence = [](qsizetype count) {
        QList<quint32> indices(count);
        std::iota(indices.begin(), indices.end(), 0u);
        return indices;
    };
    QList<QPointF> eventHatch, eventBands;
    for (const QList<QList<QPointF>> &rings : m_events) {
        for (const QLineF &line : ConflictHatch::hatch(rings, 6 * metresPerPixel))
            eventHatch << line.p1() << line.p2();
        eventBands << ConflictHatch::outline(rings, 2 * metresPerPixel);
    }
    if (!eventHatch.isEmpty())
        parent->appendChildNode(makeNode(eventHatch, sequence(eventHatch.size()), QSGGeometry::DrawLines,
                                         withAlpha(eventColour(), 170), m_origin));
    if (!eventBands.isEmpty())
        parent->appendChildNode(makeNode(eventBands, sequence(eventBands.size()), QSGGeometry::DrawTriangles, eventColour(),
                                         m_origin));
    if (m_conflicts.isEmpty())
        return;
    QList<QPointF> hatchVertices, bandVertices;
    for (const MapZone &zone : m_zones) {
        if (!m_conflicts.contains(zone.id))
            continue;
        for (const QLineF &line : ConflictHatch::hatch(zone.rings, 8 * metresPerPixel))
            hatchVertices << line.p1() << line.p2();
        bandVertices << ConflictHatch::outline(zone.rings, 3 * metresPerPixel);
    }
    if (!hatchVertices.isEmpty())
        parent->appendChildNode(makeNode(hatchVertices, sequence(hatchVertices.size()), QSGGeometry::DrawLines,
                                         withAlpha(conflictColour, 210), m_origin));
    if (!bandVertices.isEmpty())
        parent->appendChildNode(makeNode(bandVertices, sequence(bandVertices.size()), QSGGeometry::DrawTriangles,
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
