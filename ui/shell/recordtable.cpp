// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtable.h"

#include "io/tablecsvexport.h"
#include "items/sqltablemodel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>

namespace citylab {

RecordTable::RecordTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setEditTriggers(NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &RecordTable::showHeaderMenu);
}

void RecordTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentRecordChanged(current.isValid() ? current.data(SqlTableModel::IdRole).toLongLong() : -1); });
}

qint64 RecordTable::currentId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(SqlTableModel::IdRole).toLongLong() : -1;
}

bool RecordTable::selectId(qint64 id)
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(SqlTableModel::IdRole).toLongLong() == id) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

bool RecordTable::exportCsv(const QString &path, QString *error) const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!TableCsvExport::write(*model(), columns, &file) || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

void RecordTable::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    fillColumnsMenu(&menu);
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void RecordTable::fillColumnsMenu(QMenu *menu)
{
    // the presets submenu of the previous opening is a child of the menu, not one of its actions
    qDeleteAll(menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    menu->clear();
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden: an empty table explains nothing.
        action->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    if (!m_stateKey.isEmpty()) {
        menu->addSeparator();
        fillPresetMenu(menu->addMenu(tr("Column presets")));
    }
}

void RecordTable::restoreState(const QString &key)
{
    m_stateKey = key;
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state))
        return;
    applyDefaultLayout();
}

void RecordTable::applyDefaultLayout()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        header->setSectionHidden(column, false);
        header->moveSection(header->visualIndex(column), column);
    }
    resizeColumnsToContents();
    // Long titles would push every other column out of sight.
    for (int column = 0; column < horizontalHeader()->count(); ++column) {
        const int characters = column == m_wideColumn ? 48 : 22;
        setColumnWidth(column, qMin(columnWidth(column), characters * fontMetrics().averageCharWidth()));
    }
}

void RecordTable::saveState(const QString &key) const
{
    QSettings().setValue(key, horizontalHeader()->saveState());
}

QString RecordTable::presetsKey() const
{
    return m_stateKey + QStringLiteral("Presets");
}

QStringList RecordTable::presetNames() const
{
    if (m_stateKey.isEmpty())
        return {};
    QStringList names = QSettings().value(presetsKey()).toMap().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void RecordTable::savePreset(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (m_stateKey.isEmpty() || trimmed.isEmpty())
        return;
    QSettings settings;
    QVariantMap presets = settings.value(presetsKey()).toMap();
    presets.insert(trimmed, horizontalHeader()->saveState());
    settings.setValue(presetsKey(), presets);
}

bool RecordTable::applyPreset(const QString &name)
{
    const QByteArray state = QSettings().value(presetsKey()).toMap().value(name).toByteArray();
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void RecordTable::deletePreset(const QString &name)
{
    QSettings settings;
    QVariantMap presets = settings.value(presetsKey()).toMap();
    if (presets.remove(name) > 0)
        settings.setValue(presetsKey(), presets);
}

void RecordTable::fillPresetMenu(QMenu *menu)
{
    menu->clear();
    menu->addAction(tr("Default"), this, &RecordTable::applyDefaultLayout);
    const QStringList names = presetNames();
    for (const QString &name : names)
        menu->addAction(name, this, [this, name] { applyPreset(name); });
    menu->addSeparator();
    menu->addAction(tr("Save current columns as…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save column preset"), tr("Preset name:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            savePreset(name);
    });
    if (!names.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Delete preset"));
        for (const QString &name : names)
            remove->addAction(name, this, [this, name] { deletePreset(name); });
    }
}

} // namespace citylab
