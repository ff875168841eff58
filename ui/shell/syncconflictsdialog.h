// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/teamsync.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace citylab {

class Store;

// File → Sync Conflicts…: the user's changes the team server did not apply as made (another
// desktop had changed the same field first, or deleted the record...). For each: keep mine
// (sent again as a new change), keep the server's, or type another value.
class SyncConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncConflictsDialog(Store &store, const QList<SyncConflict> &conflicts, QWidget *parent = nullptr);

signals:
    // The user answered: `value` is what the field gets here (and then on the server), or
    // nothing when the server's value stays.
    void answered(const citylab::SyncConflict &conflict, const std::optional<QJsonValue> &value);

private:
    void fill();
    void answer(int row, bool keepMine, bool other);
    QString recordName(const SyncConflict &conflict) const;
    QString whatHappened(const SyncConflict &conflict) const;
    QString yours(const SyncConflict &conflict) const;
    QString onServer(const SyncConflict &conflict) const;
    void updateButtons();

    Store &m_store;
    QList<SyncConflict> m_conflicts;
    QTableWidget *m_table;
    QLabel *m_detail;
    QPushButton *m_keepMine;
    QPushButton *m_keepServer;
    QPushButton *m_other;
};

} // namespace citylab
