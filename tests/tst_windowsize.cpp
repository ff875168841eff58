// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>

using namespace citylab;

// The window on a small laptop's screen, in Italian (the longer language): once every view
// has been shown, it still shrinks to 1024 × 768. It could not go below 1,112 pixels wide:
// the map's day slider and the charts' long titles held it.
class TestWindowSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        Language::install(QStringLiteral("it"));
    }

    void fitsA1024By768Screen()
    {
        QTemporaryDir dir;
        const QString db = testsupport::makeDemo(dir);
        MainWindow window;
        QVERIFY(window.openDatabase(db));
        window.show();
        QStringList tooWide;
        for (const QString &id : window.viewIds()) {
            window.showView(id);
            QApplication::processEvents();
            if (window.minimumSizeHint().width() > 1024)
                tooWide << QStringLiteral("%1: %2 pixels").arg(id).arg(window.minimumSizeHint().width());
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral("; "))));
        QVERIFY(window.minimumSizeHint().height() <= 768 - 60);   // the panel and title bar take the rest
        window.resize(1024, 708);
        QApplication::processEvents();
        QCOMPARE(window.width(), 1024);
        // For the eyes: every view at that size, when CITYLAB_SCREENSHOTS names a folder.
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty())
            for (const QString &id : window.viewIds()) {
                window.showView(id);
                QTest::qWait(50);
                window.grab().save(QDir(folder).filePath(QStringLiteral("1024-%1.png").arg(id)));
            }
    }
};

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
