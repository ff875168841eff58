// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonesketch.h"

#include "geo/webmercator.h"
#include "mapgeometry.h"
#include "zoneeditor.h"
#include "zonelayer.h"

#include <QCursor>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace citylab {

namespace {

const QColor sketchColour(0xc0, 0x39, 0x2b);
const QColor invalidColour(0xe0, 0x00, 0x00);

void drawLabel(QPainter *painter, QPointF at, const QString &text)
{
    const QFontMetricsF metrics(painter->font());
    QRectF box = metrics.boundingRect(text).adjusted(-5, -3, 5, 3);
    box.moveTopLeft(at + QPointF(14, 10));
    painter->setPen(QColor(0x60, 0x60, 0x60));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(box, Qt::AlignCenter, text);
}

QString metres(double value)
{
    return ZoneSketch::tr("%1 m").arg(QLocale().toString(value, 'f', 0));
}

} // namespace

ZoneSketch::ZoneSketch(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAntialiasing(true);
}

ZoneSketch::~ZoneSketch()
{
    // The map QML is reloaded when the tiles change: the editor must not keep projecting
    // through a sketch that is gone.
    if (m_editor) {
        m_editor->setProjection({}, {});
        m_editor->stop();
    }
}

void ZoneSketch::setZones(ZoneLayer *layer)
{
    if (m_layer)
        disconnect(m_layer, nullptr, this, nullptr);
    m_layer = layer;
    if (m_layer)
        connect(m_layer, &ZoneLayer::transformChanged, this, [this] { update(); });
    connectEditor();
}

void ZoneSketch::setEditor(ZoneEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    connectEditor();
    if (!m_editor)
        return;
    connect(m_editor, &ZoneEditor::changed, this, [this] { update(); });
    connect(m_editor, &ZoneEditor::modeChanged, this, &ZoneSketch::modeChanged);
    connect(m_editor, &ZoneEditor::panRequested, this, [this](QPointF delta) {
        if (m_layer && m_layer->map())
            QMetaObject::invokeMethod(m_layer->map(), "pan", Q_ARG(int, qRound(-delta.x())), Q_ARG(int, qRound(-delta.y())));
    });
    modeChanged();
}

void ZoneSketch::connectEditor()
{
    if (!m_editor)
        return;
    // The sketch fills the map, so its pixels are the map's.
    m_editor->setProjection([this](QPointF pixel) { return toLonLat(pixel); },
                            [this](QPointF lonLat) { return toPixel(lonLat); });
}

void ZoneSketch::modeChanged()
{
    // Hover only while drawing, so the map's own hover label keeps working otherwise.
    const bool drawing = m_editor && m_editor->isDrawing();
    setAcceptHoverEvents(drawing);
    if (drawing)
        setCursor(QCursor(Qt::CrossCursor));
    else
        unsetCursor();
    if (m_editor && m_editor->mode() != ZoneEditor::Mode::Idle)
        forceActiveFocus(Qt::OtherFocusReason);
    update();
}

QPointF ZoneSketch::toPixel(QPointF lonLat) const
{
    return m_layer ? m_layer->mercatorToMap().map(WebMercator::project(lonLat)) : QPointF();
}

QPointF ZoneSketch::toLonLat(QPointF pixel) const
{
    bool invertible = false;
    const QTransform inverse = m_layer ? m_layer->mercatorToMap().inverted(&invertible) : QTransform();
    return invertible ? WebMercator::unproject(inverse.map(pixel)) : QPointF();
}

void ZoneSketch::paint(QPainter *painter)
{
    if (!m_editor || !m_layer || m_editor->mode() == ZoneEditor::Mode::Idle)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const ZoneShape &shape = m_editor->shape();
    const ZoneEditor::Mode mode = m_editor->mode();
    QColor fill = sketchColour;
    fill.setAlpha(60);

    const auto outline = [&](const ZoneGeometry &geometry) {
        QPainterPath path;
        for (const ZoneGeometry::Polygon &polygon : geometry.polygons()) {
            for (const ZoneGeometry::Ring &ring : polygon) {
                QPolygonF pixels;
                for (const QPointF &p : ring)
                    pixels << toPixel(p);
                path.addPolygon(pixels);
                path.closeSubpath();
            }
        }
        return path;
    };

    if (mode == ZoneEditor::Mode::DrawPolygon || mode == ZoneEditor::Mode::DrawCorridor) {
        QPolygonF line;
        for (const QPointF &p : shape.points())
            line << toPixel(p);
        if (m_editor->hasPointer() && !line.isEmpty())
            line << toPixel(m_editor->pointer());
        if (mode == ZoneEditor::Mode::DrawPolygon && line.size() >= 3) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawPolygon(line);
            painter->setPen(QPen(sketchColour, 1.5, Qt::DashLine));
            painter->drawLine(line.last(), line.first());
        }
        painter->setPen(QPen(sketchColour, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(line);
        painter->setBrush(Qt::white);
        for (const QPointF &p : shape.points())
            painter->drawEllipse(toPixel(p), 4, 4);
        return;
    }

    if (mode == ZoneEditor::Mode::DrawCircle) {
        if (!m_editor->hasCentre())
            return;
        const QPointF centre = toPixel(shape.centre());
        if (shape.radiusM() > 0) {
            painter->setPen(QPen(sketchColour, 2));
            painter->setBrush(fill);
            painter->drawPath(outline(shape.geometry()));
            const QPointF rim = m_editor->hasPointer() ? toPixel(m_editor->pointer()) : centre;
            painter->setPen(QPen(sketchColour, 1.5, Qt::DashLine));
            painter->drawLine(centre, rim);
            drawLabel(painter, rim, metres(shape.radiusM()));
        }
        painter->setPen(QPen(sketchColour, 2));
        painter->setBrush(Qt::white);
        painter->drawEllipse(centre, 4, 4);
        return;
    }

    // Editing: the outline as it would be saved (red while it is not valid), the centre
    // line of a corridor, and the handles.
    const ZoneGeometry geometry = shape.geometry();
    const bool valid = geometry.isValid();
    painter->setPen(QPen(valid ? sketchColour : invalidColour, 2));
    painter->setBrush(valid ? fill : QColor(255, 0, 0, 50));
    painter->drawPath(outline(geometry));
    const QList<QPointF> handles = shape.handles();
    if (shape.kind() == ZoneShape::Kind::Corridor) {
        QPolygonF line;
        for (const QPointF &p : shape.points())
            line << toPixel(p);
        painter->setPen(QPen(sketchColour, 1.5, Qt::DashLine));
        painter->drawPolyline(line);
    }
    const int active = m_editor->activeHandle();
    for (int i = 0; i < handles.size(); ++i) {
        const QPointF at = toPixel(handles.at(i));
        const double r = ZoneEditor::handleRadius - 2;
        painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5));
        painter->setBrush(i == active ? sketchColour : QColor(Qt::white));
        painter->drawRect(QRectF(at - QPointF(r, r), at + QPointF(r, r)));
    }
    if (active >= 0) {
        const QPointF at = toPixel(handles.value(active));
        if (shape.kind() == ZoneShape::Kind::Circle && active == 1)
            drawLabel(painter, at, metres(shape.radiusM()));
        else if (shape.kind() == ZoneShape::Kind::Corridor && active == handles.size() - 1)
            drawLabel(painter, at, tr("width %1").arg(metres(shape.widthM())));
    }
}

void ZoneSketch::mousePressEvent(QMouseEvent *event)
{
    if (m_editor && m_editor->press(event->position())) {
        setKeepMouseGrab(true);   // the map's drag handler must not steal a handle's drag
        event->accept();
    } else {
        event->ignore();
    }
}

void ZoneSketch::mouseMoveEvent(QMouseEvent *event)
{
    if (m_editor)
        m_editor->move(event->position(), event->buttons() & Qt::LeftButton);
}

void ZoneSketch::mouseReleaseEvent(QMouseEvent *event)
{
    setKeepMouseGrab(false);
    if (m_editor)
        m_editor->release(event->position());
}

void ZoneSketch::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_editor || !m_editor->doubleClick(event->position()))
        event->ignore();
}

void ZoneSketch::hoverMoveEvent(QHoverEvent *event)
{
    if (m_editor)
        m_editor->move(event->position(), false);
}

void ZoneSketch::hoverLeaveEvent(QHoverEvent *)
{
    if (m_editor)
        m_editor->leave();
}

void ZoneSketch::keyPressEvent(QKeyEvent *event)
{
    if (m_editor && m_editor->key(event->key()))
        event->accept();
    else
        event->ignore();
}

} // namespace citylab
