// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/stagecolumn.h"
#include "domain/experimentpipeline.h"
#include "drafting/drafteditor.h"
#include "editing/recordeditdialog.h"
#include "i18n/language.h"
#include "domain/vocabulary.h"
#include "items/sqltablemodel.h"
#include "map/zonecoordinatesdialog.h"
#include "map/zoneformdialog.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace citylab;

namespace {

// Keys go where the keyboard's focus is, as a user's do: never to a widget picked by the test.
QWidget *focused()
{
    // A window manager gives the keyboard to the dialog in front, and back to the main window
    // when it closes; Xvfb has none, and under load a late activation could take it away
    // again. The test does what the window manager would.
    QWidget *front = QApplication::activeModalWidget();
    if (!front && !QApplication::activeWindow())
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (qobject_cast<MainWindow *>(widget) && widget->isVisible())
                front = widget;
    if (front && QApplication::activeWindow() != front) {
        front->activateWindow();
        if (!QTest::qWaitForWindowActive(front))
            qWarning("%s did not become active", qPrintable(front->objectName()));
    }
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget : QApplication::activeWindow();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// Tab until the focus is on the widget `reached` accepts (at most 80 presses).
bool tabUntil(const std::function<bool(QWidget *)> &reached)
{
    QStringList path;
    for (int i = 0; i < 80; ++i) {
        if (focused() && reached(focused()))
            return true;
        path << (focused() ? QString::fromLatin1(focused()->metaObject()->className()) + u':' + focused()->objectName() : QStringLiteral("none"));
        press(Qt::Key_Tab);
    }
    qWarning("the focus went through %s", qPrintable(path.mid(0, 30).join(QStringLiteral(", "))));
    return false;
}

bool tabTo(const QString &objectName)
{
    return tabUntil([&](QWidget *w) { return w->objectName() == objectName; });
}

// The steps a user takes in the windows that open one after another (each may be modal and
// block the key press that opened it): every 30 ms, the first step whose window is on
// screen runs once. An optional step's window may not come at all.
class Script : public QObject
{
public:
    struct Step
    {
        std::function<QWidget *()> window;
        std::function<void(QWidget *)> keys;
        bool optional = false;
    };
    explicit Script(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_steps.isEmpty() || m_running)
                return;
            qsizetype next = -1;
            QWidget *window = nullptr;
            for (qsizetype i = 0; i < m_steps.size() && next < 0; ++i) {
                window = m_steps.at(i).window();
                if (window && window->isVisible())
                    next = i;
                else if (!m_steps.at(i).optional)
                    break;
            }
            if (next < 0)
                return;
            m_running = true;
            const Step step = m_steps.takeAt(next);
            m_steps.remove(0, next);   // optional steps whose window did not come
            // what a window manager does for a new window: it gets the keyboard
            if (!QTest::qWaitForWindowExposed(window))
                qWarning("%s was not shown", qPrintable(window->objectName()));
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window))
                qWarning("%s did not become active", window->metaObject()->className());
            // and the keyboard focus inside it: under load it came a moment after the
            // activation, and the first keys went to the main window
            if (!QTest::qWaitFor([window] {
                    QWidget *focus = QApplication::focusWidget();
                    return focus && (focus == window || window->isAncestorOf(focus));
                }))
                qWarning("%s did not take the keyboard focus", window->metaObject()->className());
            step.keys(window);
            // a step that failed leaves its window open: close it, or the test would wait on it
            if (QTest::currentTestFailed() && window->isVisible()) {
                m_steps.clear();
                window->close();
            }
            m_running = false;
        });
        m_timer.start(30);
    }
    bool done() const
    {
        return !m_running && std::all_of(m_steps.cbegin(), m_steps.cend(), [](const Step &step) { return step.optional; });
    }

private:
    QList<Step> m_steps;
    QTimer m_timer;
    bool m_running = false;
};

template <typename T>
std::function<QWidget *()> shown()
{
    return [] () -> QWidget * {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
                return found;
        return nullptr;
    };
}

} // namespace

// The main tasks with the keyboard alone (EN 301 549, 11.2.1.1): logging a contact, moving an
// experiment on the pipeline, drafting and exporting a letter, drawing a circle zone. Every
// step is a key press on whatever has the focus; the results are read back from the store.
class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(m_window->store().database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(Language::install(QStringLiteral("it")));
        m_window = new MainWindow;
        QVERIFY(m_window->openDatabase(testsupport::makeDemo(m_dir)));
        m_window->resize(1366, 708);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        Language::install(QStringLiteral("en"));
    }

    void logAContact()
    {
        const int before = scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt();
        press(Qt::Key_3, Qt::ControlModifier);   // Experiments
        QTRY_COMPARE(m_window->currentViewId(), QStringLiteral("experiments"));
        QVERIFY(tabTo(QStringLiteral("experimentsTable")));
        press(Qt::Key_Home);
        Script script({{shown<RecordEditDialog>(), [](QWidget *dialog) {
                            QVERIFY(tabTo(QStringLiteral("field_summary")));
                            type(QStringLiteral("Telefonata di verifica, solo tastiera"));
                            QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
                            QVERIFY(tabUntil([save](QWidget *w) { return w == save; }));
                            press(Qt::Key_Space);
                        }}});
        press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);   // Log contact…
        QTRY_VERIFY(script.done());
        QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), before + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT summary FROM interactions ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("Telefonata di verifica, solo tastiera"));
    }

    void moveAnExperimentOnThePipeline()
    {
        // a card the rules let move today, and where it stands in its column
        press(Qt::Key_4, Qt::ControlModifier);   // Pipeline
        QTRY_COMPARE(m_window->currentViewId(), QStringLiteral("pipeline"));
        ExperimentPipeline pipeline(m_window->store());
        QString from, to;
        int row = -1;
        qint64 id = -1;
        for (StageColumn *column : m_window->view(QStringLiteral("pipeline"))->findChildren<StageColumn *>()) {
            for (int r = 0; r < column->model()->rowCount() && id < 0; ++r) {
                const qint64 card = column->model()->index(r, 0).data(SqlTableModel::IdRole).toLongLong();
                const QString stage = column->objectName().mid(6);
                for (const QString &next : ExperimentPipeline::nextStages(stage))
                    if (card > 0 && pipeline.obstacles(card, next, QDate::currentDate()).isEmpty()) {
                        from = stage, to = next, row = r, id = card;
                        break;
                    }
            }
            if (id > 0)
                break;
        }
        QVERIFY2(id > 0, "no card of the demo can move today");
        QVERIFY(tabTo(QStringLiteral("stage_") + from));
        press(Qt::Key_Home);
        for (int r = 0; r < row; ++r)
            press(Qt::Key_Down);
        const QString label = Vocabulary::label(Vocabulary::Stage, to);
        Script script({{shown<QMenu>(), [label](QWidget *menu) {
                            auto *m = static_cast<QMenu *>(menu);
                            for (int i = 0; i < 12 && !(m->activeAction() && m->activeAction()->text().contains(label)); ++i)
                                QTest::keyClick(menu, Qt::Key_Down);
                            if (!(m->activeAction() && m->activeAction()->text().contains(label))) {
                                QStringList texts;
                                for (QAction *action : m->actions())
                                    texts << action->text();
                                qWarning("no '%s' in the menu: %s", qPrintable(label), qPrintable(texts.join(QStringLiteral(" | "))));
                                QTest::keyClick(menu, Qt::Key_Escape);
                                return;
                            }
                            QTest::keyClick(menu, Qt::Key_Return);
                        }}});
        press(Qt::Key_Menu);
        QTRY_VERIFY(script.done());
        QTRY_COMPARE(m_window->store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(), to);
    }

    void draftAndExportALetter()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("lettera-tastiera.pdf"));
        press(Qt::Key_5, Qt::ControlModifier);   // Requests
        QTRY_COMPARE(m_window->currentViewId(), QStringLiteral("regulatory_requests"));
        QVERIFY(tabTo(QStringLiteral("requestsTable")));
        press(Qt::Key_Home);
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);   // Draft…
        QTRY_VERIFY(shown<DraftEditor>()());
        QWidget *editor = shown<DraftEditor>()();
        editor->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == editor);
        Script script({{shown<QFileDialog>(), [pdf](QWidget *) {
                            // the file name field has the focus when the dialog opens
                            QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
                            type(pdf);
                            press(Qt::Key_Return);
                        }}});
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);   // Export PDF…
        QTRY_VERIFY(script.done());
        QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        editor->activateWindow();   // back from the file dialog
        QVERIFY(QTest::qWaitForWindowActive(editor));
        press(Qt::Key_Escape);   // closes the editor: nothing was changed
        QTRY_VERIFY(!shown<DraftEditor>()());
    }

    void drawACircleZoneByItsCentre()
    {
        const int before = scalar(QStringLiteral("SELECT count(*) FROM zones")).toInt();
        press(Qt::Key_2, Qt::ControlModifier);   // Map
        QTRY_COMPARE(m_window->currentViewId(), QStringLiteral("map"));
        Script script({{shown<ZoneCoordinatesDialog>(), [](QWidget *) {
                            QVERIFY(tabTo(QStringLiteral("coordinatesKind")));
                            press(Qt::Key_Down);   // Circle
                            QVERIFY(tabTo(QStringLiteral("coordinatesCentre")));
                            type(QStringLiteral("45,0703; 7,6869"));   // as an Italian spreadsheet copies it
                            QVERIFY(tabTo(QStringLiteral("coordinatesRadius")));
                            press(Qt::Key_A, Qt::ControlModifier);
                            type(QStringLiteral("150"));
                            press(Qt::Key_Return);
                        }},
                       // which experiment, unless the map has one chosen: the first
                       {shown<QInputDialog>(), [](QWidget *) { press(Qt::Key_Return); }, true},
                       {shown<ZoneFormDialog>(), [](QWidget *) {
                            QVERIFY(tabTo(QStringLiteral("zoneName")));
                            press(Qt::Key_A, Qt::ControlModifier);
                            type(QStringLiteral("Cerchio da tastiera"));
                            press(Qt::Key_Return);
                        }}});
        press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);   // Type coordinates…
        QTRY_VERIFY(script.done());
        QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM zones")).toInt(), before + 1);
        QSqlQuery zone(m_window->store().database());
        QVERIFY(zone.exec(QStringLiteral("SELECT name, shape, constraints FROM zones ORDER BY id DESC LIMIT 1")) && zone.next());
        QCOMPARE(zone.value(0).toString(), QStringLiteral("Cerchio da tastiera"));
        QCOMPARE(zone.value(1).toString(), QStringLiteral("circle"));
        const QJsonObject constraints = QJsonDocument::fromJson(zone.value(2).toString().toUtf8()).object();
        zone.finish();
        QVERIFY2(constraints.value(QStringLiteral("radius_m")).toDouble() == 150, QJsonDocument(constraints).toJson().constData());
        // where it was typed: latitude 45.0703, longitude 7.6869 (stored longitude first)
        const QJsonArray centre = constraints.value(QStringLiteral("center")).toArray();
        QVERIFY2(qAbs(centre.at(0).toDouble() - 7.6869) < 1e-9 && qAbs(centre.at(1).toDouble() - 45.0703) < 1e-9,
                 QJsonDocument(constraints).toJson().constData());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
