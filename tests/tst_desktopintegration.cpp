// SPDX-License-Identifier: GPL-3.0-or-later
// What the package installs for the desktop, checked by the freedesktop tools themselves:
// the .desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli, strict),
// the MIME type of .citylab files (update-mime-database, then matched against a real store's
// header) and the icon's rendered sizes.
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace citylab;

namespace {

// What a program printed, on either stream.
QString printed(const testsupport::RunResult &result)
{
    return result.out + result.err;
}

const QString desktopDir = QStringLiteral(CITYLAB_SOURCE_DIR "/resources/desktop");
const QString builtDir = QStringLiteral(CITYLAB_BUILD_DIR "/resources");

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private slots:
    void desktopEntryValidates()
    {
        const auto result = testsupport::runProgram(QStringLiteral("desktop-file-validate"),
                                                    {desktopDir + QStringLiteral("/org.citylab.CityLab.desktop")});
        QVERIFY2(result.exitCode == 0 && printed(result).trimmed().isEmpty(), qPrintable(printed(result)));
    }

    void metainfoValidatesStrictly()
    {
        const auto result = testsupport::runProgram(QStringLiteral("appstreamcli"),
                                                    {QStringLiteral("validate"), QStringLiteral("--strict"), QStringLiteral("--no-net"),
                                                     builtDir + QStringLiteral("/org.citylab.CityLab.metainfo.xml")});
        QVERIFY2(result.exitCode == 0, qPrintable(printed(result)));
    }

    // A file manager knows a .citylab file by its name, and a store renamed to anything else
    // by its header: SQLite's, with CityLab's application_id at byte 68.
    void mimeTypeKnowsAStoreByNameAndByContent()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("mime/packages"))));
        QVERIFY(QFile::copy(desktopDir + QStringLiteral("/org.citylab.CityLab.mime.xml"),
                            dir.filePath(QStringLiteral("mime/packages/org.citylab.CityLab.xml"))));
        const auto update = testsupport::runProgram(QStringLiteral("update-mime-database"), {dir.filePath(QStringLiteral("mime"))});
        QVERIFY2(update.exitCode == 0 && !printed(update).contains(QStringLiteral("Error")), qPrintable(printed(update)));
        QFile globs(dir.filePath(QStringLiteral("mime/globs2")));
        QVERIFY(globs.open(QIODevice::ReadOnly));
        QVERIFY(globs.readAll().contains("application/x-citylab:*.citylab"));
        QFile magic(dir.filePath(QStringLiteral("mime/magic")));
        QVERIFY(magic.open(QIODevice::ReadOnly));
        const QByteArray rules = magic.readAll();
        QVERIFY(rules.contains("application/x-citylab"));
        // the rule's value is the one stores carry
        QTemporaryDir data;
        const QString demo = testsupport::makeDemo(data);
        QFile store(demo);
        QVERIFY(store.open(QIODevice::ReadOnly));
        const QByteArray header = store.read(72);
        QVERIFY(header.startsWith("SQLite format 3"));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), Store::applicationId);
        char expected[4];
        qToBigEndian(Store::applicationId, expected);
        QVERIFY(rules.contains(QByteArray(expected, 4)));
    }

    void iconHasEveryHicolorSize()
    {
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QImage icon(builtDir + QStringLiteral("/icons/%1x%1/apps/org.citylab.CityLab.png").arg(size));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
            QVERIFY(icon.pixelColor(size / 2, size / 2).alpha() == 255);   // drawn, not blank
        }
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
