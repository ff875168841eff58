// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafteditor.h"
#include "shell/helpbrowser.h"
#include "shell/screenfit.h"
#include "shell/filechooser.h"

#include "placeholderhighlighter.h"
#include "revisionsdialog.h"
#include "templatemanager.h"
#include "domain/vocabulary.h"
#include "drafting/lettertemplates.h"
#include "drafting/requestchecklist.h"
#include "drafting/requestrevisions.h"
#include "store/store.h"

#include <QDir>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace citylab {

namespace {

QString languageKey()
{
    return QLocale().language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en");
}

} // namespace

DraftEditor::DraftEditor(Store &store, qint64 requestId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_id(requestId)
    , m_toolBar(new QToolBar(this))
    , m_editor(new QTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_checklist(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_templates(new QMenu(this))
    , m_previewTimer(new QTimer(this))
    , m_highlighter(new PlaceholderHighlighter(m_editor->document()))
{
    setObjectName(QStringLiteral("draftEditor"));
    m_editor->setObjectName(QStringLiteral("draftText"));
    m_preview->setObjectName(QStringLiteral("draftPreview"));
    m_checklist->setObjectName(QStringLiteral("draftChecklist"));
    m_editor->setAccessibleName(tr("Text of the letter"));
    m_preview->setAccessibleName(tr("Letter as sent"));
    m_checklist->setAccessibleName(tr("Documents the request must carry"));
    const DraftContext context = DraftContext::load(store, requestId);
    m_reference = context.reference;
    setWindowTitle(tr("Draft of %1 — %2").arg(context.reference, context.subject));
    ScreenFit::resize(this, QSize(1280, 820));
    m_highlighter->setValues(context.values);
    m_editor->setAcceptRichText(true);
    m_editor->setTabChangesFocus(false);
    m_preview->setOpenLinks(false);
    m_status->setWordWrap(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);

    buildToolBar();
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Letter as sent and checklist"));
    tabs->addTab(m_preview, tr("Letter as sent"));
    auto *checklistPage = new QWidget(this);
    auto *checklistLayout = new QVBoxLayout(checklistPage);
    m_checklist->setColumnCount(2);
    m_checklist->setHeaderLabels({tr("Document"), tr("Attached")});
    m_checklist->setRootIsDecorated(false);
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *attach = new QPushButton(tr("Attach document…"), checklistPage);
    attach->setObjectName(QStringLiteral("attachChecklistDocument"));
    checklistLayout->addWidget(new QLabel(tr("Documents this request must carry. Attach each one here: they go with the PEC."), checklistPage));
    checklistLayout->addWidget(m_checklist);
    checklistLayout->addWidget(attach, 0, Qt::AlignLeft);
    tabs->addTab(checklistPage, tr("Checklist"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(tabs);
    splitter->setSizes({640, 640});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("drafting.html"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &DraftEditor::reject);
    connect(attach, &QPushButton::clicked, this, &DraftEditor::attachToSelectedItem);
    connect(m_checklist, &QTreeWidget::itemDoubleClicked, this, &DraftEditor::attachToSelectedItem);
    connect(m_editor, &QTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewTimer, &QTimer::timeout, this, &DraftEditor::refreshPreview);
    connect(&m_store, &Store::recordsChanged, this, [this] { refreshChecklist(); });

    // a request with no text yet starts from the default template of its kind
    const QString body = context.body.trimmed().isEmpty()
                             ? LetterTemplates::defaultFor(store, context.kind, context.authorityId, languageKey(), context.experimentDomain).body
                             : context.body;
    loadBody(body);
    m_savedHtml = context.body.trimmed().isEmpty() ? QString() : bodyHtml();
    refreshChecklist();
}

void DraftEditor::loadBody(const QString &html)
{
    m_editor->setHtml(html);
    refreshPreview();
}

QString DraftEditor::bodyHtml() const
{
    return LetterTemplates::bodyFragment(m_editor->toHtml());
}

void DraftEditor::buildToolBar()
{
    const auto add = [this](const QString &text, const QString &name, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto *fromTemplate = new QToolButton(this);
    fromTemplate->setText(tr("New from template"));
    fromTemplate->setObjectName(QStringLiteral("newFromTemplate"));
    fromTemplate->setMenu(m_templates);
    fromTemplate->setPopupMode(QToolButton::InstantPopup);
    connect(m_templates, &QMenu::aboutToShow, this, &DraftEditor::fillTemplateMenu);
    m_toolBar->addWidget(fromTemplate);

    auto *placeholders = new QMenu(this);
    for (const QString &name : PlaceholderMerge::knownNames()) {
        QAction *action = placeholders->addAction(QStringLiteral("{{%1}} — %2").arg(name, PlaceholderMerge::description(name)));
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    auto *insert = new QToolButton(this);
    insert->setText(tr("Insert placeholder"));
    insert->setObjectName(QStringLiteral("insertPlaceholder"));
    insert->setMenu(placeholders);
    insert->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(insert);
    m_toolBar->addSeparator();

    QAction *bold = add(tr("B"), QStringLiteral("bold"), [this](bool on) { m_editor->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    bold->setToolTip(tr("Bold"));
    QAction *italic = add(tr("I"), QStringLiteral("italic"), [this](bool on) { m_editor->setFontItalic(on); });
    italic->setToolTip(tr("Italic"));
    QAction *underline = add(tr("U"), QStringLiteral("underline"), [this](bool on) { m_editor->setFontUnderline(on); });
    underline->setToolTip(tr("Underline"));
    for (QAction *a : {bold, italic, underline})
        a->setCheckable(true);
    QFont f = bold->font();
    f.setBold(true);
    bold->setFont(f);
    f = italic->font();
    f.setItalic(true);
    italic->setFont(f);
    f = underline->font();
    f.setUnderline(true);
    underline->setFont(f);
    bold->setShortcut(QKeySequence::Bold);
    italic->setShortcut(QKeySequence::Italic);
    underline->setShortcut(QKeySequence::Underline);
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, [bold, italic, underline](const QTextCharFormat &format) {
        bold->setChecked(format.fontWeight() >= QFont::Bold);
        italic->setChecked(format.fontItalic());
        underline->setChecked(format.fontUnderline());
    });
    add(tr("• List"), QStringLiteral("bulletList"), [this] { m_editor->textCursor().createList(QTextListFormat::ListDisc); });
    add(tr("1. List"), QStringLiteral("numberedList"), [this] { m_editor->textCursor().createList(QTextListFormat::ListDecimal); });
    add(tr("Table…"), QStringLiteral("insertTable"), [this] {
        bool ok = false;
        const int rows = QInputDialog::getInt(this, tr("Insert Table"), tr("Rows:"), 3, 1, 100, 1, &ok);
        if (!ok)
            return;
        const int columns = QInputDialog::getInt(this, tr("Insert Table"), tr("Columns:"), 2, 1, 20, 1, &ok);
        if (!ok)
            return;
        QTextTableFormat format;
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        m_editor->textCursor().insertTable(rows, columns, format);
    });
    m_toolBar->addSeparator();
    add(tr("Save revision"), QStringLiteral("saveRevision"), [this] { saveRevision(); })->setShortcut(QKeySequence::Save);
    add(tr("Revisions…"), QStringLiteral("showRevisions"), &DraftEditor::showRevisions);
    m_toolBar->addSeparator();
    add(tr("Export PDF…"), QStringLiteral("exportPdf"), [this] { exportWithDialog(DraftExporter::Format::Pdf); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    add(tr("Export PDF/A for the Archive…"), QStringLiteral("exportPdfA"),
        [this] { exportWithDialog(DraftExporter::Format::Pdf, true); });
    add(tr("Export ODT…"), QStringLiteral("exportOdt"), [this] { exportWithDialog(DraftExporter::Format::Odt); });
    add(tr("Prepare PEC (.eml)…"), QStringLiteral("exportEml"), [this] { exportWithDialog(DraftExporter::Format::Eml); });
    m_toolBar->addSeparator();
    add(tr("Templates…"), QStringLiteral("manageTemplates"), [this] {
        TemplateManager manager(m_store, this);
        manager.exec();
    });
}

void DraftEditor::fillTemplateMenu()
{
    m_templates->clear();
    const DraftContext context = DraftContext::load(m_store, m_id);
    for (const LetterTemplate &t : LetterTemplates::all(m_store)) {
        // "any": letters for every kind, such as a reminder to an authority that is late
        if ((t.kind != context.kind && t.kind != LetterTemplates::anyKind) || (t.authorityId >= 0 && t.authorityId != context.authorityId))
            continue;
        const QString label = QStringLiteral("%1 (%2)").arg(t.name, t.language);
        QAction *action = m_templates->addAction(label);
        connect(action, &QAction::triggered, this, [this, t] { startFromTemplate(t); });
    }
    if (m_templates->isEmpty())
        m_templates->addAction(tr("No template for this kind of request"))->setEnabled(false);
}

void DraftEditor::startFromTemplate(const LetterTemplate &letter)
{
    // Whatever the editor holds, saved or not, is asked about before a template replaces it:
    // the text in the record may never have been kept as a revision.
    if (!m_editor->document()->toPlainText().trimmed().isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Replace the Text"),
                        tr("Replace the text in the editor with the template \"%1\"? Saved revisions are kept.").arg(letter.name),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("replaceTextQuestion"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    loadBody(letter.body);
}

void DraftEditor::insertPlaceholder(const QString &name)
{
    m_editor->textCursor().insertText(QStringLiteral("{{%1}}").arg(name));
    m_editor->setFocus();
}

void DraftEditor::refreshPreview()
{
    DraftExporter exporter(m_store, m_id);
    exporter.setBody(bodyHtml());
    QString html = exporter.letterHtml(false);
    m_missing = exporter.missing();
    // the same letter, with the missing values highlighted rather than plain, to spot them
    const QString plain = exporter.mergedBody();
    html.replace(plain, PlaceholderMerge::merge(bodyHtml(), exporter.context().values, PlaceholderMerge::Mode::Highlight));
    m_preview->setHtml(html);
    QStringList problems;
    for (const PlaceholderProblem &p : PlaceholderMerge::check(m_editor->toPlainText()))
        problems << p.toString();
    QStringList parts;
    if (!m_missing.isEmpty()) {
        QStringList names;
        for (const QString &name : std::as_const(m_missing))
            names << PlaceholderMerge::description(name);
        parts << tr("The record cannot fill: %1.").arg(names.join(QStringLiteral(", ")));
    }
    if (!problems.isEmpty())
        parts << tr("Placeholders to correct: %1").arg(problems.join(QStringLiteral("; ")));
    for (const QString &w : exporter.warnings())
        parts << w;
    m_status->setText(parts.join(u'\n'));
    m_status->setStyleSheet(parts.isEmpty() ? QString() : QStringLiteral("color: #a40000"));
}

void DraftEditor::refreshChecklist()
{
    m_checklist->clear();
    for (const RequestChecklist::Item &item : RequestChecklist::load(m_store, m_id)) {
        auto *row = new QTreeWidgetItem(m_checklist, {item.label, item.done() ? item.fileNames.join(QStringLiteral(", ")) : tr("missing")});
        row->setData(0, Qt::UserRole, item.key);
        row->setText(0, (item.done() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + item.label);
        row->setForeground(1, item.done() ? QColor(0x1a7f37) : QColor(0xa40000));
    }
    if (m_checklist->topLevelItemCount() > 0 && !m_checklist->currentItem())
        m_checklist->setCurrentItem(m_checklist->topLevelItem(0));
}

void DraftEditor::attachToSelectedItem()
{
    QTreeWidgetItem *row = m_checklist->currentItem();
    if (!row)
        return;
    const QString path = FileChooser::openFile(this, tr("Attach %1").arg(row->text(0).mid(2)));
    if (path.isEmpty())
        return;
    QString error;
    if (RequestChecklist::attach(m_store, m_id, row->data(0, Qt::UserRole).toString(), path, &error) < 0)
        QMessageBox::warning(this, tr("Attach Document"), error);
    refreshChecklist();
}

bool DraftEditor::saveRevision(const QString &note)
{
    QString error;
    const QString html = bodyHtml();
    const int number = RequestRevisions::save(m_store, m_id, html, note, &error);
    if (number == 0) {
        m_status->setText(error);
        m_status->setStyleSheet(QStringLiteral("color: #a40000"));
        return false;
    }
    m_savedHtml = html;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved as revision %1.").arg(number));
    return true;
}

void DraftEditor::showRevisions()
{
    RevisionsDialog dialog(m_store, m_id, this);
    if (dialog.exec() == QDialog::Accepted && dialog.restoredRevision() > 0) {
        const QString body = m_store.record(QStringLiteral("regulatory_requests"), m_id).value(QStringLiteral("body")).toString();
        loadBody(body);
        m_savedHtml = bodyHtml();
        m_status->setText(tr("Revision %1 restored as revision %2.").arg(dialog.restoredFrom()).arg(dialog.restoredRevision()));
    }
}

bool DraftEditor::exportTo(DraftExporter::Format format, const QString &path, QString *error, bool archival)
{
    DraftExporter exporter(m_store, m_id);
    exporter.setBody(bodyHtml());
    exporter.setArchival(archival);
    if (!exporter.write(format, path, error))
        return false;
    m_missing = exporter.missing();
    return true;
}

void DraftEditor::exportWithDialog(DraftExporter::Format format, bool archival)
{
    const DraftExporter probe(m_store, m_id);
    QString filter;
    switch (format) {
    case DraftExporter::Format::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    case DraftExporter::Format::Odt: filter = tr("OpenDocument text (*.odt)"); break;
    case DraftExporter::Format::Eml: filter = tr("E-mail drafts (*.eml)"); break;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A letter with places the record could not fill is not sent by mistake: what is missing
    // is named, and the export goes on only if the user says so.
    DraftExporter check(m_store, m_id);
    check.setBody(bodyHtml());
    QStringList unfilled;
    for (const QString &name : check.unfilled())
        unfilled << PlaceholderMerge::description(name);
    if (!unfilled.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export"),
                        tr("The letter still lacks: %1.").arg(unfilled.join(QStringLiteral(", "))), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unfilledQuestion"));
        box.setInformativeText(tr("Fill them in the records (or in the text), or export anyway with these places marked."));
        QPushButton *anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() != anyway)
            return;
    }
    const QString path = FileChooser::saveFile(this, tr("Export %1").arg(m_reference),
                                                      QDir(folder).filePath(probe.suggestedFileName(format)), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(format, path, &error, archival)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    QStringList names;
    for (const QString &name : std::as_const(m_missing))
        names << PlaceholderMerge::description(name);
    if (!names.isEmpty())
        QMessageBox::information(this, tr("Export"),
                                 tr("%1 is written, but the record could not fill: %2. These places are marked in the letter.")
                                     .arg(QDir::toNativeSeparators(path), names.join(QStringLiteral(", "))));
    else
        m_status->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

void DraftEditor::reject()
{
    if (bodyHtml() != m_savedHtml && !m_editor->document()->isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Text"), tr("Save the text as a new revision before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveRevision()))
            return;
    }
    QDialog::reject();
}

} // namespace citylab
