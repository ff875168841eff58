// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QMenu;

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

    // Named column layouts (which columns, their order and widths) of this view, kept next to
    // the state restored last; "Default" is the layout a first start shows and cannot be deleted.
    QStringList presetNames() const;
    void savePreset(const QString &name);
    bool applyPreset(const QString &name);
    void deletePreset(const QString &name);
    void applyDefaultLayout();
    // The presets as a menu (apply, save current, delete) for the header and for toolbars.
    void fillPresetMenu(QMenu *menu);
    // Every column as a check box to show or hide it, then the presets: the header's
    // context menu and the Columns button of a list offer the same choices.
    void fillColumnsMenu(QMenu *menu);

    // Writes the rows and the visible columns, in the order shown, as CSV for spreadsheets.
    // Returns false with *error naming the file and the reason; an existing file is replaced
    // only once the new one is complete.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void currentRecordChanged(qint64 id);

private:
    void showHeaderMenu(const QPoint &pos);
    QString presetsKey() const;

    int m_wideColumn = -1;
    QString m_stateKey;
};

} // namespace citylab
