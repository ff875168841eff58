// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafting/lettertemplates.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextEdit;

namespace citylab {

class Store;

// The office's letter templates beside the shipped ones: per request kind, language and
// optionally authority. Shipped templates are read-only and can be duplicated; a template
// whose placeholders cannot be filled is refused with each bad one named.
class TemplateManager : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateManager(Store &store, QWidget *parent = nullptr);

    bool saveCurrent();
    void duplicateCurrent();
    QString errorText() const;
    QTextEdit *bodyEditor() const { return m_body; }
    void selectTemplate(int row);

private:
    void reload(qint64 selectId = -1, const QString &selectKey = {});
    void showTemplate(int row);
    void removeCurrent();
    LetterTemplate edited() const;

    Store &m_store;
    QList<LetterTemplate> m_templates;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_language;
    QComboBox *m_authority;
    QCheckBox *m_default;
    QTextEdit *m_body;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove;
    int m_current = -1;
};

} // namespace citylab
