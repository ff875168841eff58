// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recordbrowser.h"

class QComboBox;

namespace citylab {

class ExperimentFilterModel;
class Store;

// The case manager's experiment list: text, domain and stage filters, the sortable table
// and the selected experiment's page.
class ExperimentsView : public RecordBrowser
{
    Q_OBJECT
public:
    explicit ExperimentsView(Store &store, QWidget *parent = nullptr);

protected:
    QString countText(int count) const override;
    void clearFilters() override;
    QString exportName() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ExperimentFilterModel *m_filter;
    QComboBox *m_domain;
    QComboBox *m_stage;
};

} // namespace citylab
