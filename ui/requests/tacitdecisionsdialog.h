// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;

namespace citylab {

class Store;

// What the silence of an authority means, per kind of request, once the term has passed:
// tacit consent, tacit refusal or nothing. Shared by the office through the store.
class TacitDecisionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TacitDecisionsDialog(Store &store, QWidget *parent = nullptr);
    void accept() override;

private:
    Store &m_store;
    QHash<QString, QComboBox *> m_rules;   // by request kind
    QLabel *m_problem;
};

} // namespace citylab
