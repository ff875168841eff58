// SPDX-License-Identifier: GPL-3.0-or-later
#include "personerasuredialog.h"

#include "domain/fieldlabels.h"
#include "shell/helpbrowser.h"
#include "store/automaticbackups.h"
#include "shell/screenfit.h"
#include "store/store.h"
#include "sync/teamsync.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace citylab {

namespace {

// The words around the first mention, so that the reviewer sees whom the text is about.
QString excerpt(const QString &text, const QStringList &texts)
{
    qsizetype at = -1;
    for (const QString &identifying : texts) {
        const qsizetype found = text.indexOf(identifying, 0, Qt::CaseInsensitive);
        if (found >= 0 && (at < 0 || found < at))
            at = found;
    }
    qsizetype from = qMax<qsizetype>(0, at - 50);
    if (from > 0)   // from a whole word
        from = qMin(at, text.indexOf(u' ', from) + 1);
    QString shown = text.mid(from, 140).simplified();
    if (from > 0)
        shown.prepend(QStringLiteral("…"));
    if (from + 140 < text.size())
        shown.append(QStringLiteral("…"));
    return shown;
}

QString recordName(const Store &store, const QString &table, qint64 id)
{
    const QVariantMap record = store.record(table, id);
    for (const char *column : {"code", "reference", "title", "summary", "name", "full_name", "file_name"})
        if (const QString text = record.value(QLatin1String(column)).toString(); !text.isEmpty())
            return text.left(60);
    return QStringLiteral("#%1").arg(id);
}

} // namespace

PersonErasureDialog::PersonErasureDialog(const Store &store, const PersonErasure::Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("personErasureDialog"));
    setWindowTitle(tr("Erase %1").arg(plan.name));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("<p>The name, role, e-mail, phone and notes of <b>%1</b> will be erased from this file, and from "
                      "the change history, which keeps a dated note that an erasure happened and by whom. Their "
                      "contacts stay linked to “%2”.</p>"
                      "<p>This cannot be undone. Daily backups made before today keep the person's data until they "
                      "are replaced (CityLab keeps the last %n), and so do copies outside CityLab.</p>",
                      nullptr, AutomaticBackups::keep())
                       .arg(plan.name.toHtmlEscaped(), PersonErasure::erasedName())
                   + (TeamSync::joinedServer(store).isEmpty()
                          ? QString()
                          : tr("<p>This file syncs with a team server: the erasure reaches the server, and its history, "
                               "with the next sync, and each colleague's file with theirs.</p>")));
    auto *listLabel = new QLabel(this);
    listLabel->setWordWrap(true);
    listLabel->setText(plan.mentions.isEmpty()
                           ? tr("No other record names them.")
                           : tr("These texts name them: the words that identify them will be replaced by “%1”. "
                                "Untick a text that is about someone else.")
                                 .arg(PersonErasure::erasedText()));
    m_list->setObjectName(QStringLiteral("mentionList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAccessibleName(tr("Texts that name the person"));
    for (const PersonMentions::Mention &mention : plan.mentions) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3\n%4")
                                             .arg(PersonMentions::tableLabel(mention.table), recordName(store, mention.table, mention.id),
                                                  FieldLabels::label(mention.field), excerpt(mention.text, plan.texts)),
                                         m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_list->setVisible(!plan.mentions.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *erase = buttons->addButton(tr("Erase the Data"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("confirmErase"));
    connect(erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("first-start.html#personal-data"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(720, plan.mentions.isEmpty() ? 300 : 560));
}

QList<PersonMentions::Mention> PersonErasureDialog::chosenMentions() const
{
    QList<PersonMentions::Mention> chosen;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_plan.mentions.at(i);
    return chosen;
}

} // namespace citylab
