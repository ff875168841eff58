// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/detailpanel.h"

namespace citylab {

// One agreement's page: what kind, with whom, valid when, and its change log.
class AgreementDetailPanel : public DetailPanel
{
    Q_OBJECT
public:
    explicit AgreementDetailPanel(Store &store, QWidget *parent = nullptr);

protected:
    QString page(qint64 id) const override;
    QString placeholder() const override;
};

} // namespace citylab
