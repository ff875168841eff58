// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace citylab {

class Store;

// Compares any two revisions of a text (words added green and underlined, removed red and
// struck through) and restores an old one as the newest revision: a request's letter, an
// experiment's test plan.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Revision
    {
        int number = 0;
        QString text;   // plain text, as compared
        QString author, note;
        QDateTime savedAt;   // UTC
    };
    // What the dialog shows and does for one kind of record.
    struct Source
    {
        QString title;
        std::function<QList<Revision>()> list;   // newest first
        // Saves revision `number` again as the newest; its new number, or 0 with *error.
        std::function<int(int number, QString *error)> restore;
        QString emptyText;   // said when there is no revision yet
        QString restoreRefused;   // why nothing may be restored here (a viewer's file); empty: it may
        QString helpPage;
    };

    // A request's letter.
    RevisionsDialog(Store &store, qint64 requestId, QWidget *parent = nullptr);
    RevisionsDialog(Source source, QWidget *parent = nullptr);

    void compare(int older, int newer);
    QString diffHtml() const;
    int restoredRevision() const { return m_restored; }
    int restoredFrom() const { return m_restoredFrom; }

private:
    void refresh();
    void restore();

    Source m_source;
    QList<Revision> m_revisions;
    QComboBox *m_older;
    QComboBox *m_newer;
    QTextBrowser *m_diff;
    QLabel *m_summary;
    int m_restored = 0;
    int m_restoredFrom = 0;
};

} // namespace citylab
