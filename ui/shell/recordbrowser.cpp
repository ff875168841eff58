// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbrowser.h"

#include "detailpanel.h"
#include "flowlayout.h"
#include "recordtable.h"
#include "items/sqltablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace citylab {

RecordBrowser::RecordBrowser(const QString &settingsKey, QSortFilterProxyModel *filter, int wideColumn,
                             DetailPanel *details, QWidget *parent)
    : QWidget(parent)
    , m_key(settingsKey)
    , m_filter(filter)
    , m_details(details)
    , m_bar(new QHBoxLayout)
    , m_actions(new QWidget(this))
    , m_filters(new QHBoxLayout)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new RecordTable(this))
    , m_splitter(new QSplitter(this))
{
    filter->setParent(this);
    m_table->setModel(filter);
    m_table->setWideColumn(wideColumn);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->restoreState(m_key + QStringLiteral("/table"));
    m_search->setClearButtonEnabled(true);
    m_bar->addWidget(m_search, 2);
    m_bar->addWidget(m_count);
    // Column choice and presets are also reachable without knowing about the header's context menu.
    auto *presets = new QToolButton(this);
    presets->setObjectName(QStringLiteral("columnPresets"));
    presets->setText(tr("Columns"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *presetMenu = new QMenu(presets);
    connect(presetMenu, &QMenu::aboutToShow, this, [this, presetMenu] { m_table->fillColumnsMenu(presetMenu); });
    presets->setMenu(presetMenu);
    m_bar->addWidget(presets);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(m_bar);
    leftLayout->addLayout(m_filters);
    leftLayout->addWidget(m_table);
    m_splitter->addWidget(left);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_actions->setObjectName(QStringLiteral("recordActions"));
    // Wrapping rather than a tool bar: every action stays in sight at any width.
    auto *actionsLayout = new FlowLayout(m_actions, 2);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_actions);
    rightLayout->addWidget(details, 1);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(m_key + QStringLiteral("/splitter")).toByteArray()))
        m_splitter->setSizes({580, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_table, &RecordTable::currentRecordChanged, details, &DetailPanel::showRecord);
    connect(m_table, &RecordTable::currentRecordChanged, this, &RecordBrowser::currentRecordChanged);
    connect(details, &DetailPanel::recordLinkActivated, this, &RecordBrowser::openLinkedRecord);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &RecordBrowser::updateCount);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &RecordBrowser::updateCount);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &RecordBrowser::updateCount);
    connect(filter, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!m_table->selectId(m_details->recordId()) && m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
    });
    if (filter->rowCount() > 0)
        m_table->setCurrentIndex(filter->index(0, 0));
    // A view made to show a record elsewhere (the map's page links to it) may never be shown.
    if (auto *list = qobject_cast<SqlTableModel *>(filter->sourceModel()))
        list->setWatched(isVisible());
}

QSortFilterProxyModel *RecordBrowser::everyColumnFilter(QAbstractItemModel *source)
{
    auto *filter = new QSortFilterProxyModel;
    source->setParent(filter);
    filter->setSourceModel(source);
    filter->setSortRole(SqlTableModel::SortRole);
    filter->setSortLocaleAware(true);
    filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterKeyColumn(-1);
    return filter;
}

RecordBrowser::~RecordBrowser()
{
    m_table->saveState(m_key + QStringLiteral("/table"));
    QSettings().setValue(m_key + QStringLiteral("/splitter"), m_splitter->saveState());
}

QToolButton *RecordBrowser::addButton(const QString &objectName, const QKeySequence &shortcut)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    // not the button's own shortcut: setText replaces that with the text's mnemonic
    if (!shortcut.isEmpty())
        connect(new QShortcut(shortcut, button), &QShortcut::activated, button, &QAbstractButton::click);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    m_actions->layout()->addWidget(button);
    return button;
}

void RecordBrowser::updateCount()
{
    m_count->setText(countText(m_filter->rowCount()));
    // what a screen reader says of the table and its filter ("42 experiments"); every view
    // counts again after translating its texts
    m_table->setAccessibleName(m_count->text());
    m_search->setAccessibleName(m_search->placeholderText().isEmpty() ? tr("Filter") : m_search->placeholderText());
}

void RecordBrowser::showEvent(QShowEvent *event)
{
    if (auto *list = qobject_cast<SqlTableModel *>(m_filter->sourceModel()))
        list->setWatched(true);
    QWidget::showEvent(event);
}

void RecordBrowser::hideEvent(QHideEvent *event)
{
    if (auto *list = qobject_cast<SqlTableModel *>(m_filter->sourceModel()))
        list->setWatched(false);
    QWidget::hideEvent(event);
}

void RecordBrowser::readListIfStale() const
{
    if (auto *list = qobject_cast<SqlTableModel *>(m_filter->sourceModel()))
        list->reloadIfStale();
}

qint64 RecordBrowser::currentRecord() const
{
    return m_table->currentId();
}

bool RecordBrowser::selectRecord(qint64 id)
{
    readListIfStale();
    return m_table->selectId(id);
}

void RecordBrowser::reveal(qint64 id)
{
    readListIfStale();
    if (!m_table->selectId(id)) {
        clearFilters();
        m_table->selectId(id);
    }
    m_table->setFocus();
}

void RecordBrowser::openLinkedRecord(const QString &table, qint64 id)
{
    emit recordRequested(table, id);
}

void RecordBrowser::clearFilters()
{
    m_search->clear();
}

bool RecordBrowser::exportCsv(const QString &path, QString *error) const
{
    readListIfStale();
    return m_table->exportCsv(path, error);
}

int RecordBrowser::visibleCount() const
{
    readListIfStale();
    return m_filter->rowCount();
}

} // namespace citylab
