// SPDX-License-Identifier: GPL-3.0-or-later
#include "tacitdecisionsdialog.h"

#include "shell/helpbrowser.h"
#include "domain/tacitdecisions.h"
#include "domain/vocabulary.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace citylab {

TacitDecisionsDialog::TacitDecisionsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("tacitDecisionsDialog"));
    setWindowTitle(tr("Silence of Authorities"));
    auto *intro = new QLabel(tr("What an authority's silence means once a request's term has passed without a decision. "
                                "The request's page says so when it happens. The defaults follow law 241/1990 "
                                "(art. 20 for authorizations, art. 17-bis for opinions of other public bodies); "
                                "a special law can say otherwise for your requests."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const QString &kind : Vocabulary::keys(Vocabulary::RequestKind)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("silence_") + kind);
        for (TacitDecisions::Rule rule : {TacitDecisions::NoEffect, TacitDecisions::Consent, TacitDecisions::Refusal})
            combo->addItem(TacitDecisions::ruleLabel(rule), int(rule));
        combo->setCurrentIndex(combo->findData(int(TacitDecisions::rule(store, kind))));
        auto *label = new QLabel(Vocabulary::label(Vocabulary::RequestKind, kind) + u':', this);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_rules.insert(kind, combo);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("requests.html#clock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TacitDecisionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TacitDecisionsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void TacitDecisionsDialog::accept()
{
    const bool saved = m_store.transact([&] {
        for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it)
            if (!TacitDecisions::setRule(m_store, it.key(), TacitDecisions::Rule(it.value()->currentData().toInt())))
                return false;
        return true;
    });
    if (!saved) {
        m_problem->setText(tr("The rules were not saved: %1").arg(m_store.errorString()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace citylab
