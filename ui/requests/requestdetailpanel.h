// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

namespace citylab {

// One regulatory request's page: what is asked of whom, where its clock stands, the dated
// steps of its procedure, and its text.
class RequestDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    explicit RequestDetailPanel(Store &store, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
};

} // namespace citylab
