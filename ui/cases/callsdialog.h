// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QUndoStack;

namespace citylab {

class CallPanel;
class Store;

// Edit → Calls and Committees…: the office's calls for proposals on the left, the page of the
// one chosen on the right (CallPanel). New Call… makes a call with the default checklist and
// criteria, to be adapted. A proposal of the ranking opens in the Experiments view.
class CallsDialog : public QDialog
{
    Q_OBJECT
public:
    CallsDialog(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

signals:
    void recordChosen(const QString &table, qint64 id);

private:
    void reload();
    void createCall();

    Store &m_store;
    QUndoStack &m_undo;
    QListWidget *m_calls;
    CallPanel *m_page;
};

} // namespace citylab
