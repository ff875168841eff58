// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachments.h"

#include "store/opendatabases.h"
#include "store/store.h"
#include "store/storeread.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>

namespace citylab {

QVariantMap Attachments::readFile(const QString &path, QString *error)
{
    if (const QString refusal = OpenDatabases::refusalToRead(path); !refusal.isEmpty()) {
        *error = refusal;
        return {};
    }
    const QFileInfo info(path);
    if (info.size() > maximumSize) {
        *error = tr("%1 is too large to keep in the database (%2; at most %3).")
                     .arg(path, QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(maximumSize));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return columns(info.fileName(), file.readAll());
}

QVariantMap Attachments::columns(const QString &fileName, const QByteArray &data)
{
    return {{QStringLiteral("file_name"), fileName},
            {QStringLiteral("mime_type"), QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name()},
            {QStringLiteral("size"), data.size()},
            {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("data"), data}};
}

qint64 Attachments::add(Store &store, qint64 experimentId, const QString &path, QString *error)
{
    return add(store, QStringLiteral("experiment_id"), experimentId, path, error);
}

qint64 Attachments::add(Store &store, const QString &ownerColumn, qint64 ownerId, const QString &path, QString *error)
{
    QVariantMap values = readFile(path, error);
    if (values.isEmpty())
        return -1;
    values.insert(ownerColumn, ownerId);
    const qint64 id = store.insert(QStringLiteral("attachments"), values);
    if (id < 0)
        *error = store.errorString();
    return id;
}

QList<Attachments::Document> Attachments::list(const Store &store, const QString &ownerColumn, qint64 ownerId)
{
    QList<Document> documents;
    if (!store.columns(QStringLiteral("attachments")).contains(ownerColumn))
        return documents;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // the checklist's documents are listed by the checklist itself (ui/drafting)
    q.prepare(QStringLiteral("SELECT id, file_name, size, created_at FROM attachments WHERE \"%1\" = :owner%2 ORDER BY id")
                  .arg(ownerColumn, ownerColumn == QLatin1String("request_id") ? QStringLiteral(" AND checklist_item IS NULL") : QString()));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    if (q.exec())
        while (q.next())
            documents.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return documents;
}

bool Attachments::content(const Store &store, qint64 id, QByteArray *data, QString *fileName, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT file_name, data, sha256 FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (!StoreRead::failed(q, store, error))
            *error = tr("The attachment no longer exists.");
        return false;
    }
    *data = q.value(1).toByteArray();
    *fileName = q.value(0).toString();
    if (QString::fromLatin1(QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex()) != q.value(2).toString()) {
        *error = tr("The attachment %1 is damaged: its content does not match its SHA-256.").arg(*fileName);
        return false;
    }
    return true;
}

QString Attachments::extract(const Store &store, qint64 id, const QString &folder, QString *error)
{
    QByteArray data;
    QString fileName;
    if (!content(store, id, &data, &fileName, error))
        return {};
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    // one folder per content, so two files with the same name never overwrite each other
    const QString dir = QDir(folder).filePath(sha256.left(16));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QFileInfo(fileName).fileName());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, out.errorString());
        return {};
    }
    return path;
}

} // namespace citylab
