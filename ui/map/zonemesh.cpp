// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonemesh.h"
#include "geo/zonegeometry.h"

#include "mapgeometry.h"

#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>

#include <algorithm>

namespace citylab {

namespace {

// Vertices (made relative to origin) and indices into a geometry, allocated to their size.
void fillGeometry(QSGGeometry *geometry, const QList<QPointF> &vertices, const QList<quint32> &indices, QPointF origin)
{
    geometry->allocate(int(vertices.size()), int(indices.size()));
    QSGGeometry::Point2D *points = geometry->vertexDataAsPoint2D();
    for (qsizetype i = 0; i < vertices.size(); ++i)
        points[i].set(float(vertices.at(i).x() - origin.x()), float(vertices.at(i).y() - origin.y()));
    std::copy(indices.cbegin(), indices.cend(), geometry->indexDataAsUInt());
}

using Vertices = QList<QPointF> ZoneMesh::*;
using Indices = QList<quint32> ZoneMesh::*;

// One part (fill or outline) of several meshes into one geometry: each mesh's indices moved
// past the vertices of the meshes before it.
void fillGeometry(QSGGeometry *geometry, const QList<const ZoneMesh *> &meshes, Vertices vertices, Indices indices,
                  QPointF origin)
{
    qsizetype vertexCount = 0, indexCount = 0;
    for (const ZoneMesh *mesh : meshes) {
        vertexCount += (mesh->*vertices).size();
        indexCount += (mesh->*indices).size();
    }
    geometry->allocate(int(vertexCount), int(indexCount));
    QSGGeometry::Point2D *point = geometry->vertexDataAsPoint2D();
    quint32 *index = geometry->indexDataAsUInt();
    quint32 base = 0;
    for (const ZoneMesh *mesh : meshes) {
        for (const QPointF &p : mesh->*vertices)
            (point++)->set(float(p.x() - origin.x()), float(p.y() - origin.y()));
        index = std::transform((mesh->*indices).cbegin(), (mesh->*indices).cend(), index,
                               [base](quint32 i) { return i + base; });
        base += quint32((mesh->*vertices).size());
    }
}

// Puts new vertices into an existing node of the same colour, or makes one. Changing a node's
// geometry re-uploads that node alone, where taking nodes out of the tree and putting new ones
// in makes the renderer rebuild and upload every batch beside it.
void updateNode(QSGNode *parent, int index, const QList<const ZoneMesh *> &meshes, Vertices vertices, Indices indices,
                QSGGeometry::DrawingMode mode, const QColor &colour, QPointF origin)
{
    auto *node = index < parent->childCount() ? static_cast<QSGGeometryNode *>(parent->childAtIndex(index)) : nullptr;
    if (!node || static_cast<QSGFlatColorMaterial *>(node->material())->color() != colour) {
        QSGGeometryNode *made = ZoneMesh::node({}, {}, mode, colour, origin);
        if (node) {
            parent->insertChildNodeAfter(made, node);
            parent->removeChildNode(node);
            delete node;
        } else {
            parent->appendChildNode(made);
        }
        node = made;
    }
    fillGeometry(node->geometry(), meshes, vertices, indices, origin);
    node->markDirty(QSGNode::DirtyGeometry);
}

} // namespace

QSGGeometryNode *ZoneMesh::node(const QList<QPointF> &vertices, const QList<quint32> &indices, QSGGeometry::DrawingMode mode,
                                const QColor &colour, QPointF origin, float lineWidth)
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

void ZoneMesh::addPolygon(const QList<QList<QPointF>> &polygon, double tolerance)
{
    // Each ring simplified for the zoom level; a hole that shrinks to nothing is dropped.
    QList<QList<QPointF>> rings;
    for (const QList<QPointF> &ring : polygon) {
        QList<QPointF> points = MapGeometry::simplify(ring, tolerance);
        if (points.size() >= 4 || rings.isEmpty())
            rings << points;
    }
    addPolygon(rings);
}

// A polygon with holes is filled by GEOS's constrained triangulation, which keeps the holes
// empty; a plain ring (nearly every zone) by ear clipping, much faster.
void ZoneMesh::addPolygon(const QList<QList<QPointF>> &polygon)
{
    if (polygon.isEmpty())
        return;
    if (polygon.size() == 1) {
        addRing(polygon.first());
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

void ZoneMesh::addOutline(const QList<QPointF> &ring)
{
    const qsizetype open = ring.size() - 1;   // rings are closed
    const quint32 lineBase = quint32(lineVertices.size());
    for (qsizetype i = 0; i < open; ++i) {
        lineVertices << ring.at(i);
        lineIndices << lineBase + quint32(i) << lineBase + quint32((i + 1) % open);
    }
}

void ZoneMesh::addRing(const QList<QPointF> &ring)
{
    const quint32 base = quint32(fillVertices.size());
    const qsizetype open = ring.size() - 1;   // rings are closed
    for (qsizetype i = 0; i < open; ++i)
        fillVertices << ring.at(i);
    for (int index : MapGeometry::triangulate(ring))
        fillIndices << base + quint32(index);
    addOutline(ring);
}

void ZoneMesh::updateIn(QSGNode *container, const QList<const ZoneMesh *> &meshes, const QColor &fill,
                        const QColor &line, QPointF origin)
{
    updateNode(container, 0, meshes, &ZoneMesh::fillVertices, &ZoneMesh::fillIndices, QSGGeometry::DrawTriangles,
               fill, origin);
    updateNode(container, 1, meshes, &ZoneMesh::lineVertices, &ZoneMesh::lineIndices, QSGGeometry::DrawLines,
               line, origin);
}

void ZoneMesh::addTo(QSGNode *parent, const QColor &fill, const QColor &line, QPointF origin, float lineWidth) const
{
    if (!fillIndices.isEmpty())
        parent->appendChildNode(node(fillVertices, fillIndices, QSGGeometry::DrawTriangles, fill, origin));
    if (!lineIndices.isEmpty())
        parent->appendChildNode(node(lineVertices, lineIndices, QSGGeometry::DrawLines, line, origin, lineWidth));
}

} // namespace citylab
