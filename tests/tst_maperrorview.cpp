// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"
#include "items/conflicttablemodel.h"
#include "map/conflictspanel.h"
#include "map/mapview.h"
#include "map/tilesettings.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QLabel>
#include <QQuickWidget>
#include <QStackedWidget>
#include <QTest>

using namespace citylab;

// A computer whose graphics cannot draw Qt Quick (asked here for Direct3D on Linux, as a
// machine without a usable OpenGL driver is): the map's place says why, instead of staying
// blank, and the rest of the window works.
class TestMapErrorView : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QSG_RHI_BACKEND", "d3d11"); }

private slots:
    void mapWithoutGraphicsSaysWhy()
    {
        testsupport::isolateSettings();
        TileSettings tiles;
        tiles.source = TileSettings::NoTiles;
        tiles.save();
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openDatabase(testsupport::makeDemo(dir)));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(QStringLiteral("map"));
        auto *map = qobject_cast<MapView *>(window.view(QStringLiteral("map")));
        QVERIFY(map);
        auto *error = map->findChild<QLabel *>(QStringLiteral("mapError"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("cannot be shown")), qPrintable(error->text()));
        QVERIFY(!map->quickWidget()->isVisible());
        // The conflicts are still searched (they waited for a first frame that never comes),
        // and the message follows the language.
        QTRY_VERIFY_WITH_TIMEOUT(!map->conflictsPanel()->isComputing() && map->conflictsPanel()->model()->rowCount() > 0, 20000);
        QVERIFY(Language::install(QStringLiteral("it")));
        QTRY_VERIFY2(error->text().contains(QStringLiteral("non può essere mostrata")), qPrintable(error->text()));
        QVERIFY(Language::install(QStringLiteral("en")));
        // The rest of the window still works: the experiments view opens.
        window.showView(QStringLiteral("experiments"));
        QVERIFY(window.view(QStringLiteral("experiments"))->isVisible());
    }
};

QTEST_MAIN(TestMapErrorView)
#include "tst_maperrorview.moc"
