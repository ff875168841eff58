// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionsdialog.h"
#include "shell/screenfit.h"

#include "drafting/requestrevisions.h"
#include "drafting/textdiff.h"
#include "i18n/dateformat.h"
#include "store/store.h"
#include "shell/helpbrowser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace citylab {

namespace {

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

RevisionsDialog::RevisionsDialog(Store &store, qint64 requestId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_id(requestId)
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_diff(new QTextBrowser(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setWindowTitle(tr("Revisions of %1").arg(store.record(QStringLiteral("regulatory_requests"), requestId).value(QStringLiteral("reference")).toString()));
    ScreenFit::resize(this, QSize(900, 700));
    m_older->setObjectName(QStringLiteral("olderRevision"));
    m_newer->setObjectName(QStringLiteral("newerRevision"));
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    const QLocale locale;
    for (const RequestRevisions::Revision &r : RequestRevisions::list(store, requestId)) {
        const QString label = tr("Revision %1 — %2 %3 — %4%5")
                                  .arg(r.number)
                                  .arg(DateFormat::shortDate(r.savedAt.toLocalTime().date()),
                                       locale.toString(r.savedAt.toLocalTime().time(), QLocale::ShortFormat),
                                       r.author.isEmpty() ? tr("unknown author") : r.author,
                                       r.note.isEmpty() ? QString() : QStringLiteral(" — ") + r.note);
        m_older->addItem(label, r.number);
        m_newer->addItem(label, r.number);
    }
    // newest against the one before it, the comparison asked most often
    m_newer->setCurrentIndex(0);
    m_older->setCurrentIndex(qMin(1, m_older->count() - 1));

    auto *restore = new QPushButton(tr("Restore the older revision"), this);
    restore->setObjectName(QStringLiteral("restoreRevision"));
    restore->setToolTip(tr("Saves the older revision's text again as the newest revision: nothing is lost."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(restore, QDialogButtonBox::ActionRole);
    auto *form = new QFormLayout;
    form->addRow(tr("&Older:"), m_older);
    form->addRow(tr("&Newer:"), m_newer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevisionsDialog::reject);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("drafting.html#revisions"));
    connect(restore, &QPushButton::clicked, this, &RevisionsDialog::restore);
    connect(m_older, &QComboBox::currentIndexChanged, this, &RevisionsDialog::refresh);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &RevisionsDialog::refresh);
    restore->setEnabled(m_older->count() > 0);
    refresh();
}

void RevisionsDialog::compare(int older, int newer)
{
    m_older->setCurrentIndex(m_older->findData(older));
    m_newer->setCurrentIndex(m_newer->findData(newer));
    refresh();
}

QString RevisionsDialog::diffHtml() const
{
    return m_diff->toHtml();
}

void RevisionsDialog::refresh()
{
    if (m_older->count() == 0) {
        m_summary->setText(tr("No revision saved yet: save the text in the editor first."));
        m_diff->clear();
        return;
    }
    const RequestRevisions::Revision a = RequestRevisions::load(m_store, m_id, m_older->currentData().toInt());
    const RequestRevisions::Revision b = RequestRevisions::load(m_store, m_id, m_newer->currentData().toInt());
    const QList<TextDiff::Piece> pieces = TextDiff::compare(plainText(a.body), plainText(b.body));
    int added = 0, removed = 0;
    for (const TextDiff::Piece &p : pieces) {
        const int words = int(p.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        if (p.op == TextDiff::Op::Added)
            added += words;
        else if (p.op == TextDiff::Op::Removed)
            removed += words;
    }
    m_summary->setText(tr("From revision %1 to %2: %3 words added, %4 removed.").arg(a.number).arg(b.number).arg(added).arg(removed));
    m_diff->setHtml(TextDiff::toHtml(pieces));
}

void RevisionsDialog::restore()
{
    const int number = m_older->currentData().toInt();
    QString error;
    const int created = RequestRevisions::restore(m_store, m_id, number, &error);
    if (created == 0) {
        QMessageBox::warning(this, tr("Restore Revision"), error);
        return;
    }
    m_restored = created;
    m_restoredFrom = number;
    accept();
}

} // namespace citylab
