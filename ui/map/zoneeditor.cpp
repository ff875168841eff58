// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneeditor.h"

#include <cmath>

namespace citylab {

namespace {

// A corridor starts this wide; the zone form asks for the real width.
constexpr double defaultCorridorWidthM = 50;

double pixelDistance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

ZoneEditor::ZoneEditor(QObject *parent)
    : QObject(parent)
{
}

void ZoneEditor::setProjection(Projection toLonLat, Projection toPixel)
{
    m_toLonLat = std::move(toLonLat);
    m_toPixel = std::move(toPixel);
}

void ZoneEditor::setMode(Mode mode)
{
    m_pressed = m_panning = m_moved = false;
    m_handle = -1;
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void ZoneEditor::startDrawing(Mode mode)
{
    m_points.clear();
    m_hasCentre = false;
    m_shape = mode == Mode::DrawCircle     ? ZoneShape::circle({}, 0)
              : mode == Mode::DrawCorridor ? ZoneShape::corridor({}, defaultCorridorWidthM)
                                           : ZoneShape::polygon({});
    setMode(mode);
    emit changed();
}

void ZoneEditor::startEditing(const ZoneShape &shape)
{
    m_points.clear();
    m_hasCentre = false;
    m_shape = shape;
    setMode(Mode::EditShape);
    emit changed();
}

void ZoneEditor::stop()
{
    m_points.clear();
    m_hasCentre = false;
    m_shape = ZoneShape();
    setMode(Mode::Idle);
    emit changed();
}

bool ZoneEditor::sameAsLastPoint(QPointF pixel) const
{
    // The second click of a double-click lands where the first one did.
    return !m_points.isEmpty() && pixelDistance(toPixel(m_points.last()), pixel) < 3;
}

void ZoneEditor::addPoint(QPointF pixel)
{
    if (sameAsLastPoint(pixel))
        return;
    m_points << m_toLonLat(pixel);
    m_shape = m_mode == Mode::DrawCorridor ? ZoneShape::corridor(m_points, m_shape.widthM())
                                           : ZoneShape::polygon(m_points);
    emit changed();
}

int ZoneEditor::handleAt(QPointF pixel) const
{
    int best = -1;
    double bestDistance = handleRadius + 3;
    const QList<QPointF> handles = m_shape.handles();
    for (int i = 0; i < handles.size(); ++i) {
        const double distance = pixelDistance(toPixel(handles.at(i)), pixel);
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

bool ZoneEditor::press(QPointF pixel)
{
    if (!m_toLonLat || !m_toPixel || m_mode == Mode::Idle)
        return false;
    m_pressPixel = m_lastPixel = pixel;
    m_panning = m_moved = false;
    switch (m_mode) {
    case Mode::EditShape:
        m_handle = handleAt(pixel);
        m_pressed = m_handle >= 0;
        // A press on a side is kept from the map too: it may be the first half of the
        // double-click that adds a corner, and the map would take it as choosing no zone.
        return m_pressed || sideAt(pixel) >= 0;
    case Mode::DrawCircle:
        if (!m_hasCentre) {
            m_hasCentre = true;
            m_shape = ZoneShape::circle(m_toLonLat(pixel), 0);
            emit changed();
        }
        m_pressed = true;
        return true;
    default:
        m_pressed = true;
        return true;
    }
}

void ZoneEditor::move(QPointF pixel, bool buttonDown)
{
    if (!m_toLonLat || m_mode == Mode::Idle)
        return;
    const QPointF lonLat = m_toLonLat(pixel);
    m_hasPointer = isDrawing();
    m_pointer = lonLat;
    if (m_mode == Mode::EditShape) {
        if (m_pressed && buttonDown && m_handle >= 0) {
            m_shape.moveHandle(m_handle, lonLat);
            m_moved = true;
            emit changed();
        }
        return;
    }
    if (m_mode == Mode::DrawCircle) {
        if (m_hasCentre)
            m_shape.setRadiusM(ZoneShape::distanceM(m_shape.centre(), lonLat));
    } else if (m_pressed && buttonDown) {
        if (!m_panning && pixelDistance(pixel, m_pressPixel) > dragThreshold)
            m_panning = true;
        if (m_panning) {
            emit panRequested(pixel - m_lastPixel);
            m_lastPixel = pixel;
        }
    }
    emit changed();
}

void ZoneEditor::release(QPointF pixel)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    switch (m_mode) {
    case Mode::EditShape:
        if (m_moved) {
            m_shape.moveHandle(m_handle, m_toLonLat(pixel));
            m_handle = -1;
            m_moved = false;
            emit changed();
            emit edited(m_shape);
        }
        m_handle = -1;
        return;
    case Mode::DrawCircle:
        // A press dragged to the rim, or a second click away from the centre, sets the radius.
        if (m_hasCentre && pixelDistance(pixel, toPixel(m_shape.centre())) > dragThreshold) {
            m_shape.setRadiusM(ZoneShape::distanceM(m_shape.centre(), m_toLonLat(pixel)));
            finish();
        }
        return;
    case Mode::DrawPolygon:
    case Mode::DrawCorridor:
        if (!m_panning)
            addPoint(pixel);
        m_panning = false;
        return;
    case Mode::Idle:
        return;
    }
}

int ZoneEditor::sideAt(QPointF pixel) const
{
    const QList<QPointF> handles = m_shape.handles();
    int best = -1;
    double bestDistance = handleRadius + 3;
    for (const auto &[from, to] : m_shape.sides()) {
        const QPointF a = toPixel(handles.at(from)), b = toPixel(handles.at(to));
        const QPointF d = b - a;
        const double length2 = QPointF::dotProduct(d, d);
        const double t = length2 > 0 ? qBound(0.0, QPointF::dotProduct(pixel - a, d) / length2, 1.0) : 0;
        const double distance = pixelDistance(a + d * t, pixel);
        if (distance <= bestDistance) {
            best = from;
            bestDistance = distance;
        }
    }
    return best;
}

bool ZoneEditor::doubleClick(QPointF pixel)
{
    if (m_mode == Mode::EditShape) {
        if (!m_toLonLat || !m_toPixel || m_shape.kind() == ZoneShape::Kind::Circle)
            return false;
        m_pressed = m_moved = false;
        m_handle = -1;
        ZoneShape changedShape = m_shape;
        const int corner = handleAt(pixel);
        const bool done = corner >= 0 ? changedShape.removeCorner(corner)
                                      : changedShape.insertCorner(sideAt(pixel), m_toLonLat(pixel));
        if (!done)
            return corner >= 0;   // the last three corners stay: the click is still used up
        m_shape = changedShape;
        emit changed();
        emit edited(m_shape);
        return true;
    }
    if (m_mode != Mode::DrawPolygon && m_mode != Mode::DrawCorridor)
        return false;
    m_pressed = false;
    addPoint(pixel);
    finish();
    return true;
}

bool ZoneEditor::key(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!isDrawing())
            return false;
        finish();
        return true;
    case Qt::Key_Escape:
        if (m_mode == Mode::Idle)
            return false;
        cancel();
        return true;
    case Qt::Key_Backspace:
        if ((m_mode != Mode::DrawPolygon && m_mode != Mode::DrawCorridor) || m_points.isEmpty())
            return false;
        m_points.removeLast();
        m_shape = m_mode == Mode::DrawCorridor ? ZoneShape::corridor(m_points, m_shape.widthM())
                                               : ZoneShape::polygon(m_points);
        emit changed();
        return true;
    default:
        return false;
    }
}

void ZoneEditor::leave()
{
    if (!m_hasPointer)
        return;
    m_hasPointer = false;
    emit changed();
}

void ZoneEditor::finish()
{
    const Mode mode = m_mode;
    if (!isDrawing())
        return;
    const bool empty = mode == Mode::DrawCircle ? !m_hasCentre || !(m_shape.radiusM() > 0) : m_points.isEmpty();
    if (empty) {
        cancel();
        return;
    }
    const ZoneShape shape = m_shape;
    m_points.clear();
    m_hasCentre = m_hasPointer = false;
    setMode(Mode::Idle);
    emit changed();
    emit drawn(shape);
}

void ZoneEditor::cancel()
{
    stop();
}

} // namespace citylab
