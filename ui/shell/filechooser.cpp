// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include "extensioniconprovider.h"

#include <QDir>
#include <QFileDialog>

namespace citylab::FileChooser {

namespace {

// The dialog starts in the root folder and moves to the wanted one only once it has the
// provider: its folder model starts reading a folder as soon as it is set.
QString run(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
            QFileDialog::AcceptMode accept, QFileDialog::FileMode mode, QString *selectedFilter)
{
    // Never destroyed: its icons must not outlive the application object at exit.
    static auto *const provider = new ExtensionIconProvider;
    QFileDialog dialog(parent, caption, QDir::rootPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(provider);
    dialog.setAcceptMode(accept);
    dialog.setFileMode(mode);
    if (mode == QFileDialog::Directory)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    if (!filter.isEmpty())
        dialog.setNameFilter(filter);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    const QFileInfo info(start.isEmpty() ? QDir::currentPath() : start);
    if (info.isDir()) {
        dialog.setDirectory(info.absoluteFilePath());
    } else {
        dialog.setDirectory(info.absolutePath());
        dialog.selectFile(info.fileName());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString openFile(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    return run(parent, caption, folder, filter, QFileDialog::AcceptOpen, QFileDialog::ExistingFile, nullptr);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                 QString *selectedFilter)
{
    return run(parent, caption, suggested, filter, QFileDialog::AcceptSave, QFileDialog::AnyFile, selectedFilter);
}

QString folder(QWidget *parent, const QString &caption, const QString &folder)
{
    return run(parent, caption, folder, {}, QFileDialog::AcceptOpen, QFileDialog::Directory, nullptr);
}

} // namespace citylab::FileChooser
