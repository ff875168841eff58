// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace citylab {

class Store;

// File → Restore from Backup…: the daily backups of the open store, newest first, or any
// backup file; the chosen one replaces the store's content after a confirmation, and what
// the store held is kept as a backup too. Also where the daily backups are set.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(Store &store, QWidget *parent = nullptr);

    // Replaces the store's content by `backup` after asking; true when done.
    bool restore(const QString &backup, const QString &description);

private:
    void fillList();
    void restoreSelected();
    void restoreOtherFile();
    void chooseFolder();
    void updateFolderLabel();

    Store &m_store;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QSpinBox *m_keep;
    QLineEdit *m_folder;
};

} // namespace citylab
