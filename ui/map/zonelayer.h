// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "mapzone.h"

#include <QColor>
#include <QHash>
#include <QQuickItem>
#include <QSet>
#include <QTransform>

#include <functional>

namespace citylab {

// Every zone of the map in one item. The zones are projected to Web Mercator once and
// triangulated once per simplification level; the scene graph holds one geometry node per
// colour (fill and outline) under one transform node, and panning only changes that
// transform, taken from the Map's fromCoordinate of two reference points. Under the
// software scene graph, which does not draw custom geometry, the same zones are painted
// into an image instead.
class ZoneLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(QVariant viewCenter READ viewCenter WRITE setViewCenter)
    Q_PROPERTY(double viewZoom READ viewZoom WRITE setViewZoom)
    Q_PROPERTY(QSizeF viewSize READ viewSize WRITE setViewSize)
    Q_PROPERTY(QString hoverText READ hoverText NOTIFY hoverTextChanged)
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
    // Adds or replaces the given zones and takes others away: only the scene-graph batches
    // holding them are drawn again (one zone edit in a city of 10,000 redraws a few
    // hundred zones, not all).
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
    // Zones of one colour drawn by one pair of scene-graph nodes; at most batchLimit of them,
    // so that redrawing the batch of one changed zone stays well within a frame.
    struct Batch
    {
        QColor colour;
        QList<qint64> zoneIds;
        bool dirty = true;
    };
    QSGNode *paintSoftware(QSGNode *oldNode);
    void addConflictNodes(QSGNode *parent, double metresPerPixel) const;
    void addTrackNodes(QSGNode *parent, double metresPerPixel) const;
    void buildBatch(QSGNode *container, const Batch &batch, double tolerance) const;
    void addToBatch(qint64 id, const QColor &colour);
    void removeFromBatch(qint64 id);
    void addToGrid(qint64 id, const QRectF &box);
    void removeFromGrid(qint64 id, const QRectF &box);
    template<typename Visit> void forEachCell(const QRectF &box, Visit visit) const;
    void removeZone(qint64 id);
    void dataChanged();
    int levelForScale() const;
    void placeOverMap();

    static constexpr double gridCell = 500;   // metres; a city zone spans one to a few cells
    static constexpr int batchLimit = 256;

    QObject *m_map = nullptr;
    QVariant m_center;
    double m_zoom = 0;
    QList<MapZone> m_zones;
    QList<QColor> m_colours;   // per zone, in the order of m_zones
    QHash<qint64, int> m_index;         // zone id -> its place in m_zones
    QHash<qint64, QList<qint64>> m_grid;   // grid cell -> ids of the zones touching it
    QList<qint64> m_largeZones;            // too large for the grid
    QList<Batch> m_batches;
    QHash<qint64, int> m_batchOf;          // zone id -> its batch
    qint64 m_highlighted = -1;
    QSet<qint64> m_conflicts;
    QList<QList<QPointF>> m_trackPaths, m_excursions;
    QList<QList<QList<QPointF>>> m_events;
    bool m_conflictsDirty = true;
    qint64 m_hovered = -1;
    QString m_hoverText;
    QPointF m_origin;          // Mercator origin of the vertex data (keeps floats precise)
    QTransform m_transform;    // Mercator metres to the map's pixels, now
    QTransform m_anchor;       // the same when the zones were last drawn
    QPointF m_margin;
    QSizeF m_viewSize;
    bool m_reanchor = true;
    bool m_overlayHere = true;
    int m_builtLevel = -1000;
    bool m_geometryDirty = true;
    bool m_overlayDirty = true;
};

} // namespace citylab
