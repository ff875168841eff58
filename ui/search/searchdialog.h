// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace citylab {

class Store;

// Ctrl+K: one field that finds any record as the user types (accents and case ignored),
// results grouped by kind; Enter or a double click opens the chosen one.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(Store &store, QWidget *parent = nullptr);

    void setText(const QString &text);
    int resultCount() const;

signals:
    void recordChosen(const QString &table, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void runQuery();
    void choose(QTreeWidgetItem *item);

    Store &m_store;
    QLineEdit *m_field;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer m_debounce;
};

} // namespace citylab
