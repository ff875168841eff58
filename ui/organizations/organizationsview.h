// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recordbrowser.h"

class QToolButton;
class QUndoStack;

namespace citylab {

class Store;

// Companies, universities, research centres and authorities, with their contacts and
// the experiments they lead or join.
class OrganizationsView : public RecordBrowser
{
    Q_OBJECT
public:
    OrganizationsView(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void createOrganization();
    void editCurrent();
    void addContact();   // a person of the selected organization
    void chooseMergeTarget();
    // Merges the selected organization into `survivor`; false with the reason shown.
    bool mergeCurrentInto(qint64 survivor);

protected:
    QString countText(int count) const override;
    QString exportName() const override;
    void changeEvent(QEvent *event) override;
    void openLinkedRecord(const QString &table, qint64 id) override;

private:
    void retranslate();
    void openDialog(const QString &table, qint64 id, const QVariantMap &defaults, const QString &title);

    Store &m_store;
    QUndoStack &m_undo;
    QToolButton *m_new;
    QToolButton *m_edit;
    QToolButton *m_contact;
    QToolButton *m_merge;
};

} // namespace citylab
