// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneoverlay.h"

#include "zonelayer.h"

#include <QQuickWindow>
#include <QSGTransformNode>

#include <cmath>

namespace citylab {

ZoneOverlay::ZoneOverlay(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void ZoneOverlay::setLayer(ZoneLayer *layer)
{
    if (m_layer)
        disconnect(m_layer, nullptr, this, nullptr);
    m_layer = layer;
    if (!m_layer)
        return;
    m_layer->setOverlayDrawnElsewhere(true);
    connect(m_layer, &ZoneLayer::overlayChanged, this, [this] {
        m_dirty = true;
        update();
    });
    connect(m_layer, &ZoneLayer::transformChanged, this, &QQuickItem::update);
    m_dirty = true;
    update();
}

QSGNode *ZoneOverlay::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    // The software scene graph draws no geometry nodes: there the layer paints the
    // highlight into its own picture.
    if (!m_layer || m_layer->usesSoftwarePath()) {
        delete oldNode;
        return nullptr;
    }
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        m_dirty = true;
    }
    const QTransform toMap = m_layer->mercatorToMap();
    if (m_dirty) {
        ZoneLayer::deleteChildNodes(root);
        const double metresPerPixel = 1.0 / qMax(1e-12, std::abs(toMap.m11()));
        m_layer->buildOverlay(root, 0.5 * metresPerPixel);
        m_dirty = false;
    }
    // The overlay fills the map, so the map's coordinates are the item's.
    QTransform placed = toMap;
    placed.translate(m_layer->origin().x(), m_layer->origin().y());
    root->setMatrix(QMatrix4x4(placed));
    return root;
}

} // namespace citylab
