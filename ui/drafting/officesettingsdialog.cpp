// SPDX-License-Identifier: GPL-3.0-or-later
#include "officesettingsdialog.h"
#include "shell/helpbrowser.h"
#include "shell/filechooser.h"

#include "drafting/officesettings.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace citylab {

OfficeSettingsDialog::OfficeSettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_pec(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_signatory(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("officeSettingsDialog"));
    setWindowTitle(tr("Office Letterhead"));
    resize(620, 0);
    const OfficeSettings s = OfficeSettings::load(store);
    m_name->setText(s.name);
    m_address->setText(s.address);
    m_city->setText(s.city);
    m_pec->setText(s.pec);
    m_logo->setText(s.logoPath);
    m_signatory->setText(s.signatoryName);
    m_role->setText(s.signatoryRole);
    m_name->setPlaceholderText(tr("e.g. Città di Torino — Divisione Innovazione"));
    m_pec->setPlaceholderText(tr("e.g. innovazione@cert.comune.torino.it"));
    m_role->setPlaceholderText(tr("e.g. La Dirigente"));
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    m_problem->setWordWrap(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("drafting.html"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Office &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&City (place of the letters):"), m_city);
    form->addRow(tr("Office &PEC:"), m_pec);
    // the row holds a layout, which gives the label no buddy: without one the "&" would show
    auto *logoLabel = new QLabel(tr("&Logo file:"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    form->addRow(tr("&Signatory:"), m_signatory);
    form->addRow(tr("Signatory's &role:"), m_role);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfficeSettingsDialog::reject);
    connect(m_logo, &QLineEdit::textChanged, this, &OfficeSettingsDialog::checkLogo);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::openFile(this, tr("Logo of the Office"), m_logo->text(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    checkLogo();
}

void OfficeSettingsDialog::checkLogo()
{
    const QString path = m_logo->text().trimmed();
    if (path.isEmpty() || QImageReader(path).canRead())
        m_problem->clear();
    else
        m_problem->setText(QFileInfo::exists(path) ? tr("%1 is not an image CityLab can read.").arg(QDir::toNativeSeparators(path))
                                                   : tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    m_problem->setVisible(!m_problem->text().isEmpty());
}

void OfficeSettingsDialog::accept()
{
    OfficeSettings s;
    s.name = m_name->text();
    s.address = m_address->text();
    s.city = m_city->text();
    s.pec = m_pec->text();
    s.logoPath = m_logo->text();
    s.signatoryName = m_signatory->text();
    s.signatoryRole = m_role->text();
    if (!s.save(m_store)) {
        m_problem->setText(m_store.errorString());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace citylab
