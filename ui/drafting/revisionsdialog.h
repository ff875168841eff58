// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace citylab {

class Store;

// Compares any two revisions of a request's text (words added green and underlined, removed
// red and struck through) and restores an old one as the newest revision.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(Store &store, qint64 requestId, QWidget *parent = nullptr);

    void compare(int older, int newer);
    QString diffHtml() const;
    int restoredRevision() const { return m_restored; }
    int restoredFrom() const { return m_restoredFrom; }

private:
    void refresh();
    void restore();

    Store &m_store;
    qint64 m_id;
    QComboBox *m_older;
    QComboBox *m_newer;
    QTextBrowser *m_diff;
    QLabel *m_summary;
    int m_restored = 0;
    int m_restoredFrom = 0;
};

} // namespace citylab
