// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tableexport.h"

#include <QKeySequence>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QToolButton;

namespace citylab {

class DetailPanel;
class RecordTable;

// A list of records as the case manager shows them: a filter bar, a sortable table and the
// selected record's page beside it. Keeps a record selected (the previous one or the first)
// and remembers its columns and split across sessions.
class RecordBrowser : public QWidget, public TableExport
{
    Q_OBJECT
public:
    RecordBrowser(const QString &settingsKey, QSortFilterProxyModel *filter, int wideColumn, DetailPanel *details,
                  QWidget *parent = nullptr);
    ~RecordBrowser() override;

    // A filter for lists that search every column's text, sorted by raw values.
    static QSortFilterProxyModel *everyColumnFilter(QAbstractItemModel *source);

    qint64 currentRecord() const;
    bool selectRecord(qint64 id);
    // Selects the record even if the filters hide it, by clearing them.
    void reveal(qint64 id);
    int visibleCount() const override;

signals:
    // The page links to another record, to be shown where it lives.
    void recordRequested(const QString &table, qint64 id);
    // The selected record changed (-1: none), e.g. for the map to follow it.
    void currentRecordChanged(qint64 id);

public:
    bool exportCsv(const QString &path, QString *error) const override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    // The row under the search field, for a view's own filters (domain, stage, ...).
    QHBoxLayout *filterBar() const { return m_filters; }
    // A button above the record's page, for the view's actions (New…, Edit…).
    // A button of the view's actions; its shortcut works while the view is in front (the
    // guide's keyboard section lists them: the same keys in every list view).
    QToolButton *addButton(const QString &objectName, const QKeySequence &shortcut = {});
    QLineEdit *searchField() const { return m_search; }
    RecordTable *table() const { return m_table; }
    DetailPanel *details() const { return m_details; }
    // "%n experiment(s)" and the like: the text under which the visible count is shown.
    virtual QString countText(int count) const = 0;
    void updateCount();
    virtual void clearFilters();
    // A link on the page was followed; the default asks the window to show the record.
    virtual void openLinkedRecord(const QString &table, qint64 id);

private:
    // The list read again only while on screen, and before it is asked for its records.
    void readListIfStale() const;

    QString m_key;
    QSortFilterProxyModel *m_filter;
    DetailPanel *m_details;
    QHBoxLayout *m_bar;
    QWidget *m_actions;   // the page's buttons, wrapping onto more lines when narrow
    QHBoxLayout *m_filters;
    QLineEdit *m_search;
    QLabel *m_count;
    RecordTable *m_table;
    QSplitter *m_splitter;
};

} // namespace citylab
