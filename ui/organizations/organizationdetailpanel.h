// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

namespace citylab {

// One organization's page: its details, contacts and experiments.
class OrganizationDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    explicit OrganizationDetailPanel(Store &store, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
};

} // namespace citylab
