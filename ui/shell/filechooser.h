// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace citylab {

// The file dialogs of CityLab: Qt's own dialog, which never opens a file to learn its type
// (ExtensionIconProvider), so that browsing the folder of the open database keeps SQLite's
// locks. A platform's native dialog may read files in this process; it is not used.
namespace FileChooser {

QString openFile(QWidget *parent, const QString &caption, const QString &folder = {}, const QString &filter = {});
QString saveFile(QWidget *parent, const QString &caption, const QString &suggested = {}, const QString &filter = {},
                 QString *selectedFilter = nullptr);
QString folder(QWidget *parent, const QString &caption, const QString &folder = {});

} // namespace FileChooser

} // namespace citylab
