// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

class QUndoStack;

namespace citylab {

// One regulatory request's page: what is asked of whom, where its clock stands, the dated
// steps of its procedure, and its text.
class RequestDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    // With an undo stack, documents are attached to and removed from the request on its page.
    explicit RequestDetailPanel(Store &store, QUndoStack *undo = nullptr, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
    bool handlePageLink(const QUrl &url) override;

private:
    QUndoStack *m_undo;
};

} // namespace citylab
