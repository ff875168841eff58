// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTemporaryDir>

class QComboBox;
class QDateEdit;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace citylab {

class Store;

// File → Report…: choose the kind (portfolio or one experiment), the period and the
// language, look at the PDF in a preview, then save it where the user wants.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(Store &store, QWidget *parent = nullptr);

    // Renders the preview; false (with the reason shown) when it could not be made.
    bool preview();
    bool saveTo(const QString &path, QString *error);
    QPdfDocument *document() const { return m_document; }

private:
    bool generate(const QString &path, QString *error);
    void updateEnabled();
    void saveAs();

    Store &m_store;
    QComboBox *m_kind;
    QComboBox *m_experiment;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_language;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QTemporaryDir m_temp;
};

} // namespace citylab
