// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

class QUndoStack;

namespace citylab {

// One agreement's page: what kind, with whom (parties and their roles), valid when, its
// signed document, and its change log. With an undo stack the parties and documents are
// edited from the page.
class AgreementDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    explicit AgreementDetailPanel(Store &store, QUndoStack *undo = nullptr, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
    bool handlePageLink(const QUrl &url) override;

private:
    QUndoStack *m_undo;
};

} // namespace citylab
