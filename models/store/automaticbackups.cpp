// SPDX-License-Identifier: GPL-3.0-or-later
#include "automaticbackups.h"

#include "storebackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace citylab {

namespace {

const QString folderKey = QStringLiteral("backups/folder");
const QString keepKey = QStringLiteral("backups/keep");
const QString stampFormat = QStringLiteral("yyyy-MM-dd HHmmss");
const QString beforeRestoreMark = QStringLiteral(" before-restore");

// "<store name> 2026-12-06 081500.citylab"
QDateTime madeAtOf(const QString &fileName, const QString &base)
{
    if (!fileName.startsWith(base + u' ') || !fileName.endsWith(QLatin1String(".citylab")))
        return {};
    const QString stamp = fileName.mid(base.size() + 1, stampFormat.size());
    return QDateTime::fromString(stamp, stampFormat);
}

} // namespace

QString AutomaticBackups::rootFolder()
{
    const QString chosen = QSettings().value(folderKey).toString();
    if (!chosen.isEmpty())
        return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

void AutomaticBackups::setRootFolder(const QString &folder)
{
    if (folder.isEmpty())
        QSettings().remove(folderKey);
    else
        QSettings().setValue(folderKey, folder);
}

int AutomaticBackups::keep()
{
    return qBound(0, QSettings().value(keepKey, defaultKeep).toInt(), 365);
}

void AutomaticBackups::setKeep(int count)
{
    QSettings().setValue(keepKey, qBound(0, count, 365));
}

// Two stores of the same name in different folders must not share their backups.
QString AutomaticBackups::folderOf(const QString &storePath)
{
    const QFileInfo info(storePath);
    const QByteArray where = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(rootFolder()).filePath(info.completeBaseName() + u'-' + QString::fromLatin1(where));
}

QString AutomaticBackups::pathFor(const QString &storePath, const QDateTime &when)
{
    return QDir(folderOf(storePath))
        .filePath(QFileInfo(storePath).completeBaseName() + u' ' + when.toString(stampFormat) + QStringLiteral(".citylab"));
}

QString AutomaticBackups::pathBeforeRestore(const QString &storePath, const QDateTime &when)
{
    QString path = pathFor(storePath, when);
    return path.insert(path.size() - int(qstrlen(".citylab")), beforeRestoreMark);
}

QList<AutomaticBackups::Backup> AutomaticBackups::list(const QString &storePath)
{
    QList<Backup> backups;
    const QString base = QFileInfo(storePath).completeBaseName();
    const QDir folder(folderOf(storePath));
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.citylab")}, QDir::Files)) {
        const QDateTime madeAt = madeAtOf(file.fileName(), base);
        if (madeAt.isValid())
            backups << Backup{file.absoluteFilePath(), madeAt, file.size(),
                              file.completeBaseName().endsWith(beforeRestoreMark)};
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    return backups;
}

QString AutomaticBackups::makeNow(const QString &storePath, QString *error, const QDateTime &now)
{
    if (!QDir().mkpath(folderOf(storePath))) {
        *error = tr("Cannot make the backup folder %1.").arg(folderOf(storePath));
        return {};
    }
    const QString target = pathFor(storePath, now);
    if (!StoreBackup::copy(storePath, target, error))
        return {};
    prune(storePath);
    return target;
}

QString AutomaticBackups::makeDaily(const QString &storePath, QString *error, const QDateTime &now)
{
    if (keep() == 0)
        return {};
    const QList<Backup> backups = list(storePath);
    if (!backups.isEmpty() && backups.first().madeAt.date() == now.date())
        return {};
    return makeNow(storePath, error, now);
}

void AutomaticBackups::prune(const QString &storePath)
{
    const QList<Backup> backups = list(storePath);
    for (qsizetype i = qMax(1, keep()); i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

} // namespace citylab
