// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"
#include "reports/reportdialog.h"
#include "reports/reportzonemap.h"
#include "store/store.h"
#include "testsupport.h"

#include <QComboBox>
#include <QProcess>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace citylab;

// File → Report… from the window: preview and save, a report in another language than the
// window's, and zone maps over offline tiles.
class TestReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportDialog();
    void reportInAnotherLanguageLeavesTheWindowAlone();
    void reportMapOverOfflineTiles();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReportDialog::initTestCase()
{
    testsupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = testsupport::makeDemo(m_dir);
}

// File → Report…: the preview shows the PDF and Save writes the same document.
void TestReportDialog::reportDialog()
{
    Store store;
    QVERIFY(store.open(m_demo));
    ReportDialog dialog(store);
    QVERIFY(dialog.preview());
    QVERIFY(dialog.document()->pageCount() >= 2);
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("CITYLAB_SHOT_DIR")) {
        dialog.show();
        QTest::qWait(300);
        dialog.grab().save(QDir(qEnvironmentVariable("CITYLAB_SHOT_DIR")).filePath(QStringLiteral("reportdialog.png")));
    }
}

// A report in English from an Italian window: the PDF speaks English and no widget of the
// window is told the language changed (nothing retranslates or flickers).
class LanguageChangeCounter : public QWidget
{
public:
    int count = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        count += event->type() == QEvent::LanguageChange;
        QWidget::changeEvent(event);
    }
};

void TestReportDialog::reportInAnotherLanguageLeavesTheWindowAlone()
{
    QVERIFY(Language::install(QStringLiteral("it")));
    QCoreApplication::processEvents();
    Store store;
    QVERIFY(store.open(m_demo));
    LanguageChangeCounter window;
    window.show();
    QCoreApplication::processEvents();
    window.count = 0;
    const QLocale before;
    ReportDialog dialog(store);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    QVERIFY(language);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QTemporaryDir out;
    QString error;
    const QString path = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QCoreApplication::processEvents();
    QCOMPARE(window.count, 0);
    QCOMPARE(Language::current(), QStringLiteral("it"));
    QCOMPARE(QLocale().name(), before.name());

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString english = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(english.contains(QStringLiteral("Portfolio report")), qPrintable(english.left(500)));
    QVERIFY(english.contains(QStringLiteral("Experiments per domain and year")));
    QVERIFY(english.contains(QStringLiteral("Active experiments")));
    QVERIFY(!english.contains(QStringLiteral("Rapporto sul portafoglio")));
    // The window still speaks Italian afterwards.
    QCOMPARE(QCoreApplication::translate("citylab::ReportGenerator", "Portfolio report"),
             QStringLiteral("Rapporto sul portafoglio"));
    QCOMPARE(dialog.windowTitle(), QCoreApplication::translate("citylab::ReportDialog", "Report"));
    Language::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

// A report's zone map lies over the offline folder's tiles of the place, at the zoom that
// suits the page (the tile of the zone's centre is where the zone is), and on a plain
// background when the folder has none; either way without network.
void TestReportDialog::reportMapOverOfflineTiles()
{
    // A 600 m square in Piazza Castello.
    const QPointF centre(7.6856, 45.0712);
    DraftZone zone;
    zone.name = QStringLiteral("Piazza Castello");
    const double dLon = 0.0038, dLat = 0.0027;
    zone.rings.append(QPolygonF{centre + QPointF(-dLon, -dLat), centre + QPointF(dLon, -dLat), centre + QPointF(dLon, dLat),
                                centre + QPointF(-dLon, dLat), centre + QPointF(-dLon, -dLat)});
    QTemporaryDir tiles;
    // Grey tiles at every zoom a page could ask for, and a magenta one under the zone's centre.
    const auto tileOf = [](QPointF lonLat, int zoom) {
        const double n = 1 << zoom;
        const double lat = qDegreesToRadians(lonLat.y());
        return QPoint(int((lonLat.x() + 180.0) / 360.0 * n), int((1.0 - std::asinh(std::tan(lat)) / M_PI) / 2.0 * n));
    };
    for (int zoom = 10; zoom <= 18; ++zoom) {
        const QPoint middle = tileOf(centre, zoom);
        for (int dx = -3; dx <= 3; ++dx)
            for (int dy = -3; dy <= 3; ++dy) {
                QImage tile(256, 256, QImage::Format_RGB32);
                tile.fill(dx == 0 && dy == 0 ? QColor(255, 0, 255) : QColor(128, 128, 128));
                const QString folder = tiles.filePath(QStringLiteral("%1/%2").arg(zoom).arg(middle.x() + dx));
                QDir().mkpath(folder);
                QVERIFY(tile.save(QStringLiteral("%1/%2.png").arg(folder).arg(middle.y() + dy)));
            }
    }
    const auto render = [&zone](const QString &folder, bool *drewTiles) {
        ReportZoneMap map({zone}, folder);
        QImage page(800, 500, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        map.paint(painter, QRectF(0, 0, 800, 500));
        painter.end();
        *drewTiles = map.drewTiles();
        return page;
    };
    // Magenta, also under the zone's translucent blue.
    const auto magentaAt = [](const QImage &image, QPoint at) {
        const QColor c = image.pixelColor(at);
        return c.blue() > 200 && c.red() > 130 && c.green() < 130 && c.red() > c.green() + 40;
    };
    bool drewTiles = false;
    const QImage withTiles = render(tiles.path(), &drewTiles);
    QVERIFY(drewTiles);
    // The zone's centre is in the middle of the drawing area (less the caption band); the
    // magenta tile is under it, the grey ones further out.
    const QPoint middle(400, 230);
    QVERIFY(magentaAt(withTiles, middle + QPoint(0, 40)));
    QVERIFY(!magentaAt(withTiles, QPoint(10, 10)));
    QVERIFY(qGray(withTiles.pixel(10, 10)) < 200);   // a grey tile, not the plain background
    if (!qEnvironmentVariableIsEmpty("CITYLAB_TEST_SHOTS"))
        withTiles.save(QDir(qEnvironmentVariable("CITYLAB_TEST_SHOTS")).filePath(QStringLiteral("report-map-tiles.png")));

    QTemporaryDir empty;
    const QImage plain = render(empty.path(), &drewTiles);
    QVERIFY(!drewTiles);
    QVERIFY(!magentaAt(plain, middle + QPoint(0, 40)));
    QVERIFY(qGray(plain.pixel(10, 10)) > 230);
    render(QString(), &drewTiles);
    QVERIFY(!drewTiles);
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
