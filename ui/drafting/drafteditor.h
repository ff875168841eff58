// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafting/draftexporter.h"
#include "drafting/lettertemplates.h"

#include <QDialog>

class QLabel;
class QMenu;
class QTextBrowser;
class QTextEdit;
class QTimer;
class QToolBar;
class QTreeWidget;

namespace citylab {

class PlaceholderHighlighter;
class Store;

// Where legal staff write a request's letter: a rich-text editor beside the letter as it will
// read with the record's values, the request's checklist of documents, its revisions, and
// the exports (PDF, ODT, PEC draft). Saving makes a new revision; nothing is overwritten.
class DraftEditor : public QDialog
{
    Q_OBJECT
public:
    DraftEditor(Store &store, qint64 requestId, QWidget *parent = nullptr);

    QTextEdit *editor() const { return m_editor; }
    QString bodyHtml() const;
    void insertPlaceholder(const QString &name);
    void startFromTemplate(const LetterTemplate &letter);
    bool saveRevision(const QString &note = {});
    bool exportTo(DraftExporter::Format format, const QString &path, QString *error, bool archival = false);
    QStringList missingPlaceholders() const { return m_missing; }

    void reject() override;

private:
    void buildToolBar();
    void refreshPreview();
    void refreshChecklist();
    void fillTemplateMenu();
    void exportWithDialog(DraftExporter::Format format, bool archival = false);
    void attachToSelectedItem();
    void showRevisions();
    void loadBody(const QString &html);

    Store &m_store;
    qint64 m_id;
    QString m_reference;
    QToolBar *m_toolBar;
    QTextEdit *m_editor;
    QTextBrowser *m_preview;
    QTreeWidget *m_checklist;
    QLabel *m_status;
    QMenu *m_templates;
    QTimer *m_previewTimer;
    PlaceholderHighlighter *m_highlighter;
    QStringList m_missing;
    QString m_savedHtml;
};

} // namespace citylab
