// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "helpbrowser.h"
#include "items/choicelists.h"

#include <QComboBox>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace citylab {

namespace {
const QString officerKey = QStringLiteral("user/officer");
} // namespace

QString PreferencesDialog::officerName()
{
    return QSettings().value(officerKey).toString();
}

PreferencesDialog::PreferencesDialog(const Store &store, QWidget *parent)
    : QDialog(parent)
    , m_officer(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_officer->setObjectName(QStringLiteral("officerName"));
    m_officer->setEditable(true);   // a new officer has no experiment yet
    m_officer->lineEdit()->setAccessibleName(tr("Your name as officer"));
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    m_officer->addItem(QString());
    for (const Choice &choice : ChoiceLists::load(store, ChoiceLists::Officers).value_or(QList<Choice>()))
        m_officer->addItem(choice.label);
    m_officer->setCurrentText(officerName());
    auto *label = new QLabel(tr("&Your name as officer:"), this);
    label->setBuddy(m_officer);
    auto *hint = new QLabel(tr("As it is written on the experiments you follow. Today's \"Mine\" shows what concerns them."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(label, m_officer);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("first-start.html"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void PreferencesDialog::accept()
{
    QSettings().setValue(officerKey, m_officer->currentText().trimmed());
    QDialog::accept();
}

} // namespace citylab
