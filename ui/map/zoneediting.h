// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoneeditor.h"

#include <QJsonObject>
#include <QPointer>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QToolBar;
class QUndoStack;

namespace citylab {

class Store;
class ZoneGeometry;
class ZoneLayer;
class ZoneSketch;

// Drawing and editing zones on the map: the tool bar above the map (draw a polygon, a
// circle or a corridor, edit the outline, the zone's details, delete), the questions
// around it (which experiment, the zone form, an invalid outline refused or repaired with
// consent) and the writes, each one step on the main window's undo stack.
class ZoneEditing : public QWidget
{
    Q_OBJECT
public:
    explicit ZoneEditing(Store &store, QWidget *parent = nullptr);

    // The undo history edits go on; without one the tool bar keeps its own.
    void setUndoStack(QUndoStack *undo);
    QUndoStack &undoStack() const;
    // The experiment new zones belong to (the map's current one); < 0 asks the user.
    void setExperimentSource(std::function<qint64()> source) { m_experimentSource = std::move(source); }
    // Called whenever the map QML is (re)loaded; mapWidget gets the keyboard while drawing.
    void attach(ZoneLayer *layer, ZoneSketch *sketch, QWidget *mapWidget);

    ZoneEditor *editor() const { return m_editor; }
    qint64 selectedZone() const { return m_selected; }
    void selectZone(qint64 zoneId);
    // Starts drawing a polygon that becomes a city event, whatever experiment is chosen.
    void startCityEventDrawing();

    QAction *drawPolygonAction() const { return m_drawPolygon; }
    QAction *drawCircleAction() const { return m_drawCircle; }
    QAction *drawCorridorAction() const { return m_drawCorridor; }
    QAction *editShapeAction() const { return m_editShape; }
    QAction *detailsAction() const { return m_details; }
    QAction *deleteAction() const { return m_delete; }
    QAction *byCoordinatesAction() const { return m_byCoordinates; }

signals:
    void zoneSaved(qint64 zoneId, qint64 experimentId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void modeChanged();
    void updateHint();
    void placeHint();
    void drawn(const ZoneShape &shape);
    void saveAsCityEvent(const ZoneGeometry &geometry);
    void edited(const ZoneShape &shape);
    void editDetails();
    void typeCoordinates();
    void deleteZone();
    void refreshSelection();
    bool acceptGeometry(ZoneGeometry &geometry);
    // The experiment a new zone is for, cityEventChoice for a city event, or < 0 when none.
    static constexpr qint64 cityEventChoice = -2;
    bool m_drawingEvent = false;
    qint64 chooseExperiment();
    QString experimentLabel(qint64 experimentId) const;
    ZoneShape storedShape(qint64 zoneId) const;
    // Puts a message about the shape in a corner of the map the shape leaves free: centred
    // on the window, it covered the very outline it spoke of.
    void placeAwayFromShape(QWidget &box, const ZoneGeometry &geometry) const;

    Store &m_store;
    QUndoStack *m_ownUndo;
    QPointer<QUndoStack> m_undo;
    std::function<qint64()> m_experimentSource;
    ZoneEditor *m_editor;
    QPointer<ZoneLayer> m_layer;
    QPointer<QWidget> m_mapWidget;
    QPointer<ZoneSketch> m_sketch;
    QToolBar *m_toolBar;
    QActionGroup *m_modes;
    QAction *m_drawPolygon;
    QAction *m_drawCircle;
    QAction *m_drawCorridor;
    QAction *m_editShape;
    QAction *m_details;
    QAction *m_delete;
    QAction *m_byCoordinates;   // the outline typed: no mouse needed
    QLabel *m_hint;
    qint64 m_selected = -1;
};

} // namespace citylab
