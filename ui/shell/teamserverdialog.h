// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/teamserveraddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace citylab {

// File → Team Server…: where the team's PostgreSQL server is, who the user is on it, how
// the connection is protected, and the password (kept in the system keyring when asked,
// never in the file or the settings).
class TeamServerDialog : public QDialog
{
    Q_OBJECT
public:
    TeamServerDialog(const TeamServerAddress &address, QWidget *parent = nullptr);

    TeamServerAddress address() const;
    QString password() const;
    bool rememberPassword() const;

    // Shows why the last attempt failed, under the form.
    void showProblem(const QString &message);

private:
    void updateOk();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

} // namespace citylab
