// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recordbrowser.h"

class QToolButton;
class QUndoStack;

namespace citylab {

class Store;

// The barrier register: the rules under test (reference, title, authority, status, how many
// experiments test each and their incidents), each with the evidence gathered on it; New…
// and Edit….
class BarriersView : public RecordBrowser
{
    Q_OBJECT
public:
    BarriersView(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void createBarrier();
    void editCurrent();

protected:
    QString countText(int count) const override;
    QString exportName() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openDialog(qint64 id, const QVariantMap &defaults, const QString &title);

    Store &m_store;
    QUndoStack &m_undo;
    QToolButton *m_new;
    QToolButton *m_edit;
};

} // namespace citylab
