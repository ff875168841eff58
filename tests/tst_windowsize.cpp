// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/cityeventsdialog.h"
#include "drafting/drafteditor.h"
#include "drafting/templatemanager.h"
#include "i18n/language.h"
#include "outcomes/measurementimportdialog.h"
#include "outcomes/metricsmanager.h"
#include "reports/reportdialog.h"
#include "search/searchdialog.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QScreen>
#include <QSqlQuery>
#include <QUndoStack>
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
        // For the eyes: every view at a small and a common laptop's size and on a wide
        // screen, when CITYLAB_SCREENSHOTS names a folder.
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty())
            for (const QSize size : {QSize(1024, 708), QSize(1366, 708), QSize(1920, 1040)}) {
                window.resize(size);
                for (const QString &id : window.viewIds()) {
                    window.showView(id);
                    QTest::qWait(50);
                    window.grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(size.width()).arg(id)));
                }
            }
    }

    // The large dialogs open no larger than the screen's free area (the report dialog was
    // 860 pixels high, the draft editor 1280 × 820: their buttons fell off a laptop's
    // screen), and what their layouts need fits 1024 × 768.
    void dialogsFitTheScreen()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(testsupport::makeDemo(dir)));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM regulatory_requests")) && query.next());
        const qint64 request = query.value(0).toLongLong();
        query.finish();
        QUndoStack undo;
        ReportDialog report(store);
        DraftEditor draft(store, request);
        TemplateManager templates(store);
        MetricsManager metrics(store, undo);
        MeasurementImportDialog import(store);
        SearchDialog search(store);
        CityEventsDialog events(store, undo);
        MainWindow window;
        const QSize room = QApplication::primaryScreen()->availableGeometry().size() - QSize(16, 48);
        const QSize laptop(1024 - 16, 768 - 48);
        for (QWidget *dialog : std::initializer_list<QWidget *>{&report, &draft, &templates, &metrics, &import, &search, &events, &window}) {
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            const QSize needed = dialog->minimumSizeHint();
            QVERIFY2(needed.width() <= laptop.width() && needed.height() <= laptop.height(),
                     qPrintable(QStringLiteral("%1 needs %2 × %3").arg(name).arg(needed.width()).arg(needed.height())));
            const QSize size = dialog->size();
            QVERIFY2(size.width() <= qMax(room.width(), needed.width()) && size.height() <= qMax(room.height(), needed.height()),
                     qPrintable(QStringLiteral("%1 opens at %2 × %3 on a %4 × %5 screen").arg(name).arg(size.width()).arg(size.height())
                                    .arg(room.width()).arg(room.height())));
        }
    }
};

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
