// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"
#include "map/tilesettings.h"
#include "map/tilesettingsdialog.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace citylab;

namespace {

// A tile server on the loopback interface, in its own thread so it answers while the test
// waits for the citylab process. Every tile is "PNG z/x/y"; zoom 7 answers 404.
class TileServer : public QTcpServer
{
public:
    std::atomic<int> requests{0};

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->readAll();
            const QByteArray path = request.split(' ').value(1);
            ++requests;
            QByteArray body = "PNG " + path.mid(1).chopped(4);
            QByteArray status = "200 OK";
            if (path.startsWith("/7/")) {
                status = "404 Not Found";
                body = "no such tile";
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

// citylab tiles prefetch against a local tile server (there is no internet here), and the
// tile settings the map reads.
class TestMapTiles : public QObject
{
    Q_OBJECT

private:
    QThread m_thread;
    TileServer *m_server = nullptr;
    QString m_url;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(Language::install(QStringLiteral("en")));   // "%n tile(s)" reads "10 tiles"
        m_server = new TileServer;
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
        m_url = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server->serverPort());
        m_server->moveToThread(&m_thread);
        m_thread.start();
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_server, &QObject::deleteLater);
        m_thread.quit();
        m_thread.wait();
    }

    void prefetchFetchesTheAreaThenResumes()
    {
        const QString out = m_dir.filePath(QStringLiteral("turin"));
        const QStringList arguments = {QStringLiteral("tiles"), QStringLiteral("prefetch"), QStringLiteral("--url"), m_url,
                                       QStringLiteral("--bbox"), QStringLiteral("45.0,7.6,45.1,7.7"),
                                       QStringLiteral("--zoom"), QStringLiteral("10-12"), QStringLiteral("--out"), out};
        const int before = m_server->requests;
        const auto first = testsupport::runCitylab(arguments);
        QCOMPARE(first.exitCode, 0);
        // Worked out by hand: zoom 10 and 11 one column of two rows, zoom 12 two by three.
        const QStringList files = filesUnder(out);
        QCOMPARE(files.size(), 10);
        QVERIFY(files.contains(QStringLiteral("10/533/367.png")));
        QVERIFY(files.contains(QStringLiteral("10/533/368.png")));
        QVERIFY(files.contains(QStringLiteral("12/2135/1473.png")));
        QFile tile(QDir(out).filePath(QStringLiteral("11/1067/736.png")));
        QVERIFY(tile.open(QIODevice::ReadOnly));
        QCOMPARE(tile.readAll(), QByteArray("PNG 11/1067/736"));
        QCOMPARE(m_server->requests - before, 10);
        QVERIFY(first.out.contains(QStringLiteral("10")));

        // A second run finds every tile there and asks the server for nothing.
        QVERIFY(QFile::remove(QDir(out).filePath(QStringLiteral("12/2134/1471.png"))));
        const auto second = testsupport::runCitylab(arguments);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(m_server->requests - before, 11);   // only the removed tile again
        QCOMPARE(filesUnder(out), files);
    }

    void httpErrorNamesTheTile()
    {
        const QString out = m_dir.filePath(QStringLiteral("missing"));
        const auto result = testsupport::runCitylab({QStringLiteral("tiles"), QStringLiteral("prefetch"),
                                                     QStringLiteral("--url"), m_url, QStringLiteral("--bbox"),
                                                     QStringLiteral("45.0,7.6,45.1,7.7"), QStringLiteral("--zoom"),
                                                     QStringLiteral("7"), QStringLiteral("--out"), out});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("7/66/45.png")), qPrintable(result.err));
        QVERIFY(filesUnder(out).isEmpty());
    }

    void refusesHugeAreasUnlessForced()
    {
        const int before = m_server->requests;
        const auto result = testsupport::runCitylab({QStringLiteral("tiles"), QStringLiteral("prefetch"),
                                                     QStringLiteral("--url"), m_url, QStringLiteral("--bbox"),
                                                     QStringLiteral("36,6,47,18"), QStringLiteral("--zoom"),
                                                     QStringLiteral("5-16"), QStringLiteral("--out"),
                                                     m_dir.filePath(QStringLiteral("italy"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("--force")));
        QCOMPARE(m_server->requests, before);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("options");
        const QString url = QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png");
        QTest::newRow("no url") << QStringList{QStringLiteral("--bbox"), QStringLiteral("45,7,46,8"), QStringLiteral("--zoom"), QStringLiteral("1-2"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("url without placeholders") << QStringList{QStringLiteral("--url"), QStringLiteral("http://a/b.png"), QStringLiteral("--bbox"), QStringLiteral("45,7,46,8"), QStringLiteral("--zoom"), QStringLiteral("1-2"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("south above north") << QStringList{QStringLiteral("--url"), url, QStringLiteral("--bbox"), QStringLiteral("46,7,45,8"), QStringLiteral("--zoom"), QStringLiteral("1-2"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("three edges") << QStringList{QStringLiteral("--url"), url, QStringLiteral("--bbox"), QStringLiteral("45,7,46"), QStringLiteral("--zoom"), QStringLiteral("1-2"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("zoom reversed") << QStringList{QStringLiteral("--url"), url, QStringLiteral("--bbox"), QStringLiteral("45,7,46,8"), QStringLiteral("--zoom"), QStringLiteral("5-2"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("zoom too deep") << QStringList{QStringLiteral("--url"), url, QStringLiteral("--bbox"), QStringLiteral("45,7,46,8"), QStringLiteral("--zoom"), QStringLiteral("3-25"), QStringLiteral("--out"), QStringLiteral("x")};
    }
    void badUsage()
    {
        QFETCH(QStringList, options);
        const auto result = testsupport::runCitylab(QStringList{QStringLiteral("tiles"), QStringLiteral("prefetch")} + options);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void templatePrefix_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("https") << QStringLiteral("https://tiles.example.org/osm/{z}/{x}/{y}.png")
                               << QStringLiteral("https://tiles.example.org/osm/");
        QTest::newRow("spaces") << QStringLiteral("  http://a/{z}/{x}/{y}.png ") << QStringLiteral("http://a/");
        QTest::newRow("other order") << QStringLiteral("http://a/{x}/{y}/{z}.png") << QString();
        QTest::newRow("jpeg") << QStringLiteral("http://a/{z}/{x}/{y}.jpg") << QString();
    }
    void templatePrefix()
    {
        QFETCH(QString, urlTemplate);
        QFETCH(QString, prefix);
        QCOMPARE(TileSettings::prefixOfTemplate(urlTemplate), prefix);
    }

    // Map → Tiles… downloads the area on screen into the tile folder, as the CLI does, and
    // refuses an area too large before asking any server.
    void dialogDownloadsTheAreaOnScreen()
    {
        const QString folder = m_dir.filePath(QStringLiteral("from-dialog"));
        QVERIFY(QDir().mkpath(folder));
        TileSettings settings;
        settings.source = TileSettings::OfflineFolder;
        settings.offlineFolder = folder;
        TileSettingsDialog dialog(settings);
        dialog.setVisibleArea(QRectF(QPointF(7.6, 45.0), QPointF(7.7, 45.1)), 10);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *zoom = dialog.findChild<QSpinBox *>(QStringLiteral("downloadDeepestZoom"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("downloadTiles"));
        auto *size = dialog.findChild<QLabel *>(QStringLiteral("downloadSize"));
        QCOMPARE(zoom->value(), 12);
        dialog.findChild<QLineEdit *>(QStringLiteral("downloadUrl"))->setText(m_url);
        QCOMPARE(size->text(), QStringLiteral("10 tiles"));   // as the CLI test worked out by hand
        zoom->setValue(19);
        QVERIFY2(!button->isEnabled() && size->text().contains(QStringLiteral("more than 5000")), qPrintable(size->text()));
        zoom->setValue(12);
        QVERIFY(button->isEnabled());
        const int before = m_server->requests;
        QTest::mouseClick(button, Qt::LeftButton);
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("downloadResult"));
        QVERIFY2(filesUnder(folder).size() == 10, qPrintable(result->text()));
        QCOMPARE(m_server->requests - before, 10);
        QVERIFY2(result->text().startsWith(QStringLiteral("10 tiles downloaded")), qPrintable(result->text()));
    }

    void settingsRoundTrip()
    {
        testsupport::isolateSettings();
        QCOMPARE(TileSettings::load().source, TileSettings::OpenStreetMap);
        TileSettings tiles;
        tiles.source = TileSettings::OfflineFolder;
        tiles.offlineFolder = m_dir.path();
        tiles.save();
        const TileSettings loaded = TileSettings::load();
        QCOMPARE(loaded.source, TileSettings::OfflineFolder);
        QCOMPARE(loaded.tileHost(), QUrl::fromLocalFile(m_dir.path() + u'/').toString());
    }
};

QTEST_MAIN(TestMapTiles)
#include "tst_maptiles.moc"
