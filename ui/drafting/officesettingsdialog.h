// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace citylab {

class Store;

// The letterhead and signatory of the office's letters, shared by everyone on the database.
class OfficeSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfficeSettingsDialog(Store &store, QWidget *parent = nullptr);
    void accept() override;

private:
    void checkLogo();

    Store &m_store;
    QLineEdit *m_name, *m_address, *m_city, *m_pec, *m_logo, *m_signatory, *m_role;
    QLabel *m_problem;
};

} // namespace citylab
