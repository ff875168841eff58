// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditdialog.h"
#include "shell/readablepalette.h"

#include "recordform.h"
#include "domain/fieldlabels.h"
#include "domain/fieldvalues.h"
#include "store/recordedit.h"
#include "store/store.h"
#include "shell/detailpanel.h"
#include "shell/htmlbuilder.h"
#include "shell/helpbrowser.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace citylab {

RecordEditDialog::RecordEditDialog(Store &store, QUndoStack &undo, const QString &table, qint64 id,
                                   const FormSpec &spec, const QVariantMap &defaults, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undo)
    , m_table(table)
    , m_id(id)
    , m_form(new RecordForm(store, spec, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("recordEditDialog"));
    m_loaded = id >= 0 ? store.record(table, id) : defaults;
    m_form->setValues(m_loaded);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("color: #a40000"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    // the fields take the focus, and the area scrolls to the one that has it
    scroll->setFocusPolicy(Qt::NoFocus);
    // A viewer of a team server may open a record's form, to read it whole, but not save it.
    const bool readOnly = store.isReadOnly();
    if (readOnly) {
        // texts stay selectable and long notes scroll; choices are greyed
        for (auto *edit : m_form->findChildren<QLineEdit *>())
            edit->setReadOnly(true);
        for (auto *edit : m_form->findChildren<QPlainTextEdit *>())
            edit->setReadOnly(true);
        for (auto *edit : m_form->findChildren<QAbstractSpinBox *>())
            edit->setReadOnly(true);
        for (auto *choice : m_form->findChildren<QComboBox *>())
            choice->setEnabled(false);
        for (auto *button : m_form->findChildren<QAbstractButton *>())
            button->setEnabled(false);
        m_error->setStyleSheet({});
        m_error->setText(store.readOnlyReason());
        m_error->show();
    }
    auto *buttons = m_buttons = new QDialogButtonBox(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordEditDialog::reject);
    HelpBrowser::addHelpButton(buttons, HelpBrowser::pageForView(table));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    int historyHeight = 0;
    // People and contacts have no page of their own: their change log shows here
    if (id >= 0 && (table == QLatin1String("people") || table == QLatin1String("interactions"))) {
        HtmlBuilder page;
        DetailPanel::addHistory(page, store, table, id);
        auto *history = new QTextBrowser(this);
        history->setObjectName(QStringLiteral("recordHistory"));
        history->setAccessibleName(tr("History of changes"));
        history->setHtml(ReadablePalette::readableHtml(page.html(), history->palette().color(QPalette::Base),
                                                       history->palette().color(QPalette::Text)));
        historyHeight = fontMetrics().height() * 9;
        history->setFixedHeight(historyHeight);
        layout->addWidget(history);
    }
    layout->addWidget(buttons);
    // as tall as the fields need (the 120 pixels guessed for the buttons left a blank band above them)
    const QMargins margins = layout->contentsMargins();
    const int chrome = margins.top() + margins.bottom() + layout->spacing() * (historyHeight > 0 ? 2 : 1)
                       + buttons->sizeHint().height();
    resize(qMax(640, m_form->sizeHint().width() + 40),
           qMin(720 + historyHeight, m_form->sizeHint().height() + chrome + historyHeight));

    askAboutConflict = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Changed meanwhile"), question, QMessageBox::NoButton, this);
        QPushButton *mine = box.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
        QPushButton *theirs = box.addButton(tr("Keep theirs"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == mine)
            return ConflictChoice::KeepMine;
        if (box.clickedButton() == theirs)
            return ConflictChoice::KeepTheirs;
        return ConflictChoice::Cancel;
    };
}

void RecordEditDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool RecordEditDialog::save()
{
    m_error->hide();
    if (!m_form->validate())
        return false;
    QVariantMap changes = m_form->values();
    if (m_id < 0) {
        // defaults carry what the form does not show (an experiment's first stage, say)
        QVariantMap values = m_loaded;
        values.insert(changes);
        const qint64 id = RecordEdit::insert(m_store, m_undo, m_table, values, tr("New record"));
        if (id < 0) {
            const StoreError error = m_store.lastError();
            if (m_form->editor(error.field))
                m_form->showError(error.field, error.message);
            else {
                m_error->setText(error.message);
                m_error->show();
            }
            return false;
        }
        m_id = id;
        return true;
    }
    // Only what the user changed is written, so that fields changed meanwhile by others
    // and not touched here are kept as they are.
    for (auto it = changes.begin(); it != changes.end();) {
        const QVariant loaded = m_loaded.value(it.key());
        const bool same = loaded.isNull() ? it.value().isNull() : loaded.toString() == it.value().toString();
        it = same ? changes.erase(it) : std::next(it);
    }
    if (changes.isEmpty())
        return true;
    const QList<RecordEdit::Conflict> conflicts = RecordEdit::conflicts(m_store, m_table, m_id, m_loaded, changes);
    if (!conflicts.isEmpty()) {
        const auto [who, when] = RecordEdit::lastChange(m_store, m_table, m_id);
        QString question = tr("%1 changed this record on %2 while you were editing it:")
                               .arg(who, QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        // values as the form shows them: a name rather than an id, a label rather than a key
        const auto shown = [this](const RecordEdit::Conflict &c, const QVariant &value) {
            const QString text = FieldValues::readable(m_store, m_table, c.field, value);
            return text.isEmpty() ? QStringLiteral("—") : text;
        };
        for (const RecordEdit::Conflict &c : conflicts)
            question += u'\n' + tr("• %1: theirs “%2”, yours “%3”").arg(FieldLabels::label(c.field), shown(c, c.theirs), shown(c, c.mine));
        question += u'\n' + tr("Which values do you want to keep?");
        switch (askAboutConflict(question)) {
        case ConflictChoice::Cancel:
            return false;
        case ConflictChoice::KeepTheirs:
            for (const RecordEdit::Conflict &c : conflicts)
                changes.remove(c.field);
            break;
        case ConflictChoice::KeepMine:
            break;
        }
    }
    if (!RecordEdit::update(m_store, m_undo, m_table, m_id, changes, tr("Edit"))) {
        const StoreError error = m_store.lastError();
        if (m_form->editor(error.field)) {
            m_form->showError(error.field, error.message);
        } else {
            m_error->setText(error.message);
            m_error->show();
        }
        return false;
    }
    return true;
}

} // namespace citylab
