// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace citylab {

// A table of records (one row per record) as every list of the case manager shows it:
// whole-row selection, sorting by clicking a header, a header menu to choose columns,
// and the current record announced by id rather than by row.
class RecordTable : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    qint64 currentId() const;
    bool selectId(qint64 id);

    // Column widths, order, visibility and sort, kept across sessions under `key`.
    void restoreState(const QString &key);
    // The column that gets the most room when widths are first set (e.g. a title).
    void setWideColumn(int column) { m_wideColumn = column; }
    void saveState(const QString &key) const;

    // Writes the rows and the visible columns, in the order shown, as CSV for spreadsheets.
    // Returns false with *error naming the file and the reason; an existing file is replaced
    // only once the new one is complete.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void currentRecordChanged(qint64 id);

private:
    void showHeaderMenu(const QPoint &pos);

    int m_wideColumn = -1;
};

} // namespace citylab
