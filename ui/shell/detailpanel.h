// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class QUndoStack;

namespace citylab {

class DeferredRefresh;
struct ChangeSet;
class HtmlBuilder;
class Store;

// The right-hand page of a list: one record shown as a small HTML document, rebuilt when
// a change reaches what it shows: at once while on screen, else when next shown.
class DetailPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPanel(Store &store, QWidget *parent = nullptr);

    void showRecord(qint64 id);   // -1 clears the panel
    qint64 recordId() const { return m_id; }

signals:
    // A document linked from the page was written to `path` and handed to the system viewer.
    void attachmentOpened(const QString &path);
    // A link to another record ("record:agreements/12") was followed.
    void recordLinkActivated(const QString &table, qint64 id);

protected:
    // The page of record `id`, or an empty string when it does not exist (any more).
    virtual QString page(qint64 id) const = 0;
    virtual QString placeholder() const = 0;
    Store &store() const { return m_store; }
    // Whether the page offers to change what it shows: a panel given an undo stack does,
    // while the store takes changes (not for a viewer of a team server).
    bool offersChanges(const QUndoStack *undo) const;
    // The record's change log: who changed which field, when, from what to what.
    void addHistory(HtmlBuilder &page, const QString &table, qint64 id) const;
public:
    // The same for records without a page of their own (people, contacts), in their form.
    static void addHistory(HtmlBuilder &page, const Store &store, const QString &table, qint64 id);
protected:
    void changeEvent(QEvent *event) override;
    // A link of the page's own (not record: or attachment:); true when it was handled.
    virtual bool handlePageLink(const QUrl &) { return false; }
    // The tables the page reads, its own first: a change to other tables does not draw it
    // again, nor a change to other records of its own table. Empty: every change does.
    virtual QStringList tablesShown() const { return {}; }
    // Called on every change before the page is drawn again: what the panel keeps from
    // earlier pages and the change makes stale is dropped here.
    virtual void forgetStale(const ChangeSet &) {}
    void refresh();

private:
    void openLink(const QUrl &url);
    void storeChanged(const ChangeSet &changes);

    Store &m_store;
    qint64 m_id = -1;
    QString m_shownHtml;   // the page as last set
    DeferredRefresh *m_refresh;   // a change drawn when the page is on screen
};

} // namespace citylab
