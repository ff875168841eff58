// SPDX-License-Identifier: GPL-3.0-or-later
#include "extensioniconprovider.h"

#include <QCoreApplication>

namespace citylab {

QIcon ExtensionIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return QFileIconProvider::icon(Folder);
    const QMimeType mime = m_mimeDatabase.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
    return themed.isNull() ? QFileIconProvider::icon(File) : themed;
}

QString ExtensionIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("citylab::ExtensionIconProvider", "Folder");
    if (info.suffix().compare(QLatin1String("citylab"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("citylab::ExtensionIconProvider", "CityLab database");
    const QMimeType mime = m_mimeDatabase.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}

} // namespace citylab
