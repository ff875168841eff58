// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneediting.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "geo/cityevents.h"
#include "geo/zone.h"
#include "geo/zoneshape.h"

#include "geo/zonegeometry.h"
#include "geo/zonereader.h"
#include "items/choicelists.h"
#include "items/recordcounts.h"
#include "store/recordedit.h"
#include "store/recordremoval.h"
#include "shell/writeaccess.h"
#include "store/store.h"
#include "zonelayer.h"
#include "zonesketch.h"
#include "zonecoordinatesdialog.h"
#include "zoneformdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QDate>
#include <QEvent>
#include <QGeoCoordinate>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QUndoStack>

#include <cmath>
#include <limits>
#include <utility>

namespace citylab {

namespace {

const QString zonesTable = QStringLiteral("zones");

QJsonObject constraintsOf(const QVariantMap &zone)
{
    return QJsonDocument::fromJson(zone.value(QStringLiteral("constraints")).toString().toUtf8()).object();
}

} // namespace

ZoneEditing::ZoneEditing(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_ownUndo(new QUndoStack(this))
    , m_undo(m_ownUndo)
    , m_editor(new ZoneEditor(this))
    , m_toolBar(new QToolBar(this))
    , m_modes(new QActionGroup(this))
    , m_drawPolygon(new QAction(this))
    , m_drawCircle(new QAction(this))
    , m_drawCorridor(new QAction(this))
    , m_editShape(new QAction(this))
    , m_details(new QAction(this))
    , m_delete(new QAction(this))
    , m_byCoordinates(new QAction(this))
    , m_hint(new QLabel(this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_modes->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (QAction *action : {m_drawPolygon, m_drawCircle, m_drawCorridor, m_editShape}) {
        action->setCheckable(true);
        m_modes->addAction(action);
        m_toolBar->addAction(action);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_details);
    m_toolBar->addAction(m_delete);
    // last: at 1366 pixels in Italian the actions on the selected zone stay in sight
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_byCoordinates);
    // The hint floats over the map's top left corner (see attach()): beside the tool bar it
    // had a hundred pixels and three lines, and changing it resized the map while drawing.
    m_hint->setObjectName(QStringLiteral("zoneEditHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::NoTextInteraction);
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setMargin(6);
    m_hint->setAutoFillBackground(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::Window, QColor(255, 255, 255, 230));
    hintPalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_hint->setPalette(hintPalette);
    m_hint->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 6, 2);
    layout->addWidget(m_toolBar, 1);
    // A viewer of a team server sees the zones but draws none: a drawing under way stops.
    WriteAccess::follow(m_store, m_toolBar);
    connect(&m_store, &Store::readOnlyChanged, this, [this](bool readOnly) {
        if (readOnly)
            m_editor->stop();
    });

    const auto modeAction = [this](QAction *action, ZoneEditor::Mode mode) {
        connect(action, &QAction::triggered, this, [this, mode](bool checked) {
            m_drawingEvent = false;   // a tool picked by hand draws a zone
            if (!checked) {
                m_editor->stop();
            } else if (mode == ZoneEditor::Mode::EditShape) {
                m_editor->startEditing(m_selected >= 0 ? storedShape(m_selected) : ZoneShape());
            } else {
                m_editor->startDrawing(mode);
            }
        });
    };
    modeAction(m_drawPolygon, ZoneEditor::Mode::DrawPolygon);
    modeAction(m_drawCircle, ZoneEditor::Mode::DrawCircle);
    modeAction(m_drawCorridor, ZoneEditor::Mode::DrawCorridor);
    modeAction(m_editShape, ZoneEditor::Mode::EditShape);
    m_byCoordinates->setObjectName(QStringLiteral("zoneByCoordinates"));
    m_byCoordinates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_byCoordinates, &QAction::triggered, this, &ZoneEditing::typeCoordinates);
    connect(m_details, &QAction::triggered, this, &ZoneEditing::editDetails);
    connect(m_delete, &QAction::triggered, this, &ZoneEditing::deleteZone);
    connect(m_editor, &ZoneEditor::modeChanged, this, &ZoneEditing::modeChanged);
    connect(m_editor, &ZoneEditor::drawn, this, &ZoneEditing::drawn);
    connect(m_editor, &ZoneEditor::edited, this, &ZoneEditing::edited);
    connect(&m_store, &Store::recordsChanged, this, [this](const QStringList &tables) {
        if (tables.isEmpty() || tables.contains(zonesTable))
            refreshSelection();
    });
    retranslate();
    modeChanged();
}

void ZoneEditing::setUndoStack(QUndoStack *undo)
{
    m_undo = undo ? undo : m_ownUndo;
}

QUndoStack &ZoneEditing::undoStack() const
{
    return m_undo ? *m_undo : *m_ownUndo;
}

void ZoneEditing::attach(ZoneLayer *layer, ZoneSketch *sketch, QWidget *mapWidget)
{
    m_mapWidget = mapWidget;
    if (m_mapWidget && m_hint->parentWidget() != m_mapWidget) {
        m_hint->setParent(m_mapWidget);
        m_mapWidget->installEventFilter(this);
        updateHint();
    }
    if (m_layer)
        disconnect(m_layer, nullptr, this, nullptr);
    m_layer = layer;
    m_sketch = sketch;
    if (sketch)
        sketch->setEditor(m_editor);
    if (m_layer)
        connect(m_layer, &ZoneLayer::zoneClicked, this, [this](qint64 zoneId, qint64) { selectZone(zoneId); });
}

void ZoneEditing::selectZone(qint64 zoneId)
{
    m_selected = zoneId >= 0 && !m_store.record(zonesTable, zoneId).isEmpty() ? zoneId : -1;
    if (m_editor->mode() == ZoneEditor::Mode::EditShape)
        m_editor->startEditing(m_selected >= 0 ? storedShape(m_selected) : ZoneShape());
    modeChanged();
}

void ZoneEditing::refreshSelection()
{
    // After an undo, a redo or someone else's change the handles follow the stored zone.
    if (m_selected >= 0 && m_store.record(zonesTable, m_selected).isEmpty())
        m_selected = -1;
    if (m_editor->mode() == ZoneEditor::Mode::EditShape && m_editor->activeHandle() < 0)
        m_editor->startEditing(m_selected >= 0 ? storedShape(m_selected) : ZoneShape());
    modeChanged();
}

ZoneShape ZoneEditing::storedShape(qint64 zoneId) const
{
    const QVariantMap zone = m_store.record(zonesTable, zoneId);
    return ZoneShape::fromStored(zone.value(QStringLiteral("shape")).toString(),
                                 zone.value(QStringLiteral("geometry")).toString().toUtf8(),
                                 zone.value(QStringLiteral("constraints")).toString().toUtf8());
}

void ZoneEditing::modeChanged()
{
    const ZoneEditor::Mode mode = m_editor->mode();
    // Enter, Esc and Backspace reach the sketch only through the map's widget.
    if (mode != ZoneEditor::Mode::Idle && m_mapWidget)
        m_mapWidget->setFocus(Qt::OtherFocusReason);
    const QList<std::pair<QAction *, ZoneEditor::Mode>> actions = {{m_drawPolygon, ZoneEditor::Mode::DrawPolygon},
                                                                  {m_drawCircle, ZoneEditor::Mode::DrawCircle},
                                                                  {m_drawCorridor, ZoneEditor::Mode::DrawCorridor},
                                                                  {m_editShape, ZoneEditor::Mode::EditShape}};
    for (const auto &[action, actionMode] : actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(mode == actionMode);
    }
    m_details->setEnabled(m_selected >= 0 && !m_editor->isDrawing());
    m_delete->setEnabled(m_selected >= 0 && !m_editor->isDrawing());
    updateHint();
}

void ZoneEditing::updateHint()
{
    const QString selected = m_selected >= 0 ? m_store.record(zonesTable, m_selected).value(QStringLiteral("name")).toString()
                                             : QString();
    QString hint;
    switch (m_editor->mode()) {
    case ZoneEditor::Mode::DrawPolygon:
        hint = tr("Click the corners; double-click or Enter finishes, Backspace takes back a corner, Esc cancels.");
        break;
    case ZoneEditor::Mode::DrawCircle:
        hint = tr("Click the centre, then drag or click to set the radius; Esc cancels.");
        break;
    case ZoneEditor::Mode::DrawCorridor:
        hint = tr("Click along the route; double-click or Enter finishes, then give the width. Esc cancels.");
        break;
    case ZoneEditor::Mode::EditShape:
        hint = selected.isEmpty() ? tr("Click a zone to show its handles.")
                                  : tr("%1: drag the square handles; double-click a side to add a corner, a corner "
                                       "to remove it; Ctrl+Z undoes, Esc stops editing.").arg(selected);
        break;
    case ZoneEditor::Mode::Idle:
        hint = selected.isEmpty() ? QString() : tr("Selected zone: %1").arg(selected);
        break;
    }
    m_hint->setText(hint);
    placeHint();
}

void ZoneEditing::placeHint()
{
    m_hint->setVisible(!m_hint->text().isEmpty() && m_hint->parentWidget() == m_mapWidget.data() && m_mapWidget);
    if (!m_hint->isVisible())
        return;
    // At most half the map wide, so the zones stay in sight.
    const int oneLine = m_hint->fontMetrics().horizontalAdvance(m_hint->text()) + 2 * m_hint->margin() + 4;
    const int width = qMin(oneLine, qMax(160, m_mapWidget->width() / 2));
    m_hint->resize(width, m_hint->heightForWidth(width));
    m_hint->move(8, 8);
    m_hint->raise();
}

bool ZoneEditing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mapWidget && event->type() == QEvent::Resize)
        placeHint();
    return QWidget::eventFilter(watched, event);
}

bool ZoneEditing::acceptGeometry(ZoneGeometry &geometry)
{
    const QList<GeometryProblem> problems = geometry.validate();
    if (problems.isEmpty()) {
        // A circle dragged onto the date line or a pole: valid as a polygon, not as a zone.
        const QStringList limits = ZoneShape::limitProblems(geometry);
        if (limits.isEmpty())
            return true;
        QMessageBox box(QMessageBox::Warning, tr("Invalid zone"), tr("The zone cannot be saved: %1.").arg(limits.constFirst()),
                        QMessageBox::Ok, window());
        box.setObjectName(QStringLiteral("invalidZoneBox"));
        placeAwayFromShape(box, geometry);
        box.exec();
        return false;
    }
    const QString reason = problems.constFirst().reason;
    // Only a polygon can be repaired: a circle or corridor is wrong in its parameters.
    const ZoneGeometry fixed = geometry.shape() == ZoneGeometry::Shape::Polygon ? geometry.repaired() : ZoneGeometry();
    if (!fixed.isNull() && fixed.isValid() && fixed.areaM2() > 0) {
        QMessageBox box(QMessageBox::Warning, tr("Invalid zone"), tr("The zone cannot be saved as drawn: %1.").arg(reason),
                        QMessageBox::NoButton, window());
        box.setObjectName(QStringLiteral("invalidZoneBox"));
        box.setInformativeText(tr("CityLab can repair the outline: where it crosses itself it is split into separate "
                                  "parts, %1 m² in all. Repair it and save?")
                                   .arg(QLocale().toString(fixed.areaM2(), 'f', 0)));
        QPushButton *repair = box.addButton(tr("Repair and save"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        placeAwayFromShape(box, geometry);
        box.exec();
        if (box.clickedButton() != repair)
            return false;
        geometry = fixed;
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Invalid zone"), tr("The zone cannot be saved: %1.").arg(reason),
                    QMessageBox::Ok, window());
    box.setObjectName(QStringLiteral("invalidZoneBox"));
    placeAwayFromShape(box, geometry);
    box.exec();
    return false;
}

void ZoneEditing::placeAwayFromShape(QWidget &box, const ZoneGeometry &geometry) const
{
    if (!m_sketch || !m_mapWidget || !m_mapWidget->isVisible())
        return;
    const QRectF bounds = geometry.bounds();
    double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
    for (const QPointF corner : {bounds.topLeft(), bounds.topRight(), bounds.bottomLeft(), bounds.bottomRight()}) {
        const QPointF at = m_sketch->mapToScene(m_sketch->toPixel(corner));
        left = std::min(left, at.x());
        right = std::max(right, at.x());
        top = std::min(top, at.y());
        bottom = std::max(bottom, at.y());
    }
    const QRect shape(m_mapWidget->mapToGlobal(QPointF(left, top).toPoint()),
                      m_mapWidget->mapToGlobal(QPointF(right, bottom).toPoint()));
    box.adjustSize();
    const QRect map(m_mapWidget->mapToGlobal(QPoint(0, 0)), m_mapWidget->size());
    const QRect inner = map.adjusted(12, 12, -12 - box.width(), -12 - box.height());
    // the corner whose box covers least of the shape, the top right first
    QPoint best = inner.topRight();
    qint64 leastCovered = std::numeric_limits<qint64>::max();
    for (const QPoint corner : {inner.topRight(), inner.topLeft(), inner.bottomRight(), inner.bottomLeft()}) {
        const QRect covered = QRect(corner, box.size()).intersected(shape);
        const qint64 area = covered.isEmpty() ? 0 : qint64(covered.width()) * covered.height();
        if (area < leastCovered) {
            leastCovered = area;
            best = corner;
        }
    }
    box.move(best);
}

QString ZoneEditing::experimentLabel(qint64 experimentId) const
{
    const QVariantMap experiment = m_store.record(QStringLiteral("experiments"), experimentId);
    return experiment.isEmpty() ? QString()
                                : QString(experiment.value(QStringLiteral("code")).toString() % QStringLiteral(" – ")
                                              % experiment.value(QStringLiteral("title")).toString());
}

qint64 ZoneEditing::chooseExperiment()
{
    const qint64 current = m_experimentSource ? m_experimentSource() : -1;
    if (current >= 0 && !m_store.record(QStringLiteral("experiments"), current).isEmpty())
        return current;
    QString error;
    const std::optional<QList<ChoiceLists::Experiment>> experiments = ChoiceLists::experiments(m_store, &error);
    if (!experiments) {
        QMessageBox::warning(window(), tr("New zone"), error);
        return -1;
    }
    QStringList labels;
    QList<qint64> ids;
    for (const ChoiceLists::Experiment &experiment : *experiments) {
        ids << experiment.id;
        labels << experiment.code % QStringLiteral(" – ") % experiment.title;
    }
    // or the place of a marathon, a market, a concert: no experiment's, an exclusion zone
    ids << cityEventChoice;
    labels << tr("A city event (exclusion zone: marathon, market, concert…)");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(window(), tr("New zone"), tr("Which experiment is the zone for?"), labels,
                                                 0, false, &ok);
    const qsizetype index = labels.indexOf(chosen);
    return ok && index >= 0 ? ids.at(index) : -1;
}

void ZoneEditing::typeCoordinates()
{
    m_editor->stop();
    m_drawingEvent = false;
    ZoneCoordinatesDialog dialog(window());
    if (m_layer && m_layer->map()) {
        const auto centre = m_layer->map()->property("center").value<QGeoCoordinate>();
        if (centre.isValid())
            dialog.setReference(QPointF(centre.longitude(), centre.latitude()));
    }
    if (dialog.exec() == QDialog::Accepted)
        drawn(dialog.shape());
}

void ZoneEditing::drawn(const ZoneShape &drawnShape)
{
    ZoneShape shape = drawnShape;
    ZoneGeometry geometry = shape.geometry();
    if (!acceptGeometry(geometry))
        return;
    const qint64 experimentId = std::exchange(m_drawingEvent, false) ? cityEventChoice : chooseExperiment();
    if (experimentId == cityEventChoice) {
        saveAsCityEvent(geometry);
        return;
    }
    if (experimentId < 0)
        return;
    const QVariantMap experiment = m_store.record(QStringLiteral("experiments"), experimentId);
    ZoneFormDialog form(shape.kind(), experimentLabel(experimentId), window());
    const ZoneReader::Result existing = ZoneReader::ofExperiment(m_store, experimentId);
    const int zones = int(existing.zones.size() + existing.unreadable.size());
    // The experiment's own dates are the likeliest window for a new zone.
    form.setValues({{QStringLiteral("name"), tr("%1 - zone %2").arg(experiment.value(QStringLiteral("code")).toString())
                                                  .arg(zones + 1)},
                    {QStringLiteral("active_from"), experiment.value(QStringLiteral("start_on"))},
                    {QStringLiteral("active_to"), experiment.value(QStringLiteral("end_on"))}});
    form.setRadiusM(std::round(shape.radiusM()));
    form.setWidthM(shape.widthM());
    if (form.exec() != QDialog::Accepted)
        return;
    if (shape.kind() != ZoneShape::Kind::Polygon) {
        shape.setRadiusM(form.radiusM());
        shape.setWidthM(form.widthM());
        geometry = shape.geometry();
        if (!acceptGeometry(geometry))
            return;
    }
    QVariantMap values = form.values();
    values.insert(Zone::geometryColumns(geometry, {}));
    values.insert(QStringLiteral("experiment_id"), experimentId);
    const QString name = values.value(QStringLiteral("name")).toString();
    const qint64 id = RecordEdit::insert(m_store, undoStack(), zonesTable, values, tr("Draw zone %1").arg(name));
    if (id < 0) {
        QMessageBox::warning(window(), tr("New zone"), tr("The zone could not be saved: %1").arg(m_store.errorString()));
        return;
    }
    m_selected = id;
    modeChanged();
    emit zoneSaved(id, experimentId);
}

void ZoneEditing::startCityEventDrawing()
{
    if (!m_drawPolygon->isChecked())
        m_drawPolygon->trigger();
    m_drawingEvent = true;
}

void ZoneEditing::saveAsCityEvent(const ZoneGeometry &geometry)
{
    QVariantMap defaults = Zone::geometryColumns(geometry, {});
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    defaults.insert({{QStringLiteral("kind"), QStringLiteral("other")},
                     {QStringLiteral("starts_on"), today},
                     {QStringLiteral("ends_on"), today}});
    // The form saves it, one step on the undo history; the map draws it when the store says so.
    auto *form = new RecordEditDialog(m_store, undoStack(), CityEvents::table, -1, FormSpecs::cityEvent(), defaults, window());
    form->setObjectName(QStringLiteral("cityEventForm"));
    form->setWindowTitle(tr("New City Event"));
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
}

void ZoneEditing::edited(const ZoneShape &shape)
{
    const QVariantMap zone = m_store.record(zonesTable, m_selected);
    if (zone.isEmpty())
        return;
    ZoneGeometry geometry = shape.geometry();
    bool saved = false;
    if (acceptGeometry(geometry)) {
        saved = RecordEdit::update(m_store, undoStack(), zonesTable, m_selected,
                                   Zone::geometryColumns(geometry, constraintsOf(zone)),
                                   tr("Reshape zone %1").arg(zone.value(QStringLiteral("name")).toString()));
        if (!saved)
            QMessageBox::warning(window(), tr("Zone"), tr("The zone could not be saved: %1").arg(m_store.errorString()));
    }
    if (!saved)   // back to the outline that is stored
        m_editor->startEditing(storedShape(m_selected));
}

void ZoneEditing::editDetails()
{
    const QVariantMap zone = m_store.record(zonesTable, m_selected);
    if (zone.isEmpty())
        return;
    ZoneShape shape = storedShape(m_selected);
    ZoneFormDialog form(shape.kind(), experimentLabel(zone.value(QStringLiteral("experiment_id")).toLongLong()), window());
    // The columns carry height, hours and notes (the importer, the exporter and the letters
    // read them there); a zone that has them only in its constraints JSON shows them too,
    // and saving moves them to the columns.
    QVariantMap shown = zone;
    QJsonObject constraints = constraintsOf(zone);
    for (const QString &key : {QStringLiteral("max_height_m"), QStringLiteral("hours"), QStringLiteral("notes")}) {
        if (shown.value(key).isNull() && constraints.contains(key))
            shown.insert(key, constraints.value(key).toVariant());
        constraints.remove(key);
    }
    form.setValues(shown);
    form.setRadiusM(shape.radiusM());
    form.setWidthM(shape.widthM());
    if (form.exec() != QDialog::Accepted)
        return;
    QVariantMap changes = form.values();
    if (shape.kind() == ZoneShape::Kind::Polygon) {
        changes.insert(QStringLiteral("constraints"),
                       constraints.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(constraints).toJson(QJsonDocument::Compact))));
    } else {
        shape.setRadiusM(form.radiusM());
        shape.setWidthM(form.widthM());
        ZoneGeometry geometry = shape.geometry();
        if (!acceptGeometry(geometry))
            return;
        changes.insert(Zone::geometryColumns(geometry, constraints));
    }
    if (!RecordEdit::update(m_store, undoStack(), zonesTable, m_selected, changes,
                            tr("Edit zone %1").arg(changes.value(QStringLiteral("name")).toString())))
        QMessageBox::warning(window(), tr("Zone"), tr("The zone could not be saved: %1").arg(m_store.errorString()));
}

void ZoneEditing::deleteZone()
{
    const QVariantMap zone = m_store.record(zonesTable, m_selected);
    if (zone.isEmpty())
        return;
    const QString name = zone.value(QStringLiteral("name")).toString();
    QString question = tr("Delete the zone \"%1\" of %2?")
                           .arg(name, experimentLabel(zone.value(QStringLiteral("experiment_id")).toLongLong()));
    QString error;
    const std::optional<qint64> measurements = RecordCounts::measurementsInZone(m_store, m_selected, &error);
    if (!measurements) {
        QMessageBox::warning(window(), tr("Delete zone"), error);
        return;
    }
    const int measured = int(*measurements);
    if (measured > 0)
        question += u'\n' + tr("%n measurement(s) taken in it keep their values but no longer name the zone, "
                               "also after an undo.", nullptr, measured);
    QMessageBox box(QMessageBox::Question, tr("Delete zone"), question, QMessageBox::NoButton, window());
    box.setObjectName(QStringLiteral("deleteZoneBox"));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (!RecordRemoval::remove(m_store, undoStack(), zonesTable, m_selected, tr("Delete zone %1").arg(name)))
        QMessageBox::warning(window(), tr("Delete zone"), tr("The zone could not be deleted: %1").arg(m_store.errorString()));
}

void ZoneEditing::retranslate()
{
    m_drawPolygon->setText(tr("Draw polygon"));
    m_drawPolygon->setToolTip(tr("Draw a zone corner by corner"));
    m_drawCircle->setText(tr("Draw circle"));
    m_drawCircle->setToolTip(tr("Draw a round zone from its centre and radius"));
    m_drawCorridor->setText(tr("Draw corridor"));
    m_drawCorridor->setToolTip(tr("Draw a route with a width, such as a drone line or a shuttle lane"));
    m_editShape->setText(tr("Edit vertices"));
    m_editShape->setToolTip(tr("Move the corners of the selected zone, or a circle's centre and radius"));
    m_byCoordinates->setText(tr("Coordinates…"));
    m_byCoordinates->setToolTip(tr("A zone from typed or pasted coordinates: a polygon's corners, or a circle's centre and radius")
                                + QStringLiteral(" (%1)").arg(m_byCoordinates->shortcut().toString(QKeySequence::NativeText)));
    m_details->setText(tr("Zone details…"));
    m_details->setToolTip(tr("Name, active period and constraints of the selected zone"));
    m_delete->setText(tr("Delete zone"));
    m_delete->setToolTip(tr("Delete the selected zone (Ctrl+Z brings it back)"));
    updateHint();
}

void ZoneEditing::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace citylab
