// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/webmercator.h"
#include "geo/zonegeometry.h"
#include "geo/zoneshape.h"
#include "i18n/language.h"
#include "map/mapgeometry.h"
#include "map/mapview.h"
#include "map/tilesettings.h"
#include "map/zoneediting.h"
#include "map/zoneeditor.h"
#include "map/zonelayer.h"
#include "editing/recordeditdialog.h"
#include "editing/recordform.h"
#include "shell/mainwindow.h"
#include "shell/recordbrowser.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QScopeGuard>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QQuickWidget>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
#include <functional>

using namespace citylab;

namespace {

// Runs `answer` on the next modal dialog (with that object name, when given) as soon as it
// opens (the code under test is blocked in exec() meanwhile). Returns a flag telling
// whether it ran.
std::shared_ptr<bool> onNextDialog(std::function<void(QWidget *)> answer, const QString &name = {})
{
    auto ran = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(30);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, ran, tries, name] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && !name.isEmpty() && modal->objectName() != name)
            modal = nullptr;
        if (!modal && ++*tries < 300)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal) {
            *ran = true;
            answer(modal);
        }
    });
    timer->start();
    return ran;
}

int count(Store &store, const QString &sql)
{
    QSqlQuery query(sql, store.database());
    return query.next() ? query.value(0).toInt() : -1;
}

QJsonObject json(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

// Zones drawn and edited on the map as a user does it, under X with the real Qt Quick
// path: clicks on the map, the zone form, the refusal of a bad outline, undo and redo on
// the main window's history, and what ends up in the store.
class TestZoneEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    MapView *m_map = nullptr;
    ZoneEditing *m_editing = nullptr;
    qint64 m_experiment = -1;
    QString m_squareUuid;
    QList<QPointF> m_squareCorners;   // lon/lat

    Store &store() { return m_window->store(); }
    QQuickWidget *quick() { return m_map->quickWidget(); }

    QPoint pixel(QPointF lonLat) const
    {
        return m_map->layer()->mercatorToMap().map(WebMercator::project(lonLat)).toPoint();
    }
    QPointF lonLat(QPoint pixel) const
    {
        return WebMercator::unproject(m_map->layer()->mercatorToMap().inverted().map(QPointF(pixel)));
    }
    void click(QPoint at) { QTest::mouseClick(quick(), Qt::LeftButton, {}, at); }
    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(quick(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(quick(), from + (to - from) * step / 5);
        QTest::mouseRelease(quick(), Qt::LeftButton, {}, to);
    }
    // Fills the zone form that opens next and saves it.
    std::shared_ptr<bool> fillForm(const QString &name, std::function<void(QWidget *)> more = {})
    {
        return onNextDialog(
            [name, more](QWidget *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("zoneName"))->setText(name);
                if (more)
                    more(dialog);
                qobject_cast<QDialog *>(dialog)->accept();
            },
            QStringLiteral("zoneFormDialog"));
    }
    QVariantMap zoneNamed(const QString &name)
    {
        QSqlQuery query(store().database());
        query.prepare(QStringLiteral("SELECT id FROM zones WHERE name = :name"));
        query.bindValue(QStringLiteral(":name"), name);
        return query.exec() && query.next() ? store().record(QStringLiteral("zones"), query.value(0).toLongLong())
                                            : QVariantMap();
    }
    bool hasUuid(const QString &uuid)
    {
        QSqlQuery query(store().database());
        query.prepare(QStringLiteral("SELECT count(*) FROM zones WHERE uuid = :uuid"));
        query.bindValue(QStringLiteral(":uuid"), uuid);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        Language::install(QStringLiteral("en"));
        TileSettings tiles;
        tiles.source = TileSettings::NoTiles;
        tiles.save();
        QVERIFY(m_dir.isValid());
        const QString demo = testsupport::makeDemo(m_dir);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(demo));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showView(QStringLiteral("map"));
        m_map = qobject_cast<MapView *>(m_window->view(QStringLiteral("map")));
        QVERIFY(m_map);
        QVERIFY2(m_map->layer(), "the map QML did not load");
        m_editing = m_map->zoneEditing();
        QVERIFY(m_editing);
        m_experiment = count(store(), QStringLiteral("SELECT min(id) FROM experiments"));
        // Chosen in the case manager, as a user does: the map follows and both agree on it.
        auto *experiments = qobject_cast<RecordBrowser *>(m_window->view(QStringLiteral("experiments")));
        QVERIFY(experiments);
        QVERIFY(experiments->selectRecord(m_experiment));
        QCOMPARE(m_map->currentExperiment(), m_experiment);
        QTest::qWait(500);   // the framing of the experiment settles first
        // West of the city, where the demo has no zone: what is drawn there is all there is.
        m_map->setCenter(WebMercator::project(QPointF(7.55, 45.16)), 15);
        QTRY_VERIFY(m_map->layer()->zoneAt(QPointF(400, 300)) < 0
                    && std::abs(lonLat(QPoint(quick()->width() / 2, quick()->height() / 2)).x() - 7.55) < 1e-3);
        // Every point the tests click lies in the map of a 1400 x 900 window.
        QVERIFY2(quick()->width() >= 820 && quick()->height() >= 600,
                 qPrintable(QStringLiteral("map %1 x %2").arg(quick()->width()).arg(quick()->height())));
        for (const QPoint &p : {QPoint(250, 200), QPoint(700, 200), QPoint(250, 600), QPoint(700, 600)})
            QVERIFY(m_map->layer()->zoneAt(p) < 0);
    }

    void toolBarIsThere()
    {
        for (QAction *action : {m_editing->drawPolygonAction(), m_editing->drawCircleAction(),
                                m_editing->drawCorridorAction(), m_editing->editShapeAction(),
                                m_editing->deleteAction()})
            QVERIFY(!action->text().isEmpty());
        QVERIFY(m_editing->isVisible());
        QVERIFY(!m_editing->deleteAction()->isEnabled());   // nothing selected yet
    }

    void drawPolygon()
    {
        const int zonesBefore = count(store(), QStringLiteral("SELECT count(*) FROM zones"));
        const QColor emptyMap = quick()->grabFramebuffer().pixelColor(QPoint(400, 330));
        m_editing->drawPolygonAction()->trigger();
        QCOMPARE(m_editing->editor()->mode(), ZoneEditor::Mode::DrawPolygon);
        const QList<QPoint> corners = {QPoint(300, 250), QPoint(500, 250), QPoint(500, 400), QPoint(300, 400)};
        for (const QPoint &corner : corners) {
            m_squareCorners << lonLat(corner);
            click(corner);
        }
        QCOMPARE(m_editing->editor()->shape().points().size(), 4);
        const auto saved = fillForm(QStringLiteral("Test square"), [](QWidget *dialog) {
            dialog->findChild<QCheckBox *>(QStringLiteral("zoneHasFrom"))->setChecked(true);
            dialog->findChild<QDateEdit *>(QStringLiteral("zoneFrom"))->setDate(QDate(2026, 6, 1));
            dialog->findChild<QCheckBox *>(QStringLiteral("zoneHasTo"))->setChecked(false);
        });
        QTest::keyClick(quick(), Qt::Key_Return);
        QTRY_VERIFY(*saved);
        QTest::qWait(500);
        QCOMPARE(m_editing->editor()->mode(), ZoneEditor::Mode::Idle);

        const QVariantMap zone = zoneNamed(QStringLiteral("Test square"));
        QVERIFY(!zone.isEmpty());
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM zones")), zonesBefore + 1);
        QCOMPARE(zone.value(QStringLiteral("experiment_id")).toLongLong(), m_experiment);
        QCOMPARE(zone.value(QStringLiteral("shape")).toString(), QStringLiteral("polygon"));
        QCOMPARE(zone.value(QStringLiteral("active_from")).toString(), QStringLiteral("2026-06-01"));
        QVERIFY(zone.value(QStringLiteral("active_to")).isNull());
        const ZoneGeometry geometry = ZoneGeometry::fromGeoJsonText(zone.value(QStringLiteral("geometry")).toByteArray());
        QVERIFY(geometry.isValid());
        const ZoneGeometry::Ring ring = geometry.polygons().at(0).at(0);
        QCOMPARE(ring.size(), 5);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(std::abs(ring.at(i).x() - m_squareCorners.at(i).x()) < 1e-9);
            QVERIFY(std::abs(ring.at(i).y() - m_squareCorners.at(i).y()) < 1e-9);
        }
        QVERIFY(std::abs(zone.value(QStringLiteral("min_lon")).toDouble() - m_squareCorners.at(0).x()) < 1e-9);
        m_squareUuid = zone.value(QStringLiteral("uuid")).toString();
        QSqlQuery log(store().database());
        log.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE row_uuid = :uuid AND action = 'insert'"));
        log.bindValue(QStringLiteral(":uuid"), m_squareUuid);
        QVERIFY(log.exec() && log.next());
        QCOMPARE(log.value(0).toInt(), 1);
        log.finish();
        // The layer's cached picture is redrawn with the new zone in it.
        QTRY_VERIFY(m_map->layer()->zoneAt(QPointF(400, 330)) == zone.value(QStringLiteral("id")).toLongLong());
        QTRY_VERIFY(quick()->grabFramebuffer().pixelColor(QPoint(400, 330)) != emptyMap);
        QCOMPARE(m_editing->selectedZone(), zone.value(QStringLiteral("id")).toLongLong());
    }

    void undoAndRedoTheDrawing()
    {
        QVERIFY(!m_squareUuid.isEmpty());
        QUndoStack &undo = m_window->undoStack();
        QVERIFY(undo.canUndo());
        QVERIFY(undo.undoText().contains(QStringLiteral("Test square")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QTRY_VERIFY(!hasUuid(m_squareUuid));
        QTest::qWait(300);
        QTRY_VERIFY(m_map->layer()->zoneAt(QPointF(400, 330)) < 0);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QTRY_VERIFY(hasUuid(m_squareUuid));
        QTRY_VERIFY(m_map->layer()->zoneAt(QPointF(400, 330)) >= 0);
    }

    void invalidDrawingIsRefused_data()
    {
        QTest::addColumn<QList<QPoint>>("corners");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bow tie") << QList<QPoint>{{260, 460}, {420, 560}, {420, 460}, {260, 560}}
                                 << QStringLiteral("self-intersection");
        QTest::newRow("two corners") << QList<QPoint>{{260, 460}, {420, 560}} << QStringLiteral("too few points");
    }
    void invalidDrawingIsRefused()
    {
        QFETCH(QList<QPoint>, corners);
        QFETCH(QString, reason);
        const int zones = count(store(), QStringLiteral("SELECT count(*) FROM zones"));
        const int changes = count(store(), QStringLiteral("SELECT count(*) FROM change_log"));
        const int steps = m_window->undoStack().count();
        m_editing->drawPolygonAction()->trigger();
        for (const QPoint &corner : corners)
            click(corner);
        QString text;
        const auto refused = onNextDialog([&text](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            text = box->text();
            box->reject();
        });
        QTest::keyClick(quick(), Qt::Key_Return);
        QTRY_VERIFY(*refused);
        QVERIFY2(text.contains(reason), qPrintable(text));
        QTest::qWait(100);
        QVERIFY(!QApplication::activeModalWidget());   // no zone form after a refusal
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM zones")), zones);
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM change_log")), changes);
        QCOMPARE(m_window->undoStack().count(), steps);
    }

    void selfIntersectionRepairedWithConsent()
    {
        m_editing->drawPolygonAction()->trigger();
        // drawn around the window's middle, where a message box opens by default
        const QPoint middle = quick()->mapFromGlobal(m_window->mapToGlobal(m_window->rect().center()));
        for (const QPoint &corner : {QPoint(-80, -50), QPoint(80, 50), QPoint(80, -50), QPoint(-80, 50)})
            click(middle + corner);
        // the question stands in a corner of the map the bow tie leaves free, not over it
        const QRect bowTie(quick()->mapToGlobal(middle + QPoint(-80, -50)), quick()->mapToGlobal(middle + QPoint(80, 50)));
        const auto consented = onNextDialog([bowTie](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QVERIFY2(!box->frameGeometry().intersects(bowTie),
                     qPrintable(QStringLiteral("box at %1,%2 %3x%4").arg(box->x()).arg(box->y()).arg(box->width()).arg(box->height())));
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
        }, QStringLiteral("invalidZoneBox"));
        const auto saved = fillForm(QStringLiteral("Repaired bow tie"));
        QTest::keyClick(quick(), Qt::Key_Return);
        QTRY_VERIFY(*consented);
        QTRY_VERIFY(*saved);
        const QVariantMap zone = zoneNamed(QStringLiteral("Repaired bow tie"));
        QVERIFY(!zone.isEmpty());
        const ZoneGeometry geometry = ZoneGeometry::fromGeoJsonText(zone.value(QStringLiteral("geometry")).toByteArray());
        QVERIFY(geometry.isValid());
        QCOMPARE(geometry.polygons().size(), 2);   // two triangles meeting where the lines crossed
    }

    void moveAVertex()
    {
        const QVariantMap before = zoneNamed(QStringLiteral("Test square"));
        QVERIFY(!before.isEmpty());
        const qint64 id = before.value(QStringLiteral("id")).toLongLong();
        m_editing->editShapeAction()->trigger();
        QCOMPARE(m_editing->editor()->mode(), ZoneEditor::Mode::EditShape);
        click(QPoint(400, 330));   // inside the square: selects it and shows its handles
        QTRY_COMPARE(m_editing->selectedZone(), id);
        QCOMPARE(m_editing->editor()->shape().handles().size(), 4);
        const QPoint from = pixel(m_squareCorners.at(0));
        const QPoint to = from + QPoint(-60, -40);
        const QPointF target = lonLat(to);
        const int steps = m_window->undoStack().count();
        drag(from, to);
        QTRY_COMPARE(m_window->undoStack().count(), steps + 1);
        const QVariantMap after = store().record(QStringLiteral("zones"), id);
        const ZoneGeometry::Ring ring =
            ZoneGeometry::fromGeoJsonText(after.value(QStringLiteral("geometry")).toByteArray()).polygons().at(0).at(0);
        QVERIFY2(ZoneShape::distanceM(ring.at(0), target) < 0.5, qPrintable(QString::number(ZoneShape::distanceM(ring.at(0), target))));
        QCOMPARE(ring.last(), ring.first());
        QVERIFY(ZoneShape::distanceM(ring.at(1), m_squareCorners.at(1)) < 0.01);   // the others stay
        QVERIFY(after.value(QStringLiteral("min_lon")).toDouble() < before.value(QStringLiteral("min_lon")).toDouble());
        // The map is not panned by the handle's drag, and the layer shows the new outline.
        QCOMPARE(pixel(m_squareCorners.at(1)), QPoint(500, 250));
        QTRY_COMPARE(m_map->layer()->zoneAt(QPointF(to) + QPointF(8, 8)), id);

        // Undo puts the corner back, the handles with it.
        m_window->undoStack().undo();
        const ZoneGeometry::Ring undone = ZoneGeometry::fromGeoJsonText(
            store().record(QStringLiteral("zones"), id).value(QStringLiteral("geometry")).toByteArray()).polygons().at(0).at(0);
        QVERIFY(ZoneShape::distanceM(undone.at(0), m_squareCorners.at(0)) < 0.01);
        QVERIFY(ZoneShape::distanceM(m_editing->editor()->shape().handles().at(0), m_squareCorners.at(0)) < 0.01);
        m_window->undoStack().redo();
        QVERIFY(ZoneShape::distanceM(m_editing->editor()->shape().handles().at(0), target) < 0.5);
    }

    void dragIntoASelfIntersectionIsRefused()
    {
        const qint64 id = m_editing->selectedZone();
        const QByteArray stored = store().record(QStringLiteral("zones"), id).value(QStringLiteral("geometry")).toByteArray();
        // The first corner dragged across the opposite side makes the outline cross itself.
        QVERIFY(!m_editing->editor()->shape().handles().isEmpty());
        const QPoint from = pixel(m_editing->editor()->shape().handles().at(0));
        const auto refused = onNextDialog([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->reject(); });
        drag(from, QPoint(560, 330));
        QTRY_VERIFY(*refused);
        QCOMPARE(store().record(QStringLiteral("zones"), id).value(QStringLiteral("geometry")).toByteArray(), stored);
        QTRY_VERIFY(pixel(m_editing->editor()->shape().handles().at(0)) != QPoint(560, 330));   // back where it was
        m_editing->editShapeAction()->trigger();   // leave editing
        QCOMPARE(m_editing->editor()->mode(), ZoneEditor::Mode::Idle);
    }

    // A double-click on a side adds a corner there, on a corner removes it; each one undo step.
    void addAndRemoveACorner()
    {
        const qint64 id = zoneNamed(QStringLiteral("Test square")).value(QStringLiteral("id")).toLongLong();
        const auto storedRing = [this, id] {
            return ZoneGeometry::fromGeoJsonText(
                       store().record(QStringLiteral("zones"), id).value(QStringLiteral("geometry")).toByteArray())
                .polygons().at(0).at(0);
        };
        m_editing->editShapeAction()->trigger();
        m_editing->selectZone(id);
        QCOMPARE(m_editing->editor()->shape().handles().size(), 4);
        const int steps = m_window->undoStack().count();
        const QPoint onSide = (pixel(m_squareCorners.at(1)) + pixel(m_squareCorners.at(2))) / 2;
        const QPointF added = lonLat(onSide);
        QTest::mouseDClick(quick(), Qt::LeftButton, {}, onSide);
        QTRY_COMPARE(m_window->undoStack().count(), steps + 1);
        ZoneGeometry::Ring ring = storedRing();
        QCOMPARE(ring.size(), 6);   // five corners and the closing point
        QVERIFY(ZoneShape::distanceM(ring.at(2), added) < 0.5);
        QVERIFY(ZoneShape::distanceM(ring.at(1), m_squareCorners.at(1)) < 0.01);
        QCOMPARE(m_editing->selectedZone(), id);
        QTRY_COMPARE(m_editing->editor()->shape().handles().size(), 5);

        QTest::mouseDClick(quick(), Qt::LeftButton, {}, pixel(m_editing->editor()->shape().handles().at(2)));
        QTRY_COMPARE(m_window->undoStack().count(), steps + 2);
        ring = storedRing();
        QCOMPARE(ring.size(), 5);
        QVERIFY(ZoneShape::distanceM(ring.at(2), m_squareCorners.at(2)) < 0.01);
        m_window->undoStack().undo();
        QCOMPARE(storedRing().size(), 6);
        m_window->undoStack().redo();
        QCOMPARE(storedRing().size(), 5);
        m_editing->editShapeAction()->trigger();
        QCOMPARE(m_editing->editor()->mode(), ZoneEditor::Mode::Idle);
    }

    void drawCircle()
    {
        m_editing->drawCircleAction()->trigger();
        const QPoint centre(700, 150);
        const QPointF centreLonLat = lonLat(centre);
        const auto saved = fillForm(QStringLiteral("Test circle"), [](QWidget *dialog) {
            auto *radius = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("zoneSize"));
            QVERIFY(radius->isVisible());
            QVERIFY(radius->value() > 10);   // the dragged radius
            radius->setValue(250);
        });
        drag(centre, centre + QPoint(90, 0));
        QTRY_VERIFY(*saved);
        const QVariantMap zone = zoneNamed(QStringLiteral("Test circle"));
        QVERIFY(!zone.isEmpty());
        QCOMPARE(zone.value(QStringLiteral("shape")).toString(), QStringLiteral("circle"));
        const QJsonObject constraints = json(zone.value(QStringLiteral("constraints")));
        QCOMPARE(constraints.value(u"radius_m").toDouble(), 250.0);
        const QJsonArray stored = constraints.value(u"center").toArray();
        QVERIFY(ZoneShape::distanceM(QPointF(stored.at(0).toDouble(), stored.at(1).toDouble()), centreLonLat) < 0.01);
        const double area = ZoneGeometry::fromGeoJsonText(zone.value(QStringLiteral("geometry")).toByteArray()).areaM2();
        QVERIFY2(std::abs(area - M_PI * 250 * 250) / (M_PI * 250 * 250) < 0.01, qPrintable(QString::number(area)));
    }

    void drawCorridor()
    {
        m_editing->drawCorridorAction()->trigger();
        const QList<QPoint> route = {QPoint(590, 270), QPoint(700, 320), QPoint(800, 420)};
        QList<QPointF> line;
        for (const QPoint &p : route)
            line << lonLat(p);
        click(route.at(0));
        click(route.at(1));
        const auto saved = fillForm(QStringLiteral("Test corridor"), [](QWidget *dialog) {
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("zoneSize"))->setValue(40);
        });
        QTest::mouseDClick(quick(), Qt::LeftButton, {}, route.at(2));
        QTRY_VERIFY(*saved);
        const QVariantMap zone = zoneNamed(QStringLiteral("Test corridor"));
        QVERIFY(!zone.isEmpty());
        QCOMPARE(zone.value(QStringLiteral("shape")).toString(), QStringLiteral("corridor"));
        const QJsonObject constraints = json(zone.value(QStringLiteral("constraints")));
        QCOMPARE(constraints.value(u"width_m").toDouble(), 40.0);
        const QJsonArray centreline = constraints.value(u"centerline").toArray();
        QCOMPARE(centreline.size(), 3);   // the double-click's second press adds no extra point
        for (int i = 0; i < 3; ++i) {
            const QPointF p(centreline.at(i).toArray().at(0).toDouble(), centreline.at(i).toArray().at(1).toDouble());
            QVERIFY(ZoneShape::distanceM(p, line.at(i)) < 0.01);
        }
        const ZoneGeometry geometry = ZoneGeometry::fromGeoJsonText(zone.value(QStringLiteral("geometry")).toByteArray());
        double length = 0;
        for (int i = 1; i < line.size(); ++i)
            length += ZoneShape::distanceM(line.at(i - 1), line.at(i));
        // A 40 m band along the line with round ends: 40 L + π 20².
        const double expected = 40 * length + M_PI * 20 * 20;
        QVERIFY2(std::abs(geometry.areaM2() - expected) / expected < 0.02, qPrintable(QString::number(geometry.areaM2())));
    }

    void formSavesTheActiveWindowAndConstraints()
    {
        const QVariantMap zone = zoneNamed(QStringLiteral("Test circle"));
        const qint64 id = zone.value(QStringLiteral("id")).toLongLong();
        m_editing->selectZone(id);
        QVERIFY(m_editing->detailsAction()->isEnabled());
        const auto saved = onNextDialog([](QWidget *dialog) {
            dialog->findChild<QCheckBox *>(QStringLiteral("zoneHasFrom"))->setChecked(true);
            dialog->findChild<QDateEdit *>(QStringLiteral("zoneFrom"))->setDate(QDate(2026, 7, 1));
            dialog->findChild<QCheckBox *>(QStringLiteral("zoneHasTo"))->setChecked(true);
            dialog->findChild<QDateEdit *>(QStringLiteral("zoneTo"))->setDate(QDate(2026, 9, 30));
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("zoneMaxHeight"))->setValue(120);
            dialog->findChild<QLineEdit *>(QStringLiteral("zoneHours"))->setText(QStringLiteral("09:00-18:00"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("zoneNotes"))->setPlainText(QStringLiteral("No flights over the market"));
            QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("zoneSize"))->value(), 250.0);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("zoneSize"))->setValue(300);
            qobject_cast<QDialog *>(dialog)->accept();
        });
        m_editing->detailsAction()->trigger();
        QTRY_VERIFY(*saved);
        const QVariantMap after = store().record(QStringLiteral("zones"), id);
        QCOMPARE(after.value(QStringLiteral("active_from")).toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(after.value(QStringLiteral("active_to")).toString(), QStringLiteral("2026-09-30"));
        QCOMPARE(after.value(QStringLiteral("max_height_m")).toDouble(), 120.0);
        QCOMPARE(after.value(QStringLiteral("hours")).toString(), QStringLiteral("09:00-18:00"));
        QCOMPARE(after.value(QStringLiteral("notes")).toString(), QStringLiteral("No flights over the market"));
        const QJsonObject constraints = json(after.value(QStringLiteral("constraints")));
        QCOMPARE(constraints.value(u"radius_m").toDouble(), 300.0);
        QVERIFY(constraints.contains(u"center"));
        // The map's day filter sees the new window.
        m_map->setActiveDay(QDate(2026, 8, 15));
        QVERIFY(m_map->layer()->zone(id));
        m_map->setActiveDay(QDate(2026, 10, 1));
        QVERIFY(!m_map->layer()->zone(id));
        m_map->setActiveDay({});
        // One undo step takes the whole form back.
        m_window->undoStack().undo();
        const QVariantMap undone = store().record(QStringLiteral("zones"), id);
        QVERIFY(undone.value(QStringLiteral("active_to")).toString() != QStringLiteral("2026-09-30"));
        QCOMPARE(json(undone.value(QStringLiteral("constraints"))).value(u"radius_m").toDouble(), 250.0);
        m_window->undoStack().redo();
    }

    void deleteAfterConfirmation()
    {
        const QVariantMap zone = zoneNamed(QStringLiteral("Test corridor"));
        const QString uuid = zone.value(QStringLiteral("uuid")).toString();
        m_editing->selectZone(zone.value(QStringLiteral("id")).toLongLong());
        // Cancelled: nothing happens.
        auto answered = onNextDialog([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->reject(); });
        m_editing->deleteAction()->trigger();
        QTRY_VERIFY(*answered);
        QVERIFY(hasUuid(uuid));
        answered = onNextDialog([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box->text().contains(QStringLiteral("Test corridor")));
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        m_editing->deleteAction()->trigger();
        QTRY_VERIFY(*answered);
        QVERIFY(!hasUuid(uuid));
        QCOMPARE(m_editing->selectedZone(), -1);
        QSqlQuery log(store().database());
        log.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE row_uuid = :uuid AND action = 'delete'"));
        log.bindValue(QStringLiteral(":uuid"), uuid);
        QVERIFY(log.exec() && log.next());
        QCOMPARE(log.value(0).toInt(), 1);
        log.finish(); // reads end before a write, as in the application
        m_window->undoStack().undo();
        QVERIFY(hasUuid(uuid));
        QCOMPARE(zoneNamed(QStringLiteral("Test corridor")).value(QStringLiteral("constraints")),
                 zone.value(QStringLiteral("constraints")));
        m_window->undoStack().redo();
        QVERIFY(!hasUuid(uuid));
    }

    void escapeCancelsADrawing()
    {
        const int zones = count(store(), QStringLiteral("SELECT count(*) FROM zones"));
        m_editing->drawPolygonAction()->trigger();
        click(QPoint(300, 500));
        click(QPoint(400, 500));
        QTest::keyClick(quick(), Qt::Key_Escape);
        QCOMPARE(m_editing->editor()->mode(), ZoneEditor::Mode::Idle);
        QVERIFY(!m_editing->drawPolygonAction()->isChecked());
        QTest::qWait(50);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM zones")), zones);
    }

    // With no experiment chosen, a drawn shape can be a city event instead of a zone: the
    // question offers it, the event's form saves it (one undoable step) and the map hatches
    // its place in grey.
    void drawACityEvent()
    {
        m_editing->setExperimentSource([] { return qint64(-1); });
        const auto restore = qScopeGuard([this] { m_editing->setExperimentSource([this] { return m_map->currentExperiment(); }); });
        const int eventsShown = int(m_map->layer()->events().size());
        const QImage before = quick()->grabFramebuffer();
        m_editing->drawPolygonAction()->trigger();
        for (const QPoint &corner : {QPoint(560, 450), QPoint(700, 450), QPoint(700, 560), QPoint(560, 560)})
            click(corner);
        const auto chosen = onNextDialog([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            const QStringList items = input->comboBoxItems();
            QVERIFY(items.last().startsWith(QStringLiteral("A city event")));
            input->setTextValue(items.last());
            input->accept();
        });
        const auto saved = onNextDialog(
            [](QWidget *dialog) {
                auto *form = qobject_cast<RecordEditDialog *>(dialog);
                QVERIFY(form);
                qobject_cast<QLineEdit *>(form->form()->editor(QStringLiteral("name")))->setText(QStringLiteral("Mercato di prova"));
                auto *kind = qobject_cast<QComboBox *>(form->form()->editor(QStringLiteral("kind")));
                kind->setCurrentIndex(kind->findData(QStringLiteral("market")));
                form->accept();
            },
            QStringLiteral("cityEventForm"));
        QTest::keyClick(quick(), Qt::Key_Return);
        QTRY_VERIFY(*chosen);
        QTRY_VERIFY(*saved);
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM city_events WHERE name = 'Mercato di prova' AND kind = 'market'")), 1);
        QTRY_COMPARE(int(m_map->layer()->events().size()), eventsShown + 1);
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM zones WHERE name LIKE '%zone%' AND min_lon > 7.55")), 0);
        // the grey hatching is on screen inside the event's place, and nothing outside it changed
        const auto greyPixelsChanged = [&before](const QImage &now, const QRect &area) {
            int changed = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x) {
                    const QColor c = now.pixelColor(x, y);
                    changed += c != before.pixelColor(x, y) && std::abs(c.red() - c.blue()) < 30 ? 1 : 0;
                }
            return changed;
        };
        QTRY_VERIFY(greyPixelsChanged(quick()->grabFramebuffer(), QRect(570, 460, 120, 90)) > 500);
        QCOMPARE(greyPixelsChanged(quick()->grabFramebuffer(), QRect(720, 460, 60, 90)), 0);
        m_window->undoStack().undo();
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM city_events WHERE name = 'Mercato di prova'")), 0);
        QTRY_COMPARE(int(m_map->layer()->events().size()), eventsShown);

        // From the events' list, with an experiment chosen: the drawing is an event, no question asked.
        m_editing->setExperimentSource([this] { return m_experiment; });
        const int zones = count(store(), QStringLiteral("SELECT count(*) FROM zones"));
        m_editing->startCityEventDrawing();
        QCOMPARE(m_editing->editor()->mode(), ZoneEditor::Mode::DrawPolygon);
        for (const QPoint &corner : {QPoint(560, 450), QPoint(700, 450), QPoint(700, 560)})
            click(corner);
        const auto form = onNextDialog([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); }, QStringLiteral("cityEventForm"));
        QTest::keyClick(quick(), Qt::Key_Return);
        QTRY_VERIFY(*form);
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM city_events")), eventsShown);
        QCOMPARE(count(store(), QStringLiteral("SELECT count(*) FROM zones")), zones);
    }

    // Pictures to look at: CITYLAB_SHOT_DIR=folder saves the map while a zone is drawn, in
    // Italian, and the zone form.
    void italianScreenshots()
    {
        const QString folder = qEnvironmentVariable("CITYLAB_SHOT_DIR");
        if (folder.isEmpty())
            QSKIP("CITYLAB_SHOT_DIR not set");
        QVERIFY(Language::install(QStringLiteral("it")));
        QCoreApplication::processEvents();
        m_editing->editShapeAction()->trigger();
        m_editing->selectZone(zoneNamed(QStringLiteral("Test square")).value(QStringLiteral("id")).toLongLong());
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/zone-edit-it.png")));
        m_editing->editShapeAction()->trigger();
        m_editing->drawPolygonAction()->trigger();
        for (const QPoint &p : {QPoint(80, 300), QPoint(220, 280), QPoint(240, 430)})
            click(p);
        QTest::mouseMove(quick(), QPoint(120, 470));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/zone-draw-it.png")));
        const auto shot = onNextDialog([folder](QWidget *dialog) {
            QTest::qWait(100);
            dialog->grab().save(folder + QStringLiteral("/zone-form-it.png"));
            qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::keyClick(quick(), Qt::Key_Return);
        QTRY_VERIFY(*shot);
        Language::install(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestZoneEditing)
#include "tst_zoneediting.moc"
