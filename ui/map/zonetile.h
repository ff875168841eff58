// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QPointer>
#include <QQuickItem>

namespace citylab {

class ZoneLayer;

// One tile of a ZoneLayer: the zones over one part of the layer, drawn into the tile's own
// texture (layer.enabled in the QML) and drawn again only when a zone over it changes. The
// layer places it and gives it its nodes.
class ZoneTile : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(citylab::ZoneLayer *zones READ zones WRITE setZones)
    Q_PROPERTY(int tile READ tile WRITE setTile)
public:
    explicit ZoneTile(QQuickItem *parent = nullptr);
    ~ZoneTile() override;

    ZoneLayer *zones() const { return m_zones; }
    void setZones(ZoneLayer *zones);
    int tile() const { return m_tile; }
    void setTile(int index);

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;

private:
    void attach();

    QPointer<ZoneLayer> m_zones;
    int m_tile = -1;
};

} // namespace citylab
