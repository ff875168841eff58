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

namespace {

RevisionsDialog::Source letterRevisions(Store &store, qint64 requestId)
{
    RevisionsDialog::Source source;
    source.title = RevisionsDialog::tr("Revisions of %1")
                       .arg(store.record(QStringLiteral("regulatory_requests"), requestId).value(QStringLiteral("reference")).toString());
    source.list = [&store, requestId] {
        QList<RevisionsDialog::Revision> revisions;
        for (const RequestRevisions::Revision &r : RequestRevisions::list(store, requestId))
            revisions << RevisionsDialog::Revision{r.number, plainText(r.body), r.author, r.note, r.savedAt};
        return revisions;
    };
    source.restore = [&store, requestId](int number, QString *error) {
        return RequestRevisions::restore(store, requestId, number, error);
    };
    source.emptyText = RevisionsDialog::tr("No revision saved yet: save the text in the editor first.");
    source.restoreRefused = store.readOnlyReason();
    source.helpPage = QStringLiteral("drafting.html#revisions");
    return source;
}

} // namespace

RevisionsDialog::RevisionsDialog(Store &store, qint64 requestId, QWidget *parent)
    : RevisionsDialog(letterRevisions(store, requestId), parent)
{
}

RevisionsDialog::RevisionsDialog(Source source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_diff(new QTextBrowser(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setWindowTitle(m_source.title);
    ScreenFit::resize(this, QSize(900, 700));
    m_older->setObjectName(QStringLiteral("olderRevision"));
    m_newer->setObjectName(QStringLiteral("newerRevision"));
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    m_diff->setAccessibleName(tr("Differences from the revision before"));
    m_summary->setObjectName(QStringLiteral("revisionSummary"));
    const QLocale locale;
    m_revisions = m_source.list();
    for (const Revision &r : std::as_const(m_revisions)) {
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
    restore->setToolTip(tr("Saves the older revision again as the newest revision: nothing is lost."));
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
    HelpBrowser::addHelpButton(buttons, m_source.helpPage);
    connect(restore, &QPushButton::clicked, this, &RevisionsDialog::restore);
    connect(m_older, &QComboBox::currentIndexChanged, this, &RevisionsDialog::refresh);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &RevisionsDialog::refresh);
    restore->setEnabled(m_older->count() > 0 && m_source.restoreRefused.isEmpty());
    if (!m_source.restoreRefused.isEmpty())
        restore->setToolTip(m_source.restoreRefused);
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
        m_summary->setText(m_source.emptyText);
        m_diff->clear();
        return;
    }
    const auto find = [this](int number) {
        for (const Revision &r : std::as_const(m_revisions))
            if (r.number == number)
                return r;
        return Revision();
    };
    const Revision a = find(m_older->currentData().toInt());
    const Revision b = find(m_newer->currentData().toInt());
    const QList<TextDiff::Piece> pieces = TextDiff::compare(a.text, b.text);
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
    const int created = m_source.restore(number, &error);
    if (created == 0) {
        QMessageBox::warning(this, tr("Restore Revision"), error);
        return;
    }
    m_restored = created;
    m_restoredFrom = number;
    accept();
}

} // namespace citylab
