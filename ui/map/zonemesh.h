// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSGGeometry>

class QSGGeometryNode;
class QSGNode;

namespace citylab {

// Fill triangles and outline segments of zones, in Mercator metres, ready to become
// scene-graph geometry: one zone's mesh is built once per zoom level and appended to the
// meshes of the tiles it lies in.
class ZoneMesh
{
public:
    QList<QPointF> fillVertices;
    QList<quint32> fillIndices;
    QList<QPointF> lineVertices;
    QList<quint32> lineIndices;

    // A polygon (outer ring, then holes) simplified for the zoom level's tolerance in metres.
    void addPolygon(const QList<QList<QPointF>> &polygon, double tolerance);
    void addPolygon(const QList<QList<QPointF>> &polygon);
    bool isEmpty() const { return fillIndices.isEmpty() && lineIndices.isEmpty(); }

    // Several zones' meshes of one colour into a container: always two nodes, the fill and the
    // outline, kept from one drawing to the next (empty ones draw nothing). Each mesh is copied
    // once, straight into the nodes' geometry: a tile redrawn after an edit holds a thousand.
    static void updateIn(QSGNode *container, const QList<const ZoneMesh *> &meshes, const QColor &fill,
                         const QColor &line, QPointF origin);
    // Appends new fill and outline nodes (none when empty).
    void addTo(QSGNode *parent, const QColor &fill, const QColor &line, QPointF origin, float lineWidth = 1) const;

    // One node of the given vertices, made relative to origin (keeps floats precise). With no
    // indices the vertices are drawn in their order: the hatching and bands of a city's
    // conflicts are millions of them, and an index each was a third of their memory.
    static QSGGeometryNode *node(const QList<QPointF> &vertices, const QList<quint32> &indices,
                                 QSGGeometry::DrawingMode mode, const QColor &colour, QPointF origin, float lineWidth = 1);

private:
    void addRing(const QList<QPointF> &ring);
    void addOutline(const QList<QPointF> &ring);
};

} // namespace citylab
