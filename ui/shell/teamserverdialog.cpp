// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserverdialog.h"

#include "helpbrowser.h"
#include "filechooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace citylab {

TeamServerDialog::TeamServerDialog(const TeamServerAddress &address, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(address.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(address.database, this))
    , m_user(new QLineEdit(address.user, this))
    , m_sslMode(new QComboBox(this))
    , m_caFile(new QLineEdit(address.caFile, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keyring"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamServerDialog"));
    setWindowTitle(tr("Team Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_port->setRange(1, 65535);
    m_port->setValue(address.port);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_host->setPlaceholderText(tr("e.g. citylab.comune.torino.it"));
    const QList<std::pair<QString, QString>> modes = {
        {QStringLiteral("verify-full"), tr("Encrypted, server certificate and name checked (recommended)")},
        {QStringLiteral("verify-ca"), tr("Encrypted, server certificate checked")},
        {QStringLiteral("require"), tr("Encrypted, certificate not checked")},
        {QStringLiteral("prefer"), tr("Encrypted when the server offers it")},
        {QStringLiteral("disable"), tr("Not encrypted (only on this computer or a trusted network)")},
    };
    for (const auto &[mode, label] : modes)
        m_sslMode->addItem(label, mode);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(address.sslMode)));
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Choose…"));
    browse->setAccessibleName(tr("Choose the certificate authority file"));
    caRow->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = FileChooser::openFile(this, tr("Certificate authority"), m_caFile->text(),
                                                   tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Connection:"), m_sslMode);
    form->addRow(tr("Certificate authority:"), caRow);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *intro = new QLabel(tr("The file is kept on this computer and works offline; it sends its changes to the team's "
                                "server and takes the others' every 30 seconds and soon after each edit. A new, empty "
                                "file takes the team's records when it joins."), this);
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a01010; }"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("offline.html#team"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &TeamServerDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateOk();
}

void TeamServerDialog::updateOk()
{
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(address().isValid());
}

TeamServerAddress TeamServerDialog::address() const
{
    TeamServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    address.caFile = m_caFile->text().trimmed();
    return address;
}

QString TeamServerDialog::password() const
{
    return m_password->text();
}

bool TeamServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void TeamServerDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace citylab
