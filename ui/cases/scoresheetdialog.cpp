// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoresheetdialog.h"

#include "domain/committeeevaluation.h"
#include "domain/scoresheet.h"
#include "shell/helpbrowser.h"
#include "shell/screenfit.h"
#include "store/store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QLocale>
#include <QVBoxLayout>

namespace citylab {

ScoreSheetDialog::ScoreSheetDialog(Store &store, QUndoStack &undo, qint64 experimentId, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undo)
    , m_experiment(experimentId)
    , m_member(memberId)
    , m_conflict(new QCheckBox(tr("I declare a conflict of interest with this proposal"), this))
    , m_conflictNote(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreSheetDialog"));
    QString error;
    const std::optional<CommitteeEvaluation> evaluation = CommitteeEvaluation::load(store, experimentId, &error);
    const QString code = store.record(QStringLiteral("experiments"), experimentId).value(QStringLiteral("code")).toString();
    QString memberName;
    bool conflict = false;
    bool found = false;
    if (evaluation)
        for (const CommitteeEvaluation::Member &m : evaluation->members)
            if (m.id == memberId) {
                memberName = m.name;
                conflict = m.conflict;
                m_conflictNote->setText(m.conflictNote);
                found = true;
            }
    if (evaluation && !found)
        error = tr("This person does not sit on the committee of the proposal's call.");
    setWindowTitle(tr("Score %1 — %2").arg(code, memberName));

    auto *layout = new QVBoxLayout(this);
    // never smaller than its fields need, the lines saying what is wrong included
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *intro = new QLabel(tr("Each criterion from 0 (not at all) to 10 (fully), with a comment for the minutes. "
                                "Leave a score empty to give it later."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QLocale locale;
    if (evaluation && found) {
        for (const CommitteeEvaluation::Criterion &c : evaluation->criteria) {
            Row row;
            row.score = new QLineEdit(this);
            row.score->setObjectName(QStringLiteral("score_%1").arg(c.id));
            row.score->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00,00")) * 2);
            row.comment = new QLineEdit(this);
            row.comment->setObjectName(QStringLiteral("comment_%1").arg(c.id));
            row.comment->setPlaceholderText(tr("Comment"));
            row.score->setAccessibleName(tr("Score for %1").arg(c.name));
            row.comment->setAccessibleName(tr("Comment on %1").arg(c.name));
            row.error = new QLabel(this);
            row.error->setObjectName(QStringLiteral("scoreError_%1").arg(c.id));
            row.error->setStyleSheet(QStringLiteral("color: #a40000"));
            row.error->hide();
            if (const CommitteeEvaluation::Score *s = evaluation->score(memberId, c.id)) {
                row.score->setText(locale.toString(s->value));
                row.comment->setText(s->comment);
            }
            auto *fields = new QHBoxLayout;
            fields->addWidget(row.score);
            fields->addWidget(row.comment, 1);
            auto *cell = new QVBoxLayout;
            cell->addLayout(fields);
            cell->addWidget(row.error);
            auto *label = new QLabel(tr("%1 (weight %2):").arg(c.name, locale.toString(c.weight)), this);
            label->setBuddy(row.score);
            form->addRow(label, cell);
            m_rows.append({c.id, row});
        }
    }
    layout->addLayout(form);
    m_conflict->setObjectName(QStringLiteral("conflictOfInterest"));
    m_conflict->setChecked(conflict);
    m_conflictNote->setObjectName(QStringLiteral("conflictNote"));
    m_conflictNote->setPlaceholderText(tr("Why (for the minutes)"));
    m_conflictNote->setAccessibleName(tr("Why (for the minutes)"));
    layout->addWidget(m_conflict);
    layout->addWidget(m_conflictNote);
    const auto follow = [this](bool declared) {
        // a member with a conflict does not score: their scores are taken out on saving
        for (const auto &[criterion, row] : std::as_const(m_rows)) {
            row.score->setEnabled(!declared);
            row.comment->setEnabled(!declared);
        }
        m_conflictNote->setEnabled(declared);
    };
    connect(m_conflict, &QCheckBox::toggled, this, follow);
    follow(conflict);
    m_error->setObjectName(QStringLiteral("sheetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000"));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // a sheet that could not be read is not saved: saving it would clear the member's scores
    buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
    HelpBrowser::addHelpButton(buttons, QStringLiteral("pipeline.html#evaluation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScoreSheetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // comments are sentences for the minutes: room for one to be read whole
    ScreenFit::resize(this, QSize(fontMetrics().averageCharWidth() * 110, sizeHint().height()));
}

void ScoreSheetDialog::accept()
{
    if (m_rows.isEmpty() && !m_error->text().isEmpty())
        return;   // nothing was read: nothing to save
    QList<ScoreSheet::Entry> entries;
    QLineEdit *firstWrong = nullptr;
    for (const auto &[criterion, row] : std::as_const(m_rows)) {
        row.error->hide();
        ScoreSheet::Entry entry;
        entry.criterionId = criterion;
        entry.comment = row.comment->text();
        const QString text = row.score->text().trimmed();
        if (!text.isEmpty() && !m_conflict->isChecked()) {
            // a score has no thousands: "7,5" and "7.5" are the same in any language (the
            // keypad of an Italian keyboard types a point)
            bool ok = false;
            const double value = QLocale::c().toDouble(QString(text).replace(u',', u'.'), &ok);
            if (!ok || value < 0 || value > 10) {
                row.error->setText(tr("“%1” is not a score: give a number from 0 to 10.").arg(text));
                row.error->show();
                if (!firstWrong)
                    firstWrong = row.score;
                continue;
            }
            entry.score = value;
        }
        entries << entry;
    }
    if (firstWrong) {
        // the lines that say what is wrong take room: the dialog grows rather than squeezing the fields
        layout()->activate();
        resize(width(), qMax(height(), sizeHint().height()));
        firstWrong->setFocus();
        return;
    }
    if (!ScoreSheet::save(m_store, m_undo, m_experiment, m_member, m_conflict->isChecked(), m_conflictNote->text(), entries)) {
        m_error->setText(m_store.errorString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace citylab
