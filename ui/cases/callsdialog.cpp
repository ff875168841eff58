// SPDX-License-Identifier: GPL-3.0-or-later
#include "callsdialog.h"

#include "callpanel.h"
#include "domain/calldefaults.h"
#include "items/choicelists.h"
#include "shell/helpbrowser.h"
#include "shell/screenfit.h"
#include "store/store.h"
#include "shell/writeaccess.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace citylab {

CallsDialog::CallsDialog(Store &store, QUndoStack &undo, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undo)
    , m_calls(new QListWidget(this))
    , m_page(new CallPanel(store, undo, this))
{
    setObjectName(QStringLiteral("callsDialog"));
    setWindowTitle(tr("Calls and Committees"));
    m_calls->setObjectName(QStringLiteral("callList"));
    m_calls->setAccessibleName(tr("Calls"));
    m_page->setAccessibleName(tr("The chosen call"));
    // a call's name is long ("Torino City Lab — Call aperta per sperimentazioni"): wrapped, not cut
    m_calls->setWordWrap(true);
    m_calls->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calls, 1);
    auto *create = new QPushButton(tr("&New Call…"), left);
    create->setObjectName(QStringLiteral("newCall"));
    leftLayout->addWidget(create);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("pipeline.html#calls"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(1000, 700));
    splitter->setSizes({width() / 4, width() * 3 / 4});

    connect(create, &QPushButton::clicked, this, &CallsDialog::createCall);
    WriteAccess::follow(m_store, create);
    connect(m_calls, &QListWidget::currentRowChanged, this, [this](int row) {
        m_page->showRecord(row >= 0 ? m_calls->item(row)->data(Qt::UserRole).toLongLong() : -1);
    });
    connect(m_page, &DetailPanel::recordLinkActivated, this, [this](const QString &table, qint64 id) {
        emit recordChosen(table, id);
        accept();
    });
    connect(&store, &Store::recordsChanged, this, &CallsDialog::reload);
    reload();
    if (m_calls->count() > 0)
        m_calls->setCurrentRow(0);
}

void CallsDialog::reload()
{
    const qint64 current = m_calls->currentItem() ? m_calls->currentItem()->data(Qt::UserRole).toLongLong() : -1;
    const QSignalBlocker blocker(m_calls);
    m_calls->clear();
    for (const Choice &call : ChoiceLists::load(m_store, ChoiceLists::Calls).value_or(QList<Choice>())) {
        auto *item = new QListWidgetItem(call.label, m_calls);
        item->setData(Qt::UserRole, call.value);
        if (call.value.toLongLong() == current)
            m_calls->setCurrentItem(item);
    }
}

void CallsDialog::createCall()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Call"),
                                               tr("Name of the call (it starts open today, with the usual checklist and criteria):"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const qint64 id = CallDefaults::create(m_store, name, QDate::currentDate(), &m_undo);
    if (id < 0) {
        QMessageBox::warning(this, tr("Cannot make the call"), m_store.errorString());
        return;
    }
    reload();
    for (int row = 0; row < m_calls->count(); ++row)
        if (m_calls->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_calls->setCurrentRow(row);
}

} // namespace citylab
