// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace citylab {

namespace {
const QString key = QStringLiteral("recentDatabases");

void store(const QStringList &paths)
{
    QSettings().setValue(key, paths);
}
} // namespace

QStringList RecentDatabases::list()
{
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return paths;
}

void RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, maximum));
}

void RecentDatabases::remove(const QString &path)
{
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentDatabases::clear()
{
    store({});
}

} // namespace citylab
