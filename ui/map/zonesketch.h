// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QPointer>
#include <QQuickPaintedItem>

namespace citylab {

class ZoneEditor;
class ZoneLayer;

// The zone being drawn or edited, painted over the map with its handles, and the door
// through which the map's pointer and keys reach the ZoneEditor. Painted with QPainter so
// it shows under every scene graph backend; idle, it lets every event through to the map.
class ZoneSketch : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(citylab::ZoneLayer *zones READ zones WRITE setZones)
public:
    explicit ZoneSketch(QQuickItem *parent = nullptr);
    ~ZoneSketch() override;

    ZoneLayer *zones() const { return m_layer; }
    void setZones(ZoneLayer *layer);
    void setEditor(ZoneEditor *editor);

    void paint(QPainter *painter) override;
    // A place on the map in this item's pixels, and back.
    QPointF toPixel(QPointF lonLat) const;
    QPointF toLonLat(QPointF pixel) const;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void connectEditor();
    void modeChanged();

    QPointer<ZoneLayer> m_layer;
    QPointer<ZoneEditor> m_editor;
};

} // namespace citylab
