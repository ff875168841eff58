// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupactions.h"

#include "filechooser.h"
#include "restoredialog.h"
#include "store/automaticbackups.h"
#include "store/store.h"
#include "store/storebackup.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>
#include <QtConcurrentRun>

namespace citylab {

BackupActions::BackupActions(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_backUp(new QAction(this))
    , m_restore(new QAction(this))
{
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
    connect(&m_daily, &QFutureWatcher<QString>::finished, this, [this] {
        const QString made = m_daily.result();
        if (!made.isEmpty())
            emit reported(tr("Today's backup of this database: %1").arg(QDir::toNativeSeparators(made)));
        else if (!m_dailyError.isEmpty())
            emit dailyBackupFailed(tr("The daily backup could not be made: %1").arg(m_dailyError));
    });
    retranslate();
}

BackupActions::~BackupActions()
{
    waitForDailyBackup();
}

void BackupActions::retranslate()
{
    m_backUp->setText(tr("&Back Up Database…"));
    m_restore->setText(tr("Restore from Bac&kup…"));
}

void BackupActions::setEnabled(bool enabled)
{
    m_backUp->setEnabled(enabled);
    m_restore->setEnabled(enabled);
}

void BackupActions::startDailyBackup()
{
    waitForDailyBackup();
    m_dailyError.clear();
    const QString path = m_store.path();
    m_daily.setFuture(QtConcurrent::run([this, path] { return AutomaticBackups::makeDaily(path, &m_dailyError); }));
}

void BackupActions::waitForDailyBackup()
{
    m_daily.waitForFinished();
}

void BackupActions::backUp()
{
    if (!m_store.isOpen())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 backup %2.citylab")
                                                .arg(QFileInfo(m_store.path()).completeBaseName(),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    QString target = FileChooser::saveFile(m_window, tr("Back Up Database"), suggested, tr("CityLab databases (*.citylab)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".citylab");
    QProgressDialog progress(tr("Copying and checking %1…").arg(QFileInfo(m_store.path()).fileName()), QString(), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    QFutureWatcher<bool> watcher;
    connect(&watcher, &QFutureWatcher<bool>::finished, &progress, &QProgressDialog::reset);
    const QString source = m_store.path();
    watcher.setFuture(QtConcurrent::run([&] { return StoreBackup::copy(source, target, &error); }));
    progress.exec();
    watcher.waitForFinished();
    if (!watcher.result()) {
        QMessageBox::warning(m_window, tr("Cannot back up the database"), error);
        return;
    }
    emit reported(tr("Backed up to %1 (%2), integrity checked.")
                      .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(QFileInfo(target).size())));
}

void BackupActions::chooseAndRestore()
{
    if (!m_store.isOpen())
        return;
    waitForDailyBackup();
    RestoreDialog dialog(m_store, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit restored();
}

} // namespace citylab
