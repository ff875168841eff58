// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace citylab {

class Store;

// The user's own settings on this computer: who they are among the officers named on
// experiments, so that Today can show "mine".
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Store &store, QWidget *parent = nullptr);
    void accept() override;

    static QString officerName();   // empty until the user says who they are

private:
    QComboBox *m_officer;
};

} // namespace citylab
