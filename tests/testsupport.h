// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demodatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Helpers shared by the tests: real database files in temporary folders.
namespace testsupport {

// The reference day of every demo used in tests, so that their content never depends on
// the day the suite runs.
inline QDate referenceDay()
{
    return QDate(2026, 5, 10);
}

inline QString makeDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.citylab"),
                        quint32 seed = 1, int scale = 1)
{
    const QString path = dir.filePath(name);
    QString error;
    citylab::DemoGenerator::Options options;
    options.seed = seed;
    options.scale = scale;
    options.today = referenceDay();
    if (!citylab::DemoDatabase::create(path, options, true, &error))
        qFatal("cannot make the demo database: %s", qPrintable(error));
    return path;
}

// Every byte of a store: the file, and its write-ahead log if one is left.
inline QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Keeps tests away from the user's own settings and data, and from each other's: ctest runs
// two programs at once, and one clearing the settings under another turned tst_backups'
// daily copies off half-way (a flaky failure).
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CityLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CityLabTests-")
                                         + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    // No daily copy of every temporary store a test opens (tst_backups turns them on).
    QSettings().setValue(QStringLiteral("backups/keep"), 0);
}

// Damages the first page of a table's b-tree on disk, as a failing disk or a bad copy
// would: any read of the table then meets a damaged page. No connection may be open.
inline void damageTable(const QString &path, const QString &table)
{
    qint64 rootPage = 0, pageSize = 0;
    {
        const QString connection = QStringLiteral("damage-") + table;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (!db.open())
                qFatal("cannot open %s", qPrintable(path));
            QSqlQuery query(db);
            // Folds the log into the file, so that the page damaged below is the one read.
            if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                qFatal("cannot checkpoint %s", qPrintable(path));
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"));
            query.addBindValue(table);
            if (!query.exec() || !query.next())
                qFatal("no table %s", qPrintable(table));
            rootPage = query.value(0).toLongLong();
            if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
                qFatal("cannot read the page size of %s", qPrintable(path));
            pageSize = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((rootPage - 1) * pageSize) || file.write(QByteArray(64, '\xEE')) != 64)
        qFatal("cannot damage %s", qPrintable(path));
}

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program (a validator, a converter) and waits for it.
inline RunResult runProgram(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Runs the real citylab executable, as a script would.
inline RunResult runCitylab(const QStringList &arguments,
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(CITYLAB_BIN), arguments, environment);
}

// Imports one small square zone (`side` degrees, its south-west corner at lon, lat) into an
// experiment with the CLI, as a partner's script would while a window has the file open.
inline RunResult importZoneWithCli(const QString &database, const QString &experimentCode, const QString &zoneName,
                                   const QString &geoJsonPath, double lon, double lat, double side = 0.002)
{
    QFile file(geoJsonPath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const auto corner = [](double x, double y) { return QStringLiteral("[%1, %2]").arg(x, 0, 'f', 6).arg(y, 0, 'f', 6); };
    file.write(QStringLiteral(R"({"type": "Feature", "properties": {"name": "%1"}, "geometry": {"type": "Polygon",
        "coordinates": [[%2, %3, %4, %5, %2]]}})")
                   .arg(zoneName, corner(lon, lat), corner(lon + side, lat), corner(lon + side, lat + side), corner(lon, lat + side))
                   .toUtf8());
    file.close();
    return runCitylab({QStringLiteral("import"), QStringLiteral("zones"), geoJsonPath, QStringLiteral("--db"), database,
                       QStringLiteral("--experiment"), experimentCode});
}

} // namespace testsupport
