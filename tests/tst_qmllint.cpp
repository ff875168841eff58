// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTest>

// The map's QML is checked by qmllint as a part of the QML module CityLab.Map: every type,
// property and signal it uses resolves, nothing is looked up by name at run time, and no
// warning is left. Run on the source file, with the module's qmldir and qmltypes from the
// build.
class TestQmlLint : public QObject
{
    Q_OBJECT

private slots:
    void zoneMapHasNoWarnings()
    {
        const QString source = QStringLiteral(CITYLAB_SOURCE_DIR "/ui/map/ZoneMap.qml");
        QVERIFY(QFile::exists(source));
        QVERIFY2(QFile::exists(QStringLiteral(CITYLAB_QML_IMPORT_DIR "/CityLab/Map/qmldir")),
                 "the CityLab.Map module was not built");
        QProcess lint;
        lint.setProcessChannelMode(QProcess::MergedChannels);
        lint.start(QStringLiteral(QMLLINT_BIN),
                   {QStringLiteral("-I"), QStringLiteral(CITYLAB_QML_IMPORT_DIR),
                    QStringLiteral("-I"), QLibraryInfo::path(QLibraryInfo::QmlImportsPath), source});
        QVERIFY(lint.waitForFinished(60000));
        const QString output = QString::fromUtf8(lint.readAll());
        QVERIFY2(lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0, qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("Warning"), Qt::CaseInsensitive), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestQmlLint)
#include "tst_qmllint.moc"
