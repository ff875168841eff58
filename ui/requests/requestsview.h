// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recordbrowser.h"

class QComboBox;
class QToolButton;
class QUndoStack;

namespace citylab {

class Store;

// The legal staff's list of regulatory requests: filter by text and status, each request's
// page, and the actions New…, Edit…, Next step… and Draft… (the letter, ui/drafting).
class RequestsView : public RecordBrowser
{
    Q_OBJECT
public:
    RequestsView(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void createRequest();
    void editCurrent();
    void recordNextStep();
    void openDraft();

protected:
    QString countText(int count) const override;
    QString exportName() const override;
    void clearFilters() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Store &m_store;
    QUndoStack &m_undo;
    QComboBox *m_status;
    QToolButton *m_new;
    QToolButton *m_edit;
    QToolButton *m_step;
    QToolButton *m_draft;
};

} // namespace citylab
