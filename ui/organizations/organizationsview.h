// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recordbrowser.h"

namespace citylab {

class Store;

// Companies, universities, research centres and authorities, with their contacts and
// the experiments they lead or join.
class OrganizationsView : public RecordBrowser
{
    Q_OBJECT
public:
    explicit OrganizationsView(Store &store, QWidget *parent = nullptr);

protected:
    QString countText(int count) const override;
    QString exportName() const override;
    void changeEvent(QEvent *event) override;
};

} // namespace citylab
