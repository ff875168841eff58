// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictspanel.h"

#include "i18n/dateformat.h"
#include "items/conflicttablemodel.h"
#include "store/changeset.h"
#include "store/store.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace citylab {

ConflictsPanel::ConflictsPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ConflictTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_pool.setMaxThreadCount(1);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // One line that never changes the panel's height: a new status must not resize the map.
    m_status->setWordWrap(false);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConflictTableModel::ExperimentA, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Codes, area and dates keep their width; the zone names share what is left (elided),
    // so the dates are in sight without scrolling sideways.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictTableModel::ZoneA, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictTableModel::ZoneB, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(heading);
    layout->addWidget(m_view, 1);

    connect(&m_watcher, &QFutureWatcher<QList<ZoneConflict>>::finished, this, &ConflictsPanel::computed);
    connect(m_view, &QTableView::clicked, this, &ConflictsPanel::activate);
    connect(m_view, &QTableView::activated, this, &ConflictsPanel::activate);
    connect(&m_store, &Store::changed, this, &ConflictsPanel::storeChanged);
    retranslate();
}

ConflictsPanel::~ConflictsPanel()
{
    m_watcher.waitForFinished();
}

void ConflictsPanel::setDay(QDate day)
{
    if (day == m_day && (m_computedOnce || m_watcher.isRunning()))
        return;
    m_day = day;
    refresh();
}

void ConflictsPanel::start()
{
    if (m_started)
        return;
    m_started = true;
    refresh();
}

// Zones edited, drawn or deleted: only their conflicts are searched again. Changed
// experiments (codes, titles, a deletion) or a bulk write search the whole city.
void ConflictsPanel::storeChanged(const ChangeSet &changes)
{
    const QString zones = QStringLiteral("zones");
    if (!changes.touchesAny({zones, QStringLiteral("experiments")}))
        return;
    const QSet<qint64> zoneIds = changes.changedIds(zones) + changes.tables.value(zones).deleted;
    if (changes.everything || changes.touches(QStringLiteral("experiments")) || zoneIds.isEmpty() || !m_computedOnce
        || m_watcher.isRunning() || m_pending) {
        refresh();
        return;
    }
    if (!m_started || !m_store.isOpen())
        return;
    m_searchedZones = zoneIds;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path = m_store.path(), scope = ConflictScope{m_day, -1, zoneIds}] {
        return ConflictFinder::findInFile(path, scope);
    }));
}

void ConflictsPanel::refresh()
{
    // One search at a time: while one runs, remember to start again with the latest day
    // (the map's play button moves the day faster than a large city can be searched).
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (!m_started || !m_store.isOpen())
        return;
    m_computedDay = m_day;
    m_searchedZones.clear();
    updateStatus();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path = m_store.path(), scope = ConflictScope{m_day}] {
        return ConflictFinder::findInFile(path, scope);
    }));
}

void ConflictsPanel::computed()
{
    if (m_pending) {
        refresh();
        return;
    }
    m_computedOnce = true;
    QList<ZoneConflict> conflicts = m_watcher.result();
    if (!m_searchedZones.isEmpty()) {
        // The other conflicts stay; those of the searched zones are the new ones.
        for (const ZoneConflict &c : m_model->conflicts())
            if (!m_searchedZones.contains(c.zoneA) && !m_searchedZones.contains(c.zoneB))
                conflicts << c;
        ConflictFinder::sort(conflicts);
        m_searchedZones.clear();
    }
    m_model->setConflicts(conflicts);
    m_zoneIds = ConflictFinder::zoneIds(conflicts);
    updateStatus();
    emit conflictsChanged(m_zoneIds);
}

void ConflictsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ZoneConflict &c = m_model->conflict(m_proxy->mapToSource(index).row());
    emit conflictActivated(c.zoneA, c.zoneB);
}

void ConflictsPanel::updateStatus()
{
    const auto tip = qScopeGuard([this] { m_status->setToolTip(m_status->text()); });
    if (!m_computedOnce) {
        m_status->setText(tr("Looking for overlapping zones…"));
        return;
    }
    const int count = m_model->rowCount();
    if (count == 0) {
        m_status->setText(m_computedDay.isValid()
                              ? tr("No zones of different experiments overlap on %1.").arg(DateFormat::shortDate(m_computedDay))
                              : tr("No zones of different experiments overlap."));
        return;
    }
    m_status->setText(m_computedDay.isValid()
                          ? tr("%n conflict(s) between zones of different experiments active on %1.", nullptr, count)
                                .arg(DateFormat::shortDate(m_computedDay))
                          : tr("%n conflict(s) between zones of different experiments, on any day.", nullptr, count));
}

void ConflictsPanel::retranslate()
{
    m_title->setText(tr("Conflicts"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, ConflictTableModel::ColumnCount - 1);
    m_view->setToolTip(tr("Zones of different experiments whose areas overlap while both are active. "
                          "Click a row to frame both zones on the map."));
    updateStatus();
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace citylab
