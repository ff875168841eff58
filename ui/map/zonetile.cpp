// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonetile.h"

#include "zonelayer.h"

#include <QSGNode>

namespace citylab {

ZoneTile::ZoneTile(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

ZoneTile::~ZoneTile()
{
    if (m_zones)
        m_zones->unsetTile(m_tile, this);
}

void ZoneTile::setZones(ZoneLayer *zones)
{
    if (m_zones)
        m_zones->unsetTile(m_tile, this);
    m_zones = zones;
    attach();
}

void ZoneTile::setTile(int index)
{
    if (m_zones)
        m_zones->unsetTile(m_tile, this);
    m_tile = index;
    attach();
}

void ZoneTile::attach()
{
    if (m_zones && m_tile >= 0)
        m_zones->setTile(m_tile, this);
}

QSGNode *ZoneTile::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (!m_zones) {
        delete oldNode;
        return nullptr;
    }
    return m_zones->paintTile(m_tile, oldNode);
}

} // namespace citylab
