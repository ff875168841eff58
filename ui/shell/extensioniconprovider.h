// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace citylab {

// Icons and type names for a file dialog from the file's name alone. Qt's own provider
// reads a file whose extension it does not know to guess its type, and reading the open
// CityLab database, then closing it, drops every lock SQLite holds on it (DESIGN.md).
class ExtensionIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_mimeDatabase;
};

} // namespace citylab
