// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recordbrowser.h"

class QToolButton;
class QUndoStack;

namespace citylab {

class Store;

// Partnership agreements: framework partnerships, experimentation agreements, data sharing,
// NDAs and memoranda, with their validity; New… and Edit….
class AgreementsView : public RecordBrowser
{
    Q_OBJECT
public:
    AgreementsView(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void createAgreement();
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
