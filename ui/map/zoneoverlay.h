// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QPointer>
#include <QQuickItem>

namespace citylab {

class ZoneLayer;

// The highlighted experiment's zones and the hovered zone, drawn above the ZoneLayer's
// cached picture of all zones: few nodes, redrawn on hover or selection and moved with
// the map's transform every frame, so neither hovering nor selecting redraws every zone.
class ZoneOverlay : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(citylab::ZoneLayer *source READ layer WRITE setLayer)
public:
    explicit ZoneOverlay(QQuickItem *parent = nullptr);

    ZoneLayer *layer() const { return m_layer; }
    void setLayer(ZoneLayer *layer);

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;

private:
    QPointer<ZoneLayer> m_layer;
    bool m_dirty = true;
};

} // namespace citylab
