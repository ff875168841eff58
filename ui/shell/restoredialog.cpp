// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "helpbrowser.h"
#include "filechooser.h"
#include "i18n/dateformat.h"
#include "store/automaticbackups.h"
#include "store/store.h"
#include "store/storebackup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace citylab {

namespace {

QString describe(const QDateTime &madeAt)
{
    return QStringLiteral("%1 %2").arg(DateFormat::shortDate(madeAt.date()),
                                       QLocale().toString(madeAt.time(), QLocale::ShortFormat));
}

} // namespace

RestoreDialog::RestoreDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_keep(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(tr("Backups of %1, newest first. Restoring replaces everything the database holds now; "
                                "what it holds now is kept as a backup too, so a restore can be undone.")
                                 .arg(QDir::toNativeSeparators(store.path())),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made on"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(fontMetrics().height() * 10);

    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(0, 365);
    m_keep->setValue(AutomaticBackups::keep());
    m_keep->setSpecialValueText(tr("none (daily backups off)"));
    connect(m_keep, &QSpinBox::valueChanged, this, [](int count) { AutomaticBackups::setKeep(count); });
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setAccessibleName(tr("Folder of the backups"));
    m_folder->setReadOnly(true);   // a long path scrolls instead of being cut
    auto *changeFolder = new QPushButton(tr("Change &Folder…"), this);
    connect(changeFolder, &QPushButton::clicked, this, &RestoreDialog::chooseFolder);
    auto *settings = new QFormLayout;
    settings->addRow(tr("&Daily backups kept:"), m_keep);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(changeFolder);
    settings->addRow(tr("Backup folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("offline.html#backups"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    QPushButton *other = buttons->addButton(tr("&Other Backup File…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::restoreOtherFile);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(settings);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    fillList();
    updateFolderLabel();
}

void RestoreDialog::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (const AutomaticBackups::Backup &backup : AutomaticBackups::list(m_store.path())) {
        const QString when = describe(backup.madeAt);
        auto *item = new QTreeWidgetItem(m_list, {backup.beforeRestore ? tr("%1 (before a restore)").arg(when) : when,
                                                  locale.formattedDataSize(backup.size)});
        item->setData(0, Qt::UserRole, backup.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void RestoreDialog::updateFolderLabel()
{
    m_folder->setText(QDir::toNativeSeparators(AutomaticBackups::folderOf(m_store.path())));
    m_folder->setCursorPosition(0);
}

void RestoreDialog::chooseFolder()
{
    const QString folder = FileChooser::folder(this, tr("Backup Folder"), AutomaticBackups::rootFolder());
    if (folder.isEmpty())
        return;
    AutomaticBackups::setRootFolder(folder);
    updateFolderLabel();
    fillList();
}

void RestoreDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (restore(item->data(0, Qt::UserRole).toString(), tr("the backup of %1").arg(item->text(0))))
        accept();
}

void RestoreDialog::restoreOtherFile()
{
    const QString path = FileChooser::openFile(this, tr("Restore from Backup"), AutomaticBackups::folderOf(m_store.path()),
                                               tr("CityLab databases (*.citylab);;All files (*)"));
    if (!path.isEmpty() && restore(path, QDir::toNativeSeparators(path)))
        accept();
}

bool RestoreDialog::restore(const QString &backup, const QString &description)
{
    QMessageBox ask(QMessageBox::Question, tr("Restore from Backup"),
                    tr("Replace everything in %1 with %2?").arg(QFileInfo(m_store.path()).fileName(), description),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("confirmRestore"));
    ask.setInformativeText(tr("What the database holds now is kept as a backup, listed here, so this can be undone."));
    QPushButton *yes = ask.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() != yes)
        return false;
    const QString kept = AutomaticBackups::pathBeforeRestore(m_store.path(), QDateTime::currentDateTime());
    QDir().mkpath(QFileInfo(kept).absolutePath());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = StoreBackup::restoreInto(m_store, backup, kept, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Cannot restore the backup"), error);
        return false;
    }
    return true;
}

} // namespace citylab
