// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatemanager.h"
#include "shell/helpbrowser.h"
#include "shell/screenfit.h"

#include "placeholderhighlighter.h"
#include "domain/vocabulary.h"
#include "items/choicelists.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace citylab {

TemplateManager::TemplateManager(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_authority(new QComboBox(this))
    , m_default(new QCheckBox(tr("Default for this kind"), this))
    , m_body(new QTextEdit(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_remove(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("templateManager"));
    setWindowTitle(tr("Letter Templates"));
    ScreenFit::resize(this, QSize(1100, 720));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Letter templates"));
    m_list->setSpacing(3);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Text of the template"));
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    new PlaceholderHighlighter(m_body->document());
    for (const QString &key : Vocabulary::keys(Vocabulary::RequestKind))
        m_kind->addItem(Vocabulary::label(Vocabulary::RequestKind, key), key);
    m_kind->addItem(tr("Any kind (e.g. a reminder)"), LetterTemplates::anyKind);
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_authority->addItem(tr("Any authority"), qint64(-1));
    QString listError;
    const auto authorities = ChoiceLists::load(store, ChoiceLists::Authorities, &listError);
    for (const Choice &authority : authorities.value_or(QList<Choice>()))
        m_authority->addItem(authority.label, authority.value.toLongLong());
    m_error->setStyleSheet(QStringLiteral("color: #a40000"));
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("templateError"));

    auto *placeholders = new QMenu(this);
    for (const QString &name : PlaceholderMerge::knownNames())
        connect(placeholders->addAction(QStringLiteral("{{%1}} — %2").arg(name, PlaceholderMerge::description(name))), &QAction::triggered,
                this, [this, name] { m_body->textCursor().insertText(QStringLiteral("{{%1}}").arg(name)); });
    auto *insert = new QToolButton(this);
    insert->setText(tr("Insert placeholder"));
    insert->setMenu(placeholders);
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *newButton = new QPushButton(tr("New"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);

    auto *right = new QWidget(this);
    auto *form = new QFormLayout(right);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind of request:"), m_kind);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Authority:"), m_authority);
    form->addRow(QString(), m_default);
    form->addRow(insert);
    form->addRow(m_body);
    form->addRow(m_error);
    auto *row = new QHBoxLayout;
    row->addWidget(newButton);
    row->addWidget(duplicate);
    row->addWidget(m_remove);
    row->addStretch();
    row->addWidget(m_save);
    form->addRow(row);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setSizes({330, 770});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("drafting.html"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateManager::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateManager::showTemplate);
    connect(m_save, &QPushButton::clicked, this, &TemplateManager::saveCurrent);
    connect(duplicate, &QPushButton::clicked, this, &TemplateManager::duplicateCurrent);
    connect(m_remove, &QPushButton::clicked, this, &TemplateManager::removeCurrent);
    connect(newButton, &QPushButton::clicked, this, [this] {
        LetterTemplate t;
        t.name = tr("New template");
        t.kind = QStringLiteral("authorization");
        t.language = QLocale().language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en");
        t.body = QStringLiteral("<p>{{authority.name}},</p><p></p>");
        QString error;
        const qint64 id = LetterTemplates::save(m_store, t, &error);
        reload(id);
    });
    reload();
    if (!authorities)
        m_error->setText(listError);
}

void TemplateManager::reload(qint64 selectId, const QString &selectKey)
{
    m_templates = LetterTemplates::all(m_store);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const LetterTemplate &t = m_templates.at(i);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3%4")
                                             .arg(t.name, t.kind == LetterTemplates::anyKind ? tr("any kind")
                                                                                             : Vocabulary::label(Vocabulary::RequestKind, t.kind), t.language,
                                                  t.builtIn ? tr(" · shipped") : QString()),
                                         m_list);
        if (t.builtIn)
            item->setForeground(QColor(0x555555));
        if ((selectId >= 0 && t.id == selectId) || (!selectKey.isEmpty() && t.key == selectKey))
            select = i;
    }
    m_list->setCurrentRow(select);
    showTemplate(select);
}

void TemplateManager::selectTemplate(int row)
{
    m_list->setCurrentRow(row);
}

void TemplateManager::showTemplate(int row)
{
    m_current = row;
    m_error->clear();
    if (row < 0 || row >= m_templates.size())
        return;
    const LetterTemplate &t = m_templates.at(row);
    m_name->setText(t.name);
    m_kind->setCurrentIndex(m_kind->findData(t.kind));
    m_language->setCurrentIndex(m_language->findData(t.language));
    m_authority->setCurrentIndex(qMax(0, m_authority->findData(t.authorityId)));
    m_default->setChecked(t.isDefault);
    m_body->setHtml(t.body);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_language, m_authority, m_default})
        w->setEnabled(!t.builtIn);
    m_body->setReadOnly(t.builtIn);
    m_save->setEnabled(!t.builtIn);
    m_remove->setEnabled(!t.builtIn);
    if (t.builtIn)
        m_error->setText(tr("Shipped with CityLab: duplicate it to adapt it."));
}

LetterTemplate TemplateManager::edited() const
{
    LetterTemplate t = m_templates.value(m_current);
    t.name = m_name->text().trimmed();
    t.kind = m_kind->currentData().toString();
    t.language = m_language->currentData().toString();
    t.authorityId = m_authority->currentData().toLongLong();
    t.isDefault = m_default->isChecked();
    t.body = m_body->toHtml();
    return t;
}

bool TemplateManager::saveCurrent()
{
    if (m_current < 0)
        return false;
    QString error;
    const qint64 id = LetterTemplates::save(m_store, edited(), &error);
    if (id < 0) {
        m_error->setText(error);
        return false;
    }
    reload(id);
    m_error->setText(tr("Saved."));
    return true;
}

void TemplateManager::duplicateCurrent()
{
    if (m_current < 0)
        return;
    LetterTemplate copy = m_templates.at(m_current);
    copy.id = -1;
    copy.builtIn = false;
    copy.isDefault = false;
    copy.name = tr("%1 (copy)").arg(copy.name);
    QString error;
    const qint64 id = LetterTemplates::save(m_store, copy, &error);
    if (id < 0) {
        m_error->setText(error);
        return;
    }
    reload(id);
}

void TemplateManager::removeCurrent()
{
    if (m_current < 0 || m_templates.at(m_current).builtIn)
        return;
    if (QMessageBox::question(this, tr("Delete Template"), tr("Delete the template \"%1\"?").arg(m_templates.at(m_current).name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!LetterTemplates::remove(m_store, m_templates.at(m_current).id, &error))
        m_error->setText(error);
    reload();
}

QString TemplateManager::errorText() const
{
    return m_error->text();
}

} // namespace citylab
