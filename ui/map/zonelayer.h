// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "mapzone.h"

#include "zonemesh.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QQuickItem>
#include <QSet>
#include <QTimer>
#include <QTransform>

#include <functional>

namespace citylab {

class ZoneTile;

// Every zone of the map in one item. The zones are projected to Web Mercator once and
// triangulated once per simplification level; the layer's tiles (ZoneTile) hold one
// geometry node per colour (fill and outline) for the zones over them, rendered into their
// textures, and panning only moves the layer, placed from the Map's fromCoordinate of two
// reference points. Under the software scene graph, which does not draw custom geometry,
// the same zones are painted into an image instead.
class ZoneLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(QVariant viewCenter READ viewCenter WRITE setViewCenter)
    Q_PROPERTY(double viewZoom READ viewZoom WRITE setViewZoom)
    Q_PROPERTY(QSizeF viewSize READ viewSize WRITE setViewSize)
    Q_PROPERTY(QString hoverText READ hoverText NOTIFY hoverTextChanged)
    Q_PROPERTY(int tileCount READ tileCount CONSTANT)
public:
    explicit ZoneLayer(QQuickItem *parent = nullptr);

    QObject *map() const { return m_map; }
    void setMap(QObject *map);
    QVariant viewCenter() const { return m_center; }
    void setViewCenter(const QVariant &center);
    double viewZoom() const { return m_zoom; }
    void setViewZoom(double zoom);
    QSizeF viewSize() const { return m_viewSize; }
    void setViewSize(QSizeF size);
    QString hoverText() const { return m_hoverText; }

    using Colouring = std::function<QColor(const MapZone &)>;
    // The zones to draw, each with its colour.
    void setZones(const QList<MapZone> &zones, const Colouring &colour);
    // Adds or replaces the given zones and takes others away: only the tiles under their old
    // and new outlines are drawn again (one zone edit in a city of 10,000 redraws the zones
    // of a tile or two, not all).
    void updateZones(const QList<MapZone> &zones, const QSet<qint64> &removed, const Colouring &colour);
    void setHighlightedExperiment(qint64 experimentId);
    qint64 highlightedExperiment() const { return m_highlighted; }
    // Where the highlighted experiment's tests really ran (Mercator metres): each track's
    // path as a thin blue line, its excursions as thick magenta ones with a square where each
    // begins.
    void setTracks(const QList<QList<QPointF>> &paths, const QList<QList<QPointF>> &excursions);
    const QList<QList<QPointF>> &trackExcursions() const { return m_excursions; }
    static QColor trackColour();
    static QColor excursionColour();
    // City events' places (Mercator metres, each a list of rings): hatched and outlined in
    // grey, under the conflicts.
    void setEvents(const QList<QList<QList<QPointF>>> &events);
    const QList<QList<QList<QPointF>>> &events() const { return m_events; }
    static QColor eventColour();
    // Zones in conflict with another experiment's: hatched and outlined in red.
    void setConflictZones(const QSet<qint64> &zoneIds);
    const QSet<qint64> &conflictZones() const { return m_conflicts; }

    // Hit test in the map's coordinates: the smallest zone under the point, or -1.
    Q_INVOKABLE qint64 zoneAt(QPointF position) const;
    Q_INVOKABLE void hoverAt(QPointF position);
    Q_INVOKABLE void clickAt(QPointF position);
    const MapZone *zone(qint64 id) const;
    const QList<MapZone> &zones() const { return m_zones; }
    qint64 hoveredZone() const { return m_hovered; }
    QPointF origin() const { return m_origin; }
    // A ZoneOverlay draws the highlighted and hovered zones instead, so hovering does not
    // redraw the cached picture of every zone.
    void setOverlayDrawnElsewhere(bool elsewhere);
    // Geometry nodes for the highlighted and hovered zones, in Mercator metres minus origin().
    void buildOverlay(QSGNode *parent, double tolerance) const;

    // The zones are drawn by tileCount() ZoneTile items over the layer, each into its own
    // texture: one zone edited draws again the tiles under it, not the whole city (with
    // 9,000 zones under llvmpipe a whole redraw is ~36 ms, more than two frames). Small
    // tiles, as a city's centre holds most zones: of 4 × 4 the central tile held 3,370 of
    // 9,222 zones, and drawing them again took ~20 ms; of 8 × 8, a whole redraw (a zoom, a
    // long pan) paid ~30 ms more for its 64 passes.
    static constexpr int tileColumns = 6;
    static constexpr int tileRows = 6;
    int tileCount() const { return tileColumns * tileRows; }
    void setTile(int index, ZoneTile *tile);
    void unsetTile(int index, ZoneTile *tile);
    QSGNode *paintTile(int index, QSGNode *oldNode);

    // Removes and deletes every child of a scene-graph node.
    static void deleteChildNodes(QSGNode *parent);

    // Mercator metres to the map's coordinates (the layer itself is larger than the map).
    QTransform mercatorToMap() const { return m_transform; }
    bool usesSoftwarePath() const;

signals:
    void mapChanged();
    void hoverTextChanged();
    void overlayChanged();    // highlighted experiment or hovered zone
    void transformChanged();  // the map moved or zoomed
    void zoneClicked(qint64 zoneId, qint64 experimentId);

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;
    void updatePolish() override;

private:
    enum TilePart { Zones = 1, Decorations = 2, Everything = Zones | Decorations };
    Q_DECLARE_FLAGS(TileParts, TilePart)
    struct Tile
    {
        QPointer<ZoneTile> item;
        QRectF rect;               // in the layer's coordinates
        QList<qint64> zoneIds;     // the zones whose box touches it
        TileParts dirty = Everything;   // to be drawn again
        int level = -1000;         // the simplification level it was drawn at
    };
    QSGNode *paintSoftware(QSGNode *oldNode);
    void addConflictNodes(QSGNode *parent, double metresPerPixel, const Tile &tile) const;
    void addTrackNodes(QSGNode *parent, double metresPerPixel) const;
    const ZoneMesh &meshOf(int zoneIndex, double tolerance);
    void layOutTiles();
    void addToTiles(qint64 id, const QRectF &bounds);
    void removeFromTiles(qint64 id);
    void markTileDirty(int index, TileParts parts);
    void addToGrid(qint64 id, const QRectF &box);
    void removeFromGrid(qint64 id, const QRectF &box);
    template<typename Visit> void forEachCell(const QRectF &box, Visit visit) const;
    void removeZone(qint64 id);
    void dataChanged();
    int levelForScale() const;
    void placeOverMap();

    static constexpr double gridCell = 500;   // metres; a city zone spans one to a few cells

    QObject *m_map = nullptr;
    QVariant m_center;
    double m_zoom = 0;
    QList<MapZone> m_zones;
    QList<QColor> m_colours;   // per zone, in the order of m_zones
    QHash<qint64, int> m_index;         // zone id -> its place in m_zones
    QHash<qint64, QList<qint64>> m_grid;   // grid cell -> ids of the zones touching it
    QList<qint64> m_largeZones;            // too large for the grid
    QList<Tile> m_tiles = QList<Tile>(tileColumns * tileRows);
    QHash<qint64, QList<int>> m_tilesOf;   // zone id -> the tiles it is drawn in
    QHash<qint64, ZoneMesh> m_meshes;      // zone id -> its mesh at m_meshLevel
    int m_meshLevel = -1000;
    qint64 m_highlighted = -1;
    QSet<qint64> m_conflicts;
    QList<QList<QPointF>> m_trackPaths, m_excursions;
    QList<QList<QList<QPointF>>> m_events;
    qint64 m_hovered = -1;
    QString m_hoverText;
    QPointF m_origin;          // Mercator origin of the vertex data (keeps floats precise)
    QTransform m_transform;    // Mercator metres to the map's pixels, now
    QTransform m_anchor;       // the same when the zones were last drawn
    QPointF m_margin;
    QSizeF m_viewSize;
    bool m_reanchor = true;
    QTimer m_zoomSettled;      // a zoom has stopped: the zones are drawn at its scale
    double m_placedRatio = 1;  // the textures' scale, while a zoom goes on
    bool m_overlayHere = true;
    int m_builtLevel = -1000;
    bool m_overlayDirty = true;
};

} // namespace citylab
