// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zoneshape.h"

#include <QObject>
#include <QPointF>

#include <functional>

namespace citylab {

// What the pointer does on the map while zones are drawn or edited, as a state machine
// over plain events in the map's pixels; the shapes it makes are in lon/lat. The map item
// that feeds it (ZoneSketch) only forwards events and paints shape(), so the rules are
// the same whatever draws them.
//
// Polygon: each click adds a corner; double-click or Enter finishes, Backspace takes the
// last corner back, Esc cancels. Circle: press the centre and drag to the rim, or click
// the centre and click the rim. Corridor: clicks along the line, finished like a polygon;
// its width is asked afterwards. Dragging while placing points pans the map instead.
// Editing: a press on a handle drags it; a press elsewhere is left to the map; a
// double-click on a side adds a corner there, on a corner removes it.
class ZoneEditor : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Idle, DrawPolygon, DrawCircle, DrawCorridor, EditShape };
    Q_ENUM(Mode)
    using Projection = std::function<QPointF(QPointF)>;

    explicit ZoneEditor(QObject *parent = nullptr);

    // Map pixels to lon/lat and back; without them the editor ignores every event.
    void setProjection(Projection toLonLat, Projection toPixel);
    QPointF toPixel(QPointF lonLat) const { return m_toPixel ? m_toPixel(lonLat) : QPointF(); }

    Mode mode() const { return m_mode; }
    bool isDrawing() const { return m_mode != Mode::Idle && m_mode != Mode::EditShape; }
    void startDrawing(Mode mode);
    // Shows the handles of an existing zone's shape.
    void startEditing(const ZoneShape &shape);
    void stop();

    const ZoneShape &shape() const { return m_shape; }
    // The pointer while drawing (lon/lat), for the rubber band; null when outside.
    bool hasPointer() const { return m_hasPointer; }
    QPointF pointer() const { return m_pointer; }
    int activeHandle() const { return m_handle; }
    // Radius of the circle being drawn: set once the centre is placed.
    bool hasCentre() const { return m_hasCentre; }

    // Each returns whether the editor used the event (an unused press goes to the map).
    bool press(QPointF pixel);
    void move(QPointF pixel, bool buttonDown);
    void release(QPointF pixel);
    bool doubleClick(QPointF pixel);
    bool key(int key);
    void leave();

    // Ends the drawing as it is (Enter) or drops it (Esc).
    void finish();
    void cancel();

    static constexpr double handleRadius = 7;   // pixels
    static constexpr double dragThreshold = 5;  // pixels before a press becomes a pan

signals:
    void changed();
    void modeChanged(citylab::ZoneEditor::Mode mode);
    // A new shape is complete (a corridor still has the default width).
    void drawn(const citylab::ZoneShape &shape);
    // A handle of the edited shape was dropped somewhere else.
    void edited(const citylab::ZoneShape &shape);
    void panRequested(QPointF pixels);

private:
    void setMode(Mode mode);
    void addPoint(QPointF pixel);
    int handleAt(QPointF pixel) const;
    int sideAt(QPointF pixel) const;
    bool sameAsLastPoint(QPointF pixel) const;

    Projection m_toLonLat;
    Projection m_toPixel;
    Mode m_mode = Mode::Idle;
    ZoneShape m_shape;
    QList<QPointF> m_points;   // lon/lat placed so far (polygon, corridor)
    bool m_hasCentre = false;
    bool m_hasPointer = false;
    QPointF m_pointer;
    bool m_pressed = false;
    bool m_panning = false;
    bool m_moved = false;
    QPointF m_pressPixel;
    QPointF m_lastPixel;
    int m_handle = -1;
};

} // namespace citylab
