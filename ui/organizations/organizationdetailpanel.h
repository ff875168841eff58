// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

class QUndoStack;

namespace citylab {

// One organization's page: its details, its people (each opens for editing), the
// experiments it leads or joins (each opens its page) and its contacts log. With an undo
// stack, contacts are logged from the page too.
class OrganizationDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    explicit OrganizationDetailPanel(Store &store, QUndoStack *undo = nullptr, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
    bool handlePageLink(const QUrl &url) override;

private:
    QUndoStack *m_undo;
};

} // namespace citylab
